/**
 * Re-enrichment on dynalite: listings stored under one taxonomy, re-enriched under an edited
 * one, must equal a fresh ingest of the same postings under the edited one, listing by listing
 * and benchmark by benchmark (issue 17).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { enrichPosting, type Posting, type Taxonomy } from '../../functions/enrichment/index.ts';
import { runReenrich } from '../../functions/reenrich/reenrich-job.ts';
import type { DynamoDbListingStore } from '../../functions/store/dynamodb-listing-store.ts';
import { startDynaliteBackend } from './support/dynamodb-backends.ts';
import {
  corpusPosting,
  editedTaxonomy,
  shippedTaxonomy,
  type TaxonomyEdit,
} from './support/reenrich-fixture.ts';
import { allPages, useStoreBackend } from './support/store-fixture.ts';

/**
 * Kept small by default: on the shared 2-core machine dynalite stores a few listings a second
 * per table under load. `npm run bench -- reenrich` re-enriches and checks 1,000.
 */
const LARGE = Number(process.env.REENRICH_TEST_LISTINGS ?? 100);
const RECEIVED = '2026-11-20T08:00:00.000Z';
const INGESTED_AT = new Date('2026-11-20T08:00:01.000Z');
const REENRICHED_AT = new Date('2026-12-01T00:00:00.000Z');

async function ingest(store: DynamoDbListingStore, postings: Posting[], taxonomy: Taxonomy, now: Date) {
  const queue = [...postings];
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let p = queue.shift(); p; p = queue.shift())
        await store.putListing(enrichPosting(p, { taxonomy, now }), { receivedAt: RECEIVED, posting: p });
    }),
  );
}

/** Every listing, and every tier's benchmark (alone and narrowed by skill), of a store. */
async function snapshot(store: DynamoDbListingStore, taxonomy: Taxonomy, ids: string[], skill: string) {
  const listings = await store.getListings(ids);
  const benchmarks = [];
  for (const tier of taxonomy.tiers) {
    benchmarks.push(await store.getBenchmarkAggregate({ tier: tier.id }));
    benchmarks.push(await store.getBenchmarkAggregate({ tier: tier.id, skill }));
  }
  const bySkill = (await allPages(store, { skill }, 100)).map((l) => l.id).sort();
  return { listings, benchmarks, bySkill };
}

describe('job-enrich reenrich', () => {
  const fixture = useStoreBackend(startDynaliteBackend);

  const check = async (postings: Posting[], edit: TaxonomyEdit) => {
    const before = shippedTaxonomy();
    const after = editedTaxonomy(edit);
    const skill = after.data.skills[edit.skill % after.data.skills.length]?.id as string;
    const stored = await fixture.fresh();
    const t0 = Date.now();
    const lap = (what: string) => process.env.REENRICH_TEST_TRACE && console.error(what, Date.now() - t0);
    await ingest(stored.store, postings, before, INGESTED_AT);
    lap('ingested');
    const writer = { client: stored.client, tableName: stored.tableName, retry: { baseDelayMs: 1 } };
    const dry = await runReenrich({
      writer,
      taxonomy: after,
      now: () => REENRICHED_AT,
      rate: 0,
      dryRun: true,
    });
    const summary = await runReenrich({
      writer: { client: stored.client, tableName: stored.tableName, retry: { baseDelayMs: 1 } },
      taxonomy: after,
      now: () => REENRICHED_AT,
      rate: 0,
      pageSize: 500,
    });
    lap('reenriched');
    const fresh = await fixture.fresh();
    await ingest(fresh.store, postings, after, REENRICHED_AT);
    const ids = postings.map((p) => enrichPosting(p, { taxonomy: after, now: REENRICHED_AT }).id);
    const got = await snapshot(stored.store, after, ids, skill);
    const want = await snapshot(fresh.store, after, ids, skill);
    lap('compared');
    expect(got.listings).toHaveLength(postings.length);
    expect(got.listings).toEqual(want.listings);
    expect(got.benchmarks).toEqual(want.benchmarks);
    expect(got.bySkill).toEqual(want.bySkill);
    expect(summary).toMatchObject({ seen: postings.length, done: true, superseded: 0, notKept: 0 });
    expect(summary.changed + summary.restamped).toBe(postings.length);
    // The dry run wrote nothing and foresaw every count.
    expect(dry).toEqual(summary);
    // Run again: nothing is left on the old version.
    const again = await runReenrich({
      writer: { client: stored.client, tableName: stored.tableName, retry: {} },
      taxonomy: after,
      rate: 0,
    });
    expect(again.seen).toBe(0);
    return summary;
  };

  it('re-enriches a band and a skill cue edit into what a fresh ingest stores, for random edits', async () => {
    const postings = Array.from({ length: 30 }, (_, i) => corpusPosting(i));
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          tier: fc.nat(5),
          scale: fc.double({ min: 0.6, max: 1.5, noNaN: true }),
          widen: fc.double({ min: 1, max: 1.4, noNaN: true }),
          skill: fc.nat(60),
          cue: fc.nat(3),
        }),
        async (edit) => {
          await check(postings, edit);
        },
      ),
      { numRuns: 2 },
    );
  }, 400_000);

  it('re-enriches a larger store (REENRICH_TEST_LISTINGS, default 100; npm run bench -- reenrich checks 1,000)', async () => {
    const postings = Array.from({ length: LARGE }, (_, i) => corpusPosting(i));
    const edit = { tier: 3, scale: 0.7, widen: 1, skill: 20, cue: 0 };
    const summary = await check(postings, edit);
    expect(summary.changed).toBeGreaterThan(0);
    expect(Object.keys(summary.positionMoves).length).toBeGreaterThan(0);
  }, 300_000);
});
