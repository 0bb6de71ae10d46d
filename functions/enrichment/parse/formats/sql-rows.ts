/**
 * Job records kept as rows of a SQL seed (`INSERT INTO jobs (title, company, …) VALUES (…), (…)`):
 * a person reads each row as one job with its own fields, the company among them. The rows are
 * read as literals, never run. Job data in other languages' code (Python, PHP, Ruby, Kotlin…) is
 * read by `source-data.ts`. Gated by how the file opens, so other documents pay one short test.
 */

/** Rows read from one file at most. */
const MAX_ROWS = 5_000;

/** A SQL script that inserts rows: comments and schema statements may come first. */
const SQL_HEAD =
  /^(?:\s|--[^\n]*\n|\/\*[\s\S]*?\*\/)*(?:(?:CREATE|DROP|ALTER|USE|SET|BEGIN|DELETE|TRUNCATE|SELECT|INSERT)\b)/i;
/** One INSERT statement's head: the table and its column list. */
const INSERT = /\bINSERT\s+(?:IGNORE\s+)?INTO\s+([`"[\]\w.]+)\s*\(([^()]{1,2000})\)\s*VALUES\s*/gi;

/**
 * The rows a SQL seed inserts, by the table they go into, or null when the text is no SQL seed
 * or inserts nothing.
 * @example sqlSeedRows("INSERT INTO jobs (title, company) VALUES ('Dev', 'Acme');") // { jobs: [{ title: 'Dev', company: 'Acme' }] }
 */
export function sqlSeedRows(text: string): Record<string, unknown> | null {
  if (SQL_HEAD.test(text.slice(0, 4_096)) && /\bINSERT\s/i.test(text)) return sqlRows(text);
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
