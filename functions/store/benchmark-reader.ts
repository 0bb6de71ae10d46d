/**
 * Benchmark reads alone: what the document function needs of the store (its paste form sets a
 * posting against its tier's benchmark), without the writer, the listing queries or the job
 * identity, which would put ~30 KB in its bundle for nothing (test/infra/bundles.test.ts).
 * DynamoDbListingStore answers `getBenchmarkAggregate` through this class too: one code path.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  type BenchmarkAggregate,
  type BenchmarkScope,
  readAggregatedBenchmark,
  readBenchmark,
} from './benchmark-aggregate.ts';

export interface BenchmarkReaderOptions {
  readonly client: DynamoDBClient;
  readonly tableName: string;
  /**
   * How long a benchmark computed from the tier index is reused before it is read again: this
   * bounds what a busy page costs, at the price of figures up to this old. 0 turns the cache off.
   * Aggregates kept by the fold cost one GetItem and are not cached.
   * @default 60_000
   */
  readonly benchmarkCacheMs?: number;
  /**
   * Where benchmarks come from: `aggregates`, the items the change-record fold keeps
   * (benchmark-fold.ts; the deployed API and `npm start`, where a stream or the local change log
   * feeds the fold), read flat at any table size, with the tier index for what they do not keep;
   * or `index`, computed on read from the tier index alone (exact at once after a write, cost
   * growing with the tier's listings; stores no change feeds, as in most tests).
   * @default 'index'
   */
  readonly benchmarks?: 'aggregates' | 'index';
  /**
   * Awaited before a kept aggregate is read: the local runtime waits here (briefly) for the
   * change log to reach the fold, so a read after a write sees it.
   */
  readonly beforeBenchmarkRead?: () => Promise<void>;
  /** @default Date.now */
  readonly now?: () => number;
}

/** Scopes kept in the benchmark cache at most (oldest dropped first). */
const BENCHMARK_CACHE_ENTRIES = 500;

/** Benchmark figures of a scope, from the fold's aggregates or the tier index. */
export class BenchmarkReader {
  readonly #ctx: { client: DynamoDBClient; tableName: string };
  readonly #cacheMs: number;
  readonly #source: 'aggregates' | 'index';
  readonly #before: (() => Promise<void>) | undefined;
  readonly #now: () => number;
  readonly #cache = new Map<string, { at: number; value: Promise<BenchmarkAggregate> }>();

  constructor(options: BenchmarkReaderOptions) {
    this.#ctx = { client: options.client, tableName: options.tableName };
    this.#cacheMs = options.benchmarkCacheMs ?? 60_000;
    this.#source = options.benchmarks ?? 'index';
    this.#before = options.beforeBenchmarkRead;
    this.#now = options.now ?? Date.now;
  }

  async getBenchmarkAggregate(scope: BenchmarkScope): Promise<BenchmarkAggregate> {
    if (this.#source === 'aggregates') {
      await this.#before?.();
      // Kept figures cost one GetItem (or one Query of month buckets): not cached.
      const kept = await readAggregatedBenchmark(this.#ctx, scope);
      if (kept !== null) return kept;
    }
    return this.#cachedIndexBenchmark(scope);
  }

  #cachedIndexBenchmark(scope: BenchmarkScope): Promise<BenchmarkAggregate> {
    const read = () => readBenchmark(this.#ctx, scope);
    if (this.#cacheMs <= 0) return read();
    const key = JSON.stringify([
      scope.tier,
      scope.skill,
      scope.certification,
      scope.location,
      scope.country,
      scope.currency,
      scope.since,
    ]);
    const now = this.#now();
    const cached = this.#cache.get(key);
    if (cached && now - cached.at < this.#cacheMs) return cached.value;
    const value = read();
    this.#cache.delete(key);
    this.#cache.set(key, { at: now, value });
    // A failed read is not kept: the next call tries again.
    value.catch(() => {
      if (this.#cache.get(key)?.value === value) this.#cache.delete(key);
    });
    if (this.#cache.size > BENCHMARK_CACHE_ENTRIES) {
      const oldest = this.#cache.keys().next().value;
      if (oldest !== undefined) this.#cache.delete(oldest);
    }
    return value;
  }
}
