/**
 * A reader of the YAML that static-site job boards keep their data in (Jekyll `_data/jobs.yml`,
 * Hugo `data/jobs.yaml`): block sequences and block mappings nested by indentation, plain,
 * single- and double-quoted scalars (continued on more-indented lines), literal `|` and folded
 * `>` block scalars (a folded one keeps its line breaks: the job reader takes them as spaces), `#` comments, flow sequences of scalars (`[Java, Scala]`) and the empty
 * `[]` and `{}`. Anchors, aliases, tags, complex keys, flow mappings with entries and several
 * documents in one file are refused with a `YamlError` that names the line: a job board's data
 * file uses none of them.
 *
 * Why not a library: `yaml` 2.9.1 (112.6 KiB minified) and `js-yaml` 5.5.0 (45.4 KiB; 4.1.0 was
 * 38.6) do not fit in the document function's bundle (460.6 KiB with this reader, against a
 * 500 KiB bar, `npm run bench -- bundle`), and the document function must read the file itself. Scalars stay strings (a date, a number, "yes" are text to the job
 * reader), except `null`/`~`/empty, which are null.
 */
import { DocumentError } from '../../types.ts';

/** YAML this reader does not read, or that is not YAML at all; the message names the line. */
export class YamlError extends DocumentError {
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

const KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"{}[\]&*!|>%@`,-][^#]*?)\s*:(?=\s|$)/;
const UNSUPPORTED = /^(?:[&*!?%]|<<)/;

const isBlank = (line: Line) => line.text === '' || line.text[0] === '#';
const isItem = (text: string) => text === '-' || text.startsWith('- ');

/** A value's text with its trailing ` # comment` removed (outside quotes). */
function stripComment(text: string): string {
  const at = text[0] === '#' ? 0 : text.search(/\s#/);
  return (at < 0 ? text : text.slice(0, at)).trimEnd();
}

/** A plain scalar: null for `~`, `null` and nothing, else its text (a date, a number, "true" stay text). */
function plainScalar(text: string): string | null {
  return /^(?:~|null|)$/i.test(text) ? null : text;
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

/** A flow list of plain scalars (`[a, b c]`, `[]`) or `{}`; any other flow value is kept as written. */
function flow(text: string): unknown {
  if (text === '{}') return {};
  const inner = text.slice(1, -1);
  if (text[0] !== '[' || !text.endsWith(']') || /["'[\]{}]/.test(inner)) return text;
  return inner.trim() === '' ? [] : inner.split(',').map((item) => plainScalar(item.trim()));
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
    .map((line) => {
      // Spaces indent (a tab in the indentation is text, so such a file reads as no YAML list).
      const rest = line.replace(/^ +/, '');
      return { indent: line.length - rest.length, text: rest.trimEnd() };
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
    // No prototype: `__proto__` and `constructor` are keys like any other.
    const out: Record<string, unknown> = Object.create(null);
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
      out[key] = value;
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
    if (UNSUPPORTED.test(rest)) throw fail('anchors, aliases, tags (not read)', 'unsupported');
    if (rest[0] === '|' || rest[0] === '>') return blockScalar(rest, indent);
    if (rest[0] === '"' || rest[0] === "'") return quoted(rest);
    if (rest[0] === '[' || rest[0] === '{') {
      at++;
      return flow(stripComment(rest));
    }
    // A plain scalar, continued on following lines indented more than its owner.
    let value = stripComment(rest);
    for (at++; at < lines.length; at++) {
      const line = lines[at] as Line;
      if (line.text === '') {
        // Blank lines inside a plain scalar are line breaks; trailing ones end it.
        let next = at;
        while (lines[next]?.text === '') next++;
        if ((lines[next]?.indent ?? -1) <= indent) break;
        value += '\n'.repeat(next - at);
        at = next - 1;
      } else if (line.indent > indent && line.text[0] !== '#') {
        value += `${value.endsWith('\n') ? '' : ' '}${stripComment(line.text)}`;
      } else break;
    }
    return plainScalar(value);
  };

  const quoted = (rest: string): string => {
    const startNo = at + 1;
    const pattern = rest[0] === '"' ? /^"(?:[^"\\]|\\.)*"/ : /^'(?:[^']|'')*'/;
    let text = rest;
    for (let match = pattern.exec(text); !match; match = pattern.exec(text)) {
      // The quote goes on: the next line joins it, the break folded to a space; the quote, not
      // the indentation, closes it, so a line less indented than its key still belongs to it (as
      // PyYAML reads it). (A value is a few lines: the bound keeps an unclosed quote from costing
      // a scan per line.)
      const line = lines[++at];
      if (!line || at > startNo + 200) throw fail('an unclosed quote');
      text = `${text.trimEnd()} ${line.text}`;
    }
    const token = pattern.exec(text)?.[0] ?? '';
    if (stripComment(text.slice(token.length).trim()) !== '') throw fail('text after a quoted value');
    at++;
    return unquote(token, startNo);
  };

  /** `|` and `>` keep their lines (see the module comment); `-` strips the final break. */
  const blockScalar = (header: string, indent: number): string => {
    if (!/^[|>][+-]?\s*(?:#.*)?$/.test(header)) throw fail('a block scalar header (not read)', 'unsupported');
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
    // Trailing blank lines are dropped ("+" keeping them is not kept: a job reader trims them).
    const value = body.join('\n').trimEnd();
    return header[1] === '-' || value === '' ? value : `${value}\n`;
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
  if (left) {
    if (left.text.startsWith('---')) throw fail('a second document (not read)', 'unsupported');
    throw fail('unexpected text');
  }
  return value;
}

/**
 * Whether a document reads as a YAML data file kept by a site: its first line (after blank and
 * comment lines and a `---` marker) is a key ("title: …", "jobs:") or opens a mapping in a list
 * ("- title: …"), and two or more list items open with a key. Cheap: the caller then reads it
 * with `readYaml`.
 */
export function looksLikeYamlList(text: string): boolean {
  const head = text.slice(0, 65_536);
  // A key never starts with an indicator: "**Department**: Engineering" and "- **Design**: ..."
  // are a Markdown posting's bold labels, not YAML (an alias would start with "*").
  return (
    /^(?:[ \t]*(?:#.*)?\n|---[ \t]*\n)*(?: *- +)?[^\s#:'"*&!%@`|>{}[\]-][^:#\n]{0,60}:(?:\s|$)/.test(head) &&
    (head.match(/^ *- +[^\s#:'"*&!%@`|>{}[\]][^:#\n]{0,60}:(?:\s|$)/gm)?.length ?? 0) >= 2
  );
}
