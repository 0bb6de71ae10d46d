/**
 * `npm start` end to end, as a newcomer runs it: the real entry point in a child process on a
 * free port with a fresh DATA_DIR, fed over HTTP, then stopped with Ctrl-C (SIGINT).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProblemSchema } from '../../functions/http/problem.ts';
import {
  BenchmarkResponseSchema,
  IngestResponseSchema,
  ListingPageSchema,
} from '../../functions/http/response-schemas.ts';

const ROOT = new URL('../../', import.meta.url);
const FEED = readFileSync(new URL('test/fixtures/feeds/cascade-it-careers.rss', ROOT));

async function until<T>(what: string, probe: () => Promise<T | null>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => null);
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

interface RunningStart {
  readonly base: string;
  readonly child: ChildProcess;
  readonly exited: Promise<number | null>;
  output(): string;
}

/** `npm start`'s command (package.json) in a child process of its own group, on a free port. */
async function startNpm(dataDir: string): Promise<RunningStart> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'functions/local/main.ts'], {
    cwd: ROOT.pathname,
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  started.push(child);
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const base = await until(
    'the API line',
    async () => /API\s+(http:\/\/localhost:\d+)/.exec(output)?.[1] ?? null,
    20_000,
  );
  return { base, child, exited, output: () => output };
}

const started: ChildProcess[] = [];

async function listAll(base: string): Promise<string[]> {
  const page = ListingPageSchema.parse(await (await fetch(`${base}/listings?limit=100`)).json());
  return page.items.map((l) => l.id);
}

describe('npm start', () => {
  let dataDir: string;
  let run: RunningStart;
  let base: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'job-enrich-e2e-'));
    run = await startNpm(dataDir);
    base = run.base;
  }, 30_000);

  afterAll(async () => {
    // Only if a test failed before stopping them: the process groups this test started.
    for (const child of started)
      if (child.exitCode === null && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  });

  it('serves, ingests, lists, benchmarks, refuses bad requests, stops on Ctrl-C and keeps its data across a restart', async () => {
    const health = await until(
      'health',
      async () => ((await fetch(`${base}/health`)).ok ? true : null),
      10_000,
    );
    expect(health).toBe(true);

    // The recruiters' page and the API reference are served by the same process.
    const home = await fetch(`${base}/`);
    expect(home.headers.get('content-type')).toContain('text/html');
    expect(await home.text()).toContain('<label for="posting">Posting</label>');
    expect((await fetch(`${base}/docs/assets/swagger-ui-bundle.js`)).status).toBe(200);

    // Ingest a feed and wait for the consumer to store it.
    const ingested = await fetch(`${base}/ingest`, {
      method: 'POST',
      body: FEED,
      headers: { 'content-type': 'application/rss+xml' },
    });
    expect(ingested.status).toBe(202);
    const { ids } = IngestResponseSchema.parse(await ingested.json());
    expect(ids).toHaveLength(5);
    await until(
      'the listings',
      async () => {
        const found = await Promise.all(
          ids.map(async (id) => (await fetch(`${base}/listings/${id}`)).status),
        );
        return found.every((s) => s === 200) ? true : null;
      },
      15_000,
    );

    // Page through everything: no duplicates, nothing missing, the same set as one big page.
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page = ListingPageSchema.parse(
        await (await fetch(`${base}/listings?limit=4${cursor ? `&cursor=${cursor}` : ''}`)).json(),
      );
      paged.push(...page.items.map((l) => l.id));
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(new Set(paged).size).toBe(paged.length);
    expect(paged).toEqual(await listAll(base));
    expect(paged).toEqual(expect.arrayContaining(ids));
    expect(paged.length).toBeGreaterThan(ids.length); // the sample feed of the first start

    const benchmark = BenchmarkResponseSchema.parse(
      await (await fetch(`${base}/benchmarks?tier=director&location=US-CO`)).json(),
    );
    expect(benchmark.count).toBeGreaterThanOrEqual(1);
    expect(benchmark.reference.state?.state).toBe('CO');

    // Bad requests: each a 4xx problem+json.
    const bad: Array<[string, RequestInit & { path: string }]> = [
      [
        'broken JSON',
        { path: '/ingest', method: 'POST', body: '{"url":', headers: { 'content-type': 'application/json' } },
      ],
      [
        'binary',
        {
          path: '/classify',
          method: 'POST',
          body: new Uint8Array([0, 1, 2, 3, 0, 255, 0, 7]),
          headers: { 'content-type': 'application/octet-stream' },
        },
      ],
      [
        '12 MB',
        {
          path: '/ingest',
          method: 'POST',
          body: new Uint8Array(12 * 1024 * 1024).fill(0x41),
          headers: { 'content-type': 'text/plain' },
        },
      ],
      ['forged cursor', { path: '/listings?cursor=AQ4xZm9yZ2VkLWN1cnNvci1ieS1hLWNsaWVudA' }],
      ['limit=-5', { path: '/listings?limit=-5' }],
      ['unknown tier', { path: '/listings?tier=grand-poobah' }],
    ];
    for (const [name, { path, ...init }] of bad) {
      const response = await fetch(`${base}${path}`, init);
      expect(response.status, name).toBeGreaterThanOrEqual(400);
      expect(response.status, name).toBeLessThan(500);
      expect(response.headers.get('content-type'), name).toBe('application/problem+json');
      expect(ProblemSchema.safeParse(await response.json()).success, name).toBe(true);
    }

    expect((await fetch(`${base}/health`)).status).toBe(200);

    run.child.kill('SIGINT');
    expect(await run.exited).toBe(0);
    expect(run.output()).toContain('stopped (this run:');

    // A restart on the same DATA_DIR keeps the data and does not load the sample again.
    const again = await startNpm(dataDir);
    expect(again.output()).toContain('sample     already loaded');
    expect(await listAll(again.base)).toEqual(paged);
    again.child.kill('SIGINT');
    expect(await again.exited).toBe(0);
  }, 60_000);
});
