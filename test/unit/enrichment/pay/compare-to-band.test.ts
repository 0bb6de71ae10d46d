import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareToBand } from '../../../../functions/enrichment/pay/compare-to-band.ts';
import { BandSchema, type Salary } from '../../../../functions/enrichment/types.ts';
import { tier } from './salary-support.ts';

/** A yearly USD salary with the given annual USD ends (band tests look at nothing else). */
function usdSalary(min: number | null, max: number | null): Salary {
  return {
    min,
    max,
    currency: 'USD',
    period: 'year',
    kind: 'base',
    annual: { min, max, assumption: null },
    contract: false,
    annualUsd: { min, max, rateDate: '2026-11-01' },
    source: 'text',
    raw: 'as posted',
  };
}

// The fixture band is 175,000 – 240,000 (midpoint 207,500).
describe('compareToBand', () => {
  it.each([
    ['below', 120_000, 150_000, 0.65],
    ['above', 250_000, 300_000, 1.33],
    ['within', 190_000, 230_000, 1.01],
    ['within', 175_000, 240_000, 1],
    ['overlaps', 160_000, 200_000, 0.87],
    ['overlaps', 230_000, 260_000, 1.18],
    ['overlaps', 150_000, 280_000, 1.04],
  ])('places a posted range as %s (%d – %d)', (position, min, max, compaRatio) => {
    expect(compareToBand(usdSalary(min, max), tier())).toMatchObject({ position, compaRatio });
  });

  it('carries the tier and its band into the record', () => {
    expect(compareToBand(usdSalary(190_000, 230_000), tier())).toEqual({
      tier: 'director',
      min: 175_000,
      max: 240_000,
      openEnded: false,
      currency: 'USD',
      basis: { country: 'US', currency: 'USD', period: 'year', kind: 'base', year: null },
      comparable: true,
      reason: null,
      position: 'within',
      compaRatio: 1.01,
      penetration: 0.54,
      source: { title: 'Guide A', publisher: 'Publisher A', year: 2024 },
    });
  });

  it('returns a record that satisfies the public Band schema', () => {
    expect(BandSchema.safeParse(compareToBand(usdSalary(1, 2), tier())).success).toBe(true);
    expect(BandSchema.safeParse(compareToBand(null, tier())).success).toBe(true);
  });

  it('is unknown with no ratio when there is no salary', () => {
    expect(compareToBand(null, tier())).toMatchObject({ position: 'unknown', compaRatio: null });
  });

  it('is not compared, for want of pay, when there is no salary', () => {
    expect(compareToBand(null, tier(), 'US')).toMatchObject({
      comparable: false,
      reason: 'no-pay',
      penetration: null,
    });
  });

  it('is not compared when the salary is in another currency, even with no USD figure', () => {
    const salary = { ...usdSalary(100_000, 120_000), currency: 'PLN', annualUsd: null };
    expect(compareToBand(salary, tier())).toMatchObject({
      position: 'unknown',
      compaRatio: null,
      comparable: false,
      reason: 'currency',
    });
  });

  it('does not set a UK posting in pounds against the US band, and says the country is why', () => {
    const gbp = {
      ...usdSalary(85_000, 95_000),
      currency: 'GBP',
      annualUsd: { min: 107_950, max: 120_650, rateDate: '2026-11-01' },
    };
    expect(compareToBand(gbp, tier(), 'GB')).toMatchObject({
      comparable: false,
      reason: 'country',
      position: 'unknown',
      compaRatio: null,
      penetration: null,
    });
  });

  it('does not compare a US posting paid in dollars at an hourly contract rate', () => {
    const hourly = {
      ...usdSalary(187_200, 228_800),
      min: 90,
      max: 110,
      period: 'hour' as const,
      annual: { min: 187_200, max: 228_800, assumption: '2,080 hours a year (40 hours × 52 weeks)' },
      contract: true,
    };
    expect(compareToBand(hourly, tier(), 'US')).toMatchObject({ comparable: false, reason: 'contract-rate' });
  });

  it('compares a dollar salary with no stated country as American pay', () => {
    expect(compareToBand(usdSalary(190_000, 230_000), tier(), null)).toMatchObject({
      comparable: true,
      position: 'within',
    });
  });

  it('puts penetration at 0 on the band min and 1 on its max, and beyond them outside', () => {
    expect(compareToBand(usdSalary(175_000, 175_000), tier()).penetration).toBe(0);
    expect(compareToBand(usdSalary(240_000, 240_000), tier()).penetration).toBe(1);
    expect(compareToBand(usdSalary(305_000, 305_000), tier()).penetration).toBe(2);
  });

  it('never gives a ratio without a comparison, nor a position other than unknown', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10_000, max: 900_000 }),
        fc.integer({ min: 0, max: 200_000 }),
        fc.constantFrom('US', 'GB', 'DE', null),
        fc.constantFrom('USD', 'GBP', 'EUR'),
        fc.boolean(),
        (lo, width, country, currency, contract) => {
          const salary = { ...usdSalary(lo, lo + width), currency, contract };
          const band = compareToBand(salary, tier(), country);
          expect(BandSchema.safeParse(band).success).toBe(true);
          if (band.comparable) expect(band.compaRatio).not.toBeNull();
          else expect([band.compaRatio, band.penetration, band.position]).toEqual([null, null, 'unknown']);
          expect(band.comparable).toBe(
            (country === null || country === 'US') && currency === 'USD' && !contract,
          );
        },
      ),
    );
  });

  describe('with one-sided salaries', () => {
    it('places "X+" above when X is over the band max, and uses X for the ratio', () => {
      expect(compareToBand(usdSalary(250_000, null), tier())).toMatchObject({
        position: 'above',
        compaRatio: 1.2,
      });
    });

    it('places "X+" inside the band as overlapping', () => {
      expect(compareToBand(usdSalary(200_000, null), tier())).toMatchObject({
        position: 'overlaps',
        compaRatio: 0.96,
      });
    });

    it('places "up to X" below when X is under the band min', () => {
      expect(compareToBand(usdSalary(null, 150_000), tier())).toMatchObject({
        position: 'below',
        compaRatio: 0.72,
      });
    });

    it('places "up to X" over the band min as overlapping', () => {
      expect(compareToBand(usdSalary(null, 245_000), tier())).toMatchObject({ position: 'overlaps' });
    });
  });

  describe('with an open-ended band', () => {
    const guideB = { ref: 'guide-b', title: 'Guide B', publisher: 'Publisher B', year: null };
    const vp = tier({ min: 250_000, max: 350_000, openEnded: true, source: guideB }, 'vp');

    it('still places a posted min over the band max above, and says the band is open', () => {
      expect(compareToBand(usdSalary(380_000, 420_000), vp)).toMatchObject({
        tier: 'vp',
        position: 'above',
        openEnded: true,
        source: { title: 'Guide B', publisher: 'Publisher B', year: null },
      });
    });

    it('places a range inside it as within', () => {
      expect(compareToBand(usdSalary(260_000, 300_000), vp)).toMatchObject({
        position: 'within',
        openEnded: true,
      });
    });
  });
});

describe('a band stored before basis, comparability and citations existed', () => {
  it('still reads, with the US basis, as compared before, and its source file as the title', () => {
    const old = {
      tier: 'director',
      min: 175_000,
      max: 240_000,
      openEnded: true,
      currency: 'USD',
      position: 'within',
      compaRatio: 0.98,
      source: '000_e95c086c1fb477a6.txt',
    };

    expect(BandSchema.parse(old)).toMatchObject({
      basis: { country: 'US', currency: 'USD', period: 'year', kind: 'base', year: null },
      comparable: true,
      reason: null,
      penetration: null,
      source: { title: '000_e95c086c1fb477a6.txt', publisher: 'unknown', year: null },
    });
  });
});

describe('compareToBand with a band per country and currency', () => {
  const gbp = (min: number, max: number): Salary => ({
    ...usdSalary(min, max),
    currency: 'GBP',
    annualUsd: { min: min * 1.27, max: max * 1.27, rateDate: '2026-11-01' },
  });
  const gbBand = {
    min: 95_000,
    max: 140_000,
    openEnded: false,
    currency: 'GBP',
    bonusPct: null,
    basis: { country: 'GB', currency: 'GBP', period: 'year' as const, kind: 'base' as const, year: 2026 },
    source: { ref: 'own', title: 'Our UK bands', publisher: 'Us', year: 2026 },
  };
  const twoBands = { ...tier(), bands: [gbBand] };

  it("sets a UK posting's pounds against the GB band", () => {
    expect(compareToBand(gbp(100_000, 120_000), twoBands, 'GB')).toMatchObject({
      currency: 'GBP',
      min: 95_000,
      basis: { country: 'GB', currency: 'GBP' },
      comparable: true,
      reason: null,
      position: 'within',
      compaRatio: 0.94,
      source: { title: 'Our UK bands' },
    });
  });

  it('keeps the US band for a US posting in dollars', () => {
    expect(compareToBand(usdSalary(190_000, 230_000), twoBands, 'US')).toMatchObject({
      currency: 'USD',
      basis: { country: 'US' },
      position: 'within',
    });
  });

  it("says why when no band matches: another country, or the country's band in another currency", () => {
    const euro = { ...gbp(100_000, 120_000), currency: 'EUR' };
    expect(compareToBand(euro, twoBands, 'DE')).toMatchObject({ comparable: false, reason: 'country' });
    expect(compareToBand(euro, twoBands, 'GB')).toMatchObject({
      basis: { country: 'GB' },
      comparable: false,
      reason: 'currency',
    });
    // No pay: the band of the posting's country is shown, not compared.
    expect(compareToBand(null, twoBands, 'GB')).toMatchObject({ currency: 'GBP', reason: 'no-pay' });
  });

  it('annualises a band stated per month before comparing', () => {
    const monthly = {
      ...tier(),
      bands: [{ ...gbBand, min: 8_000, max: 10_000, basis: { ...gbBand.basis, period: 'month' as const } }],
    };
    expect(compareToBand(gbp(100_000, 110_000), monthly, 'GB')).toMatchObject({
      min: 8_000,
      position: 'within',
      compaRatio: 0.97,
    });
    expect(compareToBand(gbp(130_000, 140_000), monthly, 'GB')).toMatchObject({ position: 'above' });
  });
});
