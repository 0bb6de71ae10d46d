/**
 * Issue 18 end to end over dynalite: one IT Manager job sent from its Greenhouse board and from
 * two aggregator RSS feeds (one titles it "IT Manager - <Employer>" under its own channel name and
 * a tracking link, one carries a "Company:" line and links the board with tracking parameters)
 * goes through the real consumer into the store and is one listing with three sources, counted
 * once by the benchmark, whatever order the sources arrive in.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEnrichConsumer } from '../../functions/consumer/enrich-consumer.ts';
import { CountingMetrics } from '../../functions/consumer/pipeline-metrics.ts';
import { enrichPosting, listingId, loadTaxonomy, parsePostings } from '../../functions/enrichment/index.ts';
import { encodeEnvelope } from '../../functions/ingest/posting-envelope.ts';
import { summarizeAggregate } from '../../functions/store/benchmark-aggregate.ts';
import type { DynamoDbListingStore } from '../../functions/store/dynamodb-listing-store.ts';
import { buildSqsEvent } from '../factories/sqs-event.ts';
import { startDynaliteBackend } from './support/dynamodb-backends.ts';
import { allPages, useStoreBackend } from './support/store-fixture.ts';

const FILES = ['harbourline-greenhouse.json', 'aggregator-title-dash.rss', 'aggregator-company-line.rss'];
const postingsOf = (file: string) =>
  parsePostings({ content: readFileSync(new URL(`../fixtures/identity/${file}`, import.meta.url)), file });
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

async function deliver(store: DynamoDbListingStore, files: readonly string[]) {
  const consumer = createEnrichConsumer({
    store,
    taxonomy: loadTaxonomy(),
    enrich: enrichPosting,
    logger: silent,
    metrics: new CountingMetrics(),
    now: () => new Date('2026-11-22T12:00:00Z'),
  });
  // One feed after another, as a scheduled pull delivers them.
  for (const [i, file] of files.entries()) {
    const bodies = postingsOf(file).map((posting) =>
      encodeEnvelope({ v: 1, posting, receivedAt: `2026-11-2${i}T08:00:00.000Z` }),
    );
    const out = await consumer(buildSqsEvent(bodies));
    expect(out.batchItemFailures).toEqual([]);
  }
}

describe('one job from three sources', () => {
  const fixture = useStoreBackend(startDynaliteBackend);

  it.each([
    ['board first', FILES],
    ['aggregators first', [FILES[1], FILES[2], FILES[0]] as string[]],
  ])('is one listing with three sources, counted once (%s)', async (_label, order) => {
    const { store } = await fixture.fresh();
    await deliver(store, order);

    const listings = await allPages(store, {}, 20);
    expect(listings).toHaveLength(1);
    const [job] = listings;
    expect(job?.sources?.map((s) => s.format).sort()).toEqual(['greenhouse', 'rss', 'rss']);
    // The board's structured fields win over the aggregators' text, whichever came first.
    expect(job).toMatchObject({
      title: 'IT Manager',
      company: 'Harbourline Freight',
      source: { format: 'greenhouse' },
      role: { tier: 'it-manager' },
      firstSeenAt: '2026-11-20T08:00:00.000Z',
      lastSeenAt: '2026-11-22T08:00:00.000Z',
    });
    expect(job?.duplicates).toHaveLength(2);

    // Every source's id reaches the job's listing.
    const ids = FILES.flatMap((f) => postingsOf(f).map(listingId));
    for (const id of ids) expect((await store.getListing(id))?.id, id).toBe(job?.id);

    const benchmark = summarizeAggregate(await store.getBenchmarkAggregate({ tier: 'it-manager' }));
    expect(benchmark.count).toBe(1);
    expect((await store.queryListings({ filters: { tier: 'it-manager' }, limit: 20 })).items).toHaveLength(1);

    // A feed re-polled later writes nothing new: still one listing, one count.
    await deliver(store, order);
    expect(await allPages(store, {}, 20)).toHaveLength(1);
    expect(summarizeAggregate(await store.getBenchmarkAggregate({ tier: 'it-manager' })).count).toBe(1);
  });

  it('keeps two cities of one title at one employer apart', async () => {
    const { store } = await fixture.fresh();
    const [board] = postingsOf(FILES[0] as string);
    if (!board) throw new Error('fixture has no posting');
    const seattle = {
      ...board,
      source: {
        ...board.source,
        url: 'https://boards.greenhouse.io/harbourlinefreight/jobs/4012399',
        externalId: '4012399',
      },
      location: { ...board.location, text: 'Seattle, WA' },
    };
    const consumer = createEnrichConsumer({
      store,
      taxonomy: loadTaxonomy(),
      enrich: enrichPosting,
      logger: silent,
      metrics: new CountingMetrics(),
    });
    for (const posting of [board, seattle])
      await consumer(
        buildSqsEvent([encodeEnvelope({ v: 1, posting, receivedAt: '2026-11-20T08:00:00.000Z' })]),
      );
    expect(await allPages(store, {}, 20)).toHaveLength(2);
    expect(summarizeAggregate(await store.getBenchmarkAggregate({ tier: 'it-manager' })).count).toBe(2);
  });
});
