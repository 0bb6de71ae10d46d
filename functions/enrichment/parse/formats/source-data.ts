/**
 * Job records kept as literal data in the source code of languages other than JavaScript, as
 * scrapers' fixtures, database seeds and apps' dummy data keep them: Python dicts and lists
 * (`{'title': 'Python Developer', 'company': …}`, strings split over lines), Ruby hashes and calls
 * with keyword arguments (`Job.create!(title: "Web Developer", company_id: company_one.id)`), PHP
 * arrays (`['title' => …]`), and the constructor calls of Kotlin, Java, Scala, Swift, Dart or C#
 * (`Job(title = "Android Developer", company = "Google")`). The code is never run: a small reader
 * takes the literals (strings, numbers, `None`/`nil`/`null`/`true`, maps, lists, calls whose
 * arguments are literals) and gives up on one at the first piece of code in it.
 *
 * What a call builds is told by its name: a `Job(…)` or `Vacancy(…)` is a job, a `dict(…)` or
 * `mapOf(…)` is plain data, and any other type (`User(…)`, `Course(…)`, `WorkExperience(…)`) is no
 * job, though it may hold jobs (its lists are kept, its own fields are not). A reference to a
 * record bound earlier (`company_id: company_one.id`) is that record (`company: {name: …}`).
 */

import { MAX_DEPTH, NotData, Ref, SourceReader } from './source-literals.ts';

/** Literals tried, and characters read over all tries (a multiple of the text's length). */
const MAX_LITERALS = 4_000;
const MAX_WORK = 4;

/** Where a record of another type than a job's keeps its type: `{ …, "@source-type": "User" }`. */
const TYPE_KEY = '@source-type';

/** Source-code languages whose literals this reader takes, by file name. */
const SOURCE_FILE = /\.(?:py|pyw|rb|rake|kt|kts|java|scala|groovy|swift|dart|cs|go|ex|exs|php)$/i;
/** The first statement of such a file (comments aside): an import, a package, a definition, an assignment. */
const SOURCE_START =
  /^(?:#!.*\n|#.*\n|\s)*(?:from\s+[\w.]+\s+import\s|import\s+[\w.]+\s*(?:\n|$|as\s)|package\s+[\w.]+\s*;?\s*\n|require(?:_relative)?\s*\(?\s*["']|(?:def|class|module|fun|object|val|var|data\s+class)\s+[A-Za-z_]|using\s+[\w.]+\s*;|[A-Za-z_][\w.]*\s*=\s*[[{(]|[A-Z]\w*(?:\.|::)\w+!?\s*\(|FactoryBot|FactoryGirl)/;

/** Whether a file's name says it is source code of a language this reader takes. */
export function isSourceFileName(name?: string | null): boolean {
  return !!name && SOURCE_FILE.test(name);
}

/** Whether a document is source code of a language this reader takes (file name, else its first statement). */
export function looksLikeSource(text: string, name?: string | null): boolean {
  if (isSourceFileName(name)) return true;
  // A JavaScript or TypeScript file is read by the module reader (script-data.ts).
  if (name && /\.(?:[cm]?[jt]sx?|vue|svelte)$/i.test(name)) return false;
  return SOURCE_START.test(text.slice(0, 4_096).replace(/^\ufeff/, ''));
}

/** The name a literal at `at` is bound to (`jobs =`, `val jobs: List<Job> =`, `$jobs =`), else null. */
function bindingName(text: string, at: number): string | null {
  const before = text.slice(Math.max(0, at - 200), at);
  return (
    /([A-Za-z_$@][\w$.]*)\s*(?::[^=\n]{1,120})?(?<![=!<>])=\s*$/.exec(before)?.[1]?.replace(/^[@$]/, '') ??
    null
  );
}

/** The literals a literal start may open: a map, a list, or a call of a named thing. */
const START = /[{[]|[A-Za-z_$][\w$.:]*!?\s*\(/y;

/**
 * The literal data of a source file: bound literals by their name, and the records built by calls
 * of one type gathered under it (`Job.create!` ×10 → `"Job.create!": [10 records]`). Null when
 * it holds none.
 */
export function readSourceData(text: string): Record<string, unknown> | null {
  const bound = new Map<string, unknown>();
  const foreign = new WeakMap<object, string>();
  const out: Record<string, unknown> = {};
  let found = 0;
  let tries = 0;
  let work = 0;
  let i = 0;
  const n = text.length;
  while (i < n && tries < MAX_LITERALS && work <= MAX_WORK * n) {
    const c = text[i] as string;
    const quote =
      c === '"' ||
      c === "'" ||
      c === '`' ||
      (c === '<' && /^<<(?:<\s*["']?|[~-])[A-Za-z_]/.test(text.slice(i, i + 12)));
    if (quote || c === '#' || (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*'))) {
      // Past a string or a comment, as the reader would read it; a document written into a
      // string (a feed, a page) is kept.
      const reader = new SourceReader(text, i);
      try {
        if (!quote) reader.skip();
        else {
          const value = reader.value(0);
          if (embeddedDocument(value) !== null) {
            out[bindingName(text, i) ?? `string@${i}`] = value;
            found++;
          }
        }
      } catch {
        reader.pos = i + 1;
      }
      i = Math.max(i + 1, reader.pos);
      continue;
    }
    START.lastIndex = i;
    if (!START.test(text) || (i > 0 && /[\w$.]/.test(text[i - 1] ?? ''))) {
      i++;
      continue;
    }
    tries++;
    const reader = new SourceReader(text, i, foreign);
    try {
      const value = reader.value(0);
      work += reader.pos - i;
      const name = bindingName(text, i);
      if (name !== null) bound.set(name, value);
      const callee = /^([A-Za-z_$][\w$.:]*!?)\s*\(/.exec(text.slice(i, i + 200))?.[1];
      const key = name ?? (callee ? callee : `literal@${i}`);
      if (callee && Array.isArray(out[callee])) (out[callee] as unknown[]).push(value);
      else if (callee && value !== null && typeof value === 'object' && !Array.isArray(value))
        out[callee] = [value];
      else out[key] = value;
      found++;
      i = reader.pos;
    } catch (error) {
      if (!(error instanceof NotData)) throw error;
      work += Math.max(1, reader.pos - i);
      i++;
    }
  }
  const dumped = text.includes('] => ') ? dumpRecords(text) : [];
  if (dumped.length > 0) {
    out.print_r = dumped;
    found++;
  }
  if (found === 0) return null;
  for (const [name, value] of Object.entries(out)) {
    const rows = namedRows(text, name, value);
    if (rows) out[name] = rows;
  }
  return resolve(out, { bound, foreign }, 0) as Record<string, unknown>;
}

/** A line of PHP's print_r dump: `    [job_title] => Junior Developer`. */
const DUMP_LINE = /^([ \t]*)\[([^\]\n]{1,80})\] => ?(.*)$/gm;

/**
 * The records of a print_r dump kept in a comment or a log (`[job_title] => Junior Developer`
 * over `[location] => Hemel Hempstead`): the lines of one indentation that run together, one
 * record each (a nested object's fields are its own record), their one-line values kept.
 */
function dumpRecords(text: string): Record<string, string>[] {
  const records: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  let indent = -1;
  for (const m of text.matchAll(DUMP_LINE)) {
    const own = (m[1] ?? '').length;
    // A new record where the indentation changes: a nested object's fields, or the next item's.
    if (current === null || own !== indent) {
      if (current && Object.keys(current).length >= 3) records.push(current);
      current = {};
      indent = own;
    }
    const value = (m[3] ?? '').trim();
    if (value !== '' && !/\b(?:Object|Array)$/.test(value)) current[m[2] ?? ''] = value;
    if (records.length >= 500) break;
  }
  if (current && Object.keys(current).length >= 3) records.push(current);
  return records;
}

/** Fields a row of a list of tuples may have. */
const MAX_TUPLE = 12;

/**
 * A list of tuples (`[['iOS developer', 3500, 'Austin'], …]`) as records, named by the loop that
 * takes them apart (`job_list.each do |title, salary, city|`, `for title, salary, city in jobs:`),
 * else null.
 */
function namedRows(text: string, name: string, value: unknown): Record<string, unknown>[] | null {
  if (!Array.isArray(value) || value.length < 2 || !/^[A-Za-z_]\w*$/.test(name)) return null;
  const width = Array.isArray(value[0]) ? value[0].length : 0;
  if (width < 2 || width > MAX_TUPLE) return null;
  const tuples = value.every(
    (row) =>
      Array.isArray(row) && row.length === width && row.every((x) => x === null || typeof x !== 'object'),
  );
  if (!tuples) return null;
  const loop =
    new RegExp(
      `\\b${name}\\s*\\.\\s*(?:each|forEach|map|each_with_index)\\b[^|\\n]{0,20}\\|\\s*\\(?([\\w\\s,]{1,300}?)\\)?\\s*\\|`,
    ).exec(text) ??
    new RegExp(`\\bfor\\s*\\(?\\s*\\(?([\\w\\s,]{1,300}?)\\)?\\s+in\\s+${name}\\b`).exec(text);
  const names = loop?.[1]?.split(',').map((n) => n.trim()) ?? [];
  if (names.length !== width || names.some((n) => !/^[A-Za-z_]\w*$/.test(n))) return null;
  return value.map((row) => Object.fromEntries(names.map((n, i) => [n, (row as unknown[])[i]])));
}

interface Scope {
  readonly bound: ReadonlyMap<string, unknown>;
  readonly foreign: WeakMap<object, string>;
}

/**
 * References replaced by what they name (a record bound earlier), `company_id` becoming
 * `company`; a record of another type than a job's kept as its lists and maps only.
 */
function resolve(value: unknown, scope: Scope, depth: number): unknown {
  if (depth > MAX_DEPTH) return null;
  const { bound } = scope;
  if (value instanceof Ref) {
    const target = bound.get(value.path.replace(/\.(?:id|name|uuid|pk)$/, ''));
    return target !== undefined && typeof target === 'object' && !(target instanceof Ref)
      ? named(target)
      : null;
  }
  if (Array.isArray(value)) return value.map((v) => resolve(v, scope, depth + 1));
  if (value === null || typeof value !== 'object') return value;
  const type = scope.foreign.get(value);
  const out: Record<string, unknown> = type === undefined ? {} : { [TYPE_KEY]: type };
  for (const [k, v] of Object.entries(value)) {
    if (type !== undefined && (v === null || typeof v !== 'object' || v instanceof Ref)) continue;
    const r = resolve(v, scope, depth + 1);
    const key = v instanceof Ref && r !== null ? k.replace(/_?id$/i, '') || k : k;
    Object.defineProperty(out, key, { value: r, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** A record referred to is named by its name field (`Company.create!(name: "AwesomeCo", …)` → "AwesomeCo"). */
function named(target: unknown): unknown {
  if (Array.isArray(target) || target === null || typeof target !== 'object') return null;
  const record = target as Record<string, unknown>;
  const name = record.name ?? record.title ?? record.company_name ?? record.companyName;
  return typeof name === 'string' ? name : null;
}

/** Shortest string taken for a document written into code (a feed or a page kept as a test's input). */
const MIN_EMBEDDED = 200;

/**
 * A whole document written into a string of the data (a test's RSS feed in a Kotlin string, job
 * cards' HTML in a template literal): the longest string that opens with markup and closes two
 * elements or more, else null.
 */
export function embeddedDocument(data: unknown, depth = 0): string | null {
  if (depth > 6) return null;
  if (typeof data === 'string') {
    const t = data.trim();
    if (t.length < MIN_EMBEDDED || t[0] !== '<') return null;
    const closes = t.match(/<\/[A-Za-z][\w:-]*\s*>/g)?.length ?? 0;
    return closes >= 2 ? t : null;
  }
  if (data === null || typeof data !== 'object') return null;
  let best: string | null = null;
  for (const v of Object.values(data).slice(0, 200)) {
    const found = embeddedDocument(v, depth + 1);
    if (found !== null && (best === null || found.length > best.length)) best = found;
  }
  return best;
}
