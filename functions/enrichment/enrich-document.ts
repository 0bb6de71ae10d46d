/** Parse and classify in one call: what the CLI and `POST /classify` need. */
import { type EnrichContext, enrichPosting } from './enrich.ts';
import { parsePostings } from './parse-postings.ts';
import type { DocumentInput, Listing } from './types.ts';

/**
 * Parses a document in any supported format and enriches every posting in it.
 * @throws DocumentError for a document that cannot be read as postings.
 */
export function enrichDocument(input: DocumentInput, ctx: EnrichContext): Listing[] {
  return parsePostings(input).map((posting) => enrichPosting(posting, ctx));
}
