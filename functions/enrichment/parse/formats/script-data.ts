/**
 * Job records written as a JavaScript or TypeScript data module (`export const jobs: Job[] = [{
 * title: "…", url: "…" }, …]`, `module.exports = […]`, `export default […]`), as scrapers and
 * static sites keep them. The module is never run: a small reader takes only the literal data
 * after `=` or `export default` (objects, arrays, strings, numbers, `true`/`false`/`null`,
 * comments, unquoted keys, trailing commas, template strings without `${}`) and gives up on a
 * literal at the first piece of code in it (a call, a spread, a function, a variable), so a
 * module whose list is built by code gives no data. A module cut off part-way keeps every record
 * complete before the cut, as a cut JSON document does.
 *
 * (`json5` 2.2.3 would read the literals but not find them in a module, and bundled it is 27.2 KiB
 * minified (esbuild --bundle --minify): the document function, 470.5 KiB with this reader
 * (`npm run bench -- bundle`), would sit at the 500 KiB bar.)
 */

import { asRecord } from '../../fields.ts';
import type { RawPosting } from '../../types.ts';
import { NotAPostingError } from '../../types.ts';
import { findJobList, parseJsonJobs } from './json-jobs.ts';
import type { ParseContext } from './posting.ts';

/** A literal that is code, not data: the reader stops at it. */
class NotData extends Error {}
/** The text ended inside the literal. */
class Cut extends Error {}

/** Deepest nesting read (job data nests a few levels). */
const MAX_DEPTH = 64;
/** Literals tried in one module, and characters read over all tries (a multiple of its length). */
const MAX_LITERALS = 64;
const MAX_WORK = 4;

/** Whether a document is a JavaScript or TypeScript module (its first statement, comments aside). */
export function looksLikeScriptModule(text: string): boolean {
  const head = text
    .slice(0, 65_536)
    .replace(/^\ufeff/, '')
    .replace(/^#![^\n]*\n/, '')
    .replace(/^(?:\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*/, '');
  return /^(?:export\s+(?:default\b|const\b|let\b|var\b|type\b|interface\b|function\b|async\b|\{|\*)|import\s+[\w${*"']|module\.exports\s*=|exports\.[\w$]+\s*=|(?:const|let|var)\s+[\w$]+\s*(?::[^=\n]{1,200})?=|["']use [a-z]+(?: [a-z]+)?["'];?|(?:type|interface)\s+[\w$]+)/.test(
    head,
  );
}

export interface ScriptData {
  /** The literals found, by the name they are bound to (`jobs`, `default`, `module.exports`). */
  readonly value: Record<string, unknown>;
  /** Set when the last literal broke off at the end of the text: what was kept. */
  readonly truncated?: string;
}

/** Sets an own property, whatever its name (`__proto__` is a key like any other, as in JSON.parse). */
function put(record: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

const LITERAL_WORDS: ReadonlyMap<string, unknown> = new Map<string, unknown>([
  ['true', true],
  ['false', false],
  ['null', null],
  ['undefined', null],
  // A Python module's literals.
  ['True', true],
  ['False', false],
  ['None', null],
]);

class LiteralReader {
  pos: number;
  /** Records of lists that the cut left unfinished, dropped. */
  dropped = 0;
  constructor(
    private readonly text: string,
    start: number,
  ) {
    this.pos = start;
  }

  private skip(): void {
    const t = this.text;
    for (;;) {
      const c = t.charCodeAt(this.pos);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xfeff || c === 0xa0) this.pos++;
      else if (c === 0x2f && t.charCodeAt(this.pos + 1) === 0x2f) {
        const end = t.indexOf('\n', this.pos);
        this.pos = end === -1 ? t.length : end + 1;
      } else if (c === 0x2f && t.charCodeAt(this.pos + 1) === 0x2a) {
        const end = t.indexOf('*/', this.pos + 2);
        if (end === -1) throw new Cut();
        this.pos = end + 2;
      } else return;
    }
  }

  private peek(): string {
    this.skip();
    if (this.pos >= this.text.length) throw new Cut();
    return this.text[this.pos] as string;
  }

  value(depth: number): unknown {
    if (depth > MAX_DEPTH) throw new NotData();
    const c = this.peek();
    if (c === '{') return this.object(depth);
    if (c === '[') return this.array(depth);
    if (c === '"' || c === "'" || c === '`') return this.string(c);
    const rest = this.text.slice(this.pos, this.pos + 40);
    const number = /^[+-]?(?:0[xX][\da-fA-F]+|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d+)?)/.exec(rest);
    if (number) {
      const end = this.pos + number[0].length;
      if (end >= this.text.length) throw new Cut();
      if (/[\w$]/.test(this.text[end] ?? '')) throw new NotData();
      this.pos = end;
      return Number(number[0].replace(/_/g, ''));
    }
    const word = /^[A-Za-z_$][\w$]*/.exec(rest)?.[0];
    if (word !== undefined) {
      if (this.pos + word.length >= this.text.length) throw new Cut();
      const next = this.text.slice(this.pos + word.length).trimStart()[0];
      if (LITERAL_WORDS.has(word) && next !== '.' && next !== '(') {
        this.pos += word.length;
        return LITERAL_WORDS.get(word);
      }
    }
    throw new NotData();
  }

  private object(depth: number): Record<string, unknown> {
    this.pos++;
    const out: Record<string, unknown> = {};
    try {
      for (;;) {
        let c = this.peek();
        if (c === '}') {
          this.pos++;
          return out;
        }
        const member = this.pos;
        try {
          const key = this.key();
          if (this.peek() !== ':') throw new NotData();
          this.pos++;
          const first = this.peek();
          try {
            put(out, key, this.value(depth + 1));
          } catch (error) {
            // A container the cut left open is kept with its complete part (the skeleton that holds them).
            if (error instanceof Cut && (first === '{' || first === '[')) put(out, key, this.partial);
            throw error;
          }
        } catch (error) {
          // A member that is a function (a method, `f: function…`, `f: (…) =>`) is passed over:
          // the object's other members are still its data (`new Vue({ data: { jobs: […] },
          // methods: { star() {…} } })`). Any other code (a variable, a call, a spread) still makes
          // the literal code: a list of `{ icon: Zap, title: "…" }` cards is a component's.
          // Within a list every record stays all data or none (`{ title, apply: () => go() }` is code).
          if (
            !(error instanceof NotData) ||
            this.lists > 0 ||
            !FUNCTION_MEMBER.test(this.text.slice(member, member + 300))
          )
            throw error;
          this.pos = pastCode(this.text, member);
          this.skipped++;
        }
        c = this.peek();
        if (c === ',') this.pos++;
        else if (c !== '}') throw new NotData();
      }
    } catch (error) {
      if (error instanceof Cut) this.partial = out;
      throw error;
    }
  }

  /** The container being read when the text ended (its complete part), for its parent to keep. */
  partial: unknown = undefined;

  /** Members passed over as code: the literals inside them are still looked for. */
  skipped = 0;
  /** Lists open around the reader's position: inside one, no member is passed over. */
  private lists = 0;

  private array(depth: number): unknown[] {
    this.pos++;
    const out: unknown[] = [];
    this.lists++;
    try {
      for (;;) {
        let c = this.peek();
        if (c === ']') {
          this.pos++;
          return out;
        }
        if (c === ',') throw new NotData();
        const container = c === '{' || c === '[';
        try {
          out.push(this.value(depth + 1));
        } catch (error) {
          // An element the cut left unfinished is dropped; the list keeps what came before.
          if (error instanceof Cut && container) this.dropped++;
          throw error;
        }
        c = this.peek();
        if (c === ',') this.pos++;
        else if (c !== ']') throw new NotData();
      }
    } catch (error) {
      if (error instanceof Cut) this.partial = out;
      throw error;
    } finally {
      this.lists--;
    }
  }

  private key(): string {
    const c = this.peek();
    if (c === '"' || c === "'") return this.string(c);
    const rest = this.text.slice(this.pos, this.pos + 256);
    const word = /^(?:[A-Za-z_$][\w$]*|\d+)/.exec(rest)?.[0];
    if (word === undefined) throw new NotData();
    this.pos += word.length;
    return word;
  }

  private string(quote: string): string {
    const t = this.text;
    let out = '';
    let i = this.pos + 1;
    // Where the next quote, backslash and `${` are, each found again only once passed: one pass.
    let next = -2;
    let slash = -2;
    let dollar = -2;
    for (;;) {
      if (next < i) next = t.indexOf(quote, i);
      if (slash !== -1 && slash < i) slash = t.indexOf('\\', i);
      if (quote === '`' && dollar !== -1 && dollar < i) dollar = t.indexOf('${', i);
      if (next === -1) throw new Cut();
      if (quote === '`' && dollar !== -1 && dollar < next && (slash === -1 || dollar < slash))
        throw new NotData();
      if (slash === -1 || next < slash) {
        const chunk = t.slice(i, next);
        if (quote !== '`' && chunk.includes('\n')) throw new NotData();
        this.pos = next + 1;
        return out + chunk;
      }
      out += t.slice(i, slash);
      const [text, length] = unescapeAt(t, slash);
      out += text;
      i = slash + length;
    }
  }
}

const SIMPLE_ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  b: '\b',
  f: '\f',
  v: '\v',
  0: '\0',
};

/** The character an escape at `at` (a backslash) stands for, and the escape's length. */
function unescapeAt(text: string, at: number): [string, number] {
  const c = text[at + 1];
  if (c === undefined) throw new Cut();
  if (Object.hasOwn(SIMPLE_ESCAPES, c) && !(c === '0' && /\d/.test(text[at + 2] ?? '')))
    return [SIMPLE_ESCAPES[c] ?? '', 2];
  if (c === '\r') return ['', text[at + 2] === '\n' ? 3 : 2];
  if (c === '\n' || c === '\u2028' || c === '\u2029') return ['', 2];
  const hex = (digits: string) => {
    const code = Number.parseInt(digits, 16);
    if (!/^[\da-fA-F]+$/.test(digits) || code > 0x10ffff) throw new NotData();
    return String.fromCodePoint(code);
  };
  if (c === 'x') return [hex(text.slice(at + 2, at + 4)), 4];
  if (c === 'u') {
    if (text[at + 2] === '{') {
      const end = text.indexOf('}', at + 3);
      if (end === -1 || end - at > 10) throw new NotData();
      return [hex(text.slice(at + 3, end)), end - at + 1];
    }
    return [hex(text.slice(at + 2, at + 6)), 6];
  }
  return [c, 2];
}

/**
 * The name a literal at `at` is bound to: `const jobs: Job[] =` → jobs, `export default` →
 * default, `module.exports =` → module.exports; else where it starts.
 */
function bindingName(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 300), at);
  const named = /([\w$.]+)\s*(?::[^=;{}]{0,200})?=\s*$/.exec(before)?.[1];
  if (named) return named;
  if (/\breturn\s*$/.test(before)) return `return@${at}`;
  return /export\s+default\s*$/.test(before) ? 'default' : `literal@${at}`;
}

/** An object member that is a function: a method (`star(id) {`), `f: function`, `f: (…) =>`, `f: x =>`. */
const FUNCTION_MEMBER =
  /^(?:(?:async|get|set)\s+)?\*?(?:[\w$]+|"[^"\n]*"|'[^'\n]*')\s*(?:\(|:\s*(?:async\s+)?(?:function\b|\([^()]*\)\s*(?::[^=]{1,80})?=>|[\w$]+\s*=>))/;

/**
 * Where a piece of code that starts at `at` inside an object ends: the `,` or `}` that closes it
 * at its own nesting, strings, templates and comments passed over whole. One pass.
 * @throws Cut when the text ends first.
 */
function pastCode(text: string, at: number): number {
  let depth = 0;
  let i = at;
  const n = text.length;
  while (i < n) {
    const past = pastQuotedOrComment(text, i, false);
    if (past !== -1) {
      i = past;
      continue;
    }
    const c = text[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) return i;
      depth--;
    } else if (c === ',' && depth === 0) return i;
    i++;
  }
  throw new Cut();
}

/**
 * Where a string, template or comment that starts at `i` ends (past its closing quote, escapes
 * skipped, or past the comment), else -1. With `lineStrings`, a quoted string also ends at its line.
 */
function pastQuotedOrComment(text: string, i: number, lineStrings: boolean): number {
  const c = text[i];
  const n = text.length;
  if (c === '"' || c === "'" || c === '`') {
    let j = i + 1;
    while (j < n && text[j] !== c && !(lineStrings && c !== '`' && text[j] === '\n'))
      j += text[j] === '\\' ? 2 : 1;
    return j + 1;
  }
  if (c !== '/') return -1;
  if (text[i + 1] === '/') {
    const end = text.indexOf('\n', i);
    return end === -1 ? n : end + 1;
  }
  if (text[i + 1] === '*') {
    const end = text.indexOf('*/', i + 2);
    return end === -1 ? n : end + 2;
  }
  return -1;
}

/** The first position at or after `at` that is not blank or a comment. */
function pastBlanks(text: string, at: number): number {
  let i = at;
  for (;;) {
    const c = text[i];
    if (c === ' ' || c === '\n' || c === '\r' || c === '\t') i++;
    else if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      if (end === -1) return text.length;
      i = end + 1;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end === -1) return text.length;
      i = end + 2;
    } else return i;
  }
}

/** Where literals may start: after `=` (not `==`, `=>`, `<=`…) or `export default`, skipping strings and comments. */
function* literalStarts(text: string): Generator<number> {
  const n = text.length;
  let i = 0;
  while (i < n) {
    // Past a string (a quote's string ends at its line; a template is taken whole) or a comment.
    const past = pastQuotedOrComment(text, i, true);
    if (past !== -1) {
      i = past;
      continue;
    }
    const c = text[i];
    let after = -1;
    if (
      c === '=' &&
      !'=!<>+-*/%&|^?'.includes(text[i - 1] ?? ' ') &&
      text[i + 1] !== '=' &&
      text[i + 1] !== '>'
    ) {
      after = i + 1;
    } else if (c === 'e' && text.startsWith('export', i) && !/[\w$]/.test(text[i - 1] ?? ' ')) {
      const match = /^export\s+default\s*/.exec(text.slice(i, i + 40));
      if (match) after = i + match[0].length;
    } else if (c === '(' && /\bnew\s+[\w$.]+\s*$/.test(text.slice(Math.max(0, i - 60), i))) {
      // A constructor given its options as a literal (Vue 2's `new Vue({ el, data: { jobs: […] } })`).
      after = i + 1;
    } else if (c === 'r' && text.startsWith('return', i) && !/[\w$.]/.test(text[i - 1] ?? ' ')) {
      // A function that returns its data (a Vue component's `data() { return { jobs: […] } }`).
      if (!/[\w$]/.test(text[i + 6] ?? ' ')) after = i + 6;
    }
    if (after !== -1) {
      const start = pastBlanks(text, after);
      if (text[start] === '[' || text[start] === '{') {
        const end: number = yield start;
        i = end > i ? end : i + 1;
        continue;
      }
    }
    i++;
  }
}

/**
 * The literal data of a JavaScript or TypeScript module, by binding name, or null when it holds
 * none (everything after `=` is code).
 */
export function readScriptData(text: string): ScriptData | null {
  const value: Record<string, unknown> = {};
  let found = 0;
  let tries = 0;
  let work = 0;
  let truncated: string | undefined;
  const starts = literalStarts(text);
  let next = starts.next();
  while (!next.done && tries < MAX_LITERALS && work <= MAX_WORK * text.length) {
    const start = next.value;
    tries++;
    const reader = new LiteralReader(text, start);
    let end = start + 1;
    try {
      put(value, bindingName(text, start), reader.value(0));
      found++;
      // A literal with code passed over may hold more literals in that code (`data() { return {…} }`).
      end = reader.skipped > 0 ? start + 1 : reader.pos;
    } catch (error) {
      if (error instanceof Cut) {
        const kept = reader.partial;
        if (kept !== undefined) {
          put(value, bindingName(text, start), kept);
          found++;
          truncated = `the module of ${text.length} characters breaks off inside a literal; every record complete before the break is kept, ${reader.dropped} unfinished record${reader.dropped === 1 ? '' : 's'} dropped`;
        }
        break;
      }
      if (!(error instanceof NotData)) throw error;
    }
    work += Math.max(1, reader.pos - start);
    next = starts.next(end);
  }
  if (found === 0) return null;
  return truncated ? { value, truncated } : { value };
}

/**
 * Postings from a module's literal data (see `readScriptData`), read as a JSON list of jobs.
 * @throws NotAPostingError for a module with no literal list of jobs: its data is built by code
 * (imports, spreads, functions), which is never run, or its literals are something else.
 */
export function parseModuleJobs(data: unknown, ctx: ParseContext): RawPosting[] {
  if (data === null || data === undefined || findJobList(data) === null) {
    const names = Object.keys(asRecord(data) ?? {})
      .slice(0, 6)
      .map((name) => name.slice(0, 40));
    throw new NotAPostingError(
      names.length === 0
        ? 'not-a-posting: a JavaScript/TypeScript module with no literal data (what it holds is built by code: imports, spreads, functions; code is never run)'
        : `not-a-posting: a JavaScript/TypeScript module whose literal data (${names.join(', ')}) holds no list of jobs`,
    );
  }
  return parseJsonJobs(data, ctx);
}
