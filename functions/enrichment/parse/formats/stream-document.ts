/**
 * A document that arrives in pieces (a file read in chunks, a response body as it downloads) to
 * postings as they complete, holding one batch of postings at a time instead of the document.
 *
 * Feeds (RSS, Atom) and board JSON (JSON Feed, Greenhouse, Lever, Ashby, a list of jobs) are cut
 * into their items as the pieces arrive (a list of jobs read once per job across batches, as
 * `parseDocument` reads it; a list nested deeper or an object keyed by id is read whole): htmlparser2's push parser finds where each `<item>` or
 * `<entry>` opens and closes, a small scanner finds the elements of the document's job list.
 * Each batch of items is then read by the same format parser as a whole document, as a small
 * document of the feed's head and the batch (so feed-level reading, such as an employer
 * appended to every title, is decided per batch). A document that never fills one batch is
 * read whole, exactly as `parseDocument` reads it. Pages and plain text are read whole, up to
 * `MAX_DOCUMENT_BYTES`.
 *
 * PURE: takes strings or bytes (or an async iterable of them) and yields postings; reading files
 * and sockets stays with the caller.
 */
import { Parser } from 'htmlparser2';
import type { DocumentInput, Format, RawPosting, Warning } from '../../types.ts';
import { DocumentError, NotAPostingError } from '../../types.ts';
import { type Delimiter, RowScanner, sniffTable, tableShape } from './csv-jobs.ts';
import { assertText, streamDecoder } from './decode.ts';
import { looksLikeJsonArray, sniffDocument } from './detect-format.ts';
import { jobListKey } from './json-jobs.ts';
import { MAX_DOCUMENT_BYTES, MAX_MARKUP_DEPTH } from './limits.ts';
import { parseDocument } from './parse-document.ts';
import { jobListItem } from './xml-items.ts';

/** The pieces of one document: all strings or all bytes, in order. */
export type DocumentChunks = AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

/** A document to read as a stream: its pieces, and what `DocumentInput` says besides its content. */
export interface DocumentStream extends Omit<DocumentInput, 'content'> {
  readonly chunks: DocumentChunks;
}

/** What a stream yields: the postings of one batch, or a warning about the document. */
export type StreamBatch =
  | { readonly kind: 'postings'; readonly postings: RawPosting[] }
  | { readonly kind: 'warning'; readonly warning: Warning };

export interface StreamOptions {
  /**
   * Longest posting read, in characters of its source (an item's XML, a list element's JSON);
   * a longer one is skipped with a `posting-too-large` warning and its neighbours are kept.
   * @default MAX_POSTING_CHARS
   */
  readonly maxPostingChars?: number;
  /** Postings read together as one batch. @default 200 */
  readonly batchPostings?: number;
}

/** Default cap per posting: a real posting with its HTML is under 100 KB. */
export const MAX_POSTING_CHARS = 2 * 1024 * 1024;

/** A batch is parsed once it holds this many characters, whatever its count. */
const BATCH_CHARS = 2 * 1024 * 1024;

/** The warning that a record (`what`, from character `start`) over the per-posting cap was skipped. */
function tooLarge(what: string, start: number, limit: number): StreamBatch {
  return {
    kind: 'warning',
    warning: {
      id: 'posting-too-large',
      detail: `${what} (from character ${start}) is over the ${limit}-character limit per posting; skipped`,
    },
  };
}
/** Bytes decoded per step, and the most of a document looked at to choose its encoding. */
const PIECE = 1024 * 1024;
/** Characters read before the format is chosen (the root element, the first JSON character). */
const HEAD_CHARS = 64 * 1024;
/** Deepest JSON accepted, as in a whole document. */
const MAX_JSON_NESTING = 256;

const XML_ITEM: Partial<Record<Format, string>> = { rss: 'item', atom: 'entry' };
const JSON_FORMATS: ReadonlySet<Format> = new Set(['jsonfeed', 'greenhouse', 'lever', 'ashby', 'json']);

function concat(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The document's text, piece by piece, decoded as `decodeDocument` would decode it whole. */
async function* decodePieces(chunks: DocumentChunks, contentType: string | null | undefined) {
  let kind: 'text' | 'bytes' | null = null;
  let decode: ((bytes: Uint8Array, last: boolean) => string) | null = null;
  const head: Uint8Array[] = [];
  let headBytes = 0;
  for await (const chunk of chunks) {
    const chunkKind = typeof chunk === 'string' ? 'text' : chunk instanceof Uint8Array ? 'bytes' : null;
    if (chunkKind === null) throw new DocumentError('document content must be text or bytes');
    if (kind !== null && chunkKind !== kind)
      throw new DocumentError('document pieces must be all text or all bytes');
    kind = chunkKind;
    for (let i = 0; i < chunk.length; i += PIECE) {
      if (typeof chunk === 'string') {
        yield chunk.slice(i, i + PIECE);
        continue;
      }
      const piece = chunk.subarray(i, i + PIECE);
      if (decode) {
        yield decode(piece, false);
        continue;
      }
      head.push(piece);
      headBytes += piece.length;
      if (headBytes >= PIECE) {
        const bytes = concat(head.splice(0));
        decode = streamDecoder(bytes, contentType);
        yield decode(bytes, false);
      }
    }
  }
  if (kind !== 'bytes') return;
  if (decode) yield decode(new Uint8Array(0), true);
  else {
    const bytes = concat(head);
    yield streamDecoder(bytes, contentType)(bytes, true);
  }
}

/** One way of reading the text: `write` each piece, `end` once; batches collect in `out`. */
interface Reader {
  write(text: string): void;
  end(): void;
  readonly out: StreamBatch[];
}

type ParseText = (text: string, format: Format | 'auto') => RawPosting[];

function overLimit(): DocumentError {
  return new DocumentError(
    `document is over the ${MAX_DOCUMENT_BYTES / (1024 * 1024)} MB limit for a document read whole (only RSS, Atom and job-list JSON are read as streams)`,
  );
}

/** Reads the document whole: pages, plain text, and anything not cut into items. */
class WholeReader implements Reader {
  readonly out: StreamBatch[] = [];
  private readonly parts: string[] = [];
  private size = 0;
  constructor(
    private readonly parse: ParseText,
    private readonly format: Format | 'auto',
  ) {}
  write(text: string): void {
    this.size += text.length;
    if (this.size > MAX_DOCUMENT_BYTES) throw overLimit();
    this.parts.push(text);
  }
  end(): void {
    wholeBatch(this.out, this.parse(this.parts.join(''), this.format));
  }
}

/** A document read whole as one batch; when it broke off part-way, the warning is said on its own too. */
function wholeBatch(out: StreamBatch[], postings: RawPosting[]): void {
  out.push({ kind: 'postings', postings });
  const cut = postings[0]?.warnings?.find((w) => w.id === 'document-truncated');
  if (cut) out.push({ kind: 'warning', warning: cut });
}

/** The postings of the last batch, told where the document broke (replacing a batch-relative detail). */
function withCut(postings: RawPosting[], detail: string): RawPosting[] {
  const warning = { id: 'document-truncated', detail };
  return postings.map((p) => ({
    ...p,
    warnings: [...(p.warnings ?? []).filter((w) => w.id !== 'document-truncated'), warning],
  }));
}

/** RSS and Atom: each `<item>`/`<entry>` cut from the text as the push parser closes it. */
class XmlReader implements Reader {
  readonly out: StreamBatch[] = [];
  private buf = '';
  /** Position in the document of `buf[0]`. */
  private base = 0;
  private written = 0;
  private depth = 0;
  private readonly names: string[] = [];
  /** Depth of the open item, or -1. */
  private itemDepth = -1;
  private itemStart = 0;
  private oversized = false;
  /** The text before the first item (the channel's fields), and the tags that close its parents. */
  private head: string | null = null;
  private closing = '';
  private batchStart = -1;
  private batchEnd = 0;
  private batchCount = 0;
  /** Set once any batch was parsed or any item skipped: the document is no longer held whole. */
  private cut = false;
  private lastEnd = 0;
  private complete = 0;
  /** Set once a batch was read: from then on a batch of news is skipped, not the document refused. */
  private emitted = false;
  private readonly parser: Parser;

  constructor(
    private readonly itemName: string,
    private readonly format: Format,
    private readonly parse: ParseText,
    private readonly maxPosting: number,
    private readonly batchPostings: number,
  ) {
    this.parser = new Parser(
      { onopentag: (name) => this.open(name), onclosetag: () => this.close() },
      { xmlMode: true },
    );
  }

  private open(name: string): void {
    if (++this.depth > MAX_MARKUP_DEPTH) {
      throw new DocumentError(`markup nested deeper than ${MAX_MARKUP_DEPTH} elements`);
    }
    this.names.push(name);
    if (this.itemDepth !== -1 || name !== this.itemName) return;
    const start = this.parser.startIndex;
    if (this.head === null) {
      this.head = this.buf.slice(0, start - this.base);
      this.closing = this.names
        .slice(0, -1)
        .reverse()
        .map((n) => `</${n}>`)
        .join('');
    }
    this.itemDepth = this.depth;
    this.itemStart = start;
    if (this.batchStart === -1) this.batchStart = start;
  }

  private close(): void {
    const end = this.parser.endIndex + 1;
    if (this.depth === this.itemDepth) {
      this.itemDepth = -1;
      if (!this.oversized && end - this.itemStart > this.maxPosting) {
        // Over the cap but read within one piece: the items before it go as a batch of their own.
        this.flush();
        this.oversized = true;
      }
      if (this.oversized) {
        this.oversized = false;
        this.out.push(tooLarge(`<${this.itemName}> ${this.complete + 1}`, this.itemStart, this.maxPosting));
        this.complete++;
        this.batchStart = -1;
        this.trim(end);
      } else {
        this.complete++;
        this.batchCount++;
        this.batchEnd = end;
        if (this.batchCount >= this.batchPostings || this.batchEnd - this.batchStart >= BATCH_CHARS)
          this.flush();
      }
    }
    this.names.pop();
    this.depth--;
    this.lastEnd = end;
  }

  /**
   * One batch read as a small feed. The first batch decides for the document: a feed of news is
   * refused (not-a-posting) before anything is said. A later batch that is all news is skipped
   * with a warning, so the vacancies already read are never lost to it.
   */
  private parseBatch(text: string): RawPosting[] {
    try {
      return this.parse(text, this.format);
    } catch (error) {
      if (!(error instanceof NotAPostingError) || !this.emitted) throw error;
      this.out.push({ kind: 'warning', warning: { id: 'news-skipped', detail: error.message } });
      return [];
    } finally {
      this.emitted = true;
    }
  }

  private trim(to: number): void {
    if (to <= this.base) return;
    this.buf = this.buf.slice(to - this.base);
    this.base = to;
  }

  private flush(): void {
    if (this.batchCount > 0) {
      const items = this.buf.slice(this.batchStart - this.base, this.batchEnd - this.base);
      this.out.push({ kind: 'postings', postings: this.parseBatch(`${this.head}${items}${this.closing}`) });
      this.trim(this.batchEnd);
    }
    this.cut = true;
    this.batchCount = 0;
    this.batchStart = -1;
  }

  write(text: string): void {
    this.buf += text;
    this.parser.write(text);
    this.written += text.length;
    if (this.head === null && this.buf.length > MAX_DOCUMENT_BYTES) throw overLimit();
    if (this.itemDepth !== -1 && !this.oversized && this.written - this.itemStart > this.maxPosting) {
      // The items before it are parsed now; this one is let go as it streams past.
      this.batchStart = this.batchCount > 0 ? this.batchStart : -1;
      this.flush();
      this.oversized = true;
    }
    if (this.oversized) this.trim(this.written);
    else if (this.cut && this.itemDepth === -1 && this.batchStart === -1) this.trim(this.lastEnd);
  }

  end(): void {
    // No parser.end(): it would close the open elements, and a cut-off item would look complete.
    const inItem = this.itemDepth !== -1;
    const broken = this.depth > 0;
    if (!this.cut) {
      wholeBatch(this.out, this.parse(this.buf, this.format));
    } else {
      const from = this.batchStart !== -1 ? this.batchStart : inItem && !this.oversized ? this.itemStart : -1;
      const rest = from === -1 ? '' : this.buf.slice(from - this.base);
      const detail = inItem
        ? `the document breaks off at character ${this.written} inside <${this.itemName}> ${this.complete + 1}; ${this.complete} complete ${this.itemName}s read, the partial one dropped`
        : `the document breaks off at character ${this.written} with ${this.depth} elements unclosed, after ${this.complete} complete ${this.itemName}s`;
      if (this.batchCount > 0 || rest !== '') {
        const postings = this.parseBatch(`${this.head ?? ''}${rest}`);
        this.out.push({ kind: 'postings', postings: broken ? withCut(postings, detail) : postings });
      }
      if (broken) this.out.push({ kind: 'warning', warning: { id: 'document-truncated', detail } });
    }
  }
}

const C = {
  Quote: 0x22,
  Backslash: 0x5c,
  Comma: 0x2c,
  Colon: 0x3a,
  OpenBrace: 0x7b,
  CloseBrace: 0x7d,
  OpenBracket: 0x5b,
  CloseBracket: 0x5d,
} as const;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xfeff;
}

/**
 * Job-list JSON: the elements of the top-level array, or of one array member of the top-level
 * object (`jobs`, `items`, ...), cut from the text by a scanner that follows strings and nesting.
 * The list is streamed once it outgrows one batch; the members before it go with every batch.
 */
class JsonReader implements Reader {
  readonly out: StreamBatch[] = [];
  private buf = '';
  private base = 0;
  private written = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private rootArray = false;
  private stringStart = -1;
  private lastString: [number, number] = [-1, -1];
  private memberStart = -1;
  private listKey = '';
  /** Depth inside the list being cut, or -1. */
  private listDepth = -1;
  private elementStart = -1;
  private batch: string[] = [];
  private batchChars = 0;
  /** Set once the list streams: the text that precedes its elements in each batch's document. */
  private prefix: string | null = null;
  private oversized = false;
  /** Set once a list streamed: later lists are read only as part of a whole document. */
  private streamed = false;
  private complete = 0;
  /** Jobs of a plain list already yielded: a record listed again in a later batch is read once, as whole. */
  private readonly seen = new Set<string>();

  constructor(
    private format: Format | 'auto',
    private readonly parse: ParseText,
    private readonly maxPosting: number,
    private readonly batchPostings: number,
  ) {}

  private trim(to: number): void {
    if (to <= this.base) return;
    this.buf = this.buf.slice(to - this.base);
    this.base = to;
  }

  private flush(): void {
    if (this.prefix === null) {
      this.prefix = this.rootArray
        ? '['
        : `${this.buf.slice(0, this.memberStart - this.base)}${this.listKey}:[`;
    }
    if (this.batch.length > 0) {
      const postings = this.parse(
        `${this.prefix}${this.batch.join(',')}]${this.rootArray ? '' : '}'}`,
        this.format,
      );
      // Each batch is its own small document: keep the shape the first one was read as.
      if (this.format === 'auto' && postings[0]) this.format = postings[0].source.format;
      this.out.push({ kind: 'postings', postings: this.unseen(postings) });
    }
    this.batch = [];
    this.batchChars = 0;
  }

  /** A plain list's postings not yielded before (each batch dedupes itself; this dedupes across them). */
  private unseen(postings: RawPosting[]): RawPosting[] {
    return postings.filter((p) => {
      if (p.source.format !== 'json') return true;
      const key = jobListKey(p);
      return !this.seen.has(key) && !!this.seen.add(key);
    });
  }

  private endElement(at: number): void {
    const start = this.elementStart;
    this.elementStart = -1;
    if (!this.oversized && at - start > this.maxPosting) {
      if (this.prefix === null) this.flush();
      this.oversized = true;
    }
    if (this.oversized) {
      this.oversized = false;
      this.complete++;
      if (this.prefix !== null) this.trim(at + 1);
      this.out.push(tooLarge(`record ${this.complete} of the list`, start, this.maxPosting));
      return;
    }
    const element = this.buf.slice(start - this.base, at - this.base);
    this.complete++;
    this.batch.push(element);
    this.batchChars += element.length;
    if (this.batch.length >= this.batchPostings || this.batchChars >= BATCH_CHARS) this.flush();
    if (this.prefix !== null) this.trim(at + 1);
  }

  write(text: string): void {
    const offset = this.written;
    this.buf += text;
    this.written += text.length;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === C.Backslash) this.escaped = true;
        else if (c === C.Quote) {
          this.inString = false;
          if (this.depth === 1) this.lastString = [this.stringStart, offset + i + 1];
        }
        continue;
      }
      if (isSpace(c)) continue;
      const at = offset + i;
      if (
        this.depth === this.listDepth &&
        this.elementStart === -1 &&
        c !== C.Comma &&
        c !== C.CloseBracket
      ) {
        this.elementStart = at;
      }
      switch (c) {
        case C.Quote:
          this.inString = true;
          this.stringStart = at;
          break;
        case C.Colon:
          if (this.depth === 1 && !this.rootArray) this.memberStart = this.lastString[0];
          break;
        case C.OpenBrace:
        case C.OpenBracket:
          if (++this.depth > MAX_JSON_NESTING) {
            throw new DocumentError(`JSON nested deeper than ${MAX_JSON_NESTING} levels`);
          }
          if (this.depth === 1) {
            this.rootArray = c === C.OpenBracket;
            if (this.rootArray) this.listDepth = 1;
          } else if (this.depth === 2 && !this.rootArray && c === C.OpenBracket && !this.streamed) {
            this.listDepth = 2;
            this.listKey = this.buf.slice(this.lastString[0] - this.base, this.lastString[1] - this.base);
          }
          break;
        case C.Comma:
          if (this.depth === this.listDepth && this.elementStart !== -1) this.endElement(at);
          break;
        case C.CloseBrace:
        case C.CloseBracket:
          if (this.depth === this.listDepth) {
            if (this.elementStart !== -1) this.endElement(at);
            this.endList();
          }
          this.depth--;
          break;
      }
    }
    if (this.elementStart !== -1 && !this.oversized && this.written - this.elementStart > this.maxPosting) {
      if (this.prefix === null) this.flush();
      this.oversized = true;
    }
    // Once the list has streamed, nothing after it is read: let it go as it passes.
    if (this.oversized || this.streamed) this.trim(this.written);
    if (this.prefix === null && this.buf.length > MAX_DOCUMENT_BYTES) throw overLimit();
  }

  private endList(): void {
    this.listDepth = -1;
    if (this.prefix !== null) {
      this.flush();
      this.streamed = true;
    } else {
      // A list that fits in one batch stays part of the document, read whole at the end.
      this.batch = [];
      this.batchChars = 0;
    }
  }

  end(): void {
    const broken = this.depth > 0 || this.inString;
    if (this.prefix === null) {
      wholeBatch(this.out, this.parse(this.buf, this.format));
      return;
    }
    if (!broken) return;
    const detail = `the JSON document breaks off at character ${this.written}; ${this.complete} complete records read, the unfinished one dropped`;
    if (this.listDepth !== -1 && this.batch.length > 0) {
      const postings = this.parse(
        `${this.prefix}${this.batch.join(',')}]${this.rootArray ? '' : '}'}`,
        this.format,
      );
      this.out.push({ kind: 'postings', postings: withCut(this.unseen(postings), detail) });
    }
    this.out.push({ kind: 'warning', warning: { id: 'document-truncated', detail } });
  }
}

/** Rows a table may hold above its header (a scraper's runs appended before it wrote one). */
const MAX_HEADER_ROWS = 5_000;

/**
 * A table (CSV, TSV): its rows cut from the text by a quote-aware scanner (a line end inside a
 * quoted cell is part of the cell), read in batches, each batch as a small table of the header row
 * and its rows. Before the first batch is read, the header is found among the rows held (a row
 * naming a job's fields; rows of its shape above it are rows); a table that never fills a batch
 * is read whole. A row over the per-posting cap is skipped with a warning.
 */
class CsvReader implements Reader {
  readonly out: StreamBatch[] = [];
  private buf = '';
  private base = 0;
  private written = 0;
  private rowStart = 0;
  private oversized = false;
  private readonly scanner: RowScanner;
  private rows: string[] = [];
  private rowsChars = 0;
  /** Rows held before the next batch is read. */
  private nextFlush: number;
  /** The header row's text, once the first batch found it. */
  private header: string | null = null;
  private complete = 0;
  private readonly seen = new Set<string>();

  constructor(
    delimiter: Delimiter,
    private readonly format: 'csv' | 'tsv',
    private readonly parse: ParseText,
    private readonly maxPosting: number,
    private readonly batchPostings: number,
  ) {
    this.scanner = new RowScanner(delimiter);
    this.nextFlush = batchPostings;
  }

  write(text: string): void {
    this.buf += text;
    this.written += text.length;
    this.scanner.feed(text, (end) => {
      this.endRow(end);
      return true;
    });
    if (!this.oversized && this.written - this.rowStart > this.maxPosting) this.oversized = true;
    // A row over the cap is let go as it passes; complete rows are held in `rows`.
    this.trim(this.oversized ? this.written : this.rowStart);
  }

  private trim(to: number): void {
    if (to <= this.base) return;
    this.buf = this.buf.slice(to - this.base);
    this.base = to;
  }

  private endRow(at: number): void {
    const start = this.rowStart;
    this.rowStart = at;
    if (this.oversized || at - start > this.maxPosting) {
      this.oversized = false;
      this.complete++;
      this.out.push(tooLarge(`row ${this.complete} of the table`, start, this.maxPosting));
      return;
    }
    const row = this.buf.slice(start - this.base, at - this.base);
    this.complete++;
    this.rows.push(row);
    this.rowsChars += row.length;
    if (this.rows.length >= this.nextFlush || this.rowsChars >= BATCH_CHARS) {
      const postings = this.flush('');
      if (postings) this.out.push({ kind: 'postings', postings });
    }
  }

  /**
   * The rows held, read as one small table: the header's row first (found among them the first
   * time; until it is, up to `MAX_HEADER_ROWS`, rows are held and null is returned).
   */
  private flush(tail: string): RawPosting[] | null {
    let text: string;
    if (this.header === null) {
      text = this.rows.join('') + tail;
      const shape = tableShape(text, this.format === 'tsv' ? '\t' : undefined);
      const at = shape?.headerIndex ?? -1;
      if (at === -1 && tail === '' && this.rows.length < MAX_HEADER_ROWS && this.rowsChars < BATCH_CHARS) {
        this.nextFlush = this.rows.length + this.batchPostings;
        return null;
      }
      // No header among the rows: the table is read whole (and refused, as a whole document is).
      if (at === -1) return this.parse(text, this.format);
      this.header = this.rows[at] ?? null;
    } else text = this.header + this.rows.join('') + tail;
    const postings = this.parse(text, this.format).filter((p) => {
      const key = jobListKey(p);
      return !this.seen.has(key) && !!this.seen.add(key);
    });
    this.rows = [];
    this.rowsChars = 0;
    this.nextFlush = this.batchPostings;
    return postings;
  }

  end(): void {
    const quoted = this.scanner.endsQuoted();
    const tail = this.oversized ? '' : this.buf.slice(this.rowStart - this.base);
    if (this.header === null) {
      wholeBatch(this.out, this.parse(this.rows.join('') + tail, this.format));
      return;
    }
    const postings = this.flush(tail) ?? [];
    const cut = quoted || postings.some((p) => p.warnings?.some((w) => w.id === 'document-truncated'));
    if (!cut) {
      this.out.push({ kind: 'postings', postings });
      return;
    }
    const detail = `the table breaks off at character ${this.written}; ${this.complete} complete rows read, the unfinished one dropped`;
    this.out.push({ kind: 'postings', postings: withCut(postings, detail) });
    this.out.push({ kind: 'warning', warning: { id: 'document-truncated', detail } });
  }
}

/** The reader for a document whose first `head` characters are known. */
function readerFor(head: string, stream: DocumentStream, parse: ParseText, options: StreamOptions): Reader {
  const maxPosting = options.maxPostingChars ?? MAX_POSTING_CHARS;
  const batch = Math.max(1, options.batchPostings ?? 200);
  const requested = stream.format ?? 'auto';
  const start = head.replace(/^\ufeff/, '').trimStart();
  if (start !== '') assertText(start);
  let format: Format | 'auto' = requested;
  if (requested === 'auto') {
    const first = start[0];
    if (first === '{' || (first === '[' && looksLikeJsonArray(start))) {
      return new JsonReader('auto', parse, maxPosting, batch);
    }
    if (first === '<') format = sniffDocument(start, stream.contentType).format;
    // A table naming a job's fields in a header: its rows stream.
    const table = first === '<' ? null : sniffTable(start, stream.file, stream.contentType);
    if (table && table.headerIndex !== -1) {
      const tableFormat = table.delimiter === '\t' ? 'tsv' : 'csv';
      return new CsvReader(table.delimiter, tableFormat, parse, maxPosting, batch);
    }
  }
  if (format === 'csv' || format === 'tsv') {
    const table = tableShape(start, format === 'tsv' ? '\t' : undefined);
    if (table && table.headerIndex !== -1)
      return new CsvReader(table.delimiter, format, parse, maxPosting, batch);
  }
  const itemName =
    format === 'auto' ? undefined : format === 'xml' ? (jobListItem(start) ?? undefined) : XML_ITEM[format];
  if (itemName && format !== 'auto') return new XmlReader(itemName, format, parse, maxPosting, batch);
  if (format !== 'auto' && JSON_FORMATS.has(format)) return new JsonReader(format, parse, maxPosting, batch);
  return new WholeReader(parse, requested);
}

/**
 * Reads a document as it arrives, yielding its postings batch by batch. RSS, Atom and job-list
 * JSON are cut into items as they stream, so their size is unbounded (each posting is held to
 * `maxPostingChars`); other documents are read whole, up to `MAX_DOCUMENT_BYTES`. A document cut
 * off part-way keeps its complete postings and yields a `document-truncated` warning saying
 * where it broke (the postings of the last batch carry it too).
 * @throws DocumentError as `parseDocument` does, for the document or for any batch of it.
 * @example for await (const b of streamDocument({ chunks: [feedXml] })) if (b.kind === 'postings') …
 */
export async function* streamDocument(
  stream: DocumentStream,
  options: StreamOptions = {},
): AsyncGenerator<StreamBatch> {
  const { chunks, ...rest } = stream;
  const parse: ParseText = (text, format) => parseDocument({ ...rest, content: text, format });
  let reader: Reader | null = null;
  let head = '';
  for await (const text of decodePieces(chunks, stream.contentType)) {
    if (reader === null) {
      head += text;
      if (head.length < HEAD_CHARS) continue;
      reader = readerFor(head, stream, parse, options);
      reader.write(head);
    } else reader.write(text);
    yield* reader.out.splice(0);
  }
  if (reader === null) {
    reader = readerFor(head, stream, parse, options);
    reader.write(head);
  }
  reader.end();
  yield* reader.out.splice(0);
}
