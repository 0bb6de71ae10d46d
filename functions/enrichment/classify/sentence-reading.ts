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
 * A "sentence" longer than `MAX_REACH` on either side of the match (a page of one paragraph with
 * no full stop) is cut to that reach at a space: no reader is handed megabytes per match.
 *
 * Cost: a text up to `INDEXED_FROM` characters is searched directly; a longer one has its stops
 * indexed once (a few recent texts are kept) and each call is a binary search, so reading every
 * match of a long paragraph stays linear in the paragraph, not quadratic.
 */
export function sentenceAround(text: string, start: number, end: number): { text: string; offset: number } {
  let from: number;
  let to: number;
  if (text.length < INDEXED_FROM) {
    from = 0;
    for (const stop of SENTENCE_STOPS) {
      const at = text.lastIndexOf(stop, start - 1);
      if (at >= from) from = at + 1;
    }
    to = text.length;
    let toSemicolon = false;
    for (const stop of SENTENCE_STOPS) {
      const at = text.indexOf(stop, end);
      if (at !== -1 && at < to) {
        to = at;
        toSemicolon = stop === ';';
      }
    }
    if (to < text.length && !toSemicolon) to++; // keep the full stop, not the ";"
  } else {
    const stops = stopsOf(text);
    const before = lastBelow(stops, start); // the last stop at or before start - 1
    from = before >= 0 ? (stops[before] as number) + 1 : 0;
    const after = lastBelow(stops, end) + 1; // the first stop at or after end
    const at = stops[after];
    to = at === undefined ? text.length : text.charCodeAt(at) === SEMICOLON ? at : at + 1;
    if (start - from > MAX_REACH) from = wordStart(text, start - MAX_REACH, start);
    if (to - end > MAX_REACH) to = wordEnd(text, end + MAX_REACH, end);
  }
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  return { text: raw.trim(), offset: from + lead };
}

/** Texts at least this long have their sentence stops indexed. */
const INDEXED_FROM = 4096;
/** How far a sentence reaches on either side of its match at most. */
const MAX_REACH = 1000;
const SEMICOLON = 59;
/** Indexed texts kept: the block being read and a few before it. */
const KEPT = 4;
const indexes: { text: string; stops: Int32Array }[] = [];

/** The offsets of every stop in `text` (";", or ".", "!", "?" before a space), ascending. */
function stopsOf(text: string): Int32Array {
  const kept = indexes.find((i) => i.text === text);
  if (kept) return kept.stops;
  const found: number[] = [];
  const stop = /;|[.!?](?= )/g;
  for (let m = stop.exec(text); m; m = stop.exec(text)) found.push(m.index);
  const stops = Int32Array.from(found);
  indexes.unshift({ text, stops });
  if (indexes.length > KEPT) indexes.pop();
  return stops;
}

/** The index of the last stop below `limit`, or -1. */
function lastBelow(stops: Int32Array, limit: number): number {
  let lo = 0;
  let hi = stops.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((stops[mid] as number) < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The start of the first word at or after `at` (before `limit`), so a cut sentence starts whole. */
function wordStart(text: string, at: number, limit: number): number {
  const space = text.indexOf(' ', at);
  return space !== -1 && space < limit ? space + 1 : at;
}

/** The end of the last word before `at` (after `limit`), so a cut sentence ends whole. */
function wordEnd(text: string, at: number, limit: number): number {
  const space = text.lastIndexOf(' ', at);
  return space > limit ? space : at;
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
