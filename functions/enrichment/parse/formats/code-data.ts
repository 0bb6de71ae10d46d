/**
 * Job records kept as data in code that is not JavaScript: a SQL seed (`INSERT INTO jobs (title,
 * company, …) VALUES (…), (…)`), a Python module (`job_offers = [{'title': …, 'company': …}]`)
 * and a PHP file that returns or assigns arrays (`return [['title' => …, 'company' => …]]`). A
 * person reads each row or entry as one job with its own fields, the company among them. The
 * data is read as literals, never run; what the module reader (`script-data.ts`) reads for
 * JavaScript is read here after the PHP arrays are written as JavaScript ones. Each reader is
 * gated by how the file opens, so other documents pay one short test.
 */
import { readScriptData } from './script-data.ts';

/** Rows read from one file at most. */
const MAX_ROWS = 5_000;

/** A SQL script that inserts rows: comments and schema statements may come first. */
const SQL_HEAD =
  /^(?:\s|--[^\n]*\n|\/\*[\s\S]*?\*\/)*(?:(?:CREATE|DROP|ALTER|USE|SET|BEGIN|DELETE|TRUNCATE|SELECT|INSERT)\b)/i;
/** One INSERT statement's head: the table and its column list. */
const INSERT = /\bINSERT\s+(?:IGNORE\s+)?INTO\s+([`"[\]\w.]+)\s*\(([^()]{1,2000})\)\s*VALUES\s*/gi;

/** A Python module that binds data: an import, or a name (with a type) bound to a list or dict. */
const PYTHON_HEAD =
  /^(?:\s|#[^\n]*\n)*(?:from\s+[\w.]+\s+import\b|import\s+[\w.]+\s*(?:\n|$)|[A-Za-z_]\w*\s*(?::[^=\n]{1,200})?=\s*[[{])/;

/** A PHP file of code alone (no markup after a closing tag) that holds `'key' => value` arrays. */
const PHP_HEAD = /^<\?php\b/;

/**
 * The records a SQL seed, a Python module or a PHP data file holds, by the table or name they
 * are bound to, or null when the text is none of these or holds no literal data.
 * @example codeData("INSERT INTO jobs (title, company) VALUES ('Dev', 'Acme');") // { jobs: [{ title: 'Dev', company: 'Acme' }] }
 */
export function codeData(text: string): Record<string, unknown> | null {
  if (SQL_HEAD.test(text.slice(0, 4_096)) && /\bINSERT\s/i.test(text)) return sqlRows(text);
  if (PHP_HEAD.test(text)) return phpData(text);
  if (
    PYTHON_HEAD.test(text.slice(0, 4_096)) &&
    !/^\s*(?:const|let|var|export|function)\b/m.test(text.slice(0, 4_096))
  )
    return readScriptData(text)?.value ?? null;
  return null;
}

/** A SQL value: a quoted string ('' escapes a quote), a number, NULL, TRUE or FALSE. */
function sqlValue(text: string, at: number): { value: unknown; end: number } | null {
  const c = text[at];
  if (c === "'" || c === '"') {
    let out = '';
    let i = at + 1;
    while (i < text.length) {
      const ch = text[i] as string;
      if (ch === '\\' && i + 1 < text.length) {
        const next = text[i + 1] as string;
        out += next === 'n' ? '\n' : next === 't' ? '\t' : next;
        i += 2;
      } else if (ch === c) {
        if (text[i + 1] === c) {
          out += c;
          i += 2;
        } else return { value: out, end: i + 1 };
      } else {
        out += ch;
        i++;
      }
    }
    return null;
  }
  const word = /^(?:-?\d+(?:\.\d+)?|NULL|TRUE|FALSE)\b/i.exec(text.slice(at, at + 40));
  if (!word) return null;
  const w = word[0].toUpperCase();
  const value = w === 'NULL' ? null : w === 'TRUE' ? true : w === 'FALSE' ? false : Number(w);
  return { value, end: at + word[0].length };
}

/** The rows every INSERT statement adds, as records keyed by its columns, by table name. */
function sqlRows(text: string): Record<string, unknown> | null {
  const tables: Record<string, Record<string, unknown>[]> = {};
  let rows = 0;
  INSERT.lastIndex = 0;
  for (let m = INSERT.exec(text); m !== null && rows < MAX_ROWS; m = INSERT.exec(text)) {
    const table =
      (m[1] ?? 'rows')
        .replace(/[`"[\]]/g, '')
        .split('.')
        .pop() ?? 'rows';
    const columns = (m[2] ?? '').split(',').map((c) => c.trim().replace(/[`"[\]]/g, ''));
    let i = m.index + m[0].length;
    // Tuples separated by commas until the statement's semicolon.
    for (;;) {
      while (/\s/.test(text[i] ?? '')) i++;
      if (text[i] !== '(') break;
      i++;
      const values: unknown[] = [];
      for (;;) {
        while (/\s/.test(text[i] ?? '')) i++;
        const read = sqlValue(text, i);
        if (!read) break;
        values.push(read.value);
        i = read.end;
        while (/\s/.test(text[i] ?? '')) i++;
        if (text[i] === ',') i++;
        else break;
      }
      if (text[i] !== ')') break;
      i++;
      if (values.length === columns.length) {
        const record: Record<string, unknown> = {};
        columns.forEach((column, k) => {
          record[column] = values[k];
        });
        const list = tables[table] ?? [];
        list.push(record);
        tables[table] = list;
        rows++;
      }
      while (/\s/.test(text[i] ?? '')) i++;
      if (text[i] === ',') i++;
      else break;
    }
    INSERT.lastIndex = Math.max(INSERT.lastIndex, i);
  }
  return rows > 0 ? tables : null;
}

/**
 * A PHP file's arrays as JavaScript literals: `[...]` and `array(...)` holding `key => value`
 * pairs become objects, the others lists; `=>` becomes `:`, `$name =` a binding. Strings are
 * copied as they are (PHP's and JavaScript's quoted strings read alike for data).
 */
function phpData(text: string): Record<string, unknown> | null {
  if (!text.includes('=>')) return null;
  const body = text.replace(/^<\?php\b/, '').replace(/\?>\s*$/, '');
  // Markup after a closing tag: a template, read as a page elsewhere.
  if (/\?>\s*</.test(body)) return null;
  const out: string[] = [];
  // For each opening bracket, whether a `=>` stands at its own depth (an associative array).
  const stack: { at: number; keyed: boolean; paren: boolean }[] = [];
  let i = 0;
  while (i < body.length) {
    const c = body[i] as string;
    if (c === "'" || c === '"') {
      const start = i;
      i++;
      while (i < body.length && body[i] !== c) i += body[i] === '\\' ? 2 : 1;
      i++;
      out.push(body.slice(start, i));
      continue;
    }
    if (c === '/' && body[i + 1] === '/') {
      while (i < body.length && body[i] !== '\n') i++;
      continue;
    }
    if (c === '#') {
      while (i < body.length && body[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && body[i + 1] === '*') {
      const end = body.indexOf('*/', i + 2);
      i = end === -1 ? body.length : end + 2;
      continue;
    }
    const arrayCall = /^array\s*\(/i.exec(body.slice(i, i + 12));
    if (c === '[' || arrayCall) {
      stack.push({ at: out.length, keyed: false, paren: Boolean(arrayCall) });
      out.push('[');
      i += arrayCall ? arrayCall[0].length : 1;
      continue;
    }
    if (c === '(' && stack.length > 0) {
      stack.push({ at: -1, keyed: false, paren: true });
      out.push('(');
      i++;
      continue;
    }
    if ((c === ']' || c === ')') && stack.length > 0) {
      const open = stack.pop() as { at: number; keyed: boolean; paren: boolean };
      if (open.at >= 0) {
        out[open.at] = open.keyed ? '{' : '[';
        out.push(open.keyed ? '}' : ']');
      } else out.push(')');
      i++;
      continue;
    }
    if (c === '=' && body[i + 1] === '>') {
      const top = stack[stack.length - 1];
      if (top) top.keyed = true;
      out.push(':');
      i += 2;
      continue;
    }
    if (c === '$') {
      const name = /^\$(\w+)\s*=(?!=)/.exec(body.slice(i, i + 80));
      if (name) {
        out.push(`const ${name[1]} =`);
        i += name[0].length;
        continue;
      }
    }
    if (/^return\s*[[(a]/.test(body.slice(i, i + 12)) && stack.length === 0) {
      out.push('export default ');
      i += 6;
      continue;
    }
    out.push(c);
    i++;
  }
  return readScriptData(out.join(''))?.value ?? null;
}
