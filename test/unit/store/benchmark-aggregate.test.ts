import { describe, expect, it } from 'vitest';
import {
  AGGREGATE_SHARDS,
  aggregateKeysOf,
  contributionOf,
  mergeAggregateShards,
  netOps,
  summarizeAggregate,
} from '../../../functions/store/benchmark-aggregate.ts';
import { percentileOf, salaryBin, salaryMidpoint } from '../../../functions/store/salary-histogram.ts';
import { buildListing, buildPaidListing } from '../../factories/postings.ts';

/** Applies ops to in-memory shard items, as DynamoDB's ADD would. */
function applyOps(items: Map<string, Record<string, number>>, ops: ReturnType<typeof netOps>) {
  for (const op of ops) {
    const item = items.get(op.pk) ?? {};
    for (const [name, delta] of Object.entries(op.add)) item[name] = (item[name] ?? 0) + delta;
    items.set(op.pk, item);
  }
}

describe('contributionOf', () => {
  it('counts an in-scope listing under its tier, each skill and each location key', () => {
    const ops = contributionOf(buildListing({ id: 'x1' }));

    const scopes = ops.map((op) => op.pk.replace(/#\d+$/, ''));
    expect(scopes).toEqual([
      'A#tier:director',
      'A#tier:director/skill:okta',
      'A#tier:director/skill:itsm',
      'A#tier:director/loc:US',
      'A#tier:director/loc:US-WA',
    ]);
    expect(ops[0]?.add).toMatchObject({ n: 1, ns: 1, p_within: 1, [`h${salaryBin(210_000)}`]: 1 });
  });

  it('counts nothing for an out-of-scope listing', () => {
    const listing = buildListing({
      role: { family: 'it-management', inScope: false, tier: null, confidence: 0.9, evidence: [] },
    });

    expect(contributionOf(listing)).toEqual([]);
  });

  it('counts a listing without salary, as position unknown and without a histogram entry', () => {
    const [tierOp] = contributionOf(buildListing({ salary: null, band: null }));

    expect(tierOp?.add).toEqual({ n: 1, p_unknown: 1 });
  });
});

describe('netOps', () => {
  it('moves a re-enriched listing from its old tier to its new one instead of counting it twice', () => {
    const before = buildListing({ id: 'same' });
    const after = {
      ...before,
      role: { ...before.role, tier: 'vp' },
      band: before.band && { ...before.band, tier: 'vp', position: 'below' as const },
    };
    const items = new Map<string, Record<string, number>>();

    applyOps(items, netOps([], contributionOf(before)));
    applyOps(items, netOps(contributionOf(before), contributionOf(after)));

    const director = mergeAggregateShards(
      { tier: 'director' },
      aggregateKeysOf({ tier: 'director' }).map((k) => items.get(k) ?? {}),
    );
    const vp = mergeAggregateShards(
      { tier: 'vp' },
      aggregateKeysOf({ tier: 'vp' }).map((k) => items.get(k) ?? {}),
    );
    expect(director.count).toBe(0);
    expect(director.histogram.size).toBe(0);
    expect(vp.count).toBe(1);
    expect(vp.positions.below).toBe(1);
  });

  it('yields no op when nothing the aggregates see has changed', () => {
    const listing = buildListing();

    expect(netOps(contributionOf(listing), contributionOf({ ...listing, title: 'Renamed' }))).toEqual([]);
  });
});

describe('benchmark summary', () => {
  it('gives exact percentiles and shares over listings spread across shards', () => {
    const items = new Map<string, Record<string, number>>();
    const pays = [
      150_000, 160_000, 170_000, 180_000, 190_000, 200_000, 210_000, 220_000, 230_000, 240_000, 250_000,
    ];
    pays.forEach((pay, i) => {
      const listing = buildPaidListing(pay, { id: `pay-${i}` });
      const position = pay < 175_000 ? ('below' as const) : ('within' as const);
      applyOps(
        items,
        netOps([], contributionOf({ ...listing, band: listing.band && { ...listing.band, position } })),
      );
    });
    const shards = aggregateKeysOf({ tier: 'director' });

    const summary = summarizeAggregate(
      mergeAggregateShards(
        { tier: 'director' },
        shards.map((k) => items.get(k) ?? {}),
      ),
    );

    expect(shards).toHaveLength(AGGREGATE_SHARDS.tier);
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
    const summary = summarizeAggregate(mergeAggregateShards({ tier: 'cio' }, [{ n: 2, p_unknown: 2 }]));

    expect(summary.percentiles).toBeNull();
    expect(summary.shares).toBeNull();
    expect(summary.count).toBe(2);
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
