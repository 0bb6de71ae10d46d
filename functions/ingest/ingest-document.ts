/**
 * Ingest: a document (or a URL to fetch one from) in, one queue message per posting out.
 * Parsing happens here, synchronously, so a document that is not postings is refused to the
 * caller (DocumentError) instead of reaching the queue; classification happens in the consumer,
 * which receives text blocks and so never loads an HTML parser.
 */

import { type DocumentInput, listingId, type Posting, parsePostings } from '../enrichment/index.ts';
import type { FetchOptions, FetchResult } from './fetch-document.ts';
import type { RejectedPosting, SendPostingsResult } from './send-postings.ts';

/** What to ingest: a document in hand, or a URL to fetch it from. */
export type IngestSource = { readonly document: DocumentInput } | { readonly url: string };

export interface IngestDeps {
  /** Sends postings to the queue (send-postings.ts bound to a client and queue). */
  readonly send: (postings: readonly Posting[]) => Promise<SendPostingsResult>;
  /** @default fetchDocument is not bound here: pass it where URLs are accepted. */
  readonly fetch?: (url: string, options: FetchOptions) => Promise<FetchResult>;
  /** @default parsePostings */
  readonly parse?: (input: DocumentInput) => Posting[];
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
  const parse = deps.parse ?? parsePostings;
  let input: DocumentInput;
  if ('url' in source) {
    if (!deps.fetch) throw new IngestError('this entry point does not fetch URLs');
    const fetched = await deps.fetch(source.url, {});
    if (fetched.status !== 'ok')
      throw new IngestError(`${source.url} answered 304 Not Modified to a plain GET`);
    input = { content: fetched.body, contentType: fetched.contentType, url: fetched.url };
  } else input = source.document;
  const postings = parse(input);
  const sent = postings.length > 0 ? await deps.send(postings) : { queued: [], rejected: [] };
  return {
    found: postings.length,
    queued: sent.queued.length,
    ids: sent.queued.map((q) => listingId(postings[q.index] as Posting)),
    rejected: sent.rejected,
  };
}
