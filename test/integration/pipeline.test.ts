import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import type { Context, SQSEvent } from 'aws-lambda';
import { afterEach, describe, expect, it } from 'vitest';
import { createEnrichConsumer, type EnrichConsumerDeps } from '../../functions/consumer/enrich-consumer.ts';
import { ingestDocument } from '../../functions/ingest/ingest-document.ts';
import { encodeEnvelope } from '../../functions/ingest/posting-envelope.ts';
import { LOCAL_DLQ_NAME, LOCAL_QUEUE_NAME } from '../../functions/ingest/queue-definition.ts';
import {
  type LocalRuntime,
  type LocalRuntimeOptions,
  startLocalRuntime,
} from '../../functions/local/start-local-runtime.ts';
import { DynamoDbListingStore } from '../../functions/store/dynamodb-listing-store.ts';
import type { ListingStore } from '../../functions/store/listing-store.ts';
import { buildPosting } from '../factories/postings.ts';
import { killedAfter } from './support/store-fixture.ts';

const FEED = new URL('../fixtures/feeds/cascade-it-careers.rss', import.meta.url);
const FEED_TIERS = ['director', 'it-manager', 'vp', 'team-lead'];

const runtimes: LocalRuntime[] = [];
const dirs: string[] = [];

afterEach(async () => {
  await Promise.all(runtimes.splice(0).map((r) => r.stop()));
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/**
 * A local runtime with queue timings short enough for a test: redelivery after 10 s (longer than
 * any batch takes here even on a loaded machine, as the 6× rule keeps it in AWS), DLQ after 2
 * receives.
 */
async function start(options: Partial<LocalRuntimeOptions> = {}): Promise<LocalRuntime> {
  const runtime = await startLocalRuntime({
    dataDir: null,
    logLevel: process.env.DEBUG_PIPELINE ? 'INFO' : 'SILENT',
    queue: { visibilityTimeoutSeconds: 10, maxReceiveCount: 2 },
    onError: () => undefined,
    ...options,
    consumer: { waitTimeSeconds: 1, ...options.consumer },
  });
  runtimes.push(runtime);
  return runtime;
}

async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined | false>,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function queueDepth(runtime: LocalRuntime, name: string): number {
  const { visible, inflight } = runtime.queue.depth(name);
  return visible + inflight;
}

async function ingestFeed(runtime: LocalRuntime) {
  return ingestDocument(
    { document: { content: await readFile(FEED), file: 'cascade-it-careers.rss' } },
    { send: (postings) => runtime.sendPostings(postings) },
  );
}

async function benchmarkCount(store: ListingStore): Promise<number> {
  const counts = await Promise.all(
    FEED_TIERS.map(async (tier) => (await store.getBenchmarkAggregate({ tier })).count),
  );
  return counts.reduce((a, b) => a + b, 0);
}

describe('the write path on the emulators', () => {
  it('stores every listing of an ingested feed once, and once only when the feed comes again', async () => {
    const runtime = await start();

    const first = await ingestFeed(runtime);
    await waitFor(
      'the drained queue',
      async () => queueDepth(runtime, LOCAL_QUEUE_NAME) === 0 && runtime.metrics.totals.enriched === 4,
    );
    await ingestFeed(runtime);
    await waitFor(
      'the second delivery',
      async () => queueDepth(runtime, LOCAL_QUEUE_NAME) === 0 && runtime.metrics.totals.unchanged >= 5,
    );

    expect(first.queued).toBe(5);
    const stored = await runtime.store.getListings(first.ids);
    expect(stored.map((l) => l.id)).toEqual(first.ids);
    const everything = await runtime.store.queryListings({ filters: {}, limit: 100 });
    expect(everything.items.map((l) => l.id).sort()).toEqual([...first.ids].sort());
    expect(await benchmarkCount(runtime.store)).toBe(4);
    expect(runtime.metrics.totals).toMatchObject({ enriched: 4, outOfScope: 1, unchanged: 5, failed: 0 });
    expect(stored.find((l) => l.title === 'Director of IT Operations')?.role.tier).toBe('director');
  });

  it('sends a poison record to the dead-letter queue after maxReceiveCount while its neighbours are stored', async () => {
    const runtime = await start({ queue: { visibilityTimeoutSeconds: 1, maxReceiveCount: 2 } });
    const receivedAt = new Date().toISOString();
    const good = [1, 2, 3].map((n) =>
      encodeEnvelope({
        v: 1,
        posting: buildPosting({
          source: { format: 'rss', url: `https://jobs.example/${n}`, externalId: null, file: null },
        }),
        receivedAt,
      }),
    );
    const poison = '{"v":1,"posting":{"title":"no such shape"},"receivedAt":"yesterday"}';

    await runtime.clients.sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: runtime.queueUrl,
        Entries: [good[0], poison, good[1], good[2]].map((body, i) => ({
          Id: `e${i}`,
          MessageBody: body as string,
        })),
      }),
    );
    const dlq = await waitFor('the poison record in the DLQ', async () => {
      const bodies = runtime.queue.bodies(LOCAL_DLQ_NAME);
      return bodies.length > 0 && bodies;
    });

    expect(dlq).toEqual([poison]);
    expect(queueDepth(runtime, LOCAL_QUEUE_NAME)).toBe(0);
    const page = await runtime.store.queryListings({ filters: { tier: 'director' }, limit: 10 });
    expect(page.items).toHaveLength(3);
    expect(runtime.metrics.totals.failed).toBeGreaterThanOrEqual(2); // the poison record, once per receive
  });

  it('stores one listing for the same message sent twice', async () => {
    const runtime = await start();
    const body = encodeEnvelope({ v: 1, posting: buildPosting(), receivedAt: new Date().toISOString() });

    await runtime.clients.sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: runtime.queueUrl,
        Entries: [
          { Id: 'a', MessageBody: body },
          { Id: 'b', MessageBody: body },
        ],
      }),
    );
    await waitFor(
      'both deliveries',
      async () => queueDepth(runtime, LOCAL_QUEUE_NAME) === 0 && runtime.metrics.totals.unchanged === 1,
    );

    expect((await runtime.store.queryListings({ filters: {}, limit: 10 })).items).toHaveLength(1);
    expect((await runtime.store.getBenchmarkAggregate({ tier: 'director' })).count).toBe(1);
    expect(runtime.metrics.totals).toMatchObject({ enriched: 1, unchanged: 1, failed: 0 });
  });

  it('loses nothing when the consumer crashes mid-batch, even in the middle of a write', async () => {
    let runtime: LocalRuntime | undefined;
    let crashes = 0;
    // The first batch: all records but the last are stored, the last dies half-written (its
    // index items put, its listing not), then the invocation crashes without answering.
    // SQS redelivers the whole batch after the visibility timeout.
    const createHandler = (deps: EnrichConsumerDeps) => {
      const healthy = createEnrichConsumer(deps);
      return async (event: SQSEvent, context: Context) => {
        if (crashes > 0 || event.Records.length < 2 || !runtime) return healthy(event, context);
        crashes += 1;
        await healthy({ Records: event.Records.slice(0, -1) }, context);
        const dying = new DynamoDbListingStore({
          client: killedAfter(runtime.clients.dynamodb, 2),
          tableName: runtime.tableName,
        });
        await createEnrichConsumer({ ...deps, store: dying })({ Records: event.Records.slice(-1) }, context);
        throw new Error('consumer crashed');
      };
    };
    runtime = await start({
      queue: { visibilityTimeoutSeconds: 3, maxReceiveCount: 3 },
      consumer: { createHandler, concurrency: 1 },
    });

    const sent = await ingestFeed(runtime);
    const settled = runtime;
    await waitFor('every listing stored', async () => {
      const stored = await settled.store.getListings(sent.ids);
      return stored.length === sent.ids.length && queueDepth(settled, LOCAL_QUEUE_NAME) === 0;
    });

    expect(crashes).toBe(1);
    expect(queueDepth(runtime, LOCAL_DLQ_NAME)).toBe(0);
    expect(await benchmarkCount(runtime.store)).toBe(4);
    const everything = await runtime.store.queryListings({ filters: {}, limit: 100 });
    expect(everything.items.map((l) => l.id).sort()).toEqual([...sent.ids].sort());
  });

  it('keeps stored listings and queued postings across a restart on the same data directory', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'job-enrich-restart-'));
    dirs.push(dataDir);
    const first = await start({ dataDir });
    const early = await ingestDocument(
      { document: { content: await readFile(FEED), file: 'cascade-it-careers.rss' } },
      { send: (postings) => first.sendPostings(postings.slice(0, 2)) },
    );
    await waitFor('the first listings', async () => (await first.store.getListings(early.ids)).length === 2);
    await first.stop();
    const paused = await start({ dataDir, consumer: { enabled: false } });
    const late = await ingestFeed(paused);
    await paused.stop();

    const again = await start({ dataDir });
    await waitFor(
      'the postings queued before the restart',
      async () => (await again.store.getListings(late.ids)).length === 5,
    );

    expect((await again.store.getListings(early.ids)).map((l) => l.id)).toEqual(early.ids);
    expect(again.cursorSecret).toBe(first.cursorSecret);
  });
});
