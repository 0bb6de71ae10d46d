/**
 * The scheduled feed pull: for each feed source kept in the table, a conditional GET with the
 * validators of the last fetch, and only postings not seen before go to the queue.
 *
 * Order per source, chosen so a crash can only repeat work, never lose it:
 *   send the unseen postings → mark them seen → store the new validators.
 * A crash before "mark seen" re-sends them next time (the consumer stores each listing once);
 * validators are stored only when nothing failed for a retryable reason, so a feed whose send
 * partly failed is fetched in full again instead of answering 304 over the lost postings.
 */

import { type DocumentInput, listingId, type Posting, parsePostings } from '../enrichment/index.ts';
import type { FeedSource, ListingStore } from '../store/listing-store.ts';
import type { FetchOptions, FetchResult } from './fetch-document.ts';
import type { SendPostingsResult } from './send-postings.ts';

export interface FeedPullDeps {
  readonly store: Pick<ListingStore, 'listFeedSources' | 'recordFeedFetch' | 'findUnseen' | 'markSeen'>;
  readonly fetch: (url: string, options: FetchOptions) => Promise<FetchResult>;
  readonly send: (postings: readonly Posting[]) => Promise<SendPostingsResult>;
  /** @default parsePostings */
  readonly parse?: (input: DocumentInput) => Posting[];
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
  const postings = (deps.parse ?? parsePostings)({
    content: fetched.body,
    contentType: fetched.contentType,
    url: fetched.url,
  });
  // The listing id is the posting's identity: a feed that lists a posting twice queues it once.
  const byKey = new Map<string, Posting>();
  for (const posting of postings) byKey.set(listingId(posting), posting);
  const unseen = await deps.store.findUnseen(source.id, [...byKey.keys()]);
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
  const retryable = sent.rejected.filter((r) => r.retryable).length;
  const status = retryable > 0 ? 'partial' : 'ok';
  await deps.store.recordFeedFetch(source.id, {
    etag: retryable > 0 ? source.etag : fetched.etag,
    lastModified: retryable > 0 ? source.lastModified : fetched.lastModified,
    fetchedAt,
    status: retryable > 0 ? `partial: ${retryable} postings not sent` : 'ok',
  });
  return {
    ...base,
    status,
    found: postings.length,
    seen: byKey.size - unseen.length,
    queued: sent.queued.length,
    rejected: sent.rejected.length,
  };
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
