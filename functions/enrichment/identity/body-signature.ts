/**
 * A near-duplicate signature of a posting's description: MinHash over word 3-shingles of the
 * text folded to letters and digits (case, width forms, typography, white space and punctuation
 * do not count; reordering sections changes only the shingles that span a section's edges).
 * Two signatures estimate the Jaccard similarity of the two shingle sets as the share of equal
 * slots (standard error about 0.06 at 64 slots for a similarity near 0.5).
 *
 * Each slot keeps the low 16 bits of its minimum (b-bit MinHash): two unrelated texts agree on a
 * slot by chance once in 65,536, and the signature is 128 bytes, 171 characters as base64url.
 * A few dozen lines: the npm MinHash packages (bloom-filters' MinHash and the like) bring a
 * whole probabilistic-structures library into the consumer's bundle for this.
 */

/** Slots of a signature. */
export const SIGNATURE_SLOTS = 64;
/** Fewer shingles than this: too little text to compare (a teaser, a title repeated). */
export const MIN_SHINGLES = 8;
const SHINGLE_WORDS = 3;

const NOT_ASCII = /[\u0080-\uffff]/;

/** Letters and digits, lower case, one space between words. */
export function foldText(text: string): string {
  // ASCII text (most postings) is its own NFKC form and its letters and digits are [a-z0-9] once
  // lower-cased: one native scan spares the normalisation and the Unicode property classes.
  if (!NOT_ASCII.test(text))
    return text
      .toLowerCase()
      .replace(/['`]/g, '')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const FNV_OFFSET = 0x811c9dc5;
const SPACE = 32;

/** FNV-1a over `text` carried on from the hash `h` (FNV_OFFSET to start). */
function fnv1a(h: number, text: string): number {
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** The shingle's base hash: FNV-1a over `words[i..i+SHINGLE_WORDS)` joined by single spaces, unbuilt. */
function shingleHash(words: readonly string[], i: number): number {
  let h = fnv1a(FNV_OFFSET, words[i] as string);
  for (let k = 1; k < SHINGLE_WORDS; k += 1) {
    h = Math.imul(h ^ SPACE, 0x01000193);
    h = fnv1a(h, words[i + k] as string);
  }
  return h >>> 0;
}

/** A 32-bit mixer (murmur3's finaliser) keyed by the slot's seed: one hash function per slot. */
function mix(x: number, seed: number): number {
  let h = (x ^ seed) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Uint32Array.from({ length: SIGNATURE_SLOTS }, (_, i) => mix(i + 1, 0x9e3779b9));

/** The signature of a text as base64url, or null when it has fewer than MIN_SHINGLES shingles. */
export function bodySignature(text: string): string | null {
  const words = foldText(text).split(' ');
  const shingles = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i += 1) shingles.add(shingleHash(words, i));
  if (shingles.size < MIN_SHINGLES) return null;
  const mins = new Uint32Array(SIGNATURE_SLOTS).fill(0xffffffff);
  // mix() written out: this loop runs 64 times a shingle, a few hundred shingles a posting.
  for (const s of shingles) {
    for (let slot = 0; slot < SIGNATURE_SLOTS; slot += 1) {
      let h = s ^ (SEEDS[slot] as number);
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      h = (h ^ (h >>> 16)) >>> 0;
      if (h < (mins[slot] as number)) mins[slot] = h;
    }
  }
  const bytes = new Uint8Array(SIGNATURE_SLOTS * 2);
  for (let slot = 0; slot < SIGNATURE_SLOTS; slot += 1) {
    const v = (mins[slot] as number) & 0xffff;
    bytes[slot * 2] = v >>> 8;
    bytes[slot * 2 + 1] = v & 0xff;
  }
  return toBase64Url(bytes);
}

/** The estimated Jaccard similarity of two signatures (0..1); null when either is missing or damaged. */
export function signatureSimilarity(a: string | null, b: string | null): number | null {
  if (a === null || b === null) return null;
  const x = fromBase64Url(a);
  const y = fromBase64Url(b);
  if (x === null || y === null || x.length !== y.length || x.length === 0) return null;
  let equal = 0;
  for (let i = 0; i < x.length; i += 2) if (x[i] === y[i] && x[i + 1] === y[i + 1]) equal += 1;
  return equal / (x.length / 2);
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out += ALPHABET[(value >>> bits) & 63];
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(value << (6 - bits)) & 63];
  return out;
}

/** Each ASCII character's base64url value, -1 for a character outside the alphabet. */
const DIGIT = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i += 1) DIGIT[ALPHABET.charCodeAt(i)] = i;

/** Decoded by table (a run compares each posting with its candidates: two decodes a comparison). */
function fromBase64Url(text: string): Uint8Array | null {
  const bytes = new Uint8Array((text.length * 6) >>> 3);
  let n = 0;
  let bits = 0;
  let value = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? (DIGIT[c] as number) : -1;
    if (v < 0) return null;
    value = (value << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[n++] = (value >>> bits) & 0xff;
    }
    value &= (1 << bits) - 1;
  }
  return bytes;
}
