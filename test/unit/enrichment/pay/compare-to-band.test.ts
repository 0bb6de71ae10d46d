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
    annual: { min, max },
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
      position: 'within',
      compaRatio: 1.01,
      source: 'guide-a',
    });
  });

  it('returns a record that satisfies the public Band schema', () => {
    expect(BandSchema.safeParse(compareToBand(usdSalary(1, 2), tier())).success).toBe(true);
    expect(BandSchema.safeParse(compareToBand(null, tier())).success).toBe(true);
  });

  it('is unknown with no ratio when there is no salary', () => {
    expect(compareToBand(null, tier())).toMatchObject({ position: 'unknown', compaRatio: null });
  });

  it('is unknown when the salary has no USD figure', () => {
    const salary = { ...usdSalary(100_000, 120_000), currency: 'PLN', annualUsd: null };
    expect(compareToBand(salary, tier())).toMatchObject({ position: 'unknown', compaRatio: null });
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
    const vp = tier({ min: 250_000, max: 350_000, openEnded: true, source: 'guide-b' }, 'vp');

    it('still places a posted min over the band max above, and says the band is open', () => {
      expect(compareToBand(usdSalary(380_000, 420_000), vp)).toMatchObject({
        tier: 'vp',
        position: 'above',
        openEnded: true,
        source: 'guide-b',
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
