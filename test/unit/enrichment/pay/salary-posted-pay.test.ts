import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractSalary } from '../../../../functions/enrichment/pay/extract-salary.ts';
import { CurrencyRatesSchema } from '../../../../taxonomy/schema.ts';
import { paragraph, posted, postedPay, salaryOf } from './salary-support.ts';

const hourlyText = [paragraph('Pay: $48 - $55 an hour.')];
const typicalPay = {
  hour: { min: 40, max: 60 },
  day: { min: 400, max: 600 },
  week: { min: 1_500, max: 2_000 },
  month: { min: 5_000, max: 7_000 },
  year: { min: 120_000, max: 140_000 },
};

describe('extractSalary from structured pay', () => {
  it('reads schema.org baseSalary as base pay, with a readable raw', () => {
    const s = salaryOf([], { pay: postedPay() });
    expect(s).toEqual({
      min: 105_000,
      max: 125_000,
      currency: 'USD',
      period: 'year',
      kind: 'base',
      annual: { min: 105_000, max: 125_000, assumption: null },
      contract: false,
      annualUsd: { min: 105_000, max: 125_000, rateDate: '2026-11-01' },
      source: 'jsonld',
      raw: 'USD 105,000–125,000 per year',
    });
  });

  it('prefers structured pay to a different figure in the text', () => {
    const s = salaryOf(hourlyText, { pay: postedPay() });
    expect([s?.source, s?.min]).toEqual(['jsonld', 105_000]);
  });

  it.each([
    ['HOUR', 'hour'],
    ['per-hour-wage', 'hour'],
    ['DAY', 'day'],
    ['WEEK', 'week'],
    ['MONTH', 'month'],
    ['monthly', 'month'],
    ['YEAR', 'year'],
    ['per-year-salary', 'year'],
  ])('reads the unit %j as %s', (unit, period) => {
    const amounts = typicalPay[period as keyof typeof typicalPay];
    const pay = postedPay({ ...amounts, period: unit, currency: 'GBP', source: 'feed-field' });
    expect(salaryOf([], { pay })?.period).toBe(period);
  });

  it('keeps the raw text a job board gives', () => {
    const pay = postedPay({
      min: 34,
      max: 41,
      period: 'hour',
      source: 'feed-field',
      raw: '$34 - $41 per hour',
    });
    expect(salaryOf([], { pay })?.raw).toBe('$34 - $41 per hour');
  });

  it('reads OTE from the raw text of a feed field', () => {
    const pay = postedPay({ min: 200_000, max: 250_000, source: 'feed-field', raw: 'OTE $200k-$250k' });
    expect(salaryOf([], { pay })?.kind).toBe('ote');
  });

  it('keeps a kind the source states', () => {
    expect(salaryOf([], { pay: postedPay({ kind: 'ote' }) })?.kind).toBe('ote');
  });

  it('infers the period from the size of the figures when the source gives none', () => {
    expect(salaryOf([], { pay: postedPay({ period: null }) })?.period).toBe('year');
    expect(salaryOf([], { pay: postedPay({ min: 45, max: 55, period: null }) })?.period).toBe('hour');
  });

  it('reads currency marks and names in the currency field', () => {
    expect(salaryOf([], { pay: postedPay({ currency: 'usd' }) })?.currency).toBe('USD');
    expect(salaryOf([], { pay: postedPay({ currency: 'US Dollars' }) })?.currency).toBe('USD');
    expect(salaryOf([], { pay: postedPay({ currency: '$' }), countryHint: 'CA' })?.currency).toBe('CAD');
    expect(salaryOf([], { pay: postedPay({ currency: '£' }) })?.currency).toBe('GBP');
  });

  it('takes a missing currency from the raw text, then from the country', () => {
    const fromRaw = postedPay({ currency: null, source: 'feed-field', raw: '£50,000 - £60,000' });
    expect(salaryOf([], { pay: fromRaw })?.currency).toBe('GBP');
    expect(salaryOf([], { pay: postedPay({ currency: null }), countryHint: 'AU' })?.currency).toBe('AUD');
  });

  it('reads numeric strings and swaps reversed ends', () => {
    const s = salaryOf([], { pay: postedPay({ min: '140,000', max: '120000' }) });
    expect(posted(s)).toEqual({ currency: 'USD', period: 'year', min: 120_000, max: 140_000 });
    expect(s?.raw).toBe('USD 120,000–140,000 per year');
  });

  it('keeps a one-sided structured figure one-sided', () => {
    const s = salaryOf([], { pay: postedPay({ min: 200_000, max: null }) });
    expect([s?.min, s?.max, s?.raw]).toEqual([200_000, null, 'USD 200,000+ per year']);
  });

  it('falls back to the source kind feed-field when the source is not one we know', () => {
    expect(salaryOf([], { pay: postedPay({ source: 'scraped' }) })?.source).toBe('feed-field');
  });
});

describe('extractSalary with structured pay that cannot be trusted', () => {
  it.each([
    ['NaN and negative amounts', { min: Number.NaN, max: -5 }],
    ['zero amounts', { min: 0, max: 0 }],
    ['absurd amounts', { min: 1e20, max: 1e21 }],
    ['an infinite amount', { min: Number.POSITIVE_INFINITY, max: null }],
    ['ends far apart the wrong way round', { min: 1_400_000, max: 120_000 }],
    ['a yearly figure labelled hourly', { period: 'HOUR' }],
    ['an hourly figure labelled yearly', { min: 34, max: 41, period: 'YEAR' }],
    ['an unknown currency with no country', { currency: 'XYZ' }],
    ['non-numeric amounts', { min: 'lots', max: {} }],
  ])('reads the text instead when it has %s', (_label, over) => {
    const s = salaryOf(hourlyText, { pay: postedPay(over) });
    expect([s?.source, s?.period, s?.min, s?.max]).toEqual(['text', 'hour', 48, 55]);
  });

  it('gives null when neither the pay nor the text can be read', () => {
    expect(
      salaryOf([paragraph('Competitive salary.')], { pay: postedPay({ min: null, max: null }) }),
    ).toBeNull();
  });

  it('gives null when the currency cannot be told', () => {
    expect(salaryOf([], { pay: postedPay({ currency: null }) })).toBeNull();
  });
});

describe('extractSalary with the real rate table', () => {
  it('converts with the rate and date of taxonomy/currency-rates.json', () => {
    const file = new URL('../../../../taxonomy/currency-rates.json', import.meta.url);
    const real = CurrencyRatesSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    const s = extractSalary({ blocks: [paragraph('Salary: €100,000 per year')], pay: null }, real);
    expect(s?.annualUsd).toEqual({
      min: Math.round(100_000 * (real.usdPerUnit.EUR ?? Number.NaN)),
      max: Math.round(100_000 * (real.usdPerUnit.EUR ?? Number.NaN)),
      rateDate: real.rateDate,
    });
  });
});
