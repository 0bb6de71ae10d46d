/**
 * schema.org JobPostings in a page's JSON-LD blocks: single objects, arrays, `@graph`, postings
 * nested under other nodes (`mainEntity`), `@type` lists, and `@id` references between nodes.
 */
import type { Element } from 'domhandler';
import { asRecord } from '../../fields.ts';
import { MAX_JSON_DEPTH, MAX_POSTINGS } from './limits.ts';
import { nodeText } from './markup.ts';
import { isJobPostingType } from './schema-posting.ts';

type JsonRecord = Record<string, unknown>;

export interface JsonLdPostings {
  readonly postings: readonly JsonRecord[];
  readonly ids: ReadonlyMap<string, JsonRecord>;
}

/**
 * Parses one JSON-LD block, forgiving what pages get wrong: HTML comment or CDATA wrappers, raw
 * line breaks inside strings. Returns undefined for a block that still does not parse: one bad
 * block must not cost the page.
 */
function parseBlock(text: string): unknown {
  const body = text
    .trim()
    .replace(/^(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)$/, '')
    .trim();
  if (body === '') return undefined;
  try {
    return JSON.parse(body);
  } catch {
    try {
      // biome-ignore lint/suspicious/noControlCharactersInRegex: raw line breaks in strings are the usual fault
      return JSON.parse(body.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return undefined;
    }
  }
}

function collect(value: unknown, depth: number, out: JsonRecord[], ids: Map<string, JsonRecord>): void {
  if (depth > MAX_JSON_DEPTH || out.length > MAX_POSTINGS) return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, depth + 1, out, ids);
    return;
  }
  const record = asRecord(value);
  if (!record) return;
  const id = record['@id'];
  if (typeof id === 'string' && Object.keys(record).length > 1 && !ids.has(id)) ids.set(id, record);
  if (isJobPostingType(record['@type'])) {
    // The same posting linked from two nodes (a @graph entry and a page's mainEntity) counts once.
    if (typeof id !== 'string' || !out.some((posting) => posting['@id'] === id)) out.push(record);
    return;
  }
  for (const [key, child] of Object.entries(record)) {
    if (key !== '@context' && child !== null && typeof child === 'object')
      collect(child, depth + 1, out, ids);
  }
}

/** Every JobPosting in the page's `<script type="application/ld+json">` blocks, in page order. */
export function findJsonLdPostings(scripts: readonly Element[]): JsonLdPostings {
  const postings: JsonRecord[] = [];
  const ids = new Map<string, JsonRecord>();
  for (const script of scripts) {
    collect(parseBlock(nodeText(script)), 0, postings, ids);
    if (postings.length > MAX_POSTINGS) break;
  }
  return { postings, ids };
}
