/**
 * What the store's integration suites share: one backend per test file, a fresh table per test,
 * and clients that count or fail calls.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Listing } from '../../../functions/enrichment/index.ts';
import { DynamoDbListingStore } from '../../../functions/store/dynamodb-listing-store.ts';
import type { ListingFilters, StoredListing } from '../../../functions/store/listing-store.ts';
import { createTestTable, type DynamoBackend } from './dynamodb-backends.ts';

type Send = DynamoDBClient['send'];

/** A client whose `failAt`-th call fails: before reaching the table, or after (the answer is lost). */
export function crashingClient(
  client: DynamoDBClient,
  failAt: number,
  when: 'before' | 'after',
): DynamoDBClient {
  let calls = 0;
  const send = async (command: Parameters<Send>[0]) => {
    calls += 1;
    if (calls === failAt && when === 'before') throw new Error(`crash before call ${failAt}`);
    const out = await client.send(command);
    if (calls === failAt) throw new Error(`crash after call ${failAt}`);
    return out;
  };
  return new Proxy(client, { get: (target, p) => (p === 'send' ? send : Reflect.get(target, p)) });
}

/** A client whose process dies after `calls` calls: every later call fails. */
export function killedAfter(client: DynamoDBClient, calls: number): DynamoDBClient {
  let made = 0;
  const send = (command: Parameters<Send>[0]) => {
    made += 1;
    return made <= calls ? client.send(command) : Promise.reject(new Error('process killed'));
  };
  return new Proxy(client, { get: (target, p) => (p === 'send' ? send : Reflect.get(target, p)) });
}

/** Counts the calls made through a client. */
export function countingClient(client: DynamoDBClient): { client: DynamoDBClient; calls: () => number } {
  let calls = 0;
  const send = (command: Parameters<Send>[0]) => {
    calls += 1;
    return client.send(command);
  };
  return {
    client: new Proxy(client, { get: (t, p) => (p === 'send' ? send : Reflect.get(t, p)) }),
    calls: () => calls,
  };
}

export async function allPages(
  store: DynamoDbListingStore,
  filters: ListingFilters,
  limit: number,
): Promise<StoredListing[]> {
  const out: StoredListing[] = [];
  let cursor = null;
  for (let page = 0; page < 100; page += 1) {
    const result = await store.queryListings({ filters, limit, cursor });
    expect(result.items.length).toBeLessThanOrEqual(limit);
    out.push(...result.items);
    cursor = result.nextCursor;
    if (!cursor) return out;
  }
  throw new Error('pagination did not end');
}

/** Day `n` after 1 October 2026, as an ISO instant. */
export const day = (n: number) => new Date(Date.UTC(2026, 9, 1) + n * 86_400_000).toISOString();

export const tierRole = (tier: string): Listing['role'] => ({
  family: 'it-management',
  inScope: true,
  tier,
  confidence: 0.9,
  evidence: [],
});

/** The listing classified in another tier (a test-only tier keeps a case's aggregates its own). */
export const withTier = (l: Listing, tier: string): Listing => ({
  ...l,
  role: tierRole(tier),
  band: l.band && { ...l.band, tier },
});

/** Writes listings a few at a time, as concurrent consumers would. */
export async function putAll(store: DynamoDbListingStore, listings: readonly Listing[], receivedAt: string) {
  for (let i = 0; i < listings.length; i += 6) {
    await Promise.all(listings.slice(i, i + 6).map((l) => store.putListing(l, { receivedAt })));
  }
}

export interface StoreFixture {
  readonly backend: () => DynamoBackend;
  /** A fresh table; `make` builds more stores on it (another client wrapper, another clock). */
  fresh(options?: { now?: () => number }): Promise<{
    store: DynamoDbListingStore;
    make: (wrap?: (c: DynamoDBClient) => DynamoDBClient, now?: () => number) => DynamoDbListingStore;
    client: DynamoDBClient;
    tableName: string;
  }>;
}

/** Starts the backend before the file's tests and stops it after them. */
export function useStoreBackend(start: () => Promise<DynamoBackend>): StoreFixture {
  let backend: DynamoBackend | undefined;
  beforeAll(async () => {
    backend = await start();
  });
  afterAll(async () => {
    await backend?.stop();
  });
  const current = () => {
    if (!backend) throw new Error('the backend has not started');
    return backend;
  };
  return {
    backend: current,
    fresh: async (options = {}) => {
      const { client, tableName } = await createTestTable(current());
      const make = (wrap?: (c: DynamoDBClient) => DynamoDBClient, now?: () => number) =>
        new DynamoDbListingStore({
          client: wrap ? wrap(client) : client,
          tableName,
          retry: { baseDelayMs: 1 },
          // Benchmarks are read fresh in these suites; the cache has a test of its own.
          benchmarkCacheMs: 0,
          ...(now ? { now } : {}),
        });
      return { store: make(undefined, options.now), make, client, tableName };
    },
  };
}
