/**
 * The characters words are made of, read one UTF-16 code unit at a time as the lexicon's scan reads
 * them (lower-cased through a lookup table, Han characters read as breaks), and the FNV-1a hash of
 * a word that indexes cues by their first word. Moved out of lexicon-matcher.ts unchanged.
 */

const NON_ASCII_WORD = /[\p{L}\p{N}]/u;

export const UNKNOWN = 0xffff;
/**
 * For each UTF-16 code unit, its lower-case code when it is a letter or digit, else 0: one array
 * read per character in the scanning loop. ASCII is filled now, the rest on first sight.
 */
export const WORD_LOWER = new Uint16Array(0x10000).fill(UNKNOWN);
for (let c = 0; c < 128; c++) {
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) WORD_LOWER[c] = c;
  else WORD_LOWER[c] = c >= 65 && c <= 90 ? c + 32 : 0;
}

/**
 * A Han character (Chinese, in either script; the kanji of Japanese). Chinese writes no spaces, so
 * a Han character is read as a break between words: "精通linux" holds the word "linux", and
 * "熟悉TCP/IP路由" the cue "TCP/IP". Cues written in Han characters are found by `hanCues`.
 */
export function isHanCode(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

export const HAN_TEXT = /[\u3400-\u9fff\uf900-\ufaff]/;

export function learnWordLower(code: number): number {
  if (isHanCode(code)) {
    WORD_LOWER[code] = 0;
    return 0;
  }
  const ch = String.fromCharCode(code);
  const l = ch.toLowerCase();
  // "İ" lower-cases to two code units; as "i" it still matches "İSO 27001" and keeps offsets.
  const lower =
    code === 0x130 ? 0x69 : NON_ASCII_WORD.test(ch) ? (l.length === 1 ? l.charCodeAt(0) : code) : 0;
  WORD_LOWER[code] = lower;
  return lower;
}

/**
 * The lower-case code of a word character (a letter or digit, one code unit, lowered as
 * `toLowerCase` lowers it), or 0 for a character between words.
 */
export function wordLower(code: number): number {
  const lower = WORD_LOWER[code] as number;
  return lower === UNKNOWN ? learnWordLower(code) : lower;
}

/** A letter or digit: the characters words are made of. */
export function isWordCode(code: number): boolean {
  return wordLower(code) !== 0;
}

/** FNV-1a's offset basis as a signed 32-bit integer, so the hash never leaves small-integer math. */
export const FNV_OFFSET = -2128831035;
export const FNV_PRIME = 16777619;
/** Bits of a word hash that index the first-word filter. */
export const FILTER_MASK = 0xffff;

/** FNV-1a over char codes, as a signed 32-bit integer (a small-integer Map key): the same for a word however it is reached. */
export function hashWord(text: string, from: number, to: number): number {
  let h = FNV_OFFSET;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

/**
 * The end offset when `words` (lower-case), from the `from`-th on, stand at `at` in `text` in any
 * case, separated by non-word runs; else -1.
 */
export function matchWordsFrom(text: string, at: number, words: readonly string[], from = 0): number {
  const n = text.length;
  let pos = at;
  for (let w = from; w < words.length; w++) {
    const word = words[w] as string;
    if (!isWordAt(text, pos, pos + word.length, word)) return -1;
    pos += word.length;
    if (w < words.length - 1) {
      const before = pos;
      while (pos < n && !isWordCode(text.charCodeAt(pos))) pos++;
      if (pos === before) return -1;
    }
  }
  return pos;
}

/** Whether `text[start, end)` is the whole word `word` (lower-case), in any case. */
export function isWordAt(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length || end > text.length) return false;
  for (let k = 0; k < word.length; k++) {
    if (wordLower(text.charCodeAt(start + k)) !== word.charCodeAt(k)) return false;
  }
  return end === text.length || !isWordCode(text.charCodeAt(end));
}

/** `hashWord` of the lower-cased word starting at `at`. */
export function hashWordAt(text: string, at: number): number {
  let h = FNV_OFFSET;
  for (let i = at; i < text.length; i++) {
    const l = wordLower(text.charCodeAt(i));
    if (l === 0) break;
    h = Math.imul(h ^ l, FNV_PRIME);
  }
  return h;
}
