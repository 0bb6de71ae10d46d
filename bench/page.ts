/**
 * The recruiters' page under the local runtime (`npm start`'s emulators and app): its weight
 * (HTML + JS + CSS bytes of `/` and of a benchmarked posting) and its time to interactive in
 * Debian's chromium (navigation start to the page script's ready mark), median of several loads.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTaxonomy } from '../functions/enrichment/index.ts';
import { createApp } from '../functions/http/create-app.ts';
import { startApiServer } from '../functions/local/serve-api.ts';
import { startLocalRuntime } from '../functions/local/start-local-runtime.ts';
import { launchChromium } from '../test/browser/chromium.ts';
import { fmt, median } from './measure.ts';

const POSTING = readFileSync(
  new URL('../test/fixtures/postings/director-it-ops-seattle.txt', import.meta.url),
  'utf8',
);

export async function benchPage(rounds = 7): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'job-enrich-bench-page-'));
  const runtime = await startLocalRuntime({ dataDir, logLevel: 'ERROR' });
  const app = createApp({
    store: runtime.store,
    send: (postings) => runtime.sendPostings(postings),
    taxonomy: loadTaxonomy(),
    cursorSecret: runtime.cursorSecret,
    logger: { error: () => {}, warn: () => {} },
  });
  const server = await startApiServer({ app, port: 0 });
  const browser = await launchChromium();
  try {
    const bytes = async (path: string, init?: RequestInit) =>
      (await (await fetch(`${server.url}${path}`, init)).arrayBuffer()).byteLength;
    const css = await bytes('/page/app.css');
    const js = await bytes('/page/app.js');
    const empty = await bytes('/');
    const result = await bytes('/', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ posting: POSTING }).toString(),
    });
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    console.log(
      `page weight: / ${kb(empty + css + js)} (HTML ${empty} + JS ${js} + CSS ${css} bytes); ` +
        `a benchmarked posting ${kb(result + css + js)} (HTML ${result} bytes); target <= 100 KB`,
    );

    const page = await browser.context.newPage();
    const times: number[] = [];
    for (let i = 0; i < rounds; i++) {
      await page.goto(`${server.url}/page/benchmarks?tier=director&round=${i}`, { waitUntil: 'commit' });
      await page.waitForSelector('html[data-ready=true]');
      times.push(
        await page.evaluate<number>(
          "performance.now() - (performance.getEntriesByType('navigation')[0]?.startTime ?? 0)",
        ),
      );
    }
    console.log(
      `page time to interactive (chromium, local runtime): median ${fmt(median(times))} ms of ${rounds} loads`,
    );
  } finally {
    await browser.close();
    await server.close();
    await runtime.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
