/**
 * A reader of the YAML that static-site job boards keep their data in (Jekyll `_data/jobs.yml`,
 * Hugo `data/jobs.yaml`): block sequences and block mappings nested by indentation, plain,
 * single- and double-quoted scalars (continued on more-indented lines), literal `|` and folded
 * `>` block scalars (a folded one keeps its line breaks: the job reader takes them as spaces), `#` comments, flow sequences of scalars (`[Java, Scala]`) and the empty
 * `[]` and `{}`. Anchors, aliases, tags, complex keys, flow mappings with entries and several
 * documents in one file are refused with a `YamlError` that names the line: a job board's data
 * file uses none of them.
 *
 * Why not a library: `yaml` (112.6 KiB minified) and `js-yaml` (38.6 KiB) do not fit in the
 * document function's bundle (494.5 KiB against a 500 KiB bar), and the document function must
 * read the file itself. Scalars stay strings (a date, a number, "yes" are text to the job
 * reader), except `null`/`~`/empty, which are null, and `true`/`false`.
 */
import { DocumentError } from '../../types.ts';

/** YAML this reader does not read, or that is not YAML at all; the message names the line. */
export class YamlError extends DocumentError {
  override readonly name = 'YamlError';
  /** 'unsupported': YAML this reader leaves out; 'syntax': text that is not YAML of this shape. */
  constructor(
    message: string,
    readonly kind: 'unsupported' | 'syntax' = 'syntax',
  ) {
    super(message);
  }
}

/** Deepest nesting read: a job board's file nests two or three levels. */
const MAX_DEPTH = 64;

interface Line {
  /** Columns of leading spaces. */
  readonly indent: number;
  /** The line after its indentation, comment included. */
  readonly text: string;
}

const KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"{}[\]&*!|>%@`,-][^#]*?|-[^\s#][^#]*?)\s*:(?=\s|$)/;
const UNSUPPORTED = /^(?:[&*!?%]|<<)/;

const isBlank = (line: Line) => line.text === '' || line.text[0] === '#';
const isItem = (text: string) => text === '-' || text.startsWith('- ');

/** A value's text with its trailing ` # comment` removed (outside quotes). */
function stripComment(text: string): string {
  const at = text[0] === '#' ? 0 : text.search(/\s#/);
  return (at < 0 ? text : text.slice(0, at)).trimEnd();
}

function plainScalar(text: string): string | boolean | null {
  if (/^(?:~|null|)$/i.test(text)) return null;
  return /^(?:true|false)$/i.test(text) ? text.toLowerCase() === 'true' : text;
}

/**
 * A quoted scalar's value: double quotes take JSON's escapes (YAML's few others are refused),
 * single quotes double themselves.
 */
function unquote(token: string, lineNo: number): string {
  if (token[0] === "'") return token.slice(1, -1).replace(/''/g, "'");
  try {
    return JSON.parse(token.replace(/\t/g, '\\t')) as string;
  } catch {
    throw new YamlError(`YAML line ${lineNo}: an escape not read`, 'unsupported');
  }
}

/** A flow collection of scalars: `[a, "b", c]`, `[]`, `{}`. */
function flow(text: string, lineNo: number): unknown {
  if (text === '{}') return {};
  const inner = text.slice(1, -1).trim();
  const items: unknown[] = [];
  const item = /\s*("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^,[\]{}"']*)\s*(,|$)/y;
  while (text[0] === '[' && text.endsWith(']') && item.lastIndex < inner.length) {
    const match = item.exec(inner);
    if (!match?.[0]) break;
    const value = match[1] ?? '';
    items.push(/^["']/.test(value) ? unquote(value, lineNo) : plainScalar(value.trim()));
    if (!match[2]) return items;
  }
  if (text === '[]') return items;
  throw new YamlError(`YAML line ${lineNo}: a flow mapping or nested flow list (not read)`, 'unsupported');
}

/**
 * The value of a YAML document in the subset above.
 * @throws YamlError naming the line, for YAML outside the subset or text that is not YAML.
 * @example readYaml('- title: IT Manager\n  company: Acme\n') // [{ title: 'IT Manager', company: 'Acme' }]
 */
export function readYaml(text: string): unknown {
  const lines: Line[] = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line, n) => {
      const rest = line.trimStart();
      const indent = line.length - rest.length;
      if (rest !== '' && line.slice(0, indent).includes('\t'))
        throw new YamlError(`YAML line ${n + 1}: a tab in the indentation`);
      return { indent, text: rest.trimEnd() };
    });
  let at = 0;
  const fail = (why: string, kind?: 'unsupported') => new YamlError(`YAML line ${at + 1}: ${why}`, kind);
  const skipBlank = () => {
    while (at < lines.length && isBlank(lines[at] as Line)) at++;
  };

  /** The node whose first line is the next one, at `indent`. */
  const block = (indent: number, depth: number): unknown => {
    if (depth > MAX_DEPTH) throw fail(`nested deeper than ${MAX_DEPTH} levels`, 'unsupported');
    const line = lines[at] as Line;
    if (isItem(line.text)) return sequence(indent, depth);
    return KEY.test(line.text) ? mapping(indent, depth) : inline(line.text, indent - 1);
  };

  const sequence = (indent: number, depth: number): unknown[] => {
    const out: unknown[] = [];
    for (skipBlank(); lines[at]?.indent === indent && isItem(lines[at]?.text ?? ''); skipBlank()) {
      const rest = (lines[at] as Line).text.slice(1);
      const content = rest.trimStart();
      if (content === '' || content[0] === '#') {
        at++;
        out.push(nested(indent, depth, true));
        continue;
      }
      // "- key: value": the item's content starts a node at the column after the dash.
      const column = indent + 1 + rest.length - content.length;
      lines[at] = { indent: column, text: content };
      out.push(block(column, depth + 1));
    }
    return out;
  };

  const mapping = (indent: number, depth: number): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (skipBlank(); lines[at]?.indent === indent && !isItem(lines[at]?.text ?? ''); skipBlank()) {
      const line = lines[at] as Line;
      const match = KEY.exec(line.text);
      if (!match) throw fail('expected "key: value"');
      const raw = match[1] ?? '';
      const key = /^["']/.test(raw) ? unquote(raw, at + 1) : raw.trim();
      const rest = line.text.slice(match[0].length).trim();
      let value: unknown;
      if (rest === '' || rest[0] === '#') {
        at++;
        value = nested(indent, depth, false);
      } else value = inline(rest, indent);
      // `__proto__` and `constructor` are keys like any other, never the object's prototype.
      Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    }
    return out;
  };

  /** The value under a key or dash that has none on its line: a more-indented block, or null. */
  const nested = (indent: number, depth: number, inSequence: boolean): unknown => {
    skipBlank();
    const next = lines[at];
    if (next && next.indent > indent) return block(next.indent, depth + 1);
    // A mapping's sequence may sit at the key's own indentation ("jobs:\n- title: …").
    return next && !inSequence && next.indent === indent && isItem(next.text)
      ? sequence(indent, depth + 1)
      : null;
  };

  /** A value that starts on the current line, owned by a node at `indent`. */
  const inline = (rest: string, indent: number): unknown => {
    if (UNSUPPORTED.test(rest)) throw fail('an anchor, alias, tag or complex key (not read)', 'unsupported');
    if (rest[0] === '|' || rest[0] === '>') return blockScalar(rest, indent);
    if (rest[0] === '"' || rest[0] === "'") return quoted(rest, indent);
    if (rest[0] === '[' || rest[0] === '{') return flow(stripComment(rest), ++at);
    // A plain scalar, continued on following lines indented more than its owner.
    let value = stripComment(rest);
    for (at++; at < lines.length; at++) {
      const line = lines[at] as Line;
      if (line.text === '') {
        // A blank line inside a plain scalar is a line break; trailing ones end it.
        const after = lines.slice(at).find((l) => l.text !== '');
        if (!after || after.indent <= indent) break;
        value += '\n';
      } else if (line.indent > indent && line.text[0] !== '#') {
        value += `${value.endsWith('\n') ? '' : ' '}${stripComment(line.text)}`;
      } else break;
    }
    return plainScalar(value);
  };

  const quoted = (rest: string, indent: number): string => {
    const startNo = at + 1;
    const pattern = rest[0] === '"' ? /^"(?:[^"\\]|\\.)*"/ : /^'(?:[^']|'')*'/;
    let text = rest;
    for (let match = pattern.exec(text); !match; match = pattern.exec(text)) {
      // The quote goes on: the next line joins it, the break folded to a space.
      const line = lines[++at];
      if (!line || (line.text !== '' && line.indent <= indent)) throw fail('an unclosed quote');
      text = `${text.trimEnd()} ${line.text}`;
    }
    const token = pattern.exec(text)?.[0] ?? '';
    if (stripComment(text.slice(token.length).trim()) !== '') throw fail('text after a quoted value');
    at++;
    return unquote(token, startNo);
  };

  /** `|` and `>` keep their lines (see the module comment); `-` strips the final break, `+` keeps all. */
  const blockScalar = (header: string, indent: number): string => {
    const match = /^[|>]([+-]?)\s*(?:#.*)?$/.exec(header);
    if (!match) throw fail('a block scalar indentation indicator (not read)', 'unsupported');
    let own = -1;
    const body: string[] = [];
    for (at++; at < lines.length; at++) {
      const line = lines[at] as Line;
      if (line.text !== '') {
        if (own < 0) own = line.indent > indent ? line.indent : Number.POSITIVE_INFINITY;
        if (line.indent < own) break;
      }
      body.push(line.text === '' ? '' : `${' '.repeat(line.indent - own)}${line.text}`);
    }
    // Trailing blank lines belong to the scalar only under "+".
    let end = body.length;
    while (end > 0 && body[end - 1] === '') end--;
    const kept = body.slice(0, end);
    const value = kept.join('\n');
    if (match[1] === '+') return value + '\n'.repeat(body.length - end + 1);
    return match[1] === '-' || kept.length === 0 ? value : `${value}\n`;
  };

  skipBlank();
  // A document marker opens the file; a second one would start another document.
  if (lines[at]?.indent === 0 && /^---(?:\s*(?:#.*)?)$/.test(lines[at]?.text ?? '')) {
    at++;
    skipBlank();
  }
  const first = lines[at];
  const value = first ? block(first.indent, 0) : null;
  skipBlank();
  const left = lines[at];
  if (left && !/^\.\.\.\s*$/.test(left.text)) {
    if (left.text.startsWith('---')) throw fail('a second document (not read)', 'unsupported');
    throw fail(`unexpected "${left.text.slice(0, 40)}" at indentation ${left.indent}`);
  }
  return value;
}

/** A line that opens a mapping inside a sequence item: "- title: …", "- name: …". */
const ITEM_WITH_KEY = /^- +[^\s#:'"][^:#]{0,60}:(?:\s|$)/;
const TOP_KEY = /^[^\s#:'"-][^:#]{0,60}:(?:\s|$)/;

/**
 * Whether a document reads as a YAML data file kept by a site: its first line (after comments
 * and a `---` marker) opens a mapping in a list ("- title: …") or a key over such a list, and
 * two or more list items open with a key. Cheap: the caller then reads it with `readYaml`.
 */
export function looksLikeYamlList(text: string): boolean {
  const head = text.slice(0, 65_536).split(/\r\n|\r|\n/, 400);
  const lines = head.filter((line) => line.trim() !== '' && !line.trimStart().startsWith('#'));
  const first = (lines[0] ?? '') === '---' ? lines[1] : lines[0];
  if (!first || !(ITEM_WITH_KEY.test(first) || TOP_KEY.test(first))) return false;
  let items = 0;
  for (const line of lines) {
    if (ITEM_WITH_KEY.test(line.trimStart()) && ++items >= 2) return true;
  }
  return false;
}
