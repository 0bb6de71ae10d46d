/**
 * `npm run bench -- pipeline`: postings stored per second under `npm start`, as a user drives it.
 * Starts the real entry (functions/local/main.ts) as a child process on a fresh DATA_DIR and a
 * free port, posts PIPELINE_POSTINGS postings (default 2,000) to `POST /ingest` in documents of
 * 250 (honouring 503 + Retry-After), waits until `GET /listings/{id}` finds every accepted one
 * (sixteen reads at a time, in the order they were accepted), and prints the rate, the child's
 * peak resident memory (VmHWM) and the CPU time it spent per posting (all its threads: the
 * figure to compare on a machine shared with other work, where the rate swings with their load).
 * LOCAL_CONSUMER_CONCURRENCY and LOCAL_QUEUE_MAX_BACKLOG pass through to the child.
 * PIPELINE_CPU_PROF=<dir> profiles the child (`node --cpu-prof`, written when it exits; open the
 * .cpuprofile in Chrome DevTools).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeFeed } from './corpus.ts';
import { fmt } from './measure.ts';

const ROOT = new URL('../', import.meta.url).pathname;
const PER_DOCUMENT = 250;
/** Listings the bench looks for at once while it waits (GET /listings/{id}). */
const CHECK_WINDOW = 16;

/** Peak resident memory of a process in MB (Linux /proc), or NaN. */
function peakRssMb(pid: number): number {
  try {
    const kb = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/**
 * CPU seconds (user + system, all threads) a process has used so far (Linux /proc), or NaN: on a
 * machine shared with other work the rate swings with their load, the CPU spent per posting less.
 */
function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // utime and stime are fields 14 and 15 of stat(5), in clock ticks (100 a second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

/** The feed's items cut into RSS documents of `size` postings. */
function documentsOf(count: number, size: number): string[] {
  const feed = makeFeed(count);
  const [head, ...items] = feed.split('<item>');
  const tail = '</channel></rss>';
  const docs: string[] = [];
  for (let i = 0; i < items.length; i += size) {
    const part = items
      .slice(i, i + size)
      .join('<item>')
      .replace(tail, '');
    docs.push(`${head}<item>${part}${tail}`);
  }
  return docs;
}

export async function benchPipeline(count = Number(process.env.PIPELINE_POSTINGS ?? 2_000)): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'job-enrich-bench-'));
  const profileDir = process.env.PIPELINE_CPU_PROF;
  const profile = profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', 'functions/local/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    let out = '';
    const base = await new Promise<string>((resolve, reject) => {
      child.stdout?.on('data', (chunk) => {
        out += String(chunk);
        const url = /API\s+(http:\/\/localhost:\d+)/.exec(out)?.[1];
        if (url && out.includes('Ctrl-C stops.')) resolve(url);
      });
      child.once('exit', () => reject(new Error(`npm start exited:\n${out}`)));
    });
    const ids: string[] = [];
    let refused = 0;
    const cpu0 = cpuSeconds(child.pid as number);
    const t0 = performance.now();
    for (const body of documentsOf(count, PER_DOCUMENT)) {
      for (;;) {
        const response = await fetch(`${base}/ingest`, {
          method: 'POST',
          body,
          headers: { 'content-type': 'application/rss+xml' },
        });
        const answer = (await response.json()) as { ids?: string[] };
        if (response.status === 202) {
          ids.push(...(answer.ids ?? []));
          break;
        }
        if (response.status !== 503) throw new Error(`POST /ingest answered ${response.status}`);
        refused += 1;
        await new Promise((r) => setTimeout(r, Number(response.headers.get('retry-after') ?? 1) * 1000));
      }
    }
    const tAccepted = performance.now();
    // The queue is roughly first in, first out: walk the ids in order, CHECK_WINDOW at a time,
    // up to a window with one not stored yet; wait; go on. One GET at a time, the walk fell
    // behind the consumer on a busy machine and then spent the last 6 to 7 s of a 31 s run
    // catching up alone (--cpu-prof of the child: enrichment over at 25 s, the API and the store
    // busy with the walk's reads until 32 s), which the rate counted as the pipeline's.
    const missing = new Set(ids);
    const deadline = Date.now() + 20 * 60_000;
    while (missing.size > 0 && Date.now() < deadline) {
      let blocked = false;
      while (!blocked && missing.size > 0) {
        const window = [...missing].slice(0, CHECK_WINDOW);
        const found = await Promise.all(
          window.map(async (id) => {
            const response = await fetch(`${base}/listings/${id}`);
            await response.arrayBuffer();
            return response.status === 200;
          }),
        );
        window.forEach((id, i) => {
          if (found[i]) missing.delete(id);
          else blocked = true;
        });
      }
      if (missing.size > 0) await new Promise((r) => setTimeout(r, 200));
    }
    const seconds = (performance.now() - t0) / 1000;
    const stored = ids.length - missing.size;
    const rss = peakRssMb(child.pid as number);
    const cpu = cpuSeconds(child.pid as number) - cpu0;
    console.log(
      `npm start pipeline, ${fmt(count)} postings over HTTP: ${fmt(stored / seconds, 0)} postings stored per second (${fmt(stored)} in ${fmt(seconds, 1)} s; accepted in ${fmt((tAccepted - t0) / 1000, 1)} s, ${refused} 503s); peak RSS ${fmt(rss, 0)} MB; ${fmt((cpu * 1000) / Math.max(1, stored), 1)} ms of CPU per posting stored (${fmt(cpu, 1)} s, all threads; load average ${loadavg()[0]?.toFixed(2)})`,
    );
  } finally {
    child.kill('SIGINT');
    await new Promise((r) => child.once('exit', r));
    await rm(dataDir, { recursive: true, force: true });
  }
}
