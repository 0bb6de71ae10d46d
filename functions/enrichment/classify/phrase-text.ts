/**
 * Phrases and sentences of a text as the lexicon reads them: a phrase's normal form, whether it
 * stands word-bounded in a text, the sentence around an offset, the words right before and after
 * one, an English plural, and the "Â" a mis-decoded no-break space leaves. Moved out of
 * lexicon-matcher.ts unchanged.
 */
import { isWordCode, matchWordsFrom } from './word-scan.ts';

/** Lower-case words of `text` joined by single spaces: the normal form cues are compiled to. */
export function normalizePhrase(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/**
 * "İ" as "I", as the scan reads it: Turkish text writes "CİSSP" and "SİEM", and `toLowerCase`
 * would make the dotted capital two code units ("i" and a combining dot), so no cue would match.
 */
export function plainCapitalI(text: string): string {
  return text.includes('İ') ? text.replaceAll('İ', 'I') : text;
}

export function exactForm(text: string): string {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/**
 * Whether `phrase` (normal form) stands word-bounded in `lower` (a lower-cased text), within
 * `[from, to)` when given.
 */
export function containsPhrase(lower: string, phrase: string, from = 0, to = lower.length): boolean {
  if (!phrase) return false;
  const words = phrase.split(' ');
  const first = words[0] as string;
  let next = from;
  for (;;) {
    const at = lower.indexOf(first, next);
    if (at < 0 || at >= to) return false;
    next = at + 1;
    if (at > from && isWordCode(lower.charCodeAt(at - 1))) continue;
    const end = matchWordsFrom(lower, at, words);
    if (end >= 0 && end <= to) return true;
  }
}

/**
 * The sentence of `text` around `[start, end)`: it ends at ";" or at ".", "!" or "?" before a
 * space. A cue's context words count only there: "certifications such as CISSP" in one sentence
 * says nothing of "the ITIL framework" in the next.
 */
export function sentenceBounds(text: string, start: number, end: number): { from: number; to: number } {
  let from = 0;
  for (let i = start - 1; i > 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 59 /* ; */ || c === 10) {
      from = i + 1;
      break;
    }
    if (c === 32 && isStop(text.charCodeAt(i - 1))) {
      from = i;
      break;
    }
  }
  let to = text.length;
  for (let i = end; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 59 || c === 10 || (isStop(c) && (i + 1 === text.length || text.charCodeAt(i + 1) === 32))) {
      to = i;
      break;
    }
  }
  return { from, to };
}

function isStop(code: number): boolean {
  return code === 46 /* . */ || code === 33 /* ! */ || code === 63 /* ? */;
}

/**
 * The English plural of a lower-case noun of three or more ASCII letters ("pipeline" → "pipelines",
 * "policy" → "policies", "patch" → "patches"); null for a word that already ends in "s" or is
 * no such noun (a digit, an accent, a short word).
 */
export function pluralOf(word: string): string | null {
  if (!/^[a-z]{3,}$/.test(word) || word.endsWith('s')) return null;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(?:sh|ch|x|z)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

/** The lower-case word that ends, across white space only, before `start`; "" when none does. */
export function wordBeforeAt(text: string, start: number): string {
  let end = start;
  while (end > 0 && /\s/.test(text.charAt(end - 1))) end--;
  let from = end;
  while (from > 0 && isWordCode(text.charCodeAt(from - 1))) from--;
  return text.slice(from, end).toLowerCase();
}

/** The lower-case word that starts, across white space, right after `end`. */
export function wordAfterAt(text: string, end: number): string {
  let from = end;
  while (from < text.length && /\s/.test(text.charAt(from))) from++;
  let to = from;
  while (to < text.length && isWordCode(text.charCodeAt(to))) to++;
  return text.slice(from, to).toLowerCase();
}

/**
 * "Business ContinuityÂ Plans": a no-break space decoded as Latin-1 leaves "Â" glued to the word
 * before it. A capital "Â" right after a lower-case letter and before white space ends no word of
 * the languages the lexicon reads, so it is read as the space it was (same length: offsets hold).
 */
const GLUED_MOJIBAKE = /(?<=\p{Ll})\u00c2(?=[\s\u00a0]|$)/gu;

/** `text` with each glued "Â" read as a space; `text` itself when it holds none. */
export function unglueMojibake(text: string): string {
  return text.includes('\u00c2') ? text.replace(GLUED_MOJIBAKE, ' ') : text;
}
