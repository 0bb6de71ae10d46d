/**
 * The scheduled feed pull: for each feed source kept in the table, a conditional GET with the
 * validators of the last fetch, and only postings not seen before go to the queue.
 *
 * Order per source, chosen so a crash can only repeat work, never lose it:
 *   send the unseen postings → mark them seen → store the new validators.
 * A crash before "mark seen" re-sends them next time (the consumer stores each listing once);
 * validators are stored only when nothing failed for a retryable reason, so a feed whose send
 * partly failed is fetched in full again instead of answering 304 over the lost postings.
 *
 * The feed is read as it downloads: postings go to the queue a batch at a time as they are
 * parsed (send, then mark seen, per batch), so a feed of any size holds one batch in memory.
 * A feed that breaks off part-way queues its complete postings; its validators are not stored.
 */

import {
  type DocumentInput,
  listingId,
  type Posting,
  streamRawPostings,
  toPosting,
} from '../enrichment/index.ts';
import type { FeedSource, ListingStore } from '../store/listing-store.ts';
import type { FetchOptions, FetchResult, FetchStreamResult } from './fetch-document.ts';
import type { SendPostingsResult } from './send-postings.ts';

export interface FeedPullDeps {
  readonly store: Pick<ListingStore, 'listFeedSources' | 'recordFeedFetch' | 'findUnseen' | 'markSeen'>;
  /** A fetch that streams the body (fetchDocumentStream), or one that reads it whole. */
  readonly fetch: (url: string, options: FetchOptions) => Promise<FetchResult | FetchStreamResult>;
  readonly send: (postings: readonly Posting[]) => Promise<SendPostingsResult>;
  /** Reads a whole document instead of the stream reader (tests). @default streamRawPostings */
  readonly parse?: (input: DocumentInput) => Posting[];
  /** Postings sent per batch as the feed parses. @default 100 */
  readonly batchSize?: number;
  readonly now: () => Date;
}

export interface FeedPullOutcome {
  readonly sourceId: string;
  readonly status: 'ok' | 'not-modified' | 'partial' | 'error';
  readonly found: number;
  /** Postings already seen, skipped. */
  readonly seen: number;
  readonly queued: number;
  readonly rejected: number;
  readonly error?: string;
}

const describe = (error: unknown) =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

async function pullSource(source: FeedSource, deps: FeedPullDeps): Promise<FeedPullOutcome> {
  const base = { sourceId: source.id, found: 0, seen: 0, queued: 0, rejected: 0 };
  const fetched = await deps.fetch(source.url, { etag: source.etag, lastModified: source.lastModified });
  const fetchedAt = deps.now().toISOString();
  if (fetched.status === 'not-modified') {
    await deps.store.recordFeedFetch(source.id, {
      etag: fetched.etag ?? source.etag,
      lastModified: fetched.lastModified ?? source.lastModified,
      fetchedAt,
      status: 'not-modified',
    });
    return { ...base, status: 'not-modified' };
  }
  const counts = { found: 0, seen: 0, queued: 0, rejected: 0, retryable: 0 };
  // The listing id is the posting's identity: a feed that lists a posting twice queues it once.
  const keys = new Set<string>();
  let batch = new Map<string, Posting>();
  const flush = async () => {
    if (batch.size === 0) return;
    const byKey = batch;
    batch = new Map();
    const unseen = await deps.store.findUnseen(source.id, [...byKey.keys()]);
    counts.seen += byKey.size - unseen.length;
    const toSend = unseen.map((key) => byKey.get(key) as Posting);
    const sent = toSend.length > 0 ? await deps.send(toSend) : { queued: [], rejected: [] };
    // A posting refused for its own fault (too large) would be refused every time: mark it seen too.
    const done = [
      ...sent.queued.map((q) => q.index),
      ...sent.rejected.filter((r) => !r.retryable).map((r) => r.index),
    ];
    await deps.store.markSeen(
      source.id,
      done.map((i) => unseen[i] as string),
    );
    counts.queued += sent.queued.length;
    counts.rejected += sent.rejected.length;
    counts.retryable += sent.rejected.filter((r) => r.retryable).length;
  };
  const add = async (posting: Posting) => {
    counts.found += 1;
    const key = listingId(posting);
    if (keys.has(key)) return;
    keys.add(key);
    batch.set(key, posting);
    if (batch.size >= (deps.batchSize ?? 100)) await flush();
  };
  const input = { contentType: fetched.contentType, url: fetched.url };
  let truncated = false;
  if (deps.parse) {
    const content = 'body' in fetched ? fetched.body : await readAll(fetched.chunks);
    for (const posting of deps.parse({ ...input, content })) await add(posting);
  } else {
    const chunks = 'chunks' in fetched ? fetched.chunks : [fetched.body];
    for await (const event of streamRawPostings({ ...input, chunks })) {
      if (event.kind === 'posting') await add(toPosting(event.posting));
      else if (event.warning.id === 'document-truncated') truncated = true;
    }
  }
  await flush();
  const { retryable } = counts;
  const status = retryable > 0 || truncated ? 'partial' : 'ok';
  // Validators only for a feed read in full and queued without a retryable failure.
  const keep = status === 'partial';
  await deps.store.recordFeedFetch(source.id, {
    etag: keep ? source.etag : fetched.etag,
    lastModified: keep ? source.lastModified : fetched.lastModified,
    fetchedAt,
    status:
      retryable > 0
        ? `partial: ${retryable} postings not sent`
        : truncated
          ? 'partial: the feed broke off part-way'
          : 'ok',
  });
  return {
    ...base,
    status,
    found: counts.found,
    seen: counts.seen,
    queued: counts.queued,
    rejected: counts.rejected,
  };
}

async function readAll(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return Buffer.concat(parts);
}

/**
 * Pulls every feed source once. One failing source (unreachable, not a feed) is recorded with
 * its error and does not stop the others.
 */
export async function pullFeeds(deps: FeedPullDeps): Promise<FeedPullOutcome[]> {
  const sources = await deps.store.listFeedSources();
  const outcomes: FeedPullOutcome[] = [];
  for (const source of sources) {
    try {
      outcomes.push(await pullSource(source, deps));
    } catch (error) {
      const reason = describe(error);
      await deps.store
        .recordFeedFetch(source.id, {
          etag: source.etag,
          lastModified: source.lastModified,
          fetchedAt: deps.now().toISOString(),
          status: `error: ${reason}`,
        })
        .catch(() => undefined);
      outcomes.push({
        sourceId: source.id,
        status: 'error',
        found: 0,
        seen: 0,
        queued: 0,
        rejected: 0,
        error: reason,
      });
    }
  }
  return outcomes;
}
