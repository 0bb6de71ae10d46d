/**
 * The local change log (dynalite has no stream): listing writes through the local client reach
 * the benchmark fold in order, the figures served from the aggregates equal those computed from
 * the tier index, and a log reopened after a crash (entries never delivered, an intent whose
 * commit never reached the disk) delivers what changed once, no more.
 */
import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDynamoDbClient } from '../../functions/aws-clients.ts';
import { LocalChangeLog } from '../../functions/local/change-log.ts';
import { summarizeAggregate } from '../../functions/store/benchmark-aggregate.ts';
import { createBenchmarkStreamHandler } from '../../functions/store/benchmark-stream.ts';
import { DynamoDbListingStore } from '../../functions/store/dynamodb-listing-store.ts';
import { buildListing, buildPaidListing } from '../factories/postings.ts';
import { createTestTable, type DynamoBackend, startDynaliteBackend } from './support/dynamodb-backends.ts';

let backend: DynamoBackend;
const dirs: string[] = [];
beforeAll(async () => {
  backend = await startDynaliteBackend();
});
afterAll(async () => {
  await backend?.stop();
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

const RECEIVED = '2026-11-20T10:00:00.000Z';
const localClient = () => createDynamoDbClient({ region: 'us-east-1', endpoint: backend.endpoint });

async function stores(client: DynamoDBClient, tableName: string, log: LocalChangeLog) {
  return {
    kept: new DynamoDbListingStore({
      client,
      tableName,
      benchmarks: 'aggregates',
      beforeBenchmarkRead: () => log.drained(10_000),
    }),
    recount: new DynamoDbListingStore({ client, tableName, benchmarkCacheMs: 0 }),
  };
}

async function expectSameFigures(kept: DynamoDbListingStore, recount: DynamoDbListingStore) {
  for (const scope of [
    { tier: 'director' },
    { tier: 'director', location: 'US-WA' },
    { tier: 'director', country: 'US', location: 'US' },
    { tier: 'director', since: '2026-11-01T00:00:00.000Z' },
    { tier: 'director', since: '2026-11-10T12:00:00.000Z' },
  ]) {
    const a = summarizeAggregate(await kept.getBenchmarkAggregate(scope));
    const b = summarizeAggregate(await recount.getBenchmarkAggregate(scope));
    expect(a, JSON.stringify(scope)).toEqual(b);
  }
}

describe('the local change log', () => {
  it('feeds every listing write to the fold: served figures equal the recount', async () => {
    const { client, tableName } = await createTestTable(backend);
    const log = await LocalChangeLog.open({ path: null, client, tableName });
    log.attach(client);
    log.start(createBenchmarkStreamHandler({ client, tableName }), (e) => {
      throw e;
    });
    const { kept, recount } = await stores(client, tableName, log);
    const listings = [120_000, 150_000, 150_000, 210_000].map((pay) => buildPaidListing(pay));
    await Promise.all(listings.map((l) => kept.putListing(l, { receivedAt: RECEIVED })));
    // An overwrite moving one listing out of scope, another's pay changed, a redelivery.
    const first = listings[0] as (typeof listings)[number];
    await kept.putListing(
      {
        ...first,
        role: { ...first.role, inScope: false, tier: null },
        enrichedAt: '2026-11-21T00:00:00.000Z',
      },
      { receivedAt: '2026-11-21T00:00:00.000Z' },
    );
    await kept.putListing(buildPaidListing(99_000, { id: (listings[1] as { id: string }).id }), {
      receivedAt: '2026-11-22T00:00:00.000Z',
    });
    await kept.putListing(listings[2] as (typeof listings)[number], { receivedAt: RECEIVED });
    expect((await kept.getBenchmarkAggregate({ tier: 'director' })).count).toBe(3);
    await expectSameFigures(kept, recount);
    await log.close();
    client.destroy();
  });

  it('after a crash, delivers what was never delivered, and an intent whose commit was lost, once', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'job-enrich-changes-'));
    dirs.push(dir);
    const path = join(dir, 'changes.journal');
    const { client, tableName } = await createTestTable(backend);
    // First life: writes logged, nothing delivered (the process dies before the fold runs).
    const first = await LocalChangeLog.open({ path, client, tableName });
    first.attach(client);
    const writer = new DynamoDbListingStore({ client, tableName });
    for (const pay of [110_000, 130_000, 170_000])
      await writer.putListing(buildPaidListing(pay), { receivedAt: RECEIVED });
    // A write whose intent reached the disk and whose item was stored, but the commit line not.
    const orphan = buildListing();
    const plain = localClient(); // a client without the log
    await new DynamoDbListingStore({ client: plain, tableName }).putListing(orphan, { receivedAt: RECEIVED });
    plain.destroy();
    await appendFile(path, `${JSON.stringify({ i: 1_000, k: [[`L#${orphan.id}`, 'L', null]] })}\n`);
    client.destroy();

    // Second life on the same file: recovery, delivery; then a third life redelivers nothing new.
    for (let life = 2; life <= 3; life += 1) {
      const c = localClient();
      const log = await LocalChangeLog.open({ path, client: c, tableName });
      log.attach(c);
      log.start(createBenchmarkStreamHandler({ client: c, tableName }), (e) => {
        throw e;
      });
      const { kept, recount } = await stores(c, tableName, log);
      expect((await kept.getBenchmarkAggregate({ tier: 'director' })).count, `life ${life}`).toBe(4);
      await expectSameFigures(kept, recount);
      await log.close();
      c.destroy();
    }
  });
  it('holds records for its batching window, but not from a reader waiting for them, nor past close', async () => {
    const { client, tableName } = await createTestTable(backend);
    const log = await LocalChangeLog.open({ path: null, client, tableName });
    log.attach(client);
    const delivered: number[] = [];
    const fold = createBenchmarkStreamHandler({ client, tableName });
    // A window no test waits out: only drained() and close() can move these records.
    log.start(
      async (event) => {
        delivered.push(event.Records.length);
        return fold(event);
      },
      (e) => {
        throw e;
      },
      1_000,
      10 * 60_000,
      10 * 60_000,
    );
    const writer = new DynamoDbListingStore({ client, tableName });
    for (const pay of [100_000, 120_000, 140_000])
      await writer.putListing(buildPaidListing(pay), { receivedAt: RECEIVED });
    expect(delivered).toEqual([]);
    await log.drained(60_000);
    expect(delivered).toEqual([3]);
    expect(log.backlog).toBe(0);
    await writer.putListing(buildPaidListing(160_000), { receivedAt: RECEIVED });
    await log.close();
    expect(delivered).toEqual([3, 1]);
    const recount = new DynamoDbListingStore({ client, tableName, benchmarkCacheMs: 0 });
    const kept = new DynamoDbListingStore({
      client,
      tableName,
      benchmarks: 'aggregates',
      benchmarkCacheMs: 0,
    });
    expect((await kept.getBenchmarkAggregate({ tier: 'director' })).count).toBe(4);
    await expectSameFigures(kept, recount);
    client.destroy();
  });

  it('ends a batching window early once the writes pause', async () => {
    const { client, tableName } = await createTestTable(backend);
    const log = await LocalChangeLog.open({ path: null, client, tableName });
    log.attach(client);
    const delivered: number[] = [];
    const fold = createBenchmarkStreamHandler({ client, tableName });
    log.start(
      async (event) => {
        delivered.push(event.Records.length);
        return fold(event);
      },
      (e) => {
        throw e;
      },
      1_000,
      10 * 60_000,
    );
    const writer = new DynamoDbListingStore({ client, tableName });
    for (const pay of [100_000, 120_000])
      await writer.putListing(buildPaidListing(pay), { receivedAt: RECEIVED });
    // No reader, no close, a window of ten minutes: only the pause delivers them.
    await vi.waitFor(() => expect(log.backlog).toBe(0), { timeout: 60_000, interval: 50 });
    expect(delivered.reduce((a, b) => a + b, 0)).toBe(2);
    await log.close();
    client.destroy();
  });
});
