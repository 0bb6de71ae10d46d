import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Location, Salary } from '../../../../functions/enrichment/index.ts';
import {
  payTransparencyFlags,
  payTransparencyRules,
} from '../../../../functions/enrichment/pay/pay-transparency.ts';

const at = (text: string | null, country: string | null, remote = false): Location => ({
  text,
  country,
  remote,
});

function pay(min: number | null, max: number | null, currency = 'USD'): Salary {
  return {
    min,
    max,
    currency,
    period: 'year',
    kind: 'base',
    annual: { min, max, assumption: null },
    contract: false,
    annualUsd: null,
    source: 'text',
    raw: `${currency} ${min ?? ''}-${max ?? ''}`,
  };
}

const flagsOf = (location: Location, salary: Salary | null, postedAt: string | null = '2026-11-02') =>
  payTransparencyFlags({ location, salary, postedAt }, '2026-12-06').map((f) => `${f.id}@${f.jurisdiction}`);

describe('payTransparencyFlags', () => {
  it.each([
    ['New York, NY', 'US', 'US-NYC'],
    ['Brooklyn, New York', 'US', 'US-NYC'],
    ['San Francisco, CA', 'US', 'US-CA'],
    ['Denver, CO 80202', 'US', 'US-CO'],
    ['Seattle, WA', 'US', 'US-WA'],
    ['Chicago, Illinois', 'US', 'US-IL'],
    ['Toronto, ON', 'CA', 'CA-ON'],
    ['Vancouver, British Columbia', 'CA', 'CA-BC'],
    ['Berlin', 'DE', 'EU'],
    ['Dublin', 'IE', 'EU'],
  ])('flags a posting in %s that states no pay under %s', (text, country, jurisdiction) => {
    expect(flagsOf(at(text, country), null)).toEqual([`pay-range-missing@${jurisdiction}`]);
  });

  it('names the rule and its dated source in each flag', () => {
    const [flag] = payTransparencyFlags(
      { location: at('Denver, CO', 'US'), salary: null, postedAt: null },
      '2026-12-06',
    );

    expect(flag?.rule).toContain('Colorado requires');
    expect(flag?.source).toContain('C.R.S. § 8-5-201');
    expect(flag?.source).toContain('2021-01-01');
  });

  it('does not flag where no law requires pay, nor before a law took effect', () => {
    expect(flagsOf(at('Austin, TX', 'US'), null)).toEqual([]);
    expect(flagsOf(at('London', 'GB'), null)).toEqual([]);
    expect(flagsOf(at('Chicago, IL', 'US'), null, '2024-12-31')).toEqual([]);
    expect(flagsOf(at('Berlin', 'DE'), null, '2026-06-06')).toEqual([]);
    // "Washington, DC" is not Washington State; "Ontario, California" is California.
    expect(flagsOf(at('Washington, DC', 'US'), null)).toEqual([]);
    expect(flagsOf(at('Ontario, CA', 'US'), null)).toEqual(['pay-range-missing@US-CA']);
  });

  it('flags "up to" with no minimum and "X+" with no maximum where a range is required', () => {
    expect(flagsOf(at('New York, NY', 'US'), pay(null, 180_000))).toEqual(['pay-range-no-minimum@US-NYC']);
    expect(flagsOf(at('New York, NY', 'US'), pay(150_000, null))).toEqual(['pay-range-no-maximum@US-NYC']);
    expect(flagsOf(at('New York, NY', 'US'), pay(150_000, 180_000))).toEqual([]);
  });

  it("flags an Ontario range wider than the law's CAD 50,000, under CAD 200,000 only", () => {
    expect(flagsOf(at('Toronto, ON', 'CA'), pay(100_000, 160_000, 'CAD'))).toEqual([
      'pay-range-too-wide@CA-ON',
    ]);
    expect(flagsOf(at('Toronto, ON', 'CA'), pay(100_000, 150_000, 'CAD'))).toEqual([]);
    expect(flagsOf(at('Toronto, ON', 'CA'), pay(180_000, 240_000, 'CAD'))).toEqual([]);
  });

  it('flags a range wider than common practice anywhere', () => {
    expect(flagsOf(at('Austin, TX', 'US'), pay(90_000, 250_000))).toEqual([
      'pay-range-wider-than-practice@common-practice',
    ]);
  });

  it('covers remote US jobs under the laws that reach remote work', () => {
    expect(flagsOf(at('Remote (US)', 'US', true), null).sort()).toEqual([
      'pay-range-missing@US-CA',
      'pay-range-missing@US-CO',
      'pay-range-missing@US-WA',
    ]);
  });

  it('never flags a stated range within every limit, wherever the posting is', () => {
    const places = payTransparencyRules().jurisdictions.flatMap((j) =>
      j.countries.length
        ? j.countries.map((c) => at(null, c))
        : [at(`Somewhere, ${j.codes[0] ?? j.terms[0]}`, j.country)],
    );
    fc.assert(
      fc.property(fc.constantFrom(...places), fc.integer({ min: 30_000, max: 400_000 }), (place, min) => {
        const max = min + Math.min(40_000, Math.floor(min * 0.5));
        expect(flagsOf(place, pay(min, max, 'CAD'))).toEqual([]);
        expect(flagsOf(place, pay(min, max))).toEqual([]);
      }),
    );
  });
});
