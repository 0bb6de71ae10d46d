/**
 * `npm run bench -- bigfeed`: a 120 MB RSS feed of 20,000 postings and a 20,000-job Greenhouse
 * board, written to a temp dir and classified by the CLI (`job-enrich classify`, records to
 * /dev/null) in a child process: wall time, the child's peak RSS, and the ratio of its time to a
 * cheerio/slim floor over the same file (bench/feed-floor.mjs, also a child) in the same run.
 * Goals (issue 13): peak RSS <= 400 MB, ratio <= 1.5.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fmt, median } from './measure.ts';

const COUNT = 20_000;
const TITLES = [
  'IT Manager',
  'Head of IT',
  'Director of Infrastructure',
  'Service Desk Manager',
  'Network Manager',
];
const COMPANIES = ['Northwind Health', 'Contoso Logistics', 'Fabrikam Credit Union', 'Litware Energy'];
const CITIES = ['Denver, CO', 'Austin, TX', 'Leeds', 'Manchester'];
const FILLER =
  'You will partner with business leaders across finance, operations and clinical teams to plan, fund and deliver the technology roadmap, keep services available and secure, and grow a team that people want to join. ';

/** About 5.8 KB of HTML per posting: 20,000 of them make a 120 MB feed. */
function description(i: number): string {
  const pick = <T>(list: readonly T[], n: number) => list[n % list.length] as T;
  let html = `<p>${pick(COMPANIES, i * 7)} is hiring a ${pick(TITLES, i)} in ${pick(CITIES, i)}.</p><h3>Requirements</h3><ul><li>${5 + (i % 10)}+ years running IT operations</li><li>Microsoft 365, Intune and ServiceNow</li><li>${i % 3 === 0 ? 'ITIL 4 Foundation required' : 'CISSP preferred'}</li></ul><p>Salary: $${120 + (i % 60)},000 - $${160 + (i % 60)},000 per year</p>`;
  while (html.length < 5_800) html += `<p>${FILLER}</p>`;
  return html;
}

export function writeInPieces(path: string, parts: Iterable<string>): void {
  const fd = openSync(path, 'w');
  try {
    for (const part of parts) writeSync(fd, part);
  } finally {
    closeSync(fd);
  }
}

export function* rssFeed(): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Leadership jobs</title><link>https://jobs.example.org</link>';
  for (let i = 0; i < COUNT; i++) {
    const title = `${TITLES[i % TITLES.length]} at ${COMPANIES[(i * 7) % COMPANIES.length]}`;
    yield `<item><title>${title}</title><link>https://jobs.example.org/j/${i}</link><guid>https://jobs.example.org/j/${i}</guid><pubDate>Mon, 16 Nov 2026 10:00:00 GMT</pubDate><description><![CDATA[${description(i)}]]></description></item>\n`;
  }
  yield '</channel></rss>\n';
}

export function* greenhouseBoard(): Generator<string> {
  yield '{"jobs":[\n';
  for (let i = 0; i < COUNT; i++) {
    const job = {
      id: 4_000_000 + i,
      internal_job_id: 900_000 + i,
      title: TITLES[i % TITLES.length],
      updated_at: '2026-11-16T10:00:00-05:00',
      absolute_url: `https://boards.greenhouse.io/acme/jobs/${4_000_000 + i}`,
      location: { name: CITIES[i % CITIES.length] },
      content: description(i).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
    };
    yield `${i ? ',\n' : ''}${JSON.stringify(job)}`;
  }
  yield `\n],"meta":{"total":${COUNT}}}\n`;
}

interface ChildRun {
  readonly ms: number;
  readonly peakMiB: number;
  readonly stdout: string;
}

/** Runs `node args…` with the peak-RSS preload; its stdout is kept only when `keep`. */
function runChild(args: readonly string[], dir: string, keep: boolean): ChildRun {
  const peakFile = join(dir, 'peak-rss');
  const t0 = performance.now();
  const child = spawnSync(process.execPath, ['--import', './bench/peak-rss.mjs', ...args], {
    env: { ...process.env, PEAK_RSS_FILE: peakFile },
    stdio: ['ignore', keep ? 'pipe' : 'ignore', 'pipe'],
    maxBuffer: 1024 * 1024 * 1024,
    encoding: 'utf8',
  });
  const ms = performance.now() - t0;
  if (child.status !== 0)
    throw new Error(`${args.join(' ')} exited ${child.status}: ${child.stderr.slice(0, 500)}`);
  return { ms, peakMiB: Number(readFileSync(peakFile, 'utf8')) / 1024, stdout: keep ? child.stdout : '' };
}

function measure(label: string, file: string, kind: 'rss' | 'greenhouse', dir: string, rounds: number): void {
  const mb = statSync(file).size / 1e6;
  // Records are counted once (records piped back), then timed runs write them to /dev/null.
  const counted = runChild(['bin/job-enrich.mjs', 'classify', file], dir, true);
  const records = counted.stdout.split('\n').filter((l) => l.startsWith('{')).length;
  const cli: ChildRun[] = [];
  const floor: ChildRun[] = [];
  for (let r = 0; r < rounds; r++) {
    floor.push(runChild(['bench/feed-floor.mjs', file, kind], dir, false));
    cli.push(runChild(['bin/job-enrich.mjs', 'classify', file], dir, false));
  }
  const cliMs = median(cli.map((c) => c.ms));
  const floorMs = median(floor.map((c) => c.ms));
  const cliPeak = Math.max(...cli.map((c) => c.peakMiB));
  const floorPeak = Math.max(...floor.map((c) => c.peakMiB));
  console.log(
    `${label} (${fmt(mb, 1)} MB, ${fmt(records)} records of ${fmt(COUNT)}): CLI ${fmt(cliMs / 1000, 1)} s, peak RSS ${fmt(cliPeak, 0)} MiB to /dev/null, ${fmt(counted.peakMiB, 0)} MiB into a pipe (goal <= 400 MB); floor ${fmt(floorMs / 1000, 1)} s, peak RSS ${fmt(floorPeak, 0)} MiB; ratio ${fmt(cliMs / floorMs, 2)} (goal <= 1.5)`,
  );
}

export function benchBigFeed(rounds = Number(process.env.BENCH_ROUNDS ?? 1)): void {
  const dir = mkdtempSync(join(tmpdir(), 'job-enrich-bigfeed-'));
  try {
    const rss = join(dir, 'big-feed.xml');
    writeInPieces(rss, rssFeed());
    measure('classify a 20,000-posting RSS feed', rss, 'rss', dir, rounds);
    rmSync(rss);
    const board = join(dir, 'big-board.json');
    writeInPieces(board, greenhouseBoard());
    measure('classify a 20,000-job Greenhouse board', board, 'greenhouse', dir, rounds);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
