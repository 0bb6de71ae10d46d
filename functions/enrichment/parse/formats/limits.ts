/**
 * The bounds every document is held to before any parser sees it. Bad input is normal input:
 * these keep one hostile document from costing more than a fraction of a second.
 */
import { DocumentError } from '../../types.ts';

/**
 * Largest document read whole, in bytes (strings: UTF-16 code units): pages, plain text, and
 * `parseDocument` itself. No real posting page is near it. Feeds and job-list JSON read through
 * `streamDocument` are not held to it: each of their postings is held to `MAX_POSTING_CHARS`.
 */
export const MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;

/** Most postings one document read whole may hold (a stream holds this per batch, not in all). */
export const MAX_POSTINGS = 5_000;

/**
 * Deepest element nesting accepted in HTML or XML. Real pages stay under ~60; htmlparser2 slows
 * down quadratically with depth and cheerio's `.text()` recurses, overflowing the stack near 10,000.
 */
export const MAX_MARKUP_DEPTH = 1_000;

/**
 * Most elements accepted in one HTML or XML document. cheerio/slim builds roughly 200,000 to
 * 500,000 elements a second; a big careers page has 20,000 and a 5,000-item feed about 50,000.
 */
export const MAX_MARKUP_ELEMENTS = 100_000;

/** Deepest JSON-LD / JSON nesting walked when looking for postings. */
export const MAX_JSON_DEPTH = 64;

/** Throws when a document holds more postings than `MAX_POSTINGS`. */
export function assertPostingCount(count: number): void {
  if (count > MAX_POSTINGS) {
    throw new DocumentError(`document holds ${count} postings, over the limit of ${MAX_POSTINGS}`);
  }
}
