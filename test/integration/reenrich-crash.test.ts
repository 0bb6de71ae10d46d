/**
 * A re-enrichment killed part-way (SIGKILL: no handler runs) and started again finishes the
 * walk from its checkpoint, and the store ends as a fresh ingest under the taxonomy in force
 * would leave it. The child works, as `job-enrich reenrich` does beside a running `npm start`,
 * on the store named by DATA_DIR/local-runtime.json: here the test's own dynalite.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runReenrichCommand } from '../../functions/cli/reenrich.ts';
import { enrichPosting, loadTaxonomy, type Posting } from '../../functions/enrichment/index.ts';
import { writeRuntimeInfo } from '../../functions/local/runtime-file.ts';
import { benchmarkFromListings } from '../../functions/store/benchmark-aggregate.ts';
import { listedAtOf } from '../../functions/store/listing-keys.ts';
import { loadCheckpoint } from '../../functions/store/reenrich-checkpoint.ts';
import { startDynaliteBackend } from './support/dynamodb-backends.ts';
import { corpusPosting, editedTaxonomy } from './support/reenrich-fixture.ts';
import { useStoreBackend } from './support/store-fixture.ts';

const RECEIVED = '2026-11-20T08:00:00.000Z';
const root = join(import.meta.dirname, '..', '..');
/** The enrichment's answer: without its time, and without where and when the store saw the job (issue 18). */
const without = <T extends { enrichedAt: string }>({ enrichedAt: _e, ...rest }: T) => {
  const {
    sources: _s,
    firstSeenAt: _f,
    lastSeenAt: _l,
    duplicates: _d,
    ...answer
  } = rest as T & {
    sources?: unknown;
    firstSeenAt?: unknown;
    lastSeenAt?: unknown;
    duplicates?: unknown;
  };
  return answer;
};

/** Resolves with the child once it printed a progress line (a page is checkpointed). */
function runUntilProgress(args: string[]): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(root, 'test/integration/support/run-cli.ts'), ...args],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let text = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (/items scanned, [1-9]\d* listings seen/.test(text)) resolve(child);
    });
    child.once('exit', (code) =>
      reject(new Error(`the re-enrichment ended (${code}) before a page: ${text}`)),
    );
  });
}

describe('job-enrich reenrich, killed and resumed', () => {
  const fixture = useStoreBackend(startDynaliteBackend);
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it('resumes after SIGKILL and leaves every listing and benchmark as a fresh ingest would', async () => {
    const { store, client, tableName } = await fixture.fresh();
    const dataDir = await mkdtemp(join(tmpdir(), 'reenrich-crash-'));
    dirs.push(dataDir);
    await writeRuntimeInfo(dataDir, {
      pid: process.pid,
      startedAt: new Date().toISOString(),
      region: 'us-east-1',
      tableName,
      queueUrl: 'http://127.0.0.1:1/queue/unused',
      endpoints: { dynamodb: fixture.backend().endpoint },
      apiUrl: null,
    });
    // Stored under an older taxonomy (a band and a cue differ); the shipped one is in force.
    const old = editedTaxonomy({ tier: 3, scale: 0.7, widen: 1.2, skill: 20, cue: 1 });
    const current = loadTaxonomy();
    const postings: Posting[] = Array.from({ length: 60 }, (_, i) => corpusPosting(i));
    for (const posting of postings)
      await store.putListing(enrichPosting(posting, { taxonomy: old, now: new Date(RECEIVED) }), {
        receivedAt: RECEIVED,
        posting,
      });

    const child = await runUntilProgress([
      'reenrich',
      '--data-dir',
      dataDir,
      '--rate',
      '2',
      '--page-size',
      '40',
    ]);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    const checkpoint = await loadCheckpoint<{ seen: number }>({ client, tableName }, current.version);
    expect(checkpoint?.done).toBe(false);
    expect(checkpoint?.summary.seen).toBeGreaterThan(0);

    const out: string[] = [];
    const code = await runReenrichCommand(['--data-dir', dataDir, '--rate', '0'], {
      out: (l) => out.push(l),
      err: () => undefined,
      env: () => undefined,
    });
    expect(code).toBe(0);
    expect(JSON.parse(out[0] as string)).toMatchObject({ done: true, superseded: 0 });

    const now = new Date();
    const want = postings.map((p) => enrichPosting(p, { taxonomy: current, now }));
    const got = await store.getListings(want.map((l) => l.id));
    expect(got.map(without)).toEqual(want.map(without));
    for (const tier of current.tiers) {
      const expected = benchmarkFromListings(
        { tier: tier.id },
        want.map((listing) => ({ listing, listedAt: listedAtOf(listing.postedAt, RECEIVED) })),
      );
      expect(await store.getBenchmarkAggregate({ tier: tier.id })).toEqual(expected);
    }
  }, 240_000);
});
