/**
 * Ingest: a document (or a URL to fetch one from) in, one queue message per posting out.
 * Parsing happens here, synchronously, so a document that is not postings is refused to the
 * caller (DocumentError) instead of reaching the queue; classification happens in the consumer,
 * which receives text blocks and so never loads an HTML parser. Feeds and board JSON are read
 * as streams and queued a batch at a time as they parse (`maxBytes` of the API body is the only
 * cap on the document; each posting is held to the core's per-posting cap).
 */

import {
  type DocumentInput,
  listingId,
  type Posting,
  streamRawPostings,
  toPosting,
} from '../enrichment/index.ts';
import type { FetchOptions, FetchResult } from './fetch-document.ts';
import type { RejectedPosting, SendPostingsResult } from './send-postings.ts';

/** What to ingest: a document in hand, or a URL to fetch it from. */
export type IngestSource = { readonly document: DocumentInput } | { readonly url: string };

export interface IngestDeps {
  /** Sends postings to the queue (send-postings.ts bound to a client and queue). */
  readonly send: (postings: readonly Posting[]) => Promise<SendPostingsResult>;
  /** @default fetchDocument is not bound here: pass it where URLs are accepted. */
  readonly fetch?: (url: string, options: FetchOptions) => Promise<FetchResult>;
  /** Reads a whole document instead of the stream reader (tests). @default streamRawPostings */
  readonly parse?: (input: DocumentInput) => Posting[];
  /** Postings sent per batch as the document parses. @default 100 */
  readonly batchSize?: number;
}

export interface IngestResult {
  /** Postings found in the document. */
  readonly found: number;
  /** Postings queued. */
  readonly queued: number;
  /** Listing ids of the queued postings, in document order (what `POST /ingest` answers). */
  readonly ids: string[];
  /** Postings not queued, by index in the document, with the reason. */
  readonly rejected: RejectedPosting[];
}

/** No URL fetcher was wired where a URL was given. */
export class IngestError extends Error {
  override readonly name = 'IngestError';
}

/**
 * Parses a document (fetching it first for a URL) and queues every posting in it.
 * @throws DocumentError when the document cannot be read as postings.
 * @throws FetchError when the URL cannot be fetched.
 */
export async function ingestDocument(source: IngestSource, deps: IngestDeps): Promise<IngestResult> {
  let input: DocumentInput;
  if ('url' in source) {
    if (!deps.fetch) throw new IngestError('this entry point does not fetch URLs');
    const fetched = await deps.fetch(source.url, {});
    if (fetched.status !== 'ok')
      throw new IngestError(`${source.url} answered 304 Not Modified to a plain GET`);
    input = { content: fetched.body, contentType: fetched.contentType, url: fetched.url };
  } else input = source.document;
  const result: { -readonly [K in keyof IngestResult]: IngestResult[K] } = {
    found: 0,
    queued: 0,
    ids: [],
    rejected: [],
  };
  let batch: Posting[] = [];
  const flush = async () => {
    const postings = batch;
    batch = [];
    if (postings.length === 0) return;
    const offset = result.found - postings.length;
    const sent = await deps.send(postings);
    result.queued += sent.queued.length;
    for (const q of sent.queued) result.ids.push(listingId(postings[q.index] as Posting));
    for (const r of sent.rejected) result.rejected.push({ ...r, index: r.index + offset });
  };
  const add = async (posting: Posting) => {
    result.found += 1;
    batch.push(posting);
    if (batch.length >= (deps.batchSize ?? 100)) await flush();
  };
  if (deps.parse) {
    for (const posting of deps.parse(input)) await add(posting);
  } else {
    const { content, ...rest } = input;
    for await (const event of streamRawPostings({ ...rest, chunks: [content] })) {
      if (event.kind === 'posting') await add(toPosting(event.posting));
    }
  }
  await flush();
  return result;
}
