import { describe, expect, it } from 'vitest';
import {
  createEnrichConsumer,
  type EnrichConsumerDeps,
} from '../../../functions/consumer/enrich-consumer.ts';
import { CountingMetrics } from '../../../functions/consumer/pipeline-metrics.ts';
import { type Listing, loadTaxonomy, type Posting } from '../../../functions/enrichment/index.ts';
import { encodeEnvelope } from '../../../functions/ingest/posting-envelope.ts';
import type { PutListingResult } from '../../../functions/store/listing-store.ts';
import { buildListing, buildPosting, paragraphs } from '../../factories/postings.ts';
import { buildSqsEvent, buildSqsRecord } from '../../factories/sqs-event.ts';

const taxonomy = loadTaxonomy();

/**
 * The consumer is the unit here, not the classifier: a stand-in enrichment that keys the
 * listing by the posting's URL and treats a "Marketing" title as out of scope.
 */
function enrich(posting: Posting, ctx: { now: Date }): Listing {
  const outOfScope = /marketing/i.test(posting.title);
  return buildListing({
    id: `id-${posting.source.url ?? posting.title}`,
    title: posting.title,
    enrichedAt: ctx.now.toISOString(),
    ...(outOfScope
      ? {
          role: { family: 'it-management', inScope: false, tier: null, confidence: 0.9, evidence: [] },
          band: null,
        }
      : {}),
  });
}
const bodyOf = (posting: Posting) =>
  encodeEnvelope({ v: 1, posting, receivedAt: '2026-11-20T08:00:00.000Z' });

interface LogLine {
  level: string;
  message: string;
  extra: Record<string, unknown>;
}

/** A consumer over an in-memory store that remembers content hashes like the real one. */
function setup(options: { failFor?: string; slowMs?: number } = {}) {
  const stored = new Map<string, Listing>();
  const log: LogLine[] = [];
  const order: string[] = [];
  const metrics = new CountingMetrics();
  const store: EnrichConsumerDeps['store'] = {
    putListing: async (listing): Promise<PutListingResult> => {
      order.push(`start ${listing.id}`);
      if (options.slowMs) await new Promise((r) => setTimeout(r, options.slowMs));
      order.push(`end ${listing.id}`);
      if (listing.title === options.failFor) throw new Error('DynamoDB is having a bad day');
      const before = stored.get(listing.id);
      stored.set(listing.id, listing);
      return { status: before ? 'unchanged' : 'created', truncated: false };
    },
  };
  const logger = Object.fromEntries(
    ['info', 'warn', 'error'].map((level) => [
      level,
      (message: string, extra: Record<string, unknown> = {}) => log.push({ level, message, extra }),
    ]),
  ) as unknown as EnrichConsumerDeps['logger'];
  const handler = createEnrichConsumer({ store, taxonomy, enrich, logger, metrics });
  return { handler, stored, log, metrics, order };
}

describe('enrich consumer', () => {
  it('stores every posting of a batch and reports no failure', async () => {
    const { handler, stored, metrics } = setup();
    const event = buildSqsEvent([
      bodyOf(
        buildPosting({
          source: { format: 'rss', url: 'https://jobs.example/1', externalId: null, file: null },
        }),
      ),
      bodyOf(
        buildPosting({
          source: { format: 'rss', url: 'https://jobs.example/2', externalId: null, file: null },
        }),
      ),
    ]);

    const response = await handler(event);

    expect(response).toEqual({ batchItemFailures: [] });
    expect(stored.size).toBe(2);
    expect(metrics.totals.enriched).toBe(2);
    expect(metrics.byTier.get('director')).toBe(2);
  });

  it('fails a record that is not a posting envelope alone, and logs why with its message id', async () => {
    const { handler, stored, log, metrics } = setup();
    const poison = buildSqsRecord('{"v":1,"posting":{"title":42}}');
    const good = buildSqsRecord(bodyOf(buildPosting()));

    const response = await handler({ Records: [poison, good] });

    expect(response.batchItemFailures).toEqual([{ itemIdentifier: poison.messageId }]);
    expect(stored.size).toBe(1);
    expect(metrics.totals).toMatchObject({ failed: 1, enriched: 1 });
    const failure = log.find((l) => l.level === 'error');
    expect(failure?.extra).toMatchObject({
      messageId: poison.messageId,
      reason: expect.stringContaining('EnvelopeError'),
    });
  });

  it('fails a record whose write fails without touching its neighbours', async () => {
    const { handler, stored } = setup({ failFor: 'Doomed IT Manager' });
    const doomed = buildSqsRecord(
      bodyOf(
        buildPosting({
          title: 'Doomed IT Manager',
          source: { format: 'rss', url: 'https://jobs.example/x', externalId: null, file: null },
        }),
      ),
    );
    const fine = buildSqsRecord(bodyOf(buildPosting()));

    const response = await handler({ Records: [fine, doomed] });

    expect(response.batchItemFailures).toEqual([{ itemIdentifier: doomed.messageId }]);
    expect(stored.size).toBe(1);
  });

  it('answers a batch where every record fails with every record listed, never by throwing', async () => {
    const { handler } = setup();
    const event = buildSqsEvent(['not json', '{}', '']);

    const response = await handler(event);

    expect(response.batchItemFailures.map((f) => f.itemIdentifier)).toEqual(
      event.Records.map((r) => r.messageId),
    );
  });

  it('counts a redelivered posting as unchanged, not as enriched twice', async () => {
    const { handler, metrics } = setup();
    const body = bodyOf(buildPosting());

    await handler(buildSqsEvent([body]));
    await handler(buildSqsEvent([body]));

    expect(metrics.totals).toMatchObject({ enriched: 1, unchanged: 1 });
  });

  it('counts an out-of-scope posting apart from enriched ones', async () => {
    const { handler, metrics } = setup();
    const marketing = buildPosting({
      title: 'Senior Marketing Director',
      blocks: paragraphs('Lead brand, demand generation and events.'),
    });

    await handler(buildSqsEvent([bodyOf(marketing)]));

    expect(metrics.totals).toMatchObject({ outOfScope: 1, enriched: 0 });
  });

  it('writes two records of the same listing in one batch one after the other', async () => {
    const { handler, order } = setup({ slowMs: 20 });
    const body = bodyOf(buildPosting());

    await handler(buildSqsEvent([body, body]));

    expect(order.map((o) => o.split(' ')[0])).toEqual(['start', 'end', 'start', 'end']);
  });
});
