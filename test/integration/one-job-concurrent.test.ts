/**
 * Issue 18 under concurrency, over dynalite: two sources of one job (its Greenhouse board and an
 * aggregator's copy linking the board posting) arriving at the same instant, each in its own
 * consumer call, are one listing: the job's ATS key item is claimed before a new listing is
 * written, so the second arrival finds the first instead of storing a twin.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEnrichConsumer } from '../../functions/consumer/enrich-consumer.ts';
import { CountingMetrics } from '../../functions/consumer/pipeline-metrics.ts';
import { enrichPosting, loadTaxonomy, parsePostings } from '../../functions/enrichment/index.ts';
import { encodeEnvelope } from '../../functions/ingest/posting-envelope.ts';
import { summarizeAggregate } from '../../functions/store/benchmark-aggregate.ts';
import { buildSqsEvent } from '../factories/sqs-event.ts';
import { startDynaliteBackend } from './support/dynamodb-backends.ts';
import { allPages, useStoreBackend } from './support/store-fixture.ts';

const postingsOf = (file: string) =>
  parsePostings({ content: readFileSync(new URL(`../fixtures/identity/${file}`, import.meta.url)), file });
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

describe('one job from two sources at the same instant', () => {
  const fixture = useStoreBackend(startDynaliteBackend);

  it.each([1, 2, 3])('is one listing with two sources, counted once (run %i)', async () => {
    const { store } = await fixture.fresh();
    const consumer = () =>
      createEnrichConsumer({
        store,
        taxonomy: loadTaxonomy(),
        enrich: enrichPosting,
        logger: silent,
        metrics: new CountingMetrics(),
        now: () => new Date('2026-11-22T12:00:00Z'),
      });
    const [board] = postingsOf('harbourline-greenhouse.json');
    const [copy] = postingsOf('aggregator-company-line.rss');
    if (!board || !copy) throw new Error('fixture has no posting');
    const event = (posting: typeof board) =>
      buildSqsEvent([encodeEnvelope({ v: 1, posting, receivedAt: '2026-11-20T08:00:00.000Z' })]);
    const outs = await Promise.all([consumer()(event(board)), consumer()(event(copy))]);
    for (const out of outs) expect(out.batchItemFailures).toEqual([]);

    const listings = await allPages(store, {}, 20);
    expect(listings).toHaveLength(1);
    expect(listings[0]?.sources?.map((s) => s.format).sort()).toEqual(['greenhouse', 'rss']);
    expect(summarizeAggregate(await store.getBenchmarkAggregate({ tier: 'it-manager' })).count).toBe(1);
  });
});
