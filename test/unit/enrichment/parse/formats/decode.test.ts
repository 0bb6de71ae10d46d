import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../../../../functions/enrichment/parse/formats/decode.ts';
import { MAX_DOCUMENT_BYTES } from '../../../../../functions/enrichment/parse/formats/limits.ts';
import { DocumentError } from '../../../../../functions/enrichment/types.ts';
import { readFixture, thrown } from './fixture.ts';

function utf16le(text: string, bom = true): Uint8Array {
  const body = Buffer.from(text, 'utf16le');
  return bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body;
}

/** Deterministic pseudo-random bytes (a linear congruential generator), so failures reproduce. */
function randomBytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1_103_515_245 + 12_345) >>> 0;
    out[i] = state >>> 24;
  }
  return out;
}

describe('decodeDocument', () => {
  it('returns strings as they are, without a leading BOM', () => {
    expect(decodeDocument('\ufeffIT Manager\nAcme')).toBe('IT Manager\nAcme');
  });

  it('decodes UTF-8 bytes with and without a BOM', () => {
    const text = 'Responsable informatique — Montréal';
    expect(decodeDocument(Buffer.from(text))).toBe(text);
    expect(decodeDocument(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toBe(text);
  });

  it('decodes UTF-16 LE and BE by their byte-order marks', () => {
    expect(decodeDocument(readFixture('utf16le-bom-posting.txt'))).toMatch(/^Gerente de TI — Responsable/);
    expect(decodeDocument(readFixture('utf16be-bom-feed.xml'))).toContain(
      '<title>Leiter IT-Betrieb (m/w/d)</title>',
    );
  });

  it('recognises UTF-16 without a byte-order mark instead of calling it binary', () => {
    expect(decodeDocument(utf16le('IT Operations Manager\nSeattle, WA', false))).toBe(
      'IT Operations Manager\nSeattle, WA',
    );
  });

  it('reads a legacy 8-bit file by the charset it declares', () => {
    const latin1 = Buffer.from(
      '<?xml version="1.0" encoding="ISO-8859-1"?><rss><title>Caf\xe9</title></rss>',
      'latin1',
    );
    expect(decodeDocument(latin1)).toContain('<title>Café</title>');
  });

  it('falls back to Windows-1252 for undeclared bytes that are not UTF-8', () => {
    expect(decodeDocument(Buffer.from([0x49, 0x54, 0x20, 0x93, 0x6c, 0x65, 0x61, 0x64, 0x94]))).toBe(
      'IT “lead”',
    );
  });

  it('keeps UTF-8 with one damaged byte as UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from('Gérant — équipe de nuit — Québec '), Buffer.from([0xff])]);
    expect(decodeDocument(bytes)).toMatch(/^Gérant — équipe de nuit — Québec/);
  });

  it('refuses empty and whitespace-only documents', () => {
    for (const content of ['', '   \n\t ', new Uint8Array(0), Buffer.from('\ufeff  ')]) {
      const error = thrown(() => decodeDocument(content));
      expect(error).toBeInstanceOf(DocumentError);
      expect(error.message).toBe('empty document');
    }
  });

  it('refuses random bytes as binary content', () => {
    for (const seed of [1, 7, 42, 1_234_567]) {
      const error = thrown(() => decodeDocument(randomBytes(4_096, seed)));
      expect(error).toBeInstanceOf(DocumentError);
      expect(error.message).toBe('binary content, not a posting');
    }
  });

  it('refuses random bytes as binary content even when they hold no NUL byte', () => {
    const bytes = randomBytes(4_096, 99).map((b) => (b === 0 ? 0x41 : b));
    expect(thrown(() => decodeDocument(bytes)).message).toBe('binary content, not a posting');
  });

  it('refuses text with NUL characters and text thick with control characters', () => {
    expect(thrown(() => decodeDocument('IT Manager\u0000\u0000')).message).toBe(
      'binary content, not a posting',
    );
    const noisy = 'IT Manager '.repeat(20) + '\u0001\u0002\u0003\u0004\u0005\u0006'.repeat(10);
    expect(thrown(() => decodeDocument(noisy)).message).toBe('binary content, not a posting');
  });

  it('refuses a PNG file', () => {
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      randomBytes(600, 3),
    ]);
    expect(thrown(() => decodeDocument(png)).message).toBe('binary content, not a posting');
  });

  it('refuses documents over the size limit, naming the limit', () => {
    const big = new Uint8Array(MAX_DOCUMENT_BYTES + 1).fill(0x61);
    const error = thrown(() => decodeDocument(big));
    expect(error).toBeInstanceOf(DocumentError);
    expect(error.message).toBe('document is 8.0 MB, over the 8 MB limit');
    expect(thrown(() => decodeDocument('a'.repeat(MAX_DOCUMENT_BYTES + 1))).message).toContain('8 MB limit');
  });

  it('refuses content that is neither text nor bytes', () => {
    expect(thrown(() => decodeDocument(42 as unknown as string)).message).toBe(
      'document content must be text or bytes',
    );
  });
});
