/**
 * The table of posts a public call opens (a municipality's "CANTIDAD | CARGO | SIGLA", a
 * concurso's "Cargo / Unidad / Vacantes / Renta", a bando's "Profilo | Posti"): one post per row,
 * named by its post column, its count aside, its row read first for its own pay. A table reaches
 * the text reader in three shapes, all read here:
 * - rows whose cells are set apart by pipes, tabs or runs of spaces (a Markdown or pasted table);
 * - rows that open with the count and go on with the post ("06 CHOFER DE SERENAZGO GSgC-02")
 *   under a header that opens with the count's column;
 * - columns one after the other, as text taken from a PDF gives them: the header of a column on
 *   a line, its cells on the lines under it, then the next column's header and as many cells.
 * The header must name the post's column and one more a call's table has (the count, the pay,
 * the unit): a table of anything else (a schedule, a fee list) is no table of posts.
 */

import type { NoticeReading } from './notice-posts.ts';

/** Column names, folded (lower case, no accents, no punctuation), by what the column holds. */
const COLUMNS = {
  post: [
    'cargo',
    'cargos',
    'puesto',
    'puestos',
    'denominacion',
    'denominacion del puesto',
    'nombre del puesto',
    'cargo funcao',
    'funcao',
    'posto',
    'profilo',
    'profilo professionale',
    'qualifica',
    'position',
    'post',
    'post name',
    'name of post',
    'name of the post',
    'name of posts',
    'job title',
    'poste',
    'emploi',
    'stelle',
  ],
  count: [
    'cantidad',
    'cant',
    'vacantes',
    'n de vacantes',
    'no de vacantes',
    'nro de vacantes',
    'numero de vacantes',
    'plazas',
    'n de plazas',
    'vagas',
    'n de vagas',
    'posti',
    'n posti',
    'numero posti',
    'quantity',
    'vacancies',
    'no of posts',
    'no of post',
    'number of posts',
    'number of post',
    'no of vacancies',
    'number of vacancies',
    'total posts',
    'anzahl',
    'nombre de postes',
  ],
  pay: [
    'remuneracion',
    'remuneracion mensual',
    'renta',
    'renta bruta',
    'sueldo',
    'salario',
    'retribuzione',
    'vencimento',
    'salary',
    'honorarios',
    'grado',
  ],
  unit: [
    'area',
    'area de trabajo',
    'unidad',
    'unidad organica',
    'servicio',
    'dependencia',
    'sede',
    'lugar',
    'lugar de desempeno',
    'lugar desempeno',
    'estamento',
    'sigla',
    'codigo',
    'department',
    'unit',
  ],
} as const;

type Column = keyof typeof COLUMNS | 'other';

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const BY_NAME: ReadonlyMap<string, Column> = new Map(
  (Object.entries(COLUMNS) as [Column, readonly string[]][]).flatMap(([col, names]) =>
    names.map((n) => [n, col] as const),
  ),
);

/** Lines read, and posts a table may hold. */
const READ_LINES = 600;
const MAX_ROWS = 200;
const MAX_CELL = 160;

const columnOf = (cell: string): Column | null => BY_NAME.get(fold(cell)) ?? null;
/** The header names the post and one more column of a call's table. */
const isHeader = (cols: readonly (Column | null)[]) =>
  cols.includes('post') && cols.some((c) => c === 'count' || c === 'pay' || c === 'unit');
/** A post's name: words, not a number, a code or a sentence. */
const namesPost = (cell: string) =>
  /\p{L}{3}/u.test(cell) && cell.length <= MAX_CELL && !/[.!?]\s*$/.test(cell) && !/^\S*\d\S*$/.test(cell);

const CELLS = /\s*\|\s*|\t+|\s{2,}/;

function splitRow(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(CELLS)
    .map((c) => c.trim());
}

const reading = (posts: { title: string; own: string }[]): NoticeReading | null =>
  posts.length >= 2 &&
  posts.length <= MAX_ROWS &&
  new Set(posts.map((p) => fold(p.title))).size === posts.length
    ? { posts, employer: null }
    : null;

/** Rows of cells under a header of columns (pipes, tabs, runs of spaces), or rows that open with the count. */
function rowTable(lines: readonly string[], at: number): NoticeReading | null {
  const header = splitRow(lines[at] ?? '');
  const cols = header.map(columnOf);
  const leadingCount = cols.length === 1 && /^\S+\s/.test(lines[at] ?? '');
  const words = leadingCount ? (lines[at] ?? '').trim().split(/\s+/).map(columnOf) : cols;
  if (!isHeader(words) || (leadingCount && words[0] !== 'count')) return null;
  const postAt = words.indexOf('post');
  const piped = (lines[at] ?? '').includes('|');
  const posts: { title: string; own: string }[] = [];
  for (let i = at + 1; i < lines.length && posts.length <= MAX_ROWS; i++) {
    const line = (lines[i] ?? '').trim();
    if (line === '' || /^\|?[\s:|-]+\|?$/.test(line)) {
      if (posts.length > 0 && line === '') break;
      continue;
    }
    let title: string | undefined;
    if (leadingCount) {
      // "06 CHOFER DE SERENAZGO GSgC-02": the count first, the post, a code after it.
      const m = /^\d{1,4}\s+(.+?)(?:\s+\S*\d\S*)?$/.exec(line);
      if (words[0] !== 'count' || !m) break;
      title = m[1];
    } else {
      // A cell that runs over lines in a pipe table: the lines after its row that open with no pipe.
      if (piped && posts.length > 0 && !line.startsWith('|')) continue;
      const cells = splitRow(line);
      // A pipe row whose last cell runs on to the next line has fewer cells; a row the end of the
      // text cuts (no closing pipe, nothing after it) is no row.
      const runsOn = piped && line.startsWith('|') && cells.length > postAt + 1 && cells.length < cols.length;
      const cut = piped && !line.endsWith('|') && lines.slice(i + 1).every((l) => (l ?? '').trim() === '');
      if ((cells.length !== cols.length && !runsOn) || cut) break;
      title = cells[postAt];
    }
    if (title === undefined || !namesPost(title)) break;
    posts.push({ title: title.trim(), own: line });
  }
  return reading(posts);
}

/** Columns one after the other: a header line, its cells, the next header, as many cells. */
function columnTable(lines: readonly string[], at: number): NoticeReading | null {
  const columns: { col: Column; cells: string[] }[] = [];
  let i = at;
  while (i < lines.length) {
    const col = columnOf(lines[i] ?? '');
    if (col === null) break;
    const cells: string[] = [];
    for (i++; i < lines.length && (lines[i] ?? '').trim() !== '' && columnOf(lines[i] ?? '') === null; i++)
      cells.push((lines[i] ?? '').trim());
    if (cells.length < 2 || cells.length > MAX_ROWS) break;
    // Every column as long as the first: a column longer is the text after the table.
    if (columns.length > 0 && cells.length !== columns[0]?.cells.length) {
      if (cells.length > (columns[0]?.cells.length ?? 0))
        columns.push({ col, cells: cells.slice(0, columns[0]?.cells.length) });
      break;
    }
    columns.push({ col, cells });
  }
  if (columns.length < 2 || !isHeader(columns.map((c) => c.col))) return null;
  const post = columns.find((c) => c.col === 'post');
  if (post === undefined || !post.cells.every(namesPost)) return null;
  return reading(
    post.cells.map((title, row) => ({ title, own: columns.map((c) => c.cells[row] ?? '').join(' | ') })),
  );
}

/**
 * The posts of a call's table in a text, or null when it holds none. Gated by a cheap test: a
 * line that is a column name of a post's.
 */
export function readPostTable(text: string): NoticeReading | null {
  const lines = text.split(/\r\n|\r|\n/, READ_LINES);
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at] ?? '';
    if (line.length > 300 || !/\p{L}/u.test(line)) continue;
    const first = fold(line).split(' ')[0] ?? '';
    // Cheap: the line holds a column word at all.
    if (!BY_NAME.has(first) && !line.includes('|') && !line.includes('\t') && !/\S\s{2,}\S/.test(line))
      continue;
    const found = (columnOf(line) !== null ? columnTable(lines, at) : null) ?? rowTable(lines, at);
    if (found) return found;
  }
  return null;
}
