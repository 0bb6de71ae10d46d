/**
 * Jobs kept as a table: a scraper's CSV export (JobSpy's `id, site, job_url, title, company,
 * location, …, min_amount, max_amount, currency, description`), a spreadsheet saved as CSV (a BOM,
 * `;` in European locales) or TSV. One row is one job; its columns are named by the header row and
 * read through the same table of field synonyms as the plain JSON job lists (`JOB_FIELDS` in
 * json-jobs.ts), so a row becomes the record a JSON list would hold and is read by that reader.
 *
 * The delimiter is sniffed from the rows (`,` `;` tab `|`, quote-aware); the header is the first
 * row that names a job's fields (a title-like column and an employer, link or description column),
 * and rows of its shape above it (a scraper that appended runs to one file and wrote the header
 * once, part-way) are rows too. Rows and cells are split by one quote-aware scanner (RFC 4180: a
 * quote opens a quoted cell at a cell's start, `""` inside one is a quote, a stray quote elsewhere
 * is text, as spreadsheets write it). A file cut off part-way keeps every
 * complete row and says where it broke; a blank row, the header repeated, a row with no title are
 * skipped; a table whose columns name no job (a salary survey, a contacts list) is refused.
 */
import type { RawPosting } from '../../types.ts';
import { NotAPostingError } from '../../types.ts';
import { fieldOfKey, type JobField, jobFieldsOf, namesSection, parseJsonJobs } from './json-jobs.ts';
import { assertPostingCount } from './limits.ts';
import type { ParseContext } from './posting.ts';

/** Delimiters a table is written with, in the order a tie is settled. */
const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** Rows looked at to find the delimiter and the header. */
const SNIFF_ROWS = 200;
/** Characters looked at to find them (a header is never further in). */
const SNIFF_CHARS = 256 * 1024;
/** Longest header cell that names a column. */
const MAX_HEADER_CELL = 60;

const fold = (key: string) => key.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Fields beside a title that make a header a job table's: who hires, where to apply, what the job is. */
const TABLE_EVIDENCE: ReadonlySet<JobField> = new Set(['company', 'url', 'description', 'document']);

/** One row's span in the text, and whether a line end closed it (the last row of a cut file has none). */
interface RowSpan {
  readonly start: number;
  readonly end: number;
  readonly closed: boolean;
}

/**
 * A table's rows, scanned as its text arrives (RFC 4180, as spreadsheets write it): a quote opens
 * a quoted cell only at a cell's start, `""` inside one is a quote (a piece of text may end between
 * the two), and a line feed outside one ends a row. Used whole by `scanRows` and piece by piece by
 * the streaming table reader (stream-document.ts), so both cut rows alike.
 */
export class RowScanner {
  private quoted = false;
  private cellStart = true;
  private quoteAtEnd = false;
  private fed = 0;
  private readonly delimiter: number;

  constructor(delimiter: string) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /**
   * Scans the next piece of text, calling `rowEnd` with each row's end (the index after its line
   * feed, counted over all the text fed); scanning stops when `rowEnd` returns false.
   */
  feed(text: string, rowEnd: (end: number) => boolean): void {
    const offset = this.fed;
    this.fed += text.length;
    let i = 0;
    if (this.quoteAtEnd) {
      this.quoteAtEnd = false;
      if (text.charCodeAt(0) === 0x22) i = 1;
      else this.quoted = false;
    }
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (this.quoted) {
        if (c === 0x22) {
          if (i + 1 === text.length) this.quoteAtEnd = true;
          else if (text.charCodeAt(i + 1) === 0x22) i++;
          else this.quoted = false;
        }
        continue;
      }
      if (c === 0x22 && this.cellStart) {
        this.quoted = true;
        this.cellStart = false;
      } else if (c === 0x0a) {
        this.cellStart = true;
        if (!rowEnd(offset + i + 1)) return;
      } else if (c === this.delimiter) this.cellStart = true;
      else if (c !== 0x0d && c !== 0x20) this.cellStart = false;
    }
  }

  /** Whether the text, now ended, ends inside a quoted cell (a quote as its last character closes it). */
  endsQuoted(): boolean {
    if (this.quoteAtEnd) {
      this.quoteAtEnd = false;
      this.quoted = false;
    }
    return this.quoted;
  }
}

/**
 * The rows of a table's text (see `RowScanner`), at most `maxRows`. `open` says the text ended
 * inside a quoted cell.
 */
export function scanRows(
  text: string,
  delimiter: string,
  maxRows = Number.POSITIVE_INFINITY,
): { rows: RowSpan[]; open: boolean } {
  const rows: RowSpan[] = [];
  let start = 0;
  const scanner = new RowScanner(delimiter);
  scanner.feed(text, (end) => {
    rows.push({ start, end, closed: true });
    start = end;
    return rows.length < maxRows;
  });
  if (rows.length < maxRows && start < text.length) rows.push({ start, end: text.length, closed: false });
  return { rows, open: rows.length < maxRows && scanner.endsQuoted() };
}

/** A row's cells, split by the same rules (quotes unwrapped, `""` made `"`). */
function splitCells(row: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  let cellStart = true;
  for (let i = 0; i < row.length; i++) {
    const c = row[i] as string;
    if (quoted) {
      if (c === '"') {
        if (row[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += c;
      continue;
    }
    if (c === '"' && cellStart && cell.trim() === '') {
      quoted = true;
      cellStart = false;
    } else if (c === delimiter) {
      cells.push(cell);
      cell = '';
      cellStart = true;
    } else if (c !== '\n' && c !== '\r') {
      cell += c;
      if (c !== ' ') cellStart = false;
    }
  }
  cells.push(cell);
  return cells;
}

/** The job field each header cell names (null for a column of none). */
function headerFields(cells: readonly string[]): (JobField | null)[] {
  return cells.map((cell) => {
    const name = cell.trim();
    return name.length > MAX_HEADER_CELL ? null : fieldOfKey(fold(name));
  });
}

/** Whether header cells name a job table: a title column and a column for who hires, a link or a description. */
function namesJobs(cells: readonly string[]): boolean {
  const fields = headerFields(cells);
  if (!fields.includes('title')) return false;
  // The lists a job keeps ("requirements", "responsibilities") say what the job is, as a description does.
  return (
    fields.some((f) => f !== null && TABLE_EVIDENCE.has(f)) ||
    cells.some((cell) => namesSection(fold(cell.trim())))
  );
}

/** What a table's text is: its delimiter, where its header row is (or -1: no job header), and its rows. */
export interface TableShape {
  readonly delimiter: Delimiter;
  /** Index of the header row among the rows (-1 when no row names a job's fields). */
  readonly headerIndex: number;
  /** The header's cells (the first row's when none names a job's fields). */
  readonly header: readonly string[];
}

/**
 * The shape of a table: for each delimiter, the rows of the first 256 KiB; the one whose rows name
 * a job's fields in a header (with more columns), else the one that splits the rows most evenly
 * into `minColumns` or more columns. Null when the text is no table.
 */
export function tableShape(text: string, only?: Delimiter, minColumns = 3): TableShape | null {
  const head = text.slice(0, SNIFF_CHARS).replace(/^\ufeff/, '');
  let best: { shape: TableShape; score: number } | null = null;
  for (const delimiter of only ? [only] : DELIMITERS) {
    // A Markdown pipe table (`| Company | Role |`) is Markdown, read by the text reader, not a table export.
    if (delimiter === '|' && /^\s*\|/m.test(head.slice(0, 4_096))) continue;
    const { rows } = scanRows(head, delimiter, SNIFF_ROWS);
    const whole = rows.filter((r) => r.closed || rows.length === 1);
    const cells = whole.map((r) => splitCells(head.slice(r.start, r.end), delimiter));
    const filled = cells.filter((c) => c.some((cell) => cell.trim() !== ''));
    const headerAt = cells.findIndex((c) => c.length >= 2 && namesJobs(c));
    if (headerAt !== -1) {
      const header = cells[headerAt] as string[];
      // A header row and a row of its width under (or over) it: a job table.
      const width = header.length;
      const same = filled.filter((c) => c.length === width).length;
      if (same < 2 && filled.length > 1) continue;
      const score = 1_000 + width;
      if (!best || score > best.score) best = { shape: { delimiter, headerIndex: headerAt, header }, score };
      continue;
    }
    // No job header: a table still when its rows split evenly into three (or `minColumns`) or more columns.
    const first = filled[0];
    if (!first || first.length < minColumns || filled.length < 3) continue;
    const even = filled.filter((c) => c.length === first.length).length;
    if (even / filled.length < 0.8) continue;
    const score = first.length;
    if (!best || score > best.score) best = { shape: { delimiter, headerIndex: -1, header: first }, score };
  }
  return best?.shape ?? null;
}

/** A name or media type that says the document is a table. */
export function namedTable(
  name: string | null | undefined,
  contentType?: string | null,
): Delimiter | 'any' | null {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (/\.tsv$|\.tab$/i.test(name ?? '') || type === 'text/tab-separated-values') return '\t';
  if (/\.csv$/i.test(name ?? '') || type === 'text/csv') return 'any';
  return null;
}

/**
 * Whether `--format auto` reads the text as a table: a header row naming a job's fields over rows
 * of its width; or, for a document named as one (`.csv`, `.tsv`, `text/csv`), any even table
 * (one naming no job is then refused with its columns named, not read as a text posting).
 */
export function sniffTable(
  text: string,
  name?: string | null,
  contentType?: string | null,
): TableShape | null {
  const named = namedTable(name, contentType);
  // A document named a table may be a table of two columns (`id,job`); an unnamed one needs three.
  const shape = tableShape(text, named === '\t' ? '\t' : undefined, named ? 2 : 3);
  if (!shape) return null;
  if (shape.headerIndex !== -1) return shape;
  if (named) return shape;
  // Not named a table: only a plainly tabular text (short, distinct header cells over many even rows).
  const cells = shape.header.map((c) => c.trim());
  const plain =
    cells.length >= 3 &&
    cells.every((c) => c !== '' && c.length <= 40) &&
    new Set(cells.map(fold)).size === cells.length &&
    scanRows(text.slice(0, SNIFF_CHARS), shape.delimiter, 6).rows.length >= 6;
  return plain ? shape : null;
}

/** A cell as its value: an Excel text formula `="00123"` as its text; whitespace trimmed. */
function cellValue(cell: string): string {
  const text = cell.trim();
  const formula = /^="(.*)"$/s.exec(text);
  return formula ? (formula[1] as string).replace(/""/g, '"') : text;
}

/** A row's cells keyed by the header (the first of a name written twice; blank names left out). */
function rowRecord(header: readonly string[], cells: readonly string[]): Record<string, string> {
  const entries: [string, string][] = [];
  const seen = new Set<string>();
  for (const [i, name] of header.entries()) {
    const key = name.trim();
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    entries.push([key, cellValue(cells[i] ?? '')]);
  }
  // Object.fromEntries defines own properties: a `__proto__` column is a column, not a prototype.
  return Object.fromEntries(entries);
}

/** A row that repeats the header (tables joined end to end): most of its cells are the header's own. */
function repeatsHeader(header: readonly string[], cells: readonly string[]): boolean {
  let same = 0;
  let filled = 0;
  for (const [i, cell] of cells.entries()) {
    const value = cell.trim();
    if (value === '') continue;
    filled++;
    if (fold(value) === fold(header[i] ?? '')) same++;
  }
  return filled > 0 && same * 2 >= filled;
}

/** What a table holds: its rows as job records, and where it broke off when it was cut. */
export interface TableRead {
  readonly records: Record<string, string>[];
  readonly cut?: string;
}

/** Columns named in a refusal. */
function columnList(header: readonly string[]): string {
  const names = header
    .map((c) => c.trim().slice(0, 30))
    .filter((c) => c !== '')
    .slice(0, 8);
  return `${names.join(', ')}${header.length > 8 ? ', …' : ''}`;
}

/**
 * The rows of a table as records keyed by its header. Rows of the header's width above it count
 * as rows; blank rows and the header repeated are left out. The last row, when the text ends
 * inside a quoted cell or short of the header's cells, is a row cut off: dropped and said.
 * @throws NotAPostingError when no row names a job's fields.
 */
export function readTable(text: string, shape: TableShape): TableRead {
  if (shape.headerIndex === -1) {
    throw new NotAPostingError(
      `a table whose columns name no job title beside an employer, link or description (${columnList(shape.header)}): not a list of job postings`,
    );
  }
  const body = text.replace(/^\ufeff/, '');
  const { rows, open } = scanRows(body, shape.delimiter);
  assertPostingCount(rows.length - 1);
  const cells = rows.map((row) => splitCells(body.slice(row.start, row.end), shape.delimiter));
  const header = shape.header;
  const width = header.length;
  let broke: string | null = null;
  const last = rows[rows.length - 1];
  const lastCells = cells[cells.length - 1] ?? [];
  if (last && !last.closed && rows.length - 1 > shape.headerIndex) {
    const short = lastCells.length < width && lastCells.some((c) => c.trim() !== '');
    if (open || short) {
      cells.pop();
      broke = `breaks off in row ${rows.length} (${open ? 'inside a quoted cell' : `after ${lastCells.length} of its ${width} cells`}); the unfinished row (${body.length - last.start} characters) is dropped`;
    }
  }
  const records: Record<string, string>[] = [];
  for (const [i, row] of cells.entries()) {
    if (i === shape.headerIndex) continue;
    // Above the header, only rows of its width are rows (a preamble line is not).
    if (i < shape.headerIndex && row.length !== width) continue;
    if (row.every((c) => c.trim() === '')) continue;
    if (repeatsHeader(header, row)) continue;
    const record = rowRecord(header, row);
    // A row whose title cell is empty names no job (the JSON reader would title it from its text).
    if (jobFieldsOf(record).title === null) continue;
    records.push(record);
  }
  const cut = broke
    ? `the table of ${body.length} characters ${broke}; the ${records.length} complete rows before it are kept`
    : undefined;
  return cut ? { records, cut } : { records };
}

/** Postings from a table's text, read through the JSON job-list reader; `seen` dedupes across calls. */
export function parseCsvJobs(
  records: readonly Record<string, string>[],
  ctx: ParseContext,
  seen?: Set<string>,
): RawPosting[] {
  return parseJsonJobs(records, ctx, seen);
}
