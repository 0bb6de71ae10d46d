/**
 * The sample feed `npm start` queues on the first start of a data directory, so that a newcomer's
 * first `curl localhost:3000/listings` shows listings. It goes through the real path (parse,
 * queue, consumer, store); a marker file under DATA_DIR keeps later starts from loading it again.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Posting, parsePostings } from '../enrichment/index.ts';
import type { SendPostingsResult } from '../ingest/send-postings.ts';
import type { ListingStore } from '../store/listing-store.ts';

/** Ten postings of a made-up job board: every tier, two out of scope, most with pay. */
export const SAMPLE_FEED_PATH = new URL('./sample/sample-feed.rss', import.meta.url);
const MARKER = 'sample-feed-loaded';

export interface LoadSampleFeedOptions {
  readonly dataDir: string | null;
  readonly store: ListingStore;
  readonly send: (postings: readonly Posting[]) => Promise<SendPostingsResult>;
}

export type SampleFeedOutcome =
  | { readonly status: 'queued'; readonly queued: number }
  /** Loaded on an earlier start, or the store already holds listings. */
  | { readonly status: 'skipped' };

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/** Queues the sample feed unless this data directory has seen it or holds listings already. */
export async function loadSampleFeed(options: LoadSampleFeedOptions): Promise<SampleFeedOutcome> {
  const marker = options.dataDir === null ? null : join(options.dataDir, MARKER);
  if (marker !== null && (await exists(marker))) return { status: 'skipped' };
  const existing = await options.store.queryListings({ filters: {}, limit: 1 });
  let outcome: SampleFeedOutcome = { status: 'skipped' };
  if (existing.items.length === 0) {
    const postings = parsePostings({
      content: await readFile(SAMPLE_FEED_PATH),
      format: 'rss',
      file: 'sample-feed.rss',
    });
    const sent = await options.send(postings);
    outcome = { status: 'queued', queued: sent.queued.length };
  }
  if (marker !== null) await writeFile(marker, `${new Date().toISOString()}\n`);
  return outcome;
}
