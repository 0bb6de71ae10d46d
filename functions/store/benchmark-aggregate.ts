/**
 * Benchmark aggregates kept as listings are written: per tier, per (tier, skill) and per
 * (tier, location), a count, a salary histogram (see salary-histogram.ts) and counts by band
 * position. Reading one costs a BatchGetItem of its shards, whatever the number of listings.
 *
 * A listing's contribution is a set of additive deltas (`AggregateOp`s); re-enriching a listing
 * applies the new contribution minus the old one, so it moves instead of adding a second one.
 * How the deltas are applied exactly once is the writer's business (listing-writer.ts).
 */
import { type BandPosition, BandPositionSchema, type Listing } from '../enrichment/index.ts';
import { shardOf } from './listing-keys.ts';
import { locationKeysOf } from './location-keys.ts';
import { type HistogramBin, percentileOf, salaryBin, salaryMidpoint } from './salary-histogram.ts';

/** What a benchmark is asked for: a tier, optionally narrowed by one skill or one location key. */
export type BenchmarkScope =
  | { readonly tier: string; readonly skill?: undefined; readonly location?: undefined }
  | { readonly tier: string; readonly skill: string; readonly location?: undefined }
  | { readonly tier: string; readonly location: string; readonly skill?: undefined };

/**
 * Shards per aggregate: every listing of a tier updates the tier's aggregate, so it is split to
 * stay under one partition's write ceiling; narrowed aggregates see a fraction of the writes.
 */
export const AGGREGATE_SHARDS = { tier: 8, narrowed: 2 } as const;

/** Attribute names inside an aggregate item. */
export const AGG_COUNT = 'n';
export const AGG_SALARIED = 'ns';
const BIN_COUNT_PREFIX = 'h';
const BIN_SUM_PREFIX = 's';
const POSITION_PREFIX = 'p_';

/** The id of a scope, as it appears in the aggregate's key. */
export function scopeId(scope: BenchmarkScope): string {
  if (scope.skill !== undefined) return `tier:${scope.tier}/skill:${scope.skill}`;
  if (scope.location !== undefined) return `tier:${scope.tier}/loc:${scope.location}`;
  return `tier:${scope.tier}`;
}

function shardsOf(scope: BenchmarkScope): number {
  return scope.skill === undefined && scope.location === undefined
    ? AGGREGATE_SHARDS.tier
    : AGGREGATE_SHARDS.narrowed;
}

/** The partition keys of every shard of a scope's aggregate (sort key `A`). */
export function aggregateKeysOf(scope: BenchmarkScope): string[] {
  const id = scopeId(scope);
  return Array.from({ length: shardsOf(scope) }, (_, shard) => `A#${id}#${shard}`);
}

/** One delta to one aggregate item: attribute name to the amount to ADD. */
export interface AggregateOp {
  readonly pk: string;
  readonly add: Readonly<Record<string, number>>;
}

/**
 * The aggregates a listing counts in and what it adds to each. Only in-scope listings with a
 * tier count: a benchmark compares pay against a tier's band.
 */
export function contributionOf(listing: Listing): AggregateOp[] {
  const tier = listing.role.inScope ? listing.role.tier : null;
  if (!tier) return [];
  const mid = salaryMidpoint(listing.salary?.annualUsd);
  const position: BandPosition = listing.band?.position ?? 'unknown';
  const add: Record<string, number> = { [AGG_COUNT]: 1, [`${POSITION_PREFIX}${position}`]: 1 };
  if (mid !== null) {
    const bin = salaryBin(mid);
    add[AGG_SALARIED] = 1;
    add[`${BIN_COUNT_PREFIX}${bin}`] = 1;
    add[`${BIN_SUM_PREFIX}${bin}`] = Math.round(mid);
  }
  const scopes: BenchmarkScope[] = [{ tier }];
  for (const skill of new Set(listing.skills.map((s) => s.id))) scopes.push({ tier, skill });
  for (const location of new Set(locationKeysOf(listing.location))) scopes.push({ tier, location });
  return scopes.map((scope) => {
    const keys = aggregateKeysOf(scope);
    return { pk: keys[shardOf(listing.id, keys.length)] as string, add };
  });
}

/**
 * The net ops that turn the `from` contribution into the `to` one: deltas on the same
 * aggregate are summed, zeros dropped. `netOps([], c)` applies c; `netOps(c, [])` removes it.
 */
export function netOps(from: readonly AggregateOp[], to: readonly AggregateOp[]): AggregateOp[] {
  const byKey = new Map<string, Map<string, number>>();
  const fold = (ops: readonly AggregateOp[], sign: 1 | -1) => {
    for (const op of ops) {
      const attrs = byKey.get(op.pk) ?? new Map<string, number>();
      byKey.set(op.pk, attrs);
      for (const [name, delta] of Object.entries(op.add))
        attrs.set(name, (attrs.get(name) ?? 0) + sign * delta);
    }
  };
  fold(from, -1);
  fold(to, 1);
  const out: AggregateOp[] = [];
  for (const [pk, attrs] of byKey) {
    const add = Object.fromEntries([...attrs].filter(([, v]) => v !== 0));
    if (Object.keys(add).length > 0) out.push({ pk, add });
  }
  return out;
}

/** A scope's aggregate, its shards merged. */
export interface BenchmarkAggregate {
  readonly scope: BenchmarkScope;
  /** Listings counted (in scope, this tier). */
  readonly count: number;
  /** Of those, listings with an annual USD salary. */
  readonly salaried: number;
  readonly histogram: ReadonlyMap<number, HistogramBin>;
  readonly positions: Readonly<Record<BandPosition, number>>;
}

/** Merges the attributes of an aggregate's shard items (as read, any order, missing shards fine). */
export function mergeAggregateShards(
  scope: BenchmarkScope,
  shards: ReadonlyArray<Readonly<Record<string, unknown>>>,
): BenchmarkAggregate {
  let count = 0;
  let salaried = 0;
  const counts = new Map<number, number>();
  const sums = new Map<number, number>();
  const positions: Record<BandPosition, number> = { below: 0, within: 0, overlaps: 0, above: 0, unknown: 0 };
  for (const item of shards) {
    for (const [name, raw] of Object.entries(item)) {
      if (typeof raw !== 'number') continue;
      if (name === AGG_COUNT) count += raw;
      else if (name === AGG_SALARIED) salaried += raw;
      else if (name.startsWith(POSITION_PREFIX)) {
        const position = BandPositionSchema.safeParse(name.slice(POSITION_PREFIX.length));
        if (position.success) positions[position.data] += raw;
      } else {
        const bin = /^([hs])(\d+)$/.exec(name);
        if (!bin) continue;
        const target = bin[1] === BIN_COUNT_PREFIX ? counts : sums;
        const index = Number(bin[2]);
        target.set(index, (target.get(index) ?? 0) + raw);
      }
    }
  }
  const histogram = new Map<number, HistogramBin>();
  for (const [bin, n] of counts) if (n > 0) histogram.set(bin, { count: n, sum: sums.get(bin) ?? 0 });
  return { scope, count, salaried, histogram, positions };
}

export interface BenchmarkSummary {
  readonly count: number;
  readonly salaried: number;
  /** Percentiles of annual USD midpoints; null when no listing in scope states a salary. */
  readonly percentiles: { p10: number; p25: number; median: number; p75: number; p90: number } | null;
  /** Counts by band position, `unknown` included. */
  readonly positions: Readonly<Record<BandPosition, number>>;
  /** Shares (0..1) of the listings whose position is known; null when none is. */
  readonly shares: { below: number; within: number; overlaps: number; above: number } | null;
}

/** The numbers a benchmark response shows, from an aggregate. */
export function summarizeAggregate(aggregate: BenchmarkAggregate): BenchmarkSummary {
  const h = aggregate.histogram;
  const p = (q: number) => percentileOf(h, q) ?? 0;
  const { below, within, overlaps, above } = aggregate.positions;
  const known = below + within + overlaps + above;
  return {
    count: aggregate.count,
    salaried: aggregate.salaried,
    percentiles:
      h.size === 0 ? null : { p10: p(0.1), p25: p(0.25), median: p(0.5), p75: p(0.75), p90: p(0.9) },
    positions: aggregate.positions,
    shares:
      known === 0
        ? null
        : { below: below / known, within: within / known, overlaps: overlaps / known, above: above / known },
  };
}
