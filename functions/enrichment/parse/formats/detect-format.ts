/**
 * Which format a document is in, from its content first and its Content-Type second: servers
 * label feeds text/xml and pages application/octet-stream, but a JSON body is never an RSS feed.
 */

import { asRecord } from '../../fields.ts';
import type { Format } from '../../types.ts';
import { DocumentError } from '../../types.ts';
import { readTable, sniffTable, type TableShape, tableShape } from './csv-jobs.ts';
import { findJobList, isEmptyJobList } from './json-jobs.ts';
import { recoverJson } from './json-recover.ts';
import { readJsonSequence } from './json-sequence.ts';
import { assertNoEntityDeclarations } from './markup.ts';
import { looksLikeScriptModule, readScriptData } from './script-data.ts';
import { opensWithScriptStatement } from './script-start.ts';
import { embeddedDocument, isSourceFileName, looksLikeSource, readSourceData } from './source-data.ts';
import { looksLikeServerPage, looksLikeTemplatePage } from './source-markup.ts';
import { sqlSeedRows } from './sql-rows.ts';
import { jobListItem } from './xml-items.ts';
import { yamlListRead } from './yaml-jobs.ts';

export interface SniffedDocument {
  readonly format: Format;
  /** The parsed JSON, for JSON formats, so that it is parsed once. */
  readonly json?: unknown;
  /** The YAML data read, for 'yaml', and a module's literal data (or null), for 'module': read once. */
  readonly data?: unknown;
  /** Set when the JSON (or a module's literal) broke off part-way and only its complete part was read: where and what was lost. */
  readonly truncated?: string;
}

const HTML_TAGS =
  /^(html|head|body|meta|title|link|div|p|h[1-6]|main|article|section|header|nav|span|ul|ol|table|script|style|base|a|b|strong|em|br|img|form|iframe)$/;

function mediaType(contentType: string | null | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** One line of at most `max` characters, safe to put into an error message. */
export function oneLine(text: string, max = 120): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes
  const line = text.replace(/[\s\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** Job-board JSON nests a few levels; a million levels is an attack on the parser's time. */
const MAX_JSON_NESTING = 256;

/** Refuses JSON nested deeper than `MAX_JSON_NESTING`, in one pass that skips over strings. */
function assertJsonNesting(text: string): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > MAX_JSON_NESTING) {
        throw new DocumentError(`JSON nested deeper than ${MAX_JSON_NESTING} levels`);
      }
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    }
  }
}

/** Parses JSON, turning a syntax error into `DocumentError("invalid JSON: …")`. */
export function parseJson(text: string): unknown {
  return readJson(text).json;
}

/**
 * Parses JSON; JSON that breaks off part-way gives its complete part and says where it broke.
 * @throws DocumentError("invalid JSON: …") when nothing complete precedes the break.
 */
export function readJson(text: string): { json: unknown; truncated?: string } {
  assertJsonNesting(text);
  try {
    return { json: JSON.parse(text) };
  } catch (error) {
    // JSON Lines, with or without a comma after each record, or pretty-printed objects one after another.
    const sequence = readJsonSequence(text);
    if (sequence?.cut) return { json: sequence.records, truncated: sequence.cut };
    if (sequence) return { json: sequence.records };
    const why = oneLine((error as Error).message);
    const recovered = recoverJson(text, why);
    if (recovered) return { json: recovered.value, truncated: recovered.detail };
    throw new DocumentError(`invalid JSON: ${why}`, { cause: error });
  }
}

function sample(list: unknown): Record<string, unknown>[] {
  if (!Array.isArray(list)) return [];
  const out: Record<string, unknown>[] = [];
  for (const item of list.slice(0, 5)) {
    const record = asRecord(item);
    if (record) out.push(record);
  }
  return out;
}

function hasAny(records: readonly Record<string, unknown>[], keys: readonly string[]): boolean {
  return records.some((record) => keys.some((key) => key in record));
}

/** The JSON format of a parsed value, or null when it is none of the supported shapes. */
export function jsonFormatOf(value: unknown): Format | null {
  return boardFormatOf(value) ?? (findJobList(value) || isEmptyJobList(value) ? 'json' : null);
}

function boardFormatOf(value: unknown): Format | null {
  if (Array.isArray(value)) {
    const items = sample(value);
    if (value.length === 0) return 'lever';
    if (hasAny(items, ['hostedUrl', 'categories', 'lists', 'applyUrl']) && hasAny(items, ['text']))
      return 'lever';
    // Lever's ?group= shape: [{ title: "Engineering", postings: [...] }]
    if (items.length > 0 && items.every((item) => Array.isArray(item.postings))) return 'lever';
    return null;
  }
  // A single Lever posting (`/v0/postings/{site}/{id}`): one job, not an array.
  if (
    hasAny([asRecord(value) ?? {}], ['hostedUrl', 'lists', 'categories']) &&
    hasAny([asRecord(value) ?? {}], ['text'])
  )
    return 'lever';
  const record = asRecord(value);
  if (!record) return null;
  if (typeof record.version === 'string' && record.version.startsWith('https://jsonfeed.org/version/')) {
    return 'jsonfeed';
  }
  if (Array.isArray(record.jobs)) {
    const jobs = sample(record.jobs);
    if (hasAny(jobs, ['absolute_url', 'internal_job_id', 'requisition_id'])) return 'greenhouse';
    if (hasAny(jobs, ['descriptionHtml', 'jobUrl', 'isRemote', 'descriptionPlain'])) return 'ashby';
    if (jobs.length === 0 && record.jobs.length === 0) return 'apiVersion' in record ? 'ashby' : 'greenhouse';
  }
  // A single job from Greenhouse's /jobs/{id} endpoint.
  if ('absolute_url' in record && 'title' in record) return 'greenhouse';
  return null;
}

function describeJson(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  const record = asRecord(value);
  if (!record) return value === null ? 'null' : `a ${typeof value}`;
  const keys = Object.keys(record)
    .slice(0, 6)
    .map((key) => oneLine(key, 30));
  return keys.length === 0 ? 'an empty object' : `an object with keys ${keys.join(', ')}`;
}

function unknownJson(value: unknown): DocumentError {
  return new DocumentError(
    `unknown JSON format (${describeJson(value)}): expected a JSON Feed, a Greenhouse, Lever or Ashby job board, or a list of jobs`,
  );
}

/** Parses JSON that must be of one of the supported shapes. */
export function parseJsonDocument(text: string): SniffedDocument {
  const { json, truncated } = readJson(text);
  const format = jsonFormatOf(json);
  if (!format) throw unknownJson(json);
  return truncated ? { format, json, truncated } : { format, json };
}

/** The name of the first element after the XML prolog (declaration, comments, DOCTYPE). */
function rootElementName(text: string): string | null {
  const head = text.slice(0, 65_536);
  const re = /<(?:!--[\s\S]*?-->|![^>]*>|\?[\s\S]*?\?>|([^\s/>!?][^\s/>]*))/g;
  for (let match = re.exec(head); match; match = re.exec(head)) {
    if (match[1]) return match[1];
  }
  return null;
}

function sniffMarkup(text: string, type: string): Format {
  assertNoEntityDeclarations(text);
  const root = rootElementName(text);
  const local = (root ?? '').toLowerCase().replace(/^.*:/, '');
  if (local === 'rss' || local === 'rdf') return 'rss';
  if (local === 'feed') return 'atom';
  if (HTML_TAGS.test(local) || /^<!doctype\s+html/i.test(text)) return 'html';
  if (type.includes('html')) return 'html';
  if (/^<\?xml/i.test(text) || type.includes('xml')) {
    // An XML job feed of another shape: Indeed's `<source><job>`, an ATS export's `<jobs><job>`.
    if (jobListItem(text.slice(0, 65_536))) return 'xml';
    throw new DocumentError(
      `unknown XML format (root element <${oneLine(root ?? '?', 40)}>): expected an RSS or Atom feed, or an XML list of <job> elements`,
    );
  }
  return 'html';
}

/**
 * An HTML fragment that opens with its text, as a comment system stores a comment (the Hacker
 * News API: "Acme | Engineer | Remote<p>We build…", no tag before the first paragraph): a few
 * short lines of text, then a bare `<p>`. Markdown that holds a paragraph tag stays Markdown.
 */
/** Tags that stand inside a line of text: a link, an emphasis, code. */
const INLINE_TAG = /<\/?(?:a|i|b|em|strong|code|span|font|u)\b[^<>]{0,2048}>/gi;
const MARKDOWN_STRUCTURE = /^(?:#{1,6}[ \t]+\S|[*+-][ \t]+\S.*\n[*+-][ \t]+\S|\[[^\]\n]+\]\([^)\s]+\))/m;

export function looksLikeTextFirstFragment(text: string): boolean {
  const head = text.slice(0, 20_000);
  const p = head.indexOf('<p>');
  // Front matter ("---" over "title: …") heads a static-site post, not a comment.
  if (p <= 0 || /^---\s*\n/.test(head)) return false;
  // Before the first paragraph: a few lines of text, with at most links and emphasis in them.
  const before = head.slice(0, p).replace(INLINE_TAG, '');
  if (before.includes('<') || !/^\s*\S/.test(before) || before.split('\n').length > 9) return false;
  return !MARKDOWN_STRUCTURE.test(head);
}

/** Where a document that begins with "[" is JSON rather than a text posting ("[Remote] IT Manager"). */
export function looksLikeJsonArray(text: string): boolean {
  return /^\[\s*(?:[{["\d\]-]|true|false|null)/.test(text);
}

/**
 * Sniffs the format of a decoded document (see `detectFormat`) and returns the parsed JSON for
 * JSON formats.
 */
export function sniffDocument(
  text: string,
  contentType?: string | null,
  name?: string | null,
): SniffedDocument {
  const type = mediaType(contentType);
  const start = text.trimStart();
  const first = start[0];
  // A template page that opens with a template tag ("{% extends 'base.html' %}") is markup.
  // (No JSON opens so: "{% include header.html %}" over Markdown is a Liquid page's text.)
  if (first === '{' && /^\{[{%#]/.test(start))
    return { format: looksLikeTemplatePage(start) ? 'html' : 'text' };
  // Job records kept as a SQL seed's INSERT rows (read as a module's literal data).
  const code = first === '{' || first === '[' ? null : sqlSeedRows(start);
  if (code) return { format: 'module', data: code };
  if (first === '{' || (first === '[' && looksLikeJsonArray(start))) return parseJsonDocument(start);
  // A PHP file whose code holds jobs as literals (an array of them, a feed in a heredoc).
  if (first === '<' && start.startsWith('<?php')) {
    const data = sourceJobData(start, true);
    if (data) return data;
  }
  if (first === '<') return { format: sniffMarkup(start, type) };
  if (type.endsWith('json')) return parseJsonDocument(start);
  if (type.includes('html') && /<[a-z][^>]*>/i.test(start.slice(0, 65_536))) return { format: 'html' };
  // Source code of another language (a Python fixture, Ruby seeds, Kotlin dummy data) that holds
  // jobs as literals, or a whole feed or page in a string; else it is read as the text it is.
  // (A Python file opens with `import x` as a JavaScript module may: its name or its data tells.)
  const script = looksLikeScriptModule(start) || opensWithScriptStatement(start);
  const source = looksLikeSource(start, name);
  const sourceData = source && (!script || isSourceFileName(name)) ? sourceJobData(start) : null;
  if (sourceData) return sourceData;
  // A JavaScript or TypeScript module (a scraper's `export const jobs = […]`): its literal data.
  if (script) {
    const module = moduleDocument(start);
    return (module.data === null && source ? sourceJobData(start) : null) ?? module;
  }
  // A table (a scraper's CSV export, a spreadsheet saved as CSV or TSV): a header naming a job's fields.
  const table = sniffTable(text, name, contentType);
  if (table) return tableDocument(text, table);
  // A page template that opens with text or a directive (Blade's "@extends", ERB): its markup.
  if (looksLikeServerPage(start)) return { format: 'html' };
  // A site's YAML data file: a list of entries ("- title: …"), at the top or under a key.
  // Its indentation kept: a list indented as a whole ("  - title: …") reads with its keys.
  const read = yamlListRead(text.replace(/^(?:[ \t]*\r?\n)+/, ''));
  // A comment's HTML that opens with its text ("Acme | Engineer<p>We build…"): the last guess,
  // after the data formats whose values may hold paragraphs.
  if (!read) return { format: looksLikeTextFirstFragment(start) ? 'html' : 'text' };
  return read.truncated
    ? { format: 'yaml', data: read.data, truncated: read.truncated }
    : { format: 'yaml', data: read.data };
}

/**
 * A source file's literal data when it holds jobs or a whole document in a string, else null.
 * In a page's own code (PHP) only a feed counts: the markup it echoes is the page's, read as one.
 */
function sourceJobData(text: string, feedsOnly = false): SniffedDocument | null {
  const data = readSourceData(text);
  if (data === null) return null;
  const embedded = embeddedDocument(data);
  const feed = embedded !== null && (!feedsOnly || /^<(?:\?xml|rss|feed|source|jobs)\b/i.test(embedded));
  return findJobList(data) !== null || feed ? { format: 'module', data } : null;
}

/** A table's rows as job records, read once; a table cut off part-way says where it broke. */
export function tableDocument(text: string, shape: TableShape): SniffedDocument {
  const format: Format = shape.delimiter === '\t' ? 'tsv' : 'csv';
  const { records, cut } = readTable(text, shape);
  return cut ? { format, data: records, truncated: cut } : { format, data: records };
}

/** A document read as a table because the caller said so (`--format csv` or `tsv`). */
export function forcedTable(text: string, format: 'csv' | 'tsv'): SniffedDocument {
  const shape = tableShape(text, format === 'tsv' ? '\t' : undefined);
  if (!shape)
    throw new DocumentError(`not a ${format === 'tsv' ? 'TSV' : 'CSV'} table: no rows of even columns`);
  return tableDocument(text, shape);
}

/** A JavaScript or TypeScript module, with the literal data it holds (null: none, its data is code). */
export function moduleDocument(text: string): SniffedDocument {
  const read = readScriptData(text);
  if (!read) return { format: 'module', data: null };
  return read.truncated
    ? { format: 'module', data: read.value, truncated: read.truncated }
    : { format: 'module', data: read.value };
}

/**
 * Detects a document's format from its content, helped by its Content-Type: JSON shapes
 * (JSON Feed, Greenhouse, Lever, Ashby), XML roots (RSS 2.0/1.0, Atom), HTML, a JavaScript or
 * TypeScript module, a YAML data file that is a list of entries, else plain text.
 * Throws `DocumentError` for JSON or XML of an unknown shape, invalid JSON, and XML that
 * declares entities.
 * @example detectFormat('{"jobs":[{"absolute_url":"https://…"}]}') // → 'greenhouse'
 */
export function detectFormat(text: string, contentType?: string | null): Format {
  return sniffDocument(text, contentType).format;
}
