/**
 * The parse half of enrichment: a document in any supported format → postings whose
 * descriptions are text blocks with their sections. This is the only half that loads cheerio;
 * the classify half (enrich.ts) reads text, so the queue consumer never pays for an HTML parser.
 */

import type { DocumentInput, Posting, RawPosting, Warning } from '../types.ts';
import { withApplicantPlace } from './applicant-location.ts';
import { parseDocument } from './formats/index.ts';
import { type DocumentStream, type StreamOptions, streamDocument } from './formats/stream-document.ts';
import { withoutPictographs } from './formats/title-split.ts';
import { htmlToBlocks, textToBlocks } from './text-blocks.ts';

/** Turns a raw posting's description into blocks that keep their sections. */
export function toPosting(raw: RawPosting): Posting {
  const d = raw.description;
  const blocks = 'blocks' in d ? [...d.blocks] : 'html' in d ? htmlToBlocks(d.html) : textToBlocks(d.text);
  const location = withApplicantPlace(raw.location, blocks);
  // A place read from an applicant-location requirement ("Candidates must reside in …") is inferred.
  const provenance =
    location.text !== raw.location.text
      ? { ...raw.provenance, location: 'inferred' as const }
      : raw.provenance;
  return {
    source: raw.source,
    title: withoutPictographs(raw.title),
    company: raw.company,
    location,
    employmentType: raw.employmentType,
    postedAt: raw.postedAt,
    blocks,
    pay: raw.pay,
    ...(raw.warnings?.length ? { warnings: [...raw.warnings] } : {}),
    ...(provenance ? { provenance } : {}),
  };
}

/**
 * Splits a document into postings ready to classify.
 * @throws DocumentError for a document that cannot be read as postings (empty, binary, hostile,
 *   unknown shape); a valid document with no postings gives [].
 */
export function parsePostings(input: DocumentInput): Posting[] {
  return parseRawPostings(input).map(toPosting);
}

/**
 * Splits a document into raw postings (descriptions not yet turned into blocks), URLs shared
 * between postings already dropped: for a caller that makes blocks one posting at a time, so
 * each posting's blocks can be let go before the next is read.
 * @throws DocumentError as `parsePostings` does.
 */
export function parseRawPostings(input: DocumentInput): RawPosting[] {
  return withOwnUrls(parseDocument(input));
}

/** What a document stream yields: one posting, or a warning about the document (a skipped posting, a cut). */
export type PostingEvent =
  | { readonly kind: 'posting'; readonly posting: RawPosting }
  | { readonly kind: 'warning'; readonly warning: Warning };

/**
 * Reads a document as it arrives (see `streamDocument`) and yields its raw postings one by one,
 * URLs shared between postings dropped as `parseRawPostings` drops them: within each batch, and
 * from a later posting whose URL or id an earlier batch already had.
 * @throws DocumentError as `parsePostings` does.
 */
export async function* streamRawPostings(
  stream: DocumentStream,
  options?: StreamOptions,
): AsyncGenerator<PostingEvent> {
  const urls = new Set<string>();
  const ids = new Set<string>();
  for await (const batch of streamDocument(stream, options)) {
    if (batch.kind === 'warning') {
      yield batch;
      continue;
    }
    for (const p of withOwnUrls(batch.postings)) {
      const { url, externalId } = p.source;
      const sharedUrl = url !== null && urls.has(url);
      const sharedId = externalId !== null && ids.has(externalId);
      if (url !== null) urls.add(url);
      if (externalId !== null) ids.add(externalId);
      const posting =
        sharedUrl || sharedId
          ? {
              ...p,
              source: { ...p.source, url: sharedUrl ? null : url, externalId: sharedId ? null : externalId },
            }
          : p;
      yield { kind: 'posting', posting };
    }
  }
}

/**
 * A URL that several postings of one document share is the document's (a careers page listing
 * three jobs, a feed whose items all link to one list page), not any posting's own: it is
 * dropped from them, and so is an external id they share (a feed item's id falls back to its
 * link), so their ids come from their own ids or their text and they cannot overwrite each other.
 */
function withOwnUrls(postings: RawPosting[]): RawPosting[] {
  if (postings.length < 2) return postings;
  const urls = new Map<string, number>();
  const ids = new Map<string, number>();
  for (const p of postings) {
    if (p.source.url) urls.set(p.source.url, (urls.get(p.source.url) ?? 0) + 1);
    if (p.source.externalId) ids.set(p.source.externalId, (ids.get(p.source.externalId) ?? 0) + 1);
  }
  return postings.map((p) => {
    const sharedUrl = p.source.url !== null && (urls.get(p.source.url) ?? 0) > 1;
    const sharedId = p.source.externalId !== null && (ids.get(p.source.externalId) ?? 0) > 1;
    if (!sharedUrl && !sharedId) return p;
    return {
      ...p,
      source: {
        ...p.source,
        url: sharedUrl ? null : p.source.url,
        externalId: sharedId ? null : p.source.externalId,
      },
    };
  });
}
