/**
 * Factories for the salary and band tests: blocks, postings' pay, a fixed rate table (so the
 * figures in the tests do not move when the real table is updated) and a tier.
 */
import { extractSalary } from '../../../../functions/enrichment/pay/extract-salary.ts';
import type { Block, PostedPay, Salary } from '../../../../functions/enrichment/types.ts';
import type { CurrencyRates, Tier } from '../../../../taxonomy/schema.ts';

export const rates: CurrencyRates = {
  rateDate: '2026-11-01',
  source: 'test rates',
  usdPerUnit: {
    USD: 1,
    EUR: 1.1,
    GBP: 1.25,
    CHF: 1.1,
    CAD: 0.75,
    AUD: 0.65,
    NZD: 0.6,
    SGD: 0.75,
    HKD: 0.125,
    JPY: 0.0065,
    INR: 0.012,
    SEK: 0.1,
    MXN: 0.05,
  },
};

export function paragraph(text: string, section: string | null = null): Block {
  return { kind: 'paragraph', text, section };
}

export function heading(text: string): Block {
  return { kind: 'heading', text, section: text };
}

/** Reads the salary of a posting whose description is `text` (one paragraph, or several). */
export function salaryOf(
  text: string | readonly Block[],
  opts: { countryHint?: string | null; title?: string; pay?: PostedPay | null } = {},
): Salary | null {
  const blocks = typeof text === 'string' ? [paragraph(text)] : text;
  return extractSalary(
    { blocks, pay: opts.pay ?? null, countryHint: opts.countryHint, title: opts.title },
    rates,
  );
}

/** The fields a reader compares first: what was posted. */
export function posted(s: Salary | null) {
  return s && { currency: s.currency, period: s.period, min: s.min, max: s.max };
}

export function postedPay(over: Partial<Record<keyof PostedPay, unknown>> = {}): PostedPay {
  return {
    min: 105_000,
    max: 125_000,
    currency: 'USD',
    period: 'year',
    source: 'jsonld',
    raw: '',
    ...over,
  } as PostedPay;
}

export function tier(band: Partial<Tier['band']> = {}, id = 'director'): Tier {
  return {
    id,
    label: 'Director of IT',
    rank: 4,
    typicalTitles: ['Director of IT'],
    experience: { min: 10, max: null, source: 'guide-a' },
    band: {
      min: 175_000,
      max: 240_000,
      openEnded: false,
      currency: 'USD',
      bonusPct: null,
      basis: { country: 'US', currency: 'USD', period: 'year', kind: 'base', year: null },
      source: { ref: 'guide-a', title: 'Guide A', publisher: 'Publisher A', year: 2024 },
      ...band,
    },
  };
}
