/**
 * Local end to end: postings per second from ingest (parse + SendMessageBatch) to stored
 * listings, through fauxqs, the SQS poller, the real consumer handler and dynalite, in memory.
 */
import { parsePostings } from '../functions/enrichment/index.ts';
import { startLocalRuntime } from '../functions/local/start-local-runtime.ts';
import { makeFeed } from './corpus.ts';
import { fmt } from './measure.ts';

export async function benchPipeline(count = 500): Promise<void> {
  const runtime = await startLocalRuntime({
    dataDir: null,
    consumer: { concurrency: 4, waitTimeSeconds: 0 },
  });
  try {
    const feed = makeFeed(count);
    const t0 = performance.now();
    const postings = parsePostings({ content: feed, format: 'rss' });
    const sent = await runtime.sendPostings(postings);
    const tSent = performance.now();
    const done = () => {
      const t = runtime.metrics.totals;
      return t.enriched + t.outOfScope + t.unchanged + t.failed;
    };
    const deadline = Date.now() + 5 * 60_000;
    while (done() < sent.queued.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const seconds = (performance.now() - t0) / 1000;
    const t = runtime.metrics.totals;
    console.log(
      `local pipeline, ${fmt(count)} postings ingest -> stored: ${fmt(done() / seconds, 0)} postings/s end to end (queued in ${fmt((tSent - t0) / 1000, 2)} s; enriched ${t.enriched}, out of scope ${t.outOfScope}, failed ${t.failed})`,
    );
  } finally {
    await runtime.stop();
  }
}
