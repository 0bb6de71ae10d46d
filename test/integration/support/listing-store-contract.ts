/**
 * The ListingStore's behaviour, run against every DynamoDB-compatible backend (dynalite, and
 * DynamoDB Local where Java is present) so that an emulator quirk cannot hide a bug.
 */
import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import type { Listing } from '../../../functions/enrichment/index.ts';
import { summarizeAggregate } from '../../../functions/store/benchmark-aggregate.ts';
import { DynamoDbListingStore } from '../../../functions/store/dynamodb-listing-store.ts';
import type { ListingFilters, StoredListing } from '../../../functions/store/listing-store.ts';
import { buildListing, buildPaidListing } from '../../factories/postings.ts';
import { allPages, countingClient, day, putAll, type StoreFixture, withTier } from './store-fixture.ts';

const asVp = (l: Listing, enrichedAt: string): Listing => ({
  ...l,
  role: { ...l.role, tier: 'vp' },
  band: l.band && { ...l.band, tier: 'vp', position: 'below' },
  taxonomyVersion: 'tax-v2',
  enrichedAt,
});

/** A stored listing without what the store adds for its job (sources, times, duplicates). */
function withoutJob(stored: StoredListing | null) {
  if (stored === null) return null;
  const { sources: _s, firstSeenAt: _f, lastSeenAt: _l, duplicates: _d, ...listing } = stored;
  return listing;
}

/** Registers the store's behaviour suite on a backend fixture. */
export function describeListingStoreContract({ fresh }: StoreFixture): void {
  describe('writes', () => {
    it('stores a listing and reads it back unchanged', async () => {
      const { store } = await fresh();
      const listing = buildListing();

      const result = await store.putListing(listing, { receivedAt: '2026-11-20T08:00:00.000Z' });

      expect(result).toEqual({ status: 'created', truncated: false });
      const stored = await store.getListing(listing.id);
      expect(withoutJob(stored)).toEqual(listing);
      expect(stored).toMatchObject({
        sources: [
          { format: listing.source.format, url: listing.source.url, firstSeen: '2026-11-20T08:00:00.000Z' },
        ],
        firstSeenAt: '2026-11-20T08:00:00.000Z',
        lastSeenAt: '2026-11-20T08:00:00.000Z',
      });
      expect(await store.getListing('no-such-listing')).toBeNull();
    });

    it('writes nothing for the same listing delivered again', async () => {
      const { store, make } = await fresh();
      const listing = buildListing();
      await store.putListing(listing, { receivedAt: '2026-11-20T08:00:00.000Z' });
      const counter = { calls: () => 0 };
      const counted = make((c) => {
        const wrapped = countingClient(c);
        counter.calls = wrapped.calls;
        return wrapped.client;
      });

      const again = await counted.putListing(
        { ...listing, enrichedAt: '2026-11-20T09:00:00.000Z' },
        { receivedAt: '2026-11-20T08:00:00.000Z' },
      );

      expect(again.status).toBe('unchanged');
      expect(counter.calls()).toBe(1); // the read, no write
      const summary = summarizeAggregate(await store.getBenchmarkAggregate({ tier: 'director' }));
      expect(summary.count).toBe(1);
    });

    it('re-enriches with a newer taxonomy version and moves the benchmark contribution', async () => {
      const { store } = await fresh();
      const listing = buildListing();
      await store.putListing(listing, { receivedAt: '2026-11-20T08:00:00.000Z' });

      const result = await store.putListing(asVp(listing, '2026-11-21T08:00:00.000Z'), {
        receivedAt: '2026-11-20T08:00:00.000Z',
      });

      expect(result.status).toBe('updated');
      expect((await store.getListing(listing.id))?.role.tier).toBe('vp');
      expect((await store.getBenchmarkAggregate({ tier: 'director' })).count).toBe(0);
      expect((await store.getBenchmarkAggregate({ tier: 'vp' })).count).toBe(1);
      expect((await store.getBenchmarkAggregate({ tier: 'vp', skill: 'okta' })).positions.below).toBe(1);
      expect((await store.queryListings({ filters: { tier: 'director' }, limit: 10 })).items).toEqual([]);
      expect(
        (await store.queryListings({ filters: { tier: 'vp' }, limit: 10 })).items.map((l) => l.id),
      ).toEqual([listing.id]);
    });

    it('keeps the newer listing when an older delivery arrives late', async () => {
      const { store } = await fresh();
      const listing = buildListing();
      await store.putListing(
        { ...listing, title: 'Director, IT (updated)' },
        { receivedAt: '2026-11-21T08:00:00.000Z' },
      );

      const late = await store.putListing(listing, { receivedAt: '2026-11-20T08:00:00.000Z' });

      expect(late.status).toBe('stale');
      expect((await store.getListing(listing.id))?.title).toBe('Director, IT (updated)');
    });

    it('replaces a listing item of the first layout instead of failing on it', async () => {
      const { store, client, tableName } = await fresh();
      const listing = buildListing();
      await client.send(
        new PutItemCommand({
          TableName: tableName,
          Item: {
            pk: { S: `L#${listing.id}` },
            sk: { S: 'L' },
            id: { S: listing.id },
            rev: { N: '1' },
            state: { S: 'complete' },
            doc: { S: JSON.stringify(listing) },
          },
        }),
      );

      expect((await store.putListing(listing, { receivedAt: '2026-11-20T08:00:00.000Z' })).status).toBe(
        'created',
      );
      expect(withoutJob(await store.getListing(listing.id))).toEqual(listing);
      expect((await store.getBenchmarkAggregate({ tier: 'director' })).count).toBe(1);
    });

    it('stores a huge listing trimmed and says so', async () => {
      const { store } = await fresh();
      const quote = 'Own every system we run, end to end. '.repeat(30_000);
      const listing = buildListing({
        role: {
          family: 'it-management',
          inScope: true,
          tier: 'director',
          confidence: 0.9,
          evidence: [{ rule: 'body', text: quote }],
        },
      });

      const result = await store.putListing(listing, { receivedAt: '2026-11-20T08:00:00.000Z' });

      expect(result.truncated).toBe(true);
      const stored = await store.getListing(listing.id);
      expect(stored?.truncated).toBe(true);
      expect(stored?.role.evidence[0]?.text.length).toBeLessThanOrEqual(500);
    });
  });

  describe('queries', () => {
    it('pages through the newest listings of a tier across shards and months, each once, newest first', async () => {
      const { store } = await fresh();
      const directors = Array.from({ length: 20 }, (_, i) => buildListing({ postedAt: day(i * 3) }));
      const managers = Array.from({ length: 5 }, (_, i) =>
        withTier(buildListing({ postedAt: day(i) }), 'it-manager'),
      );
      await putAll(store, [...directors, ...managers], '2026-12-31T00:00:00.000Z');

      const pages = await allPages(store, { tier: 'director' }, 6);

      expect(pages.map((l) => l.id)).toEqual([...directors].reverse().map((l) => l.id));
      expect((await allPages(store, {}, 7)).length).toBe(25);
    });

    it('answers each facet and combinations of filters', async () => {
      const { store } = await fresh();
      const okta = buildListing({ company: 'ACME, Inc.', postedAt: day(1) });
      const noOkta = buildListing({ skills: [], certifications: [], postedAt: day(2) });
      const above = buildListing({
        postedAt: day(3),
        band: { ...(buildListing().band as NonNullable<Listing['band']>), position: 'above' },
      });
      await putAll(store, [okta, noOkta, above], '2026-12-31T00:00:00.000Z');
      const ids = async (filters: ListingFilters) => (await allPages(store, filters, 2)).map((l) => l.id);

      expect(await ids({ skill: 'okta' })).toEqual([above.id, okta.id]);
      expect(await ids({ tier: 'director', skill: 'okta', position: 'within' })).toEqual([okta.id]);
      expect(await ids({ certification: 'itil' })).toEqual([above.id, okta.id]);
      expect(await ids({ company: 'Acme Inc' })).toEqual([okta.id]);
      expect(await ids({ position: 'above' })).toEqual([above.id]);
      expect(await ids({ tier: 'director', position: 'above' })).toEqual([above.id]);
      expect(await ids({ tier: 'vp', position: 'above' })).toEqual([]);
      expect(await ids({ tier: 'director', since: day(2) })).toEqual([above.id, noOkta.id]);
      expect(await ids({ tier: 'cio' })).toEqual([]);
    });

    it('refuses a cursor made by a query on another index', async () => {
      const { store } = await fresh();
      for (let i = 0; i < 3; i += 1)
        await store.putListing(buildListing({ postedAt: day(i) }), { receivedAt: day(10) });
      const page = await store.queryListings({ filters: { tier: 'director' }, limit: 1 });

      await expect(
        store.queryListings({ filters: { skill: 'okta' }, limit: 1, cursor: page.nextCursor }),
      ).rejects.toThrow(/another query/);
    });
  });

  describe('benchmarks', () => {
    it('keeps percentiles, shares and narrowed counts as listings arrive, redeliveries not counted', async () => {
      const { store } = await fresh();
      const pays = [120_000, 180_000, 200_000, 220_000, 260_000];
      const listings = pays.map((p) => buildPaidListing(p));
      await putAll(store, listings, '2026-11-20T08:00:00.000Z');
      await putAll(store, listings, '2026-11-20T08:00:00.000Z');

      const summary = summarizeAggregate(await store.getBenchmarkAggregate({ tier: 'director' }));

      expect(summary.count).toBe(5);
      expect(summary.percentiles?.median).toBe(200_000);
      expect(summary.percentiles?.p25).toBe(180_000);
      expect(summary.positions.within).toBe(5);
      expect((await store.getBenchmarkAggregate({ tier: 'director', location: 'US-WA' })).count).toBe(5);
      expect((await store.getBenchmarkAggregate({ tier: 'director', skill: 'aws' })).count).toBe(0);
    });
  });

  describe('benchmarks by every filter', () => {
    it('narrows by skill, certification, country, location, currency and since together, counting from the listings', async () => {
      const { store } = await fresh();
      const uk = buildPaidListing(120_000, {
        location: { text: 'London', country: 'GB', remote: false },
        postedAt: day(20),
      });
      const inPounds = {
        ...uk,
        salary: uk.salary && {
          ...uk.salary,
          currency: 'GBP',
          annual: { min: 95_000, max: 95_000, assumption: null },
        },
      };
      const old = buildPaidListing(180_000, { postedAt: day(1), certifications: [] });
      const recent = buildPaidListing(220_000, { postedAt: day(25) });
      await putAll(store, [inPounds, old, recent], '2026-12-31T00:00:00.000Z');
      const count = async (scope: Omit<Parameters<typeof store.getBenchmarkAggregate>[0], 'tier'>) =>
        (await store.getBenchmarkAggregate({ tier: 'director', ...scope })).count;

      expect(await count({})).toBe(3);
      expect(await count({ country: 'GB' })).toBe(1);
      expect(await count({ country: 'US', since: day(10) })).toBe(1);
      expect(await count({ certification: 'itil' })).toBe(2);
      expect(await count({ skill: 'okta', location: 'US-WA' })).toBe(2);
      expect(await count({ currency: 'USD', since: day(30) })).toBe(0);
      const pounds = summarizeAggregate(
        await store.getBenchmarkAggregate({ tier: 'director', country: 'GB', currency: 'GBP' }),
      );
      expect(pounds.count).toBe(1);
      expect(pounds.local?.percentiles?.median).toBe(95_000);
      expect(pounds.percentiles?.median).toBe(120_000);
    });

    it('serves a benchmark from its cache for the cache window, then reads the listings again', async () => {
      let clock = Date.parse('2026-11-20T08:00:00Z');
      const { client, tableName } = await fresh();
      const cached = new DynamoDbListingStore({
        client,
        tableName,
        benchmarkCacheMs: 60_000,
        now: () => clock,
      });
      await cached.putListing(buildPaidListing(200_000), { receivedAt: day(1) });
      expect((await cached.getBenchmarkAggregate({ tier: 'director' })).count).toBe(1);

      await cached.putListing(buildPaidListing(210_000), { receivedAt: day(1) });
      expect((await cached.getBenchmarkAggregate({ tier: 'director' })).count).toBe(1);
      clock += 60_001;

      expect((await cached.getBenchmarkAggregate({ tier: 'director' })).count).toBe(2);
    });
  });

  describe('feed sources', () => {
    it('keeps feed sources with their validators and remembers seen postings', async () => {
      const { store } = await fresh();
      await store.putFeedSource({
        id: 'cascade',
        url: 'https://careers.cascadetech.example/feed.rss',
        etag: null,
        lastModified: null,
        lastFetchedAt: null,
        lastStatus: null,
      });

      await store.recordFeedFetch('cascade', {
        etag: '"v7"',
        lastModified: null,
        fetchedAt: day(3),
        status: 'ok',
      });
      await store.markSeen('cascade', ['a', 'b']);

      expect(await store.listFeedSources()).toEqual([
        {
          id: 'cascade',
          url: 'https://careers.cascadetech.example/feed.rss',
          etag: '"v7"',
          lastModified: null,
          lastFetchedAt: day(3),
          lastStatus: 'ok',
        },
      ]);
      expect(await store.findUnseen('cascade', ['a', 'c', 'b', 'd'])).toEqual(['c', 'd']);
      expect(await store.findUnseen('other-source', ['a'])).toEqual(['a']);
    });

    it('forgets a seen posting once its marker expires, whether or not the table has deleted it', async () => {
      let clock = Date.parse('2026-06-01T00:00:00Z');
      const { store } = await fresh({ now: () => clock });
      await store.markSeen('cascade', ['a']);
      clock += 179 * 86_400_000;
      await store.markSeen('cascade', ['b']);
      expect(await store.findUnseen('cascade', ['a', 'b', 'c'])).toEqual(['c']);
      clock += 2 * 86_400_000;
      // 'a' was marked 181 days ago, 'b' 2 days ago.
      expect(await store.findUnseen('cascade', ['a', 'b', 'c'])).toEqual(['a', 'c']);
      await store.markSeen('cascade', ['a']);
      expect(await store.findUnseen('cascade', ['a', 'b'])).toEqual([]);
    });
  });
}
