/**
 * Front matter: the YAML (`---`) or TOML (`+++`) block a static site (Jekyll, Hugo) puts above a
 * post. Its top-level scalar fields (`title:`, `company = "…"`) say what the post is; the rest
 * of the document is the post itself, Markdown or an HTML fragment.
 */
import { squash } from '../../fields.ts';

export interface FrontMatter {
  /** Top-level scalar fields, keys lower-cased with `_` and spaces as `-`. */
  readonly fields: ReadonlyMap<string, string>;
  /** The document after the closing fence. */
  readonly body: string;
}

/** Front matter longer than this is not front matter (or is hostile): the document is read whole. */
const MAX_FRONT_MATTER_LINES = 200;
const FIELD = /^([A-Za-z][\w -]{0,40}?)\s*(?::|=)\s*(.*)$/;

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
  let at = firstBreak + 1;
  for (let n = 0; n < MAX_FRONT_MATTER_LINES && at < start.length; n++) {
    const end = start.indexOf('\n', at);
    const line = (end === -1 ? start.slice(at) : start.slice(at, end)).replace(/\r$/, '');
    at = end === -1 ? start.length : end + 1;
    if (line.trim() === fence) return { fields, body: start.slice(at) };
    // Only top-level fields: an indented line belongs to a list or table above it.
    if (/^\s/.test(line)) continue;
    const match = FIELD.exec(line);
    if (!match) continue;
    const key = squash(match[1] ?? '')
      .toLowerCase()
      .replace(/[\s_]+/g, '-');
    const value = squash(unquote(match[2] ?? ''));
    if (value !== '' && !/^[[{|>]/.test(value) && !fields.has(key)) fields.set(key, value);
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
