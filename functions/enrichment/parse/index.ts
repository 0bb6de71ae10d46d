/**
 * parse/: every input format to postings whose descriptions are text blocks with their sections
 * (careers pages with JSON-LD, microdata or none, plain text, RSS, Atom, JSON Feed, Greenhouse,
 * Lever, Ashby). Owns format detection, decoding, the per-format readers (formats/), locations,
 * title splitting and the block builder. The only part of the core that loads cheerio.
 *
 * May import: pay/ (structured pay, through pay/index.ts), ../types.ts, ../fields.ts. Never
 * classify/ or taxonomy/.
 */
export {
  decodeDocument,
  detectFormat,
  MAX_DOCUMENT_BYTES,
  MAX_MARKUP_DEPTH,
  MAX_MARKUP_ELEMENTS,
  MAX_POSTINGS,
  parseDocument,
} from './formats/index.ts';
export {
  type DocumentChunks,
  type DocumentStream,
  MAX_POSTING_CHARS,
  type StreamOptions,
} from './formats/stream-document.ts';
export {
  type PostingEvent,
  parsePostings,
  parseRawPostings,
  streamRawPostings,
  toPosting,
} from './parse-postings.ts';
export {
  FIELD_SOURCES,
  type FieldSource,
  firstSourced,
  type Provenance,
  type ProvenancedField,
  type Sourced,
  sourced,
} from './provenance.ts';
export { htmlToBlocks, textToBlocks } from './text-blocks.ts';
