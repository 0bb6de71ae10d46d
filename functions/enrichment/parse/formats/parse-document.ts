/**
 * One entry point for every input format: decode, detect (or take the caller's format), split
 * into postings. Whatever goes wrong with the document surfaces as a one-line `DocumentError`.
 */
import type { DocumentInput, Format, RawPosting } from '../../types.ts';
import { DocumentError } from '../../types.ts';
import { parseAshby } from './ashby.ts';
import { parseAtom } from './atom.ts';
import { decodeDocument } from './decode.ts';
import { oneLine, readJson, type SniffedDocument, sniffDocument } from './detect-format.ts';
import { parseGreenhouse } from './greenhouse.ts';
import { parseHtml } from './html.ts';
import { parseJsonJobs } from './json-jobs.ts';
import { parseJsonFeed } from './jsonfeed.ts';
import { parseLever } from './lever.ts';
import type { ParseContext } from './posting.ts';
import { parseRss } from './rss.ts';
import { parseText } from './text.ts';

const JSON_FORMATS: ReadonlySet<Format> = new Set(['jsonfeed', 'greenhouse', 'lever', 'ashby', 'json']);

function sniffAs(format: Format, text: string): SniffedDocument {
  if (!JSON_FORMATS.has(format)) return { format };
  const { json, truncated } = readJson(text.trimStart());
  return truncated ? { format, json, truncated } : { format, json };
}

function splitDocument(text: string, sniffed: SniffedDocument, ctx: ParseContext): RawPosting[] {
  switch (sniffed.format) {
    case 'html':
      return parseHtml(text, ctx);
    case 'text':
      return parseText(text, ctx);
    case 'rss':
      return parseRss(text, ctx);
    case 'atom':
      return parseAtom(text, ctx);
    case 'jsonfeed':
      return parseJsonFeed(sniffed.json, ctx);
    case 'greenhouse':
      return parseGreenhouse(sniffed.json, ctx);
    case 'lever':
      return parseLever(sniffed.json, ctx);
    case 'ashby':
      return parseAshby(sniffed.json, ctx);
    case 'json':
      return parseJsonJobs(sniffed.json, ctx);
  }
}

/**
 * Splits a document into postings. `input.format` (other than 'auto') overrides detection.
 * Throws `DocumentError` with a one-line, human message for an unreadable, hostile or unknown
 * document; returns [] for a valid document without postings (an RSS feed with no items).
 * @example parseDocument({ content: rssXml, file: 'jobs.xml' }) // → RawPosting[] with source.format 'rss'
 */
export function parseDocument(input: DocumentInput): RawPosting[] {
  const text = decodeDocument(input.content, input.contentType);
  const forced = input.format && input.format !== 'auto' ? input.format : null;
  const sniffed = forced ? sniffAs(forced, text) : sniffDocument(text, input.contentType);
  try {
    const warnings = sniffed.truncated
      ? [{ id: 'document-truncated', detail: sniffed.truncated }]
      : undefined;
    return splitDocument(text, sniffed, { format: sniffed.format, input, ...(warnings ? { warnings } : {}) });
  } catch (error) {
    if (error instanceof DocumentError) throw error;
    // A parser fault on hostile input (a RangeError deep in a library) is still the document's
    // problem to report, in one line, with the original kept as the cause.
    const message = error instanceof Error ? error.message : String(error);
    throw new DocumentError(`could not read the ${sniffed.format} document: ${oneLine(message)}`, {
      cause: error,
    });
  }
}
