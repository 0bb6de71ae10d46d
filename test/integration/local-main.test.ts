import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runIngestCommand } from '../../functions/local/ingest-command.ts';
import { readRuntimeInfo } from '../../functions/local/runtime-file.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const FEED = new URL('../fixtures/feeds/cascade-it-careers.rss', import.meta.url).pathname;

const children: ChildProcess[] = [];
const dirs: string[] = [];

afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** Runs `npm start`'s entry as npm would, and resolves once it says it is ready. */
async function startMain(dataDir: string): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'functions/local/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: '', PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  child.stdout?.on('data', (chunk) => {
    out += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    out += String(chunk);
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start did not get ready:\n${out}`)), 30_000);
    const check = () => {
      if (out.includes('Ctrl-C stops.')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', () => reject(new Error(`npm start exited early:\n${out}`)));
  });
  return { child, output: () => out };
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });

describe('npm start', () => {
  it('says what runs where, takes postings from `job-enrich ingest`, and stops cleanly on Ctrl-C', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'job-enrich-main-'));
    dirs.push(dataDir);
    const { child, output } = await startMain(dataDir);
    const lines: string[] = [];

    const failed = await runIngestCommand([FEED], {
      dataDir,
      io: { out: (l) => lines.push(l), err: (l) => lines.push(l), stdin: async () => new Uint8Array() },
    });
    const info = await readRuntimeInfo(dataDir);
    child.kill('SIGINT');
    const code = await exited(child);

    expect(output()).toMatch(/DynamoDB\s+http:\/\/127\.0\.0\.1:\d+/);
    expect(output()).toContain(`queue      ${dataDir}/queue.journal  (durable`);
    expect(info?.pid).toBe(child.pid);
    expect(failed).toBe(0);
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ input: FEED, found: 5, queued: 5 });
    expect(code).toBe(0);
    expect(output()).toContain('stopped');
    expect(await readRuntimeInfo(dataDir)).toBeNull();
  });

  it('refuses a second npm start on the same data directory in one line naming the pid, exit code 1', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'job-enrich-twice-'));
    dirs.push(dataDir);
    const { child } = await startMain(dataDir);

    const second = spawn(process.execPath, ['--import', 'tsx', 'functions/local/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: '', PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(second);
    let err = '';
    second.stderr?.on('data', (chunk) => {
      err += String(chunk);
    });
    const code = await exited(second);
    child.kill('SIGINT');
    await exited(child);

    const lines = err
      .split('\n')
      .filter(
        (l) =>
          l.trim() !== '' &&
          !/AWS SDK|node >=22|upgrade|a\.co|trace-warnings|NodeVersionSupport|will require|versions published|security updates/.test(
            l,
          ),
      );
    expect(code).toBe(1);
    expect(lines).toEqual([expect.stringContaining(`is in use by another npm start (pid ${child.pid})`)]);
  });

  it('refuses to ingest when no local runtime runs on the data directory', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'job-enrich-none-'));
    dirs.push(dataDir);
    await writeFile(join(dataDir, 'local-runtime.json'), JSON.stringify({ pid: 2 ** 22 + 7 }));

    await expect(
      runIngestCommand([FEED], {
        dataDir,
        io: { out: () => undefined, err: () => undefined, stdin: async () => new Uint8Array() },
      }),
    ).rejects.toThrow(/no local runtime is running/);
  });
});
