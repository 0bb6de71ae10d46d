/**
 * A cheap test that a sentence cannot hold any cue of a requirement-cue regex, so the regex (a
 * long alternation, scanned at every position) runs only on sentences that may hold one. The
 * skill-evidence patterns that open with a phrase of a list ("you will need", "our clients") are
 * gated the same way (`gatedByCues`).
 *
 * The regex's cues stand word-bounded (`(?<![\p{L}\p{N}])…(?![\p{L}\p{N}])`), and a cue's words
 * end where a character other than a letter or digit follows them in the cue (a space, which the
 * regex reads as `[\s-]+`, a hyphen, an apostrophe) or where the cue ends. In a text of ASCII
 * characters only, a match therefore starts at a whole word that is, lower-cased, a one-word cue,
 * or at two words (with only other characters between them) that are a longer cue's first two:
 * cues with a character beyond ASCII cannot match ASCII text (no cue holds one of the two
 * that case-fold to ASCII, the Kelvin sign and the long s, or the gate is off). Text with any
 * other character is left to the regex.
 */

/** Per gated regex: its one-word cues, and its longer cues' second words by their first. */
const gates = new WeakMap<
  RegExp,
  { readonly words: ReadonlySet<string>; readonly pairs: ReadonlyMap<string, ReadonlySet<string>> }
>();

const ASCII_WORD_START = /^[A-Za-z0-9]/;
const ASCII_WORDS = /[A-Za-z0-9]+/g;
/** Characters beyond ASCII that case-fold to an ASCII letter: "K" (Kelvin sign) and "ſ". */
const FOLDS_TO_ASCII = /[\u212a\u017f]/;

/** Notes the cues `re` was compiled from; a list whose first words cannot be told leaves `re` ungated. */
export function noteCueWords(re: RegExp, cues: readonly string[]): void {
  const words = new Set<string>();
  const pairs = new Map<string, Set<string>>();
  for (const cue of cues) {
    if (FOLDS_TO_ASCII.test(cue)) return;
    // A cue with a character beyond ASCII cannot match ASCII text.
    if (!isAscii(cue)) continue;
    if (!ASCII_WORD_START.test(cue)) return;
    const [first, second] = (cue.match(ASCII_WORDS) as RegExpMatchArray).map((w) => w.toLowerCase());
    if (second === undefined) words.add(first as string);
    else {
      const seconds = pairs.get(first as string) ?? new Set<string>();
      seconds.add(second);
      pairs.set(first as string, seconds);
    }
  }
  gates.set(re, { words, pairs });
  if (nextBit >= MAX_BITS) return; // read by `mayHoldCue` only
  const bit = 1 << nextBit++;
  bits.set(re, bit);
  for (const w of words) wordBits.set(w, (wordBits.get(w) ?? 0) | bit);
  for (const [first, seconds] of pairs) {
    const byNext = pairBits.get(first) ?? new Map<string, number>();
    for (const second of seconds) byNext.set(second, (byNext.get(second) ?? 0) | bit);
    pairBits.set(first, byNext);
  }
}

/**
 * One bit per gated regex, and per cue word (or pair of first words) the bits of the regexes it
 * may open: a text's words are looked up once for every gate at a time. Bits are handed out to the
 * first `MAX_BITS` regexes noted (a process compiles a taxonomy or a few); later ones are gated by
 * `mayHoldCue` alone, which is slower but the same.
 */
const MAX_BITS = 31;
let nextBit = 0;
const bits = new WeakMap<RegExp, number>();
const wordBits = new Map<string, number>();
const pairBits = new Map<string, Map<string, number>>();
const EVERY_BIT = -1;

/** The bits of the regexes whose cues may stand among `words` (`asciiWords` of a text); every bit when null. */
function bitsOf(words: readonly string[] | null): number {
  if (words === null) return EVERY_BIT;
  let found = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    found |= wordBits.get(word) ?? 0;
    const byNext = pairBits.get(word);
    if (byNext !== undefined && i + 1 < words.length) found |= byNext.get(words[i + 1] as string) ?? 0;
  }
  return found;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/** The lower-cased words (runs of ASCII letters and digits) of an ASCII text; null for other text. */
export function asciiWords(text: string): readonly string[] | null {
  const words: string[] = [];
  let start = -1;
  let upper = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c > 127) return null;
    const capital = c >= 65 && c <= 90;
    const word = capital || (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (word) {
      if (start < 0) start = i;
      upper ||= capital;
    } else if (start >= 0) {
      const w = text.slice(start, i);
      words.push(upper ? w.toLowerCase() : w);
      start = -1;
      upper = false;
    }
  }
  return words;
}

/** False when `re`'s cues cannot stand among `words` (`asciiWords` of the text); true when they may or `re` is not gated. */
export function mayHoldCue(re: RegExp, words: readonly string[] | null): boolean {
  const gate = gates.get(re);
  if (!gate || words === null) return true;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (gate.words.has(word)) return true;
    if (i + 1 < words.length && gate.pairs.get(word)?.has(words[i + 1] as string)) return true;
  }
  return false;
}

/** A regex's `test` and `exec`, as the evidence rules use them. */
export interface TextPattern {
  test(text: string): boolean;
  exec(text: string): RegExpExecArray | null;
}

/** Texts longer than this are not gated (a sentence is far shorter; a paragraph may not be). */
const MAX_LISTED_CHARS = 4_000;

/** The last text whose words were read: the sentence every gated pattern is asked about in turn. */
let listed: { text: string; bits: number } = { text: '', bits: EVERY_BIT };

/**
 * Whether `re`'s noted cues may stand in `text` (true when `re` is not gated); the text's words
 * are read once however many gated regexes ask about it in turn.
 */
export function mayHoldCueIn(re: RegExp, text: string): boolean {
  // A page-long text is left to the regex: listing a million words costs more than one scan.
  if (text.length > MAX_LISTED_CHARS) return true;
  const bit = bits.get(re);
  if (bit === undefined) return gates.has(re) ? mayHoldCue(re, asciiWords(text)) : true;
  if (listed.text !== text) listed = { text, bits: bitsOf(asciiWords(text)) };
  return (listed.bits & bit) !== 0;
}

/**
 * `re` (not global: it keeps no place between calls), run only on texts where one of `cues` may
 * start a match (`noteCueWords`). `cues` must be the phrases every match of `re` begins with, at
 * the start of a word, each followed in `re` by a character other than a letter or digit or by
 * the end of the match; any match then lies where the gate lets `re` run, so results are the same.
 */
export function gatedByCues(re: RegExp, cues: readonly string[]): TextPattern & { readonly regex: RegExp } {
  if (re.global || re.sticky) throw new Error('a gated pattern keeps no lastIndex');
  noteCueWords(re, cues);
  return {
    regex: re,
    test: (text) => mayHoldCueIn(re, text) && re.test(text),
    exec: (text) => (mayHoldCueIn(re, text) ? re.exec(text) : null),
  };
}
