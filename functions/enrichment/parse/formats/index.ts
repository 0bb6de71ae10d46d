/**
 * Every input format to `RawPosting[]`: careers pages (JSON-LD, microdata or the page itself),
 * plain text, RSS, Atom, JSON Feed, and the Greenhouse, Lever and Ashby job-board APIs.
 */
export { decodeDocument } from './decode.ts';
export { detectFormat } from './detect-format.ts';
export { MAX_DOCUMENT_BYTES, MAX_MARKUP_DEPTH, MAX_MARKUP_ELEMENTS, MAX_POSTINGS } from './limits.ts';
export { parseDocument } from './parse-document.ts';
