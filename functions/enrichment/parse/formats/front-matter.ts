/**
 * Front matter: the YAML (`---`) or TOML (`+++`) block a static site (Jekyll, Hugo) puts above a
 * post. Its top-level scalar fields (`title:`, `company = "…"`) say what the post is; the rest
 * of the document is the post itself, Markdown or an HTML fragment.
 */
import { squash } from '../../fields.ts';

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
  let at = firstBreak + 1;
  for (let n = 0; n < MAX_FRONT_MATTER_LINES && at < start.length; n++) {
    const end = start.indexOf('\n', at);
    const line = (end === -1 ? start.slice(at) : start.slice(at, end)).replace(/\r$/, '');
    at = end === -1 ? start.length : end + 1;
    if (line.trim() === fence) return { fields, body: start.slice(at) };
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
    if ((match[2] ?? '').trim() === '') parent = key;
    else keep(key, match[2] ?? '');
  }
  return null;
}

/** The first of `keys` the front matter has. */
export function frontMatterField(front: FrontMatter, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = front.fields.get(key);
    if (value) return value;
  }
  return null;
}
