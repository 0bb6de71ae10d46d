import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Listing } from '../../../functions/enrichment/index.ts';
import {
  type BenchmarkScope,
  benchmarkFromListings,
  summarizeAggregate,
} from '../../../functions/store/benchmark-aggregate.ts';
import { percentileOf, salaryBin, salaryMidpoint } from '../../../functions/store/salary-histogram.ts';
import { buildListing, buildPaidListing } from '../../factories/postings.ts';

const AT = '2026-11-19T15:30:00.000Z';
const at = (listing: Listing, listedAt = AT) => ({ listing, listedAt });

describe('benchmarks from listings', () => {
  it('counts in-scope listings of the tier only, by every filter together', () => {
    const uk = buildPaidListing(100_000, {
      location: { text: 'London', country: 'GB', remote: false },
      certifications: [],
    });
    const ukPounds = {
      ...uk,
      salary: uk.salary && {
        ...uk.salary,
        currency: 'GBP',
        annual: { min: 80_000, max: 80_000, assumption: null },
      },
    };
    const listings = [
      at(buildPaidListing(200_000)),
      at(ukPounds),
      at(buildPaidListing(150_000, { skills: [] }), '2026-10-01T00:00:00.000Z'),
      at(
        buildListing({
          role: { family: 'it-management', inScope: false, tier: null, confidence: 1, evidence: [] },
        }),
      ),
      at(
        buildListing({
          role: { family: 'it-management', inScope: true, tier: 'vp', confidence: 1, evidence: [] },
        }),
      ),
    ];
    const count = (scope: Omit<BenchmarkScope, 'tier'>) =>
      benchmarkFromListings({ tier: 'director', ...scope }, listings).count;

    expect(count({})).toBe(3);
    expect(count({ skill: 'okta' })).toBe(2);
    expect(count({ certification: 'itil' })).toBe(2);
    expect(count({ country: 'GB' })).toBe(1);
    expect(count({ location: 'US-WA' })).toBe(2);
    expect(count({ currency: 'USD' })).toBe(2);
    expect(count({ since: '2026-11-01' })).toBe(2);
    expect(count({ since: '2026-11-01', skill: 'okta', country: 'US' })).toBe(1);
    const pounds = summarizeAggregate(benchmarkFromListings({ tier: 'director', currency: 'GBP' }, listings));
    expect(pounds.local).toEqual({
      currency: 'GBP',
      salaried: 1,
      percentiles: { p10: 80_000, p25: 80_000, median: 80_000, p75: 80_000, p90: 80_000 },
    });
  });

  it('gives exact percentiles and shares', () => {
    const pays = [
      150_000, 160_000, 170_000, 180_000, 190_000, 200_000, 210_000, 220_000, 230_000, 240_000, 250_000,
    ];
    const listings = pays.map((pay, i) => {
      const listing = buildPaidListing(pay, { id: `pay-${i}` });
      const position = pay < 175_000 ? ('below' as const) : ('within' as const);
      return at({ ...listing, band: listing.band && { ...listing.band, position } });
    });

    const summary = summarizeAggregate(benchmarkFromListings({ tier: 'director' }, listings));

    expect(summary.count).toBe(11);
    expect(summary.percentiles).toEqual({
      p10: 160_000,
      p25: 175_000,
      median: 200_000,
      p75: 225_000,
      p90: 240_000,
    });
    expect(summary.shares?.below).toBeCloseTo(3 / 11);
    expect(summary.shares?.within).toBeCloseTo(8 / 11);
  });

  it('has no percentiles when no listing states a salary', () => {
    const summary = summarizeAggregate(
      benchmarkFromListings({ tier: 'director' }, [at(buildListing({ salary: null, band: null }))]),
    );

    expect(summary.percentiles).toBeNull();
    expect(summary.shares).toBeNull();
    expect(summary.positions.unknown).toBe(1);
    expect(summary.count).toBe(1);
  });

  it('puts the median between the lowest and highest midpoint, whatever the pay', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1_001, max: 5_000_000 }), { minLength: 1, maxLength: 40 }),
        (pays) => {
          const summary = summarizeAggregate(
            benchmarkFromListings(
              { tier: 'director' },
              pays.map((p, i) => at(buildPaidListing(p, { id: `p${i}` }))),
            ),
          );
          expect(summary.count).toBe(pays.length);
          const median = summary.percentiles?.median ?? Number.NaN;
          expect(median).toBeGreaterThanOrEqual(Math.min(...pays) - 1);
          expect(median).toBeLessThanOrEqual(Math.max(...pays) + 1);
        },
      ),
    );
  });
});

describe('salary histogram', () => {
  it('takes the midpoint of a range, or the one bound stated', () => {
    expect(salaryMidpoint({ min: 100_000, max: 140_000 })).toBe(120_000);
    expect(salaryMidpoint({ min: null, max: 140_000 })).toBe(140_000);
    expect(salaryMidpoint({ min: null, max: null })).toBeNull();
  });

  it('keeps neighbouring salaries apart and stays within 2 % for mixed bins', () => {
    expect(salaryBin(100_000)).not.toBe(salaryBin(103_000));
    const bin = salaryBin(100_000);
    const median = percentileOf(new Map([[bin, { count: 2, sum: 100_000 + 101_500 }]]), 0.5);
    expect(Math.abs((median ?? 0) - 100_750) / 100_750).toBeLessThan(0.02);
  });
});
