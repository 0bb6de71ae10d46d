/**
 * The literal reader of source-data.ts: strings (quoted, triple-quoted, heredocs, prefixed,
 * adjacent ones joined), numbers, `None`/`nil`/`null`/`true`, Ruby symbols, maps (`{k: v}`,
 * `{'k': v}`, `['k' => v]`), lists and tuples, and calls whose arguments are literals, named
 * (`Job(title = …)`, `Job.create!(title: …)`) or not. A name used as a value is a `Ref`; anything
 * else is code, and the reader gives up on the literal (`NotData`).
 */

import { JOB_TYPE_NAME, PLAIN_TYPE_NAME } from './job-fields.ts';

/** Nesting read. */
export const MAX_DEPTH = 32;
/** Longest string literal read (a feed kept in a test is well under it). */
const MAX_STRING = 2_000_000;

/** The text is not data at this point: thrown as one object made once (no stack taken per throw). */
export class NotData extends Error {}
const NOT_DATA = new NotData();

/** A name used as a value (`company_one.id`, `R.drawable.python`): resolved to its binding if it has one. */
export class Ref {
  constructor(readonly path: string) {}
}

/** Calls that only build plain data: a map or a list, no type of their own. */
const PLAIN_MAKERS =
  /^(?:dict|list|tuple|set|frozenset|array|hash|Hash|OpenStruct|Struct|(?:mutable)?(?:List|Map|Set)Of|(?:array|hashMap|linkedMapOf|arrayList|sortedMap)Of|listOf|mapOf|setOf|arrayOf|List\.of|Map\.of|Set\.of|Arrays\.asList|ImmutableList\.of|ImmutableMap\.of|new|create|create!|build|insert|insert_many|bulk_create|objects\.create|insert_all|insertMany|seed)$/;

const WORDS: ReadonlyMap<string, unknown> = new Map<string, unknown>([
  ['None', null],
  ['nil', null],
  ['null', null],
  ['NULL', null],
  ['undefined', null],
  ['true', true],
  ['True', true],
  ['TRUE', true],
  ['false', false],
  ['False', false],
  ['FALSE', false],
]);

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0', b: '\b', f: '\f' };

/** A call's type name for the judgement above: `Job.create!` → Job, `models.Job` → Job, `dict` → ''. */
function typeOf(callee: string): string {
  const parts = callee.split(/\.|::|->/);
  const last = parts[parts.length - 1] ?? '';
  if (PLAIN_MAKERS.test(callee) || PLAIN_MAKERS.test(last)) {
    // `Job.create!(…)`, `Job::new(…)`: the receiver is the type.
    const receiver = parts.length > 1 ? (parts[parts.length - 2] ?? '') : '';
    return /^[A-Z]/.test(receiver) && !PLAIN_MAKERS.test(receiver) ? receiver : '';
  }
  return last;
}

export class SourceReader {
  pos: number;
  constructor(
    private readonly text: string,
    start: number,
    /** Records built by calls of a type that is no job (`User(…)`), with that type. */
    private readonly foreign: WeakMap<object, string> = new WeakMap(),
  ) {
    this.pos = start;
  }

  skip(): void {
    const t = this.text;
    for (;;) {
      const c = t[this.pos];
      if (c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\ufeff' || c === '\u00a0') this.pos++;
      else if (c === '\\' && (t[this.pos + 1] === '\n' || t[this.pos + 1] === '\r')) this.pos += 2;
      else if (c === '#' || (c === '/' && t[this.pos + 1] === '/')) {
        const end = t.indexOf('\n', this.pos);
        this.pos = end === -1 ? t.length : end + 1;
      } else if (c === '/' && t[this.pos + 1] === '*') {
        const end = t.indexOf('*/', this.pos + 2);
        if (end === -1) throw NOT_DATA;
        this.pos = end + 2;
      } else return;
    }
  }

  peek(): string {
    this.skip();
    if (this.pos >= this.text.length) throw NOT_DATA;
    return this.text[this.pos] as string;
  }

  value(depth: number): unknown {
    if (depth > MAX_DEPTH) throw NOT_DATA;
    const c = this.peek();
    if (c === '{') return this.members('}', depth);
    if (c === '[' || c === '(') return this.members(c === '[' ? ']' : ')', depth);
    if (c === '"' || c === "'" || c === '`') return this.strings();
    // What may start a value here: a quote's prefix, a digit or sign, a symbol, a name, a heredoc.
    if (!/[\w$@:<-]/.test(c)) throw NOT_DATA;
    const rest = this.text.slice(this.pos, this.pos + 60);
    if (rest.startsWith('<<')) return this.heredoc(rest);
    const prefixed = /^(?:[rRuUbBfF]{1,2}|@|\$)(?=["'])/.exec(rest);
    if (prefixed) {
      this.pos += prefixed[0].length;
      return this.strings();
    }
    const number =
      /^-?(?:0[xX][\da-fA-F]+|\d[\d_]*(?:\.\d[\d_]*)?(?:[eE][+-]?\d+)?)[LlFfDdMm]?(?![\w$])/.exec(rest);
    if (number) {
      this.pos += number[0].length;
      return Number(number[0].replace(/[_LlFfDdMm]/g, ''));
    }
    // A Ruby symbol (`:full_time`) is its name.
    const symbol = /^:([A-Za-z_]\w*)/.exec(rest);
    if (symbol) {
      this.pos += symbol[0].length;
      return symbol[1];
    }
    const name = /^(?:new\s+)?([A-Za-z_$@][\w$]*(?:(?:\.|::|->)[A-Za-z_$][\w$]*)*[!?]?)/.exec(rest);
    if (!name) throw NOT_DATA;
    const path = name[1] as string;
    this.pos += name[0].length;
    if (WORDS.has(path)) return WORDS.get(path);
    if (this.peekOr('') !== '(') return new Ref(path.replace(/^[@$]/, ''));
    const built = this.call(path, depth);
    // A method called on what a call built (`Company.find_by(name: "Acme").id`): a value not known.
    const chain = /^(?:\s*\.\s*[A-Za-z_]\w*[!?]?(?:\(\s*\))?)+/.exec(
      this.text.slice(this.pos, this.pos + 200),
    );
    if (chain === null) return built;
    this.pos += chain[0].length;
    return null;
  }

  private peekOr(fallback: string): string {
    this.skip();
    return this.text[this.pos] ?? fallback;
  }

  /** Adjacent strings (`'a' 'b'`, `"a" + "b"`) as one, a `.trimIndent()`-like call after them kept out. */
  private strings(): string {
    let out = this.string();
    for (;;) {
      const c = this.peekOr('');
      if (c === '"' || c === "'") out += this.string();
      else if (c === '+' && /^\+\s*["']/.test(this.text.slice(this.pos, this.pos + 80))) {
        this.pos++;
        this.skip();
        out += this.string();
      } else if (
        c === '.' &&
        /^\.(?:trimIndent|trimMargin|strip|trim|stripIndent|dedent)\(\)/.test(
          this.text.slice(this.pos, this.pos + 20),
        )
      ) {
        this.pos = this.text.indexOf(')', this.pos) + 1;
      } else return out;
    }
  }

  /** PHP's `<<<XML … XML;` and `<<<'XML'`, Ruby's `<<~XML … XML`: up to the line that is the tag. */
  private heredoc(rest: string): string {
    const open = /^<<(?:<[ \t]*(["']?)([A-Za-z_]\w*)\1|[~-]?(["']?)([A-Za-z_]\w*)\3)[^\n]*\n/.exec(
      rest.length < 60 ? rest : this.text.slice(this.pos, this.pos + 400),
    );
    if (!open) throw NOT_DATA;
    const tag = open[2] ?? open[4] ?? '';
    const from = this.pos + open[0].length;
    const close = new RegExp(`^[ \\t]*${tag}\\b`, 'm');
    close.lastIndex = 0;
    const found = close.exec(this.text.slice(from));
    if (!found) throw NOT_DATA;
    this.pos = from + found.index + found[0].length;
    return this.text.slice(from, from + found.index);
  }

  private string(): string {
    const t = this.text;
    const quote = t[this.pos] as string;
    const triple = t.startsWith(quote.repeat(3), this.pos);
    const close = triple ? quote.repeat(3) : quote;
    let i = this.pos + close.length;
    let out = '';
    for (;;) {
      const end = t.indexOf(close, i);
      if (end === -1) throw NOT_DATA;
      const slash = t.indexOf('\\', i);
      if (slash === -1 || slash > end) {
        const chunk = t.slice(i, end);
        // A quoted string spans lines in PHP and Ruby; past a long stretch it is no string.
        if (end - this.pos > MAX_STRING) throw NOT_DATA;
        this.pos = end + close.length;
        return out + chunk;
      }
      out += t.slice(i, slash);
      const e = t[slash + 1] ?? '';
      const unicode = e === 'u' ? /^[\da-fA-F]{4}/.exec(t.slice(slash + 2, slash + 6)) : null;
      if (unicode) {
        out += String.fromCharCode(Number.parseInt(unicode[0], 16));
        i = slash + 6;
      } else {
        out += ESCAPES[e] ?? (e === '\n' ? '' : e);
        i = slash + 2;
      }
    }
  }

  /**
   * The members of a map, list, tuple or argument list up to `end`: all `key sep value` (a map)
   * or all values (a list). Separators: `:` and `=>` (maps), `=` and `:` (named arguments), `to`.
   */
  members(end: string, depth: number, call = false): unknown {
    this.pos++;
    const map: Record<string, unknown> = {};
    const list: unknown[] = [];
    for (;;) {
      let c = this.peek();
      if (c === end) {
        this.pos++;
        break;
      }
      const at = this.pos;
      const key = /^(?:(["'])([^"'\n\\]{1,80})\1|:?([A-Za-z_$][\w$]*))\s*(=>|:(?!:)|=(?![=>])|\bto\b)/.exec(
        this.text.slice(at, at + 120),
      );
      // `{ name: … }` is a map in every language; `(name = …)` only in a call, `(a: 1)` not in Python.
      const named = key && (end !== ')' || call) && !(end === '}' && key[4] === '=');
      if (named) {
        this.pos = at + key[0].length;
        const value = this.value(depth + 1);
        Object.defineProperty(map, key[2] ?? key[3] ?? '', {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      } else list.push(this.value(depth + 1));
      c = this.peek();
      if (c === ',' || c === ';') this.pos++;
      else if (c !== end) throw NOT_DATA;
    }
    const keys = Object.keys(map).length;
    if (keys > 0 && list.length > 0) throw NOT_DATA;
    if (end === '}' && keys === 0 && list.length > 0) throw NOT_DATA;
    return keys > 0 ? map : list;
  }

  private call(callee: string, depth: number): unknown {
    const args = this.members(')', depth, true);
    const type = typeOf(callee);
    // A call given one list (`Job.create!([…])`, `Arrays.asList(…)` aside) is that list.
    const inner = Array.isArray(args) && args.length === 1 && Array.isArray(args[0]) ? args[0] : args;
    if (Array.isArray(inner) || inner === null || typeof inner !== 'object' || type === '') return inner;
    // Another type than a job's (`User(…)`, `Course(…)`): no job itself, though it may hold jobs.
    if (!JOB_TYPE_NAME.test(type) && !PLAIN_TYPE_NAME.test(type)) this.foreign.set(inner, type);
    return inner;
  }
}
