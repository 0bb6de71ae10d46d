/**
 * The local queue survives a crash: `npm start`'s entry in a child process accepts 1,500
 * postings over HTTP, is killed with SIGKILL right after the 202s, and started again on the same
 * DATA_DIR; once the queue drains, every accepted posting is stored exactly once, and every
 * tier's benchmark count equals its listings.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeFeed } from '../../bench/corpus.ts';
import {
  BenchmarkResponseSchema,
  IngestResponseSchema,
  ListingPageSchema,
} from '../../functions/http/response-schemas.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
/** 1,500 by default; CRASH_TEST_POSTINGS (a multiple of 6) for a quicker look on a busy machine. */
const POSTINGS = Number(process.env.CRASH_TEST_POSTINGS ?? 1_500);
const DOCUMENTS = 6;

const children: ChildProcess[] = [];
const dirs: string[] = [];

afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

interface Started {
  readonly child: ChildProcess;
  readonly base: string;
  readonly exited: Promise<number | null>;
}

/** `npm start`'s entry (node itself, so SIGKILL reaches the runtime), ready once it prints its API line. */
async function startMain(dataDir: string): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'functions/local/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: '', PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let out = '';
  child.stdout?.on('data', (chunk) => {
    out += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    out += String(chunk);
  });
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start did not get ready:\n${out}`)), 30_000);
    const check = () => {
      const url = /API\s+(http:\/\/localhost:\d+)/.exec(out)?.[1];
      if (url && out.includes('Ctrl-C stops.')) {
        clearTimeout(timer);
        resolve(url);
      }
    };
    child.stdout?.on('data', check);
    void exited.then(() => reject(new Error(`npm start exited early:\n${out}`)));
  });
  return { child, base, exited };
}

/** Every id of every page of `GET /listings?query`. */
async function listIds(base: string, query: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const url = `${base}/listings?limit=100${query}${cursor ? `&cursor=${cursor}` : ''}`;
    const page = ListingPageSchema.parse(await (await fetch(url)).json());
    ids.push(...page.items.map((l) => l.id));
    cursor = page.nextCursor;
  } while (cursor !== null);
  return ids;
}

/**
 * Waits until `GET /listings/{id}` answers 200 for every id. The queue is roughly first in,
 * first out, so each round walks the ids still missing in order and stops at the first one not
 * stored yet: polling stays a few requests a round instead of competing with the consumer.
 */
async function waitForListings(base: string, ids: readonly string[], timeoutMs: number): Promise<void> {
  const missing = new Set(ids);
  const deadline = Date.now() + timeoutMs;
  for (let round = 1; missing.size > 0 && Date.now() < deadline; round += 1) {
    // Every tenth round looks at all that is left, so one slow posting does not hide the rest.
    const sweep = round % 10 === 0;
    for (const id of missing) {
      const stored = (await fetch(`${base}/listings/${id}`)).status === 200;
      if (stored) missing.delete(id);
      else if (!sweep) break;
    }
    if (missing.size > 0) await new Promise((r) => setTimeout(r, 500));
  }
  expect(missing.size, `${missing.size} accepted postings never stored`).toBe(0);
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
    items.slice(i * size, (i + 1) * size),
  );
}

describe('npm start killed with SIGKILL right after accepting postings', () => {
  it('stores every accepted posting exactly once after a restart on the same DATA_DIR', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'job-enrich-crash-'));
    dirs.push(dataDir);
    const first = await startMain(dataDir);

    // Six documents of 250 postings, posted at once; each id answered with 202 was accepted.
    const feed = makeFeed(POSTINGS);
    const items = feed.split('<item>');
    const head = items[0] as string;
    const tail = '</channel></rss>';
    const documents = chunks(items.slice(1), POSTINGS / DOCUMENTS).map(
      (part) => `${head}<item>${part.join('<item>').replace(tail, '')}${tail}`,
    );
    const answers = await Promise.all(
      documents.map((body) =>
        fetch(`${first.base}/ingest`, {
          method: 'POST',
          body,
          headers: { 'content-type': 'application/rss+xml' },
        }),
      ),
    );
    first.child.kill('SIGKILL');
    await first.exited;

    expect(answers.map((a) => a.status)).toEqual(Array(DOCUMENTS).fill(202));
    const accepted = (
      await Promise.all(answers.map(async (a) => IngestResponseSchema.parse(await a.json())))
    ).flatMap((r) => r.ids);
    expect(accepted).toHaveLength(POSTINGS);
    expect(new Set(accepted).size).toBe(POSTINGS);

    const second = await startMain(dataDir);
    // The drain is the store's write rate: seconds with the one-write store on an idle machine,
    // minutes with the old one on a loaded box; the bound only stops a hung run.
    await waitForListings(second.base, accepted, 540_000);

    const all = await listIds(second.base, '');
    expect(new Set(all).size, 'a listing is listed twice').toBe(all.length);
    // A write cut by the kill may hold its listing's lease: its redelivery waits for the lease
    // and the visibility timeout, then completes the benchmark figures. Counts must converge.
    const taxonomy = (await (await fetch(`${second.base}/taxonomy`)).json()) as {
      tiers: Array<{ id: string }>;
    };
    const differences = async () => {
      const found: string[] = [];
      for (const { id: tier } of taxonomy.tiers) {
        const listed = await listIds(second.base, `&tier=${tier}`);
        const benchmark = BenchmarkResponseSchema.parse(
          await (await fetch(`${second.base}/benchmarks?tier=${tier}`)).json(),
        );
        if (benchmark.count !== listed.length)
          found.push(`${tier}: benchmark count ${benchmark.count}, listings ${listed.length}`);
      }
      return found;
    };
    let found = await differences();
    for (const deadline = Date.now() + 300_000; found.length > 0 && Date.now() < deadline; ) {
      await new Promise((r) => setTimeout(r, 5_000));
      found = await differences();
    }
    expect(found, "every tier's benchmark count equals its listings").toEqual([]);
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
  }, 900_000);
});
