/**
 * A cheap test that a sentence cannot hold any cue of a requirement-cue regex, so the regex (a
 * long alternation, scanned at every position) runs only on sentences that may hold one.
 *
 * The regex's cues stand word-bounded (`(?<![\p{L}\p{N}])…(?![\p{L}\p{N}])`), and a cue's first
 * word ends where a character other than a letter or digit follows it in the cue (a space, which
 * the regex reads as `[\s-]+`, a hyphen, an apostrophe) or where the cue ends. In a text of ASCII
 * characters only, a match therefore starts at a whole word that is, lower-cased, some cue's first
 * word: cues with a character beyond ASCII cannot match ASCII text (no cue holds one of the two
 * that case-fold to ASCII, the Kelvin sign and the long s, or the gate is off). Text with any
 * other character is left to the regex.
 */

const firstWordsOf = new WeakMap<RegExp, ReadonlySet<string>>();

const ASCII_WORD_START = /^[A-Za-z0-9]/;
const FIRST_WORD = /^[A-Za-z0-9]+/;
/** Characters beyond ASCII that case-fold to an ASCII letter: "K" (Kelvin sign) and "ſ". */
const FOLDS_TO_ASCII = /[\u212a\u017f]/;

/** Notes the cues `re` was compiled from; a list whose first words cannot be told leaves `re` ungated. */
export function noteCueWords(re: RegExp, cues: readonly string[]): void {
  const firsts = new Set<string>();
  for (const cue of cues) {
    if (FOLDS_TO_ASCII.test(cue)) return;
    // A cue with a character beyond ASCII cannot match ASCII text.
    if (!isAscii(cue)) continue;
    if (!ASCII_WORD_START.test(cue)) return;
    firsts.add((FIRST_WORD.exec(cue) as RegExpExecArray)[0].toLowerCase());
  }
  firstWordsOf.set(re, firsts);
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/** The lower-cased words (runs of ASCII letters and digits) of an ASCII text; null for other text. */
export function asciiWords(text: string): readonly string[] | null {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c > 127) return null;
    const word = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      words.push(text.slice(start, i).toLowerCase());
      start = -1;
    }
  }
  return words;
}

/** False when `re`'s cues cannot stand among `words` (`asciiWords` of the text); true when they may or `re` is not gated. */
export function mayHoldCue(re: RegExp, words: readonly string[] | null): boolean {
  const firsts = firstWordsOf.get(re);
  return !firsts || words === null || words.some((w) => firsts.has(w));
}
