/**
 * Bytes (or a string) to the text of a document, refusing what is not text: binary content,
 * empty documents and documents over the size limit.
 */
import { DocumentError } from '../../types.ts';
import { MAX_DOCUMENT_BYTES } from './limits.ts';

const SAMPLE_CHARS = 8_192;
/** Share of control characters in the first KBs past which the content is taken for binary. */
const MAX_CONTROL_RATIO = 0.05;

function describeSize(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function assertSize(size: number): void {
  if (size > MAX_DOCUMENT_BYTES) {
    throw new DocumentError(
      `document is ${describeSize(size)}, over the ${MAX_DOCUMENT_BYTES / (1024 * 1024)} MB limit`,
    );
  }
}

function charsetOf(contentType: string | null | undefined): string | null {
  const match = contentType ? /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType) : null;
  return match?.[1]?.toLowerCase() ?? null;
}

/** The charset an XML declaration or an HTML `<meta>` states in the first KB, if any. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  const match =
    /<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head) ??
    /<meta[^>]*\bcharset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return match?.[1]?.toLowerCase() ?? null;
}

/** Windows-1252 code points for bytes 0x80–0x9F (the rest of the code page is Latin-1). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];
const LATIN1_LABELS =
  /^(?:windows-1252|cp1252|x-cp1252|iso-8859-1|iso8859-1|latin1|l1|us-ascii|ascii|iso-ir-100)$/;

/**
 * Windows-1252 by table: Node 20's TextDecoder decodes this label as ISO-8859-1, turning curly
 * quotes and dashes into C1 control characters.
 */
function decodeCp1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const codes = new Array<number>(8_192);
  for (let start = 0; start < bytes.length; start += codes.length) {
    const end = Math.min(start + codes.length, bytes.length);
    codes.length = end - start;
    for (let i = start; i < end; i++) {
      const b = bytes[i] as number;
      codes[i - start] = b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] as number) : b;
    }
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join('');
}

function decodeWith(label: string, bytes: Uint8Array): string | null {
  if (LATIN1_LABELS.test(label)) return decodeCp1252(bytes);
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    // An unknown label (a made-up charset in a header) is not the document's fault: fall back.
    return null;
  }
}

/** UTF-16 without a BOM shows as a NUL in every other byte of ASCII-heavy text. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 256) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (evenZero > pairs * 0.6 && oddZero < pairs * 0.05) return 'utf-16be';
  if (oddZero > pairs * 0.6 && evenZero < pairs * 0.05) return 'utf-16le';
  return null;
}

/**
 * A decoder for a document that arrives in pieces, chosen from its first bytes as
 * `decodeDocument` chooses for a whole one: BOM, UTF-16 by its NULs, the declared charset, else
 * UTF-8 unless the head is mostly bytes that are not (then Windows-1252). Multi-byte characters
 * split across pieces are held until complete (TextDecoder's stream mode).
 * @param head the document's first bytes (the more, up to a megabyte, the surer the guess).
 * @returns `decode(bytes, last)`, to be called with `head` first and then every later piece.
 */
export function streamDecoder(
  head: Uint8Array,
  contentType: string | null | undefined,
): (bytes: Uint8Array, last: boolean) => string {
  const label = streamLabel(head, contentType);
  if (label === 'windows-1252') return (bytes) => decodeCp1252(bytes);
  if (label === 'utf-8') return utf8Pieces();
  const decoder = new TextDecoder(label);
  return (bytes, last) => decoder.decode(bytes, { stream: !last });
}

/** Bytes of a UTF-8 sequence by its lead byte (0 for a continuation byte). */
function sequenceLength(byte: number): number {
  return byte < 0x80 ? 1 : byte < 0xc0 ? 0 : byte < 0xe0 ? 2 : byte < 0xf0 ? 3 : 4;
}

/**
 * UTF-8 piece by piece: each piece decoded whole up to its last complete character, the bytes of
 * a character it splits carried to the next. Twice as fast as TextDecoder's stream mode on
 * Node 20 (a 5.8 MB feed: about 90 ms against 200 ms on the bench machine).
 */
function utf8Pieces(): (bytes: Uint8Array, last: boolean) => string {
  const first = new TextDecoder('utf-8');
  const rest = new TextDecoder('utf-8', { ignoreBOM: true });
  let started = false;
  let carry: Uint8Array | null = null;
  return (piece, last) => {
    let bytes = piece;
    if (carry) {
      bytes = new Uint8Array(carry.length + piece.length);
      bytes.set(carry);
      bytes.set(piece, carry.length);
      carry = null;
    }
    let end = bytes.length;
    if (!last) {
      // The last lead byte within three of the end starts a character that may be split.
      for (let i = bytes.length - 1; i >= 0 && i >= bytes.length - 4; i--) {
        const length = sequenceLength(bytes[i] as number);
        if (length === 0) continue;
        if (i + length > bytes.length) end = i;
        break;
      }
      if (end < bytes.length) carry = bytes.slice(end);
    }
    const text = (started ? rest : first).decode(bytes.subarray(0, end));
    if (end > 0) started = true;
    return text;
  };
}

function streamLabel(head: Uint8Array, contentType: string | null | undefined): string {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const utf16 = sniffUtf16(head);
  if (utf16) return utf16;
  const declared = charsetOf(contentType) ?? declaredCharset(head);
  if (declared && !/^utf-?8$/.test(declared) && !declared.startsWith('utf-16')) {
    if (LATIN1_LABELS.test(declared)) return 'windows-1252';
    try {
      return new TextDecoder(declared).encoding;
    } catch {
      // An unknown label: fall back as a whole document does.
    }
  }
  return mostlyNotUtf8(new TextDecoder('utf-8').decode(head, { stream: true })) ? 'windows-1252' : 'utf-8';
}

/** A few bad bytes in a UTF-8 file are damage; mostly bad high bytes mean a legacy 8-bit file. */
function mostlyNotUtf8(text: string): boolean {
  let replaced = 0;
  let nonAscii = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) nonAscii++;
    if (c === 0xfffd) replaced++;
  }
  return replaced > nonAscii / 2;
}

function decodeBytes(bytes: Uint8Array, contentType: string | null | undefined): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const utf16 = sniffUtf16(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);

  const declared = charsetOf(contentType) ?? declaredCharset(bytes);
  if (declared && !/^utf-?8$/.test(declared) && !declared.startsWith('utf-16')) {
    const text = decodeWith(declared, bytes);
    if (text !== null) return text;
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  return mostlyNotUtf8(text) ? decodeCp1252(bytes) : text;
}

/** Control characters (not tab, LF, FF, CR), C1 controls and U+FFFD (bytes that failed to decode). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this regex's job.
const CONTROLS = /[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]/g;

export function assertText(text: string): void {
  // One native scan of the sample instead of a loop in JS: this runs on every document.
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  if (sample.includes('\0')) throw new DocumentError('binary content, not a posting');
  const controls = sample.match(CONTROLS)?.length ?? 0;
  if (controls > sample.length * MAX_CONTROL_RATIO) throw new DocumentError('binary content, not a posting');
}

/**
 * Decodes a document to text: UTF-8 (with or without BOM), UTF-16 LE/BE (BOM or sniffed), or the
 * charset the Content-Type or the document declares. Throws `DocumentError` for binary content,
 * empty documents and documents over `MAX_DOCUMENT_BYTES`.
 * @example decodeDocument(new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00])) // → 'Hi'
 */
export function decodeDocument(content: string | Uint8Array, contentType?: string | null): string {
  let text: string;
  if (typeof content === 'string') {
    assertSize(content.length);
    text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  } else if (content instanceof Uint8Array) {
    assertSize(content.byteLength);
    text = decodeBytes(content, contentType);
  } else {
    throw new DocumentError('document content must be text or bytes');
  }
  if (text.trim() === '') throw new DocumentError('empty document');
  assertText(text);
  return text;
}
