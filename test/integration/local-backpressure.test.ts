import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadLocalConfig } from '../../functions/config.ts';
import { loadTaxonomy } from '../../functions/enrichment/index.ts';
import { createApp } from '../../functions/http/create-app.ts';
import { ProblemSchema } from '../../functions/http/problem.ts';
import { LOCAL_QUEUE_NAME } from '../../functions/ingest/queue-definition.ts';
import { type LocalRuntime, startLocalRuntime } from '../../functions/local/start-local-runtime.ts';

const FEED = new URL('../fixtures/feeds/cascade-it-careers.rss', import.meta.url);
const runtimes: LocalRuntime[] = [];
afterEach(async () => {
  await Promise.all(runtimes.splice(0).map((r) => r.stop()));
});

async function appWithBacklog(maxBacklog: number) {
  const runtime = await startLocalRuntime({
    dataDir: null,
    logLevel: 'SILENT',
    maxBacklog,
    consumer: { enabled: false },
  });
  runtimes.push(runtime);
  const app = createApp({
    store: runtime.store,
    send: (postings) => runtime.sendPostings(postings),
    taxonomy: loadTaxonomy(),
    cursorSecret: 'x'.repeat(32),
  });
  const ingest = async () =>
    app.request('/ingest', {
      method: 'POST',
      body: await readFile(FEED),
      headers: { 'content-type': 'application/rss+xml' },
    });
  return { runtime, ingest };
}

describe('POST /ingest on the local runtime, when the queue is full', () => {
  it('answers 503 problem+json with Retry-After once the backlog would pass its bound, and queues nothing', async () => {
    const { runtime, ingest } = await appWithBacklog(7);

    const first = await ingest();
    const second = await ingest();

    expect(first.status).toBe(202);
    expect(second.status).toBe(503);
    expect(second.headers.get('content-type')).toBe('application/problem+json');
    expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(ProblemSchema.safeParse(await second.json()).success).toBe(true);
    // The feed has five postings: the first five are queued, none of the second document.
    expect(runtime.queue.depth(LOCAL_QUEUE_NAME)).toMatchObject({ visible: 5, inflight: 0 });
  });

  it('takes the bound from LOCAL_QUEUE_MAX_BACKLOG, and refuses a bound that is not a positive whole number', () => {
    expect(loadLocalConfig({ LOCAL_QUEUE_MAX_BACKLOG: '50' }).maxBacklog).toBe(50);
    expect(loadLocalConfig({}).maxBacklog).toBe(20_000);
    expect(loadLocalConfig({ LOCAL_CONSUMER_CONCURRENCY: '8' }).consumerConcurrency).toBe(8);
    expect(() => loadLocalConfig({ LOCAL_QUEUE_MAX_BACKLOG: '0' })).toThrow(ConfigError);
    expect(() => loadLocalConfig({ LOCAL_QUEUE_MAX_BACKLOG: 'lots' })).toThrow(/LOCAL_QUEUE_MAX_BACKLOG/);
  });
});
