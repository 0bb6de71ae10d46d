/**
 * The text around a match: the sentence it stands in (the evidence a match keeps, and where its
 * requirement cue is looked for), clipped to a stored length, and whether a negation stands
 * right before it ("no Kubernetes", "without VMware").
 */

const MAX_EVIDENCE = 300;

const SENTENCE_STOPS = [';', '. ', '! ', '? '] as const;

/**
 * The sentence around [start, end) of `text`, and its offset. A sentence ends at ";" or at ".",
 * "!" or "?" before a space; block text is squashed, so a space is the only white space left.
 */
export function sentenceAround(text: string, start: number, end: number): { text: string; offset: number } {
  let from = 0;
  for (const stop of SENTENCE_STOPS) {
    const at = text.lastIndexOf(stop, start - 1);
    if (at >= from) from = at + 1;
  }
  let to = text.length;
  let toSemicolon = false;
  for (const stop of SENTENCE_STOPS) {
    const at = text.indexOf(stop, end);
    if (at !== -1 && at < to) {
      to = at;
      toSemicolon = stop === ';';
    }
  }
  if (to < text.length && !toSemicolon) to++; // keep the full stop, not the ";"
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  return { text: raw.trim(), offset: from + lead };
}

/** Evidence as stored: at most `MAX_EVIDENCE` characters, an ellipsis where it was cut. */
export function clip(text: string): string {
  return text.length > MAX_EVIDENCE ? `${text.slice(0, MAX_EVIDENCE - 1)}…` : text;
}

/** "no Kubernetes", "without VMware", "not an individual contributor role": named to be ruled out. */
const NEGATIONS = new Set(['no', 'not', 'without', 'zero']);
const ARTICLES = new Set(['a', 'an', 'the']);
/** "No" is a negation in English; in Portuguese ("no Azure") it means "in the". */
const ENGLISH = /\b(?:the|and|with|of)\b/i;

/** Whether the word before `start` (across spaces and one article) is a negation; no regex per word. */
export function negated(text: string, start: number): boolean {
  let word = wordBefore(text, start);
  if (word !== null && ARTICLES.has(word.text)) word = wordBefore(text, word.from);
  if (word === null || !NEGATIONS.has(word.text)) return false;
  return word.text !== 'no' || ENGLISH.test(text);
}

/** The lower-case ASCII word that ends, across spaces, right before `start`; null when none does. */
function wordBefore(text: string, start: number): { text: string; from: number } | null {
  let end = start;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  if (end === start || start - end > 3) return null;
  let from = end;
  while (from > 0 && end - from <= 7 && isAsciiLetter(text.charCodeAt(from - 1))) from--;
  const length = end - from;
  if (length < 1 || length > 7 || (from > 0 && isAsciiLetter(text.charCodeAt(from - 1)))) return null;
  return { text: text.slice(from, end).toLowerCase(), from };
}

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}
