/**
 * Benchmark figures, two ways:
 *   - kept: aggregate items folded from the listings' change records (benchmark-fold.ts), read
 *     with one GetItem (or one Query of month buckets for `since`): the cost of a benchmark does
 *     not depend on how many listings the table holds. What `GET /benchmarks` serves.
 *   - computed on read from the tier index (table-definition.ts), which carries each in-scope
 *     listing's annual midpoint (USD and its own currency), band position, skills,
 *     certifications, country and location keys: a Query of the tier's shards, filtered, folded
 *     into a count, a salary histogram (salary-histogram.ts) and counts by band position. Exact
 *     for any combination of filters, but its cost grows with the tier's listings (about 200
 *     bytes each, 4 KB per half read unit): the fallback for what the aggregates do not keep,
 *     and the ragged month of a `since`.
 * docs/write-path.md has the measurements.
 */
import { type DynamoDBClient, QueryCommand } from '@aws-sdk/client-dynamodb';
import type { BandPosition, Listing } from '../enrichment/index.ts';
import { BandPositionSchema } from '../enrichment/index.ts';
import {
  type AggregateDelta,
  type AggregateDimension,
  aggregatePartition,
  deltaOfItem,
  emptyDelta,
  histogramOf,
  mergeDelta,
  monthRangeFrom,
} from './benchmark-fold.ts';
import type { Item } from './dynamodb-codec.ts';
import { indexAttributesOf } from './listing-item.ts';
import {
  createFilter,
  facetPartition,
  facetValueKey,
  idsOf,
  listsFacetValue,
  SHARDS,
} from './listing-keys.ts';
import { type HistogramBin, percentileOf, salaryBin } from './salary-histogram.ts';
import { ATTR, TIER_INDEX } from './table-definition.ts';

/** The listing item's taxonomy version (listing-item.ts HEAD.taxonomyVersion), which the tier index carries. */
const VERSION_ATTR = 'tv';

/** What a benchmark is asked for: a tier, narrowed by any of the other filters together. */
export interface BenchmarkScope {
  readonly tier: string;
  readonly skill?: string | undefined;
  readonly certification?: string | undefined;
  /** A location key: a country (`US`), a state or province (`US-WA`) or `remote`. */
  readonly location?: string | undefined;
  /** ISO 3166-1 alpha-2. */
  readonly country?: string | undefined;
  /** ISO 4217: percentiles are then also given in that currency (`local`). */
  readonly currency?: string | undefined;
  /** ISO instant: only listings listed at or after it. */
  readonly since?: string | undefined;
}

/** The figures of a scope. */
export interface BenchmarkAggregate {
  readonly scope: BenchmarkScope;
  /** Listings counted (in scope, this tier, every filter). */
  readonly count: number;
  /** Of those, listings with an annual USD salary. */
  readonly salaried: number;
  readonly histogram: ReadonlyMap<number, HistogramBin>;
  readonly positions: Readonly<Record<BandPosition, number>>;
  /**
   * Listings counted, by the taxonomy version they were enriched under (`''`: not known, an
   * index entry written before the tier index carried the version).
   */
  readonly versions?: Readonly<Record<string, number>>;
  /** With `scope.currency`: the annual midpoints in that currency. */
  readonly local?: {
    readonly currency: string;
    readonly salaried: number;
    readonly histogram: ReadonlyMap<number, HistogramBin>;
  };
}

/** Folds tier-index entries (or the same attributes computed from listings) into a scope's figures. */
export function foldBenchmark(
  scope: BenchmarkScope,
  entries: Iterable<Readonly<Record<string, unknown>>>,
): BenchmarkAggregate {
  let count = 0;
  let salaried = 0;
  let localSalaried = 0;
  const histogram = new Map<number, HistogramBin>();
  const localHistogram = new Map<number, HistogramBin>();
  const positions: Record<BandPosition, number> = { below: 0, within: 0, overlaps: 0, above: 0, unknown: 0 };
  const versions: Record<string, number> = {};
  const addTo = (h: Map<number, HistogramBin>, value: number) => {
    const bin = salaryBin(value);
    const was = h.get(bin) ?? { count: 0, sum: 0 };
    h.set(bin, { count: was.count + 1, sum: was.sum + value });
  };
  for (const entry of entries) {
    count += 1;
    const version = typeof entry[VERSION_ATTR] === 'string' ? (entry[VERSION_ATTR] as string) : '';
    versions[version] = (versions[version] ?? 0) + 1;
    const position = BandPositionSchema.safeParse(entry[ATTR.position] ?? 'unknown');
    positions[position.success ? position.data : 'unknown'] += 1;
    const usd = entry[ATTR.midUsd];
    if (typeof usd === 'number' && usd > 0) {
      salaried += 1;
      addTo(histogram, usd);
    }
    const local = entry[ATTR.midLocal];
    if (scope.currency !== undefined && typeof local === 'number' && local > 0) {
      localSalaried += 1;
      addTo(localHistogram, local);
    }
  }
  return {
    scope,
    count,
    salaried,
    histogram,
    positions,
    versions,
    ...(scope.currency !== undefined
      ? { local: { currency: scope.currency, salaried: localSalaried, histogram: localHistogram } }
      : {}),
  };
}

/** Whether index attributes (as stored or as computed from a listing) fall in a scope. */
export function inScope(scope: BenchmarkScope, attrs: Readonly<Record<string, unknown>>): boolean {
  const str = (name: string) => (typeof attrs[name] === 'string' ? (attrs[name] as string) : undefined);
  const sort = str(ATTR.listedSort);
  if (attrs[ATTR.tierKey] === undefined) return false;
  if (!str(ATTR.tierKey)?.startsWith(`${facetValueKey('tier', scope.tier)}#`)) return false;
  if (scope.since !== undefined && (sort === undefined || sort < new Date(scope.since).toISOString()))
    return false;
  if (scope.skill !== undefined && !listsFacetValue(str(ATTR.skills), 'skill', scope.skill)) return false;
  if (
    scope.certification !== undefined &&
    !listsFacetValue(str(ATTR.certifications), 'certification', scope.certification)
  )
    return false;
  if (scope.location !== undefined && !idsOf(str(ATTR.locations)).includes(scope.location)) return false;
  if (scope.country !== undefined && str(ATTR.country) !== scope.country) return false;
  if (scope.currency !== undefined && str(ATTR.currency) !== scope.currency) return false;
  return true;
}

/**
 * A scope's figures computed from listings in hand (the doctor's recount, and tests): the same
 * attributes the writer stores, folded the same way.
 */
export function benchmarkFromListings(
  scope: BenchmarkScope,
  listings: Iterable<{ readonly listing: Listing; readonly listedAt: string }>,
): BenchmarkAggregate {
  const entries: Array<Record<string, unknown>> = [];
  for (const { listing, listedAt } of listings) {
    const attrs = { ...indexAttributesOf(listing, listedAt), [VERSION_ATTR]: listing.taxonomyVersion };
    if (inScope(scope, attrs)) entries.push(attrs);
  }
  return foldBenchmark(scope, entries);
}

export interface BenchmarkReadContext {
  readonly client: DynamoDBClient;
  readonly tableName: string;
}

/** The filter of a scope on the tier index's attributes. */
function scopeFilter(scope: BenchmarkScope) {
  const { clauses, names, values, add } = createFilter();
  if (scope.skill !== undefined) add(ATTR.skills, 'contains', facetValueKey('skill', scope.skill));
  if (scope.certification !== undefined)
    add(ATTR.certifications, 'contains', facetValueKey('certification', scope.certification));
  if (scope.location !== undefined) add(ATTR.locations, 'contains', scope.location);
  if (scope.country !== undefined) add(ATTR.country, 'eq', scope.country);
  if (scope.currency !== undefined) add(ATTR.currency, 'eq', scope.currency);
  return { clauses, names, values };
}

const fromEntry = (item: Item): Record<string, unknown> => ({
  [VERSION_ATTR]: item[VERSION_ATTR]?.S,
  [ATTR.position]: item[ATTR.position]?.S,
  [ATTR.midUsd]: item[ATTR.midUsd]?.N === undefined ? undefined : Number(item[ATTR.midUsd]?.N),
  [ATTR.midLocal]: item[ATTR.midLocal]?.N === undefined ? undefined : Number(item[ATTR.midLocal]?.N),
});

/**
 * Reads a scope's figures from the tier index: every shard of the tier's index partition, in
 * parallel, to the end. Its cost grows with the listings the tier holds; `GET /benchmarks`
 * reads the kept aggregates instead ({@link readAggregatedBenchmark}) and comes here only for
 * what they do not keep.
 * @param before an ISO instant: only listings listed before it (the ragged month of a `since`).
 */
export async function readBenchmark(
  ctx: BenchmarkReadContext,
  scope: BenchmarkScope,
  before?: string,
): Promise<BenchmarkAggregate> {
  const tier = facetValueKey('tier', scope.tier);
  const filter = scopeFilter(scope);
  const since =
    scope.since === undefined ? (before === undefined ? null : '0') : new Date(scope.since).toISOString();
  const entries: Array<Record<string, unknown>> = [];
  await Promise.all(
    Array.from({ length: SHARDS.tier }, async (_, shard) => {
      let start: Item | undefined;
      do {
        const out = await ctx.client.send(
          new QueryCommand({
            TableName: ctx.tableName,
            IndexName: TIER_INDEX,
            KeyConditionExpression:
              since === null
                ? '#pk = :pk'
                : before === undefined
                  ? '#pk = :pk AND #s >= :since'
                  : '#pk = :pk AND #s BETWEEN :since AND :before',
            ...(filter.clauses.length ? { FilterExpression: filter.clauses.join(' AND ') } : {}),
            ProjectionExpression: '#p, #m, #ml, #tv',
            ExpressionAttributeNames: {
              '#pk': ATTR.tierKey,
              '#p': ATTR.position,
              '#m': ATTR.midUsd,
              '#ml': ATTR.midLocal,
              '#tv': VERSION_ATTR,
              ...(since === null ? {} : { '#s': ATTR.listedSort }),
              ...filter.names,
            },
            ExpressionAttributeValues: {
              ':pk': { S: facetPartition('tier', tier, shard) },
              ...(since === null ? {} : { ':since': { S: since } }),
              ...(since === null || before === undefined ? {} : { ':before': { S: before } }),
              ...filter.values,
            },
            ...(start ? { ExclusiveStartKey: start } : {}),
          }),
        );
        for (const item of out.Items ?? []) entries.push(fromEntry(item));
        start = out.LastEvaluatedKey;
      } while (start);
    }),
  );
  return foldBenchmark(scope, entries);
}

/**
 * The kept aggregate of a scope, when the aggregates answer it: a tier, with at most one of a
 * skill, a location key, or a country (with `location` equal to it or absent), and `since`.
 * Null for what they do not keep (certification, currency, a location with another country):
 * the caller reads {@link readBenchmark} then.
 *
 * Without `since`: one Query of the partition's month buckets (their sum). With `since`: one
 * Query of the month buckets from since's month, plus, unless since is the first instant of its month, the tier index
 * between since and the next month (listings of under one month of one tier, not of the table).
 */
export async function readAggregatedBenchmark(
  ctx: BenchmarkReadContext,
  scope: BenchmarkScope,
): Promise<BenchmarkAggregate | null> {
  if (scope.certification !== undefined || scope.currency !== undefined) return null;
  let dimension: AggregateDimension;
  if (scope.skill !== undefined) {
    if (scope.location !== undefined || scope.country !== undefined) return null;
    dimension = { kind: 'skill', value: facetValueKey('skill', scope.skill) };
  } else if (scope.country !== undefined) {
    if (scope.location !== undefined && scope.location !== scope.country) return null;
    dimension = { kind: 'country', value: scope.country };
  } else if (scope.location !== undefined) dimension = { kind: 'location', value: scope.location };
  else dimension = { kind: 'tier' };
  const pk = aggregatePartition(facetValueKey('tier', scope.tier), dimension);
  const total = emptyDelta();
  const since = scope.since === undefined ? null : new Date(scope.since);
  const monthStart = since === null ? 0 : Date.UTC(since.getUTCFullYear(), since.getUTCMonth(), 1);
  const nextMonth =
    since === null
      ? ''
      : new Date(Date.UTC(since.getUTCFullYear(), since.getUTCMonth() + 1, 1)).toISOString();
  const range =
    since === null
      ? monthRangeFrom('')
      : monthRangeFrom((since.getTime() === monthStart ? since.toISOString() : nextMonth).slice(0, 7));
  const edge =
    since === null || since.getTime() === monthStart
      ? null
      : readBenchmark(
          ctx,
          { tier: scope.tier, ...pickFilters(scope), since: since.toISOString() },
          nextMonth,
        );
  let start: Item | undefined;
  do {
    const out = await ctx.client.send(
      new QueryCommand({
        TableName: ctx.tableName,
        KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :to',
        ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk' },
        ExpressionAttributeValues: { ':pk': { S: pk }, ':from': { S: range.from }, ':to': { S: range.to } },
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    for (const item of out.Items ?? []) mergeDelta(total, deltaOfItem(item));
    start = out.LastEvaluatedKey;
  } while (start);
  const aggregate = aggregateOfDelta(scope, total);
  return edge === null ? aggregate : mergeAggregates(aggregate, await edge);
}

const pickFilters = (scope: BenchmarkScope): Omit<BenchmarkScope, 'tier' | 'since'> => ({
  ...(scope.skill !== undefined ? { skill: scope.skill } : {}),
  ...(scope.location !== undefined ? { location: scope.location } : {}),
  ...(scope.country !== undefined ? { country: scope.country } : {}),
});

/** A scope's aggregate from kept figures. */
export function aggregateOfDelta(scope: BenchmarkScope, d: AggregateDelta): BenchmarkAggregate {
  return { scope, count: d.n, salaried: d.ns, histogram: histogramOf(d), positions: { ...d.positions } };
}

function mergeAggregates(a: BenchmarkAggregate, b: BenchmarkAggregate): BenchmarkAggregate {
  const histogram = new Map(a.histogram);
  for (const [bin, v] of b.histogram) {
    const was = histogram.get(bin) ?? { count: 0, sum: 0 };
    histogram.set(bin, { count: was.count + v.count, sum: was.sum + v.sum });
  }
  const positions = { ...a.positions };
  for (const p of Object.keys(positions) as BandPosition[]) positions[p] += b.positions[p];
  return {
    scope: a.scope,
    count: a.count + b.count,
    salaried: a.salaried + b.salaried,
    histogram,
    positions,
  };
}

export interface BenchmarkSummary {
  readonly count: number;
  readonly salaried: number;
  /** Percentiles of annual USD midpoints; null when no listing in scope states a salary. */
  readonly percentiles: { p10: number; p25: number; median: number; p75: number; p90: number } | null;
  /** With a currency in the scope: the same percentiles in that currency. */
  readonly local?: {
    readonly currency: string;
    readonly salaried: number;
    readonly percentiles: { p10: number; p25: number; median: number; p75: number; p90: number } | null;
  };
  /** Counts by band position, `unknown` included. */
  readonly positions: Readonly<Record<BandPosition, number>>;
  /** Shares (0..1) of the listings whose position is known; null when none is. */
  readonly shares: { below: number; within: number; overlaps: number; above: number } | null;
}

function percentilesOf(h: ReadonlyMap<number, HistogramBin>) {
  const p = (q: number) => percentileOf(h, q) ?? 0;
  return h.size === 0 ? null : { p10: p(0.1), p25: p(0.25), median: p(0.5), p75: p(0.75), p90: p(0.9) };
}

/** The numbers a benchmark response shows, from an aggregate. */
export function summarizeAggregate(aggregate: BenchmarkAggregate): BenchmarkSummary {
  const { below, within, overlaps, above } = aggregate.positions;
  const known = below + within + overlaps + above;
  return {
    count: aggregate.count,
    salaried: aggregate.salaried,
    percentiles: percentilesOf(aggregate.histogram),
    ...(aggregate.local
      ? {
          local: {
            currency: aggregate.local.currency,
            salaried: aggregate.local.salaried,
            percentiles: percentilesOf(aggregate.local.histogram),
          },
        }
      : {}),
    positions: aggregate.positions,
    shares:
      known === 0
        ? null
        : { below: below / known, within: within / known, overlaps: overlaps / known, above: above / known },
  };
}
