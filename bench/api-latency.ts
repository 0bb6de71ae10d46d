/**
 * Read cost against table size: the median latency of `GET /listings?tier=…` and
 * `GET /benchmarks?tier=…` through the app (app.request) on dynalite, at 1,000 and at 100,000
 * stored listings. The goal is a ratio ≤ 1.5: a page and a benchmark must cost the same
 * whatever the table holds (facet Queries with Limit, sharded aggregates read by key).
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { createDynamoDbClient } from '../functions/aws-clients.ts';
import { loadTaxonomy } from '../functions/enrichment/index.ts';
import { createApp } from '../functions/http/create-app.ts';
import { ensureTable } from '../functions/local/bootstrap.ts';
import { DynamoDbListingStore } from '../functions/store/dynamodb-listing-store.ts';
import { fmt, median } from './measure.ts';
import { ListingSeeder, syntheticListing } from './seed-listings.ts';

const SIZES = [1_000, 100_000] as const;
const SAMPLES = 150;
/** Requests per route before timing: the first sizes would otherwise also time the JIT warming up. */
const WARMUP = 150;
const NEWEST = new Date('2026-11-20T12:00:00.000Z');
const RECEIVED_AT = '2026-11-21T00:00:00.000Z';

async function timeRequests(app: ReturnType<typeof createApp>, paths: readonly string[]): Promise<number[]> {
  const medians: number[] = [];
  for (const path of paths) {
    for (let i = 0; i < WARMUP; i += 1) await (await app.request(path)).arrayBuffer();
  }
  const samples: number[][] = paths.map(() => []);
  // Alternate the routes so a busy core or a GC pause hits both alike.
  for (let i = 0; i < SAMPLES; i += 1) {
    for (const [k, path] of paths.entries()) {
      const t0 = performance.now();
      const response = await app.request(path);
      await response.arrayBuffer();
      samples[k]?.push(performance.now() - t0);
      if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
    }
  }
  for (const s of samples) medians.push(median(s));
  return medians;
}

/**
 * dynalite (in memory) in a child process: seeding is bound by dynalite's CPU, and in a process
 * of its own it runs beside the SDK instead of taking turns with it.
 */
export async function startDynaliteProcess(
  path?: string,
): Promise<{ endpoint: string; stop: () => Promise<void> }> {
  const options = JSON.stringify(path ? { createTableMs: 0, path } : { createTableMs: 0 });
  const script =
    `const s = require('dynalite')(${options});` +
    "s.listen(0, '127.0.0.1', () => console.log(s.address().port));";
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`dynalite exited with ${code}`)));
    createInterface({ input: child.stdout }).once('line', resolve);
  });
  return {
    endpoint: `http://127.0.0.1:${port.trim()}`,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Prints the medians at each size, the seeding time and the ratios. */
export async function benchApiLatency(sizes: readonly number[] = SIZES): Promise<void> {
  const taxonomy = loadTaxonomy();
  const dynalite = await startDynaliteProcess();
  const client = createDynamoDbClient({ region: 'us-east-1', endpoint: dynalite.endpoint });
  const tableName = 'bench-listings';
  try {
    await ensureTable(client, tableName);
    // Uncached: the latency of computing a benchmark from the listings, not of the store's cache.
    const store = new DynamoDbListingStore({ client, tableName, benchmarkCacheMs: 0 });
    const app = createApp({
      store,
      send: async () => ({ queued: [], rejected: [] }),
      taxonomy,
      cursorSecret: 'bench-cursor-secret-0123456789abcdef',
    });
    const paths = ['/listings?tier=director', '/benchmarks?tier=director'];
    const seeder = new ListingSeeder(client, tableName);
    const results: Array<{ size: number; listings: number; benchmarks: number }> = [];
    let seeded = 0;
    console.log(
      'API latency against table size (dynalite in memory in a child process, app.request, median of 150)',
    );
    for (const size of sizes) {
      const t0 = performance.now();
      for (; seeded < size; seeded += 1) {
        seeder.add(syntheticListing(seeded, taxonomy, NEWEST), RECEIVED_AT);
        if (seeded % 5_000 === 4_999) await seeder.flush();
      }
      await seeder.flush();
      const seconds = (performance.now() - t0) / 1000;
      const [listings, benchmarks] = (await timeRequests(app, paths)) as [number, number];
      results.push({ size, listings, benchmarks });
      console.log(
        `  ${fmt(size).padStart(7)} listings: GET ${paths[0]} ${fmt(listings, 2)} ms, GET ${paths[1]} ${fmt(benchmarks, 2)} ms` +
          `  (seeded in ${fmt(seconds, 1)} s, ${fmt(seeder.items)} items written in all)`,
      );
    }
    const small = results[0] as (typeof results)[0];
    const large = results[results.length - 1] as (typeof results)[0];
    const ratio = (a: number, b: number) => fmt(b / a, 2);
    console.log(
      `  ratio ${fmt(large.size)} / ${fmt(small.size)}: listings ${ratio(small.listings, large.listings)}, benchmarks ${ratio(small.benchmarks, large.benchmarks)} (goal ≤ 1.5)`,
    );
  } finally {
    client.destroy();
    await dynalite.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  await benchApiLatency(sizes.length >= 2 ? sizes : SIZES);
}
