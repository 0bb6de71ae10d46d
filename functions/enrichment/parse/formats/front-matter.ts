/**
 * Front matter: the YAML (`---`) or TOML (`+++`) block a static site (Jekyll, Hugo) puts above a
 * post. Its top-level scalar fields (`title:`, `company = "…"`) say what the post is; the rest
 * of the document is the post itself, Markdown or an HTML fragment.
 */
import { squash } from '../../fields.ts';
import { htmlToText } from './markup.ts';

export interface FrontMatter {
  /**
   * Scalar fields, keys lower-cased with `_`, spaces and camelCase humps as `-` (`baseSalary`:
   * `base-salary`); a field one level inside a map is kept under both names joined
   * (`hiringOrganization:` / `  name: Acme`: `hiring-organization-name`).
   */
  readonly fields: ReadonlyMap<string, string>;
  /** The document after the closing fence. */
  readonly body: string;
}

/** Front matter longer than this is not front matter (or is hostile): the document is read whole. */
const MAX_FRONT_MATTER_LINES = 200;
const FIELD = /^([A-Za-z][\w -]{0,40}?)\s*(?::|=)\s*(.*)$/;
/** A field one level inside a map: two spaces (or a tab) of indent, then `key: value`. */
const NESTED_FIELD = /^(?: {2}|\t)([A-Za-z][\w -]{0,40}?)\s*:\s*(.*)$/;

/** `baseSalary`, `salary_currency`, `Job Title`: `base-salary`, `salary-currency`, `job-title`. */
function fieldKey(raw: string): string {
  return squash(raw)
    .replace(/([a-z\d])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

function unquote(value: string): string {
  const v = value.trim();
  const quote = v[0];
  if ((quote === '"' || quote === "'") && v.length >= 2 && v.endsWith(quote)) {
    const inner = v.slice(1, -1);
    return quote === '"' ? inner.replace(/\\(["\\])/g, '$1') : inner.replace(/''/g, "'");
  }
  // A YAML comment after a plain value.
  return v.replace(/\s+#.*$/, '');
}

/**
 * The front matter of a document, or null when it has none: the first line is `---` or `+++`
 * and a matching fence closes it within `MAX_FRONT_MATTER_LINES` lines.
 * @example readFrontMatter('---\ntitle: "Acme: IT Manager"\n---\nBody').fields.get('title') // 'Acme: IT Manager'
 */
export function readFrontMatter(text: string): FrontMatter | null {
  const start = text.trimStart();
  const fence = start.startsWith('---') ? '---' : start.startsWith('+++') ? '+++' : null;
  if (!fence) return null;
  const firstBreak = start.indexOf('\n');
  if (firstBreak === -1 || start.slice(0, firstBreak).trim() !== fence) return null;
  const fields = new Map<string, string>();
  const keep = (key: string, raw: string) => {
    const value = squash(unquote(raw));
    if (value !== '' && !/^[[{|>]/.test(value) && !fields.has(key)) fields.set(key, value);
  };
  /** The top-level key whose value is a map (`hiringOrganization:` with nothing after it). */
  let parent: string | null = null;
  /** A block scalar's key and lines (`title: >-` over its indented text), kept when it ends. */
  let block: { key: string; parts: string[] } | null = null;
  const closeBlock = () => {
    if (block) keep(block.key, block.parts.join(' '));
    block = null;
  };
  let at = firstBreak + 1;
  /**
   * The indent of the whole block when its top-level keys are indented alike (`---` then
   * `    title: Technical Director`: valid YAML, a root map written with a margin): stripped from
   * every line, so the keys read as top-level. Null until the first field line says.
   */
  let margin: string | null = null;
  for (let n = 0; n < MAX_FRONT_MATTER_LINES && at < start.length; n++) {
    const end = start.indexOf('\n', at);
    let line = (end === -1 ? start.slice(at) : start.slice(at, end)).replace(/\r$/, '');
    at = end === -1 ? start.length : end + 1;
    if (margin === null && line.trim() !== '')
      margin = FIELD.exec(line.trimStart()) ? (/^[ \t]*/.exec(line)?.[0] ?? '') : '';
    if (margin && line.startsWith(margin)) line = line.slice(margin.length);
    if (line.trim() === fence) {
      closeBlock();
      return { fields, body: start.slice(at) };
    }
    if (block && (/^\s/.test(line) || line.trim() === '')) {
      block.parts.push(line.trim());
      continue;
    }
    closeBlock();
    if (/^\s/.test(line)) {
      // One level inside a map; deeper lines and list items belong to structures not read here.
      const nested = parent === null ? null : NESTED_FIELD.exec(line);
      if (nested) keep(`${parent}-${fieldKey(nested[1] ?? '')}`, nested[2] ?? '');
      continue;
    }
    const match = FIELD.exec(line);
    parent = null;
    if (!match) continue;
    const key = fieldKey(match[1] ?? '');
    const value = (match[2] ?? '').trim();
    if (value === '') parent = key;
    // `title: >-` / `description: |`: a folded or literal block scalar, its text on the lines under it.
    else if (/^[>|][+-]?\d?$/.test(value)) block = { key, parts: [] };
    else keep(key, value);
  }
  return null;
}

/** The first of `keys` the front matter has; a switch (`job-title: false`) is no text of a field. */
export function frontMatterField(front: FrontMatter, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = front.fields.get(key);
    if (value && !/^(?:true|false|yes|no|null|~)$/i.test(value)) return value;
  }
  return null;
}

/** A JSON front matter object longer than this is a JSON document, not a page's front matter. */
const MAX_JSON_FRONT_MATTER = 262_144;

/** Where the JSON object opening `text` at 0 closes (one past its `}`), or -1 when it does not. */
function jsonObjectEnd(text: string): number {
  let depth = 0;
  let inString = false;
  const end = Math.min(text.length, MAX_JSON_FRONT_MATTER);
  for (let i = 0; i < end; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return c === '}' ? i + 1 : -1;
    }
  }
  return -1;
}

export interface JsonFrontMatter extends FrontMatter {
  /** The parsed object. */
  readonly data: Readonly<Record<string, unknown>>;
  /**
   * The object's own prose, when nothing follows it: a Hugo page whose template renders its
   * params (`"Job": { "TextLine1": "…", "HeadLine1": "…" }`) has its text there, one value a line.
   */
  readonly text: string;
}

/**
 * Hugo's JSON front matter: a page that opens with a JSON object (`{ "title": …, … }`), the
 * object's scalar fields read as YAML front matter's are (one level inside a map kept under both
 * names joined), the rest of the page its body. Null when the page does not open with an object,
 * the object is not valid JSON, or more JSON follows it (JSON Lines, concatenated records).
 * @example readJsonFrontMatter('{ "title": "IT Manager" }\nBody').body // '\nBody'
 */
export function readJsonFrontMatter(text: string): JsonFrontMatter | null {
  const start = text.trimStart();
  if (!start.startsWith('{')) return null;
  const end = jsonObjectEnd(start);
  if (end === -1) return null;
  const body = start.slice(end);
  // More records after it, one a line or with a comma between (`{…}, {…}`): a list, not a page.
  if (/^\s*,?\s*[[{]/.test(body)) return null;
  let data: unknown;
  try {
    data = JSON.parse(start.slice(0, end));
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const record = data as Record<string, unknown>;
  const fields = new Map<string, string>();
  const keep = (key: string, raw: unknown) => {
    if (typeof raw !== 'string' && typeof raw !== 'number') return;
    const value = squash(String(raw));
    if (value !== '' && !fields.has(key)) fields.set(key, value);
  };
  const lines: string[] = [];
  const seen = new Set<string>();
  const prose = (raw: unknown) => {
    if (typeof raw !== 'string') return;
    const line = squash(htmlToText(raw));
    // One-word values ("jobs", "Muenchen") are a page's settings, not its text.
    if (!/\s/.test(line) || seen.has(line) || lines.length >= 500) return;
    seen.add(line);
    lines.push(line);
  };
  for (const [rawKey, value] of Object.entries(record)) {
    const key = fieldKey(rawKey);
    if (key === '') continue;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [inner, innerValue] of Object.entries(value as Record<string, unknown>)) {
        keep(`${key}-${fieldKey(inner)}`, innerValue);
        prose(innerValue);
      }
    } else {
      keep(key, value);
      prose(value);
    }
  }
  return { fields, body, data: record, text: lines.join('\n\n') };
}
