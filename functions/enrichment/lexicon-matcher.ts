/**
 * A compiled matcher for the whole skill and certification lexicon. Every cue is compiled once
 * and indexed by a hash of its first word; a text is matched in one pass over its lower-cased
 * copy that hashes each word as it goes (no allocation) and verifies only the cues whose first
 * word hashes the same. No regex per skill runs and no token strings are allocated.
 *
 * Matching is word-bounded, ignores punctuation and spacing between words ("CI/CD" = "CI CD",
 * "PCI-DSS" = "PCI DSS"), is case-insensitive unless a cue says otherwise, and takes the longest
 * cue at each position, so "Azure Active Directory" is Entra ID rather than Azure plus Active
 * Directory.
 */
import type { Cue } from '../../taxonomy/schema.ts';

export type LexiconKind = 'skill' | 'certification';

export interface LexiconEntry {
  readonly kind: LexiconKind;
  readonly id: string;
}

export interface LexiconSource {
  readonly kind: LexiconKind;
  readonly id: string;
  readonly cues: readonly Cue[];
}

export interface LexiconMatch {
  readonly entry: LexiconEntry;
  /** Offsets of the matched text in the scanned string. */
  readonly start: number;
  readonly end: number;
}

interface CompiledCue {
  readonly entry: LexiconEntry;
  /** Lower-case words of the cue. */
  readonly words: readonly string[];
  /** The cue's words as written, joined by one space, for case-sensitive cues. */
  readonly exact: string | null;
  /** Lower-case phrases (words joined by one space) of which one must stand in the same text. */
  readonly context: readonly string[] | null;
}

const NON_ASCII_WORD = /[\p{L}\p{N}]/u;

const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++)
  ASCII_WORD[c] = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) ? 1 : 0;
const nonAsciiWord = new Map<number, boolean>();

/** A letter or digit: the characters words are made of. */
function isWordCode(code: number): boolean {
  if (code < 128) return ASCII_WORD[code] === 1;
  let word = nonAsciiWord.get(code);
  if (word === undefined) {
    word = NON_ASCII_WORD.test(String.fromCharCode(code));
    nonAsciiWord.set(code, word);
  }
  return word;
}

const lowerCache = new Map<number, number>();

/** The lower-case code of a non-ASCII letter (one code unit), as `toLowerCase` gives it. */
function lowerCode(code: number): number {
  let lower = lowerCache.get(code);
  if (lower === undefined) {
    const l = String.fromCharCode(code).toLowerCase();
    lower = l.length === 1 ? l.charCodeAt(0) : code;
    lowerCache.set(code, lower);
  }
  return lower;
}

/** FNV-1a over char codes: the same for a word however it is reached. */
function hashWord(text: string, from: number, to: number): number {
  let h = 2166136261;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Lower-case words of `text` joined by single spaces: the normal form cues are compiled to. */
export function normalizePhrase(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

function exactForm(text: string): string {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/** Whether `phrase` (normal form) stands word-bounded in `lower` (a lower-cased text). */
export function containsPhrase(lower: string, phrase: string): boolean {
  if (!phrase) return false;
  const words = phrase.split(' ');
  const first = words[0] as string;
  let from = 0;
  for (;;) {
    const at = lower.indexOf(first, from);
    if (at < 0) return false;
    from = at + 1;
    if (at > 0 && isWordCode(lower.charCodeAt(at - 1))) continue;
    if (matchWordsAt(lower, at, words) >= 0) return true;
  }
}

/** The end offset when `words` stand at `at` separated by non-word runs, else -1. */
function matchWordsAt(lower: string, at: number, words: readonly string[]): number {
  let pos = at;
  for (let w = 0; w < words.length; w++) {
    const word = words[w] as string;
    if (!lower.startsWith(word, pos)) return -1;
    pos += word.length;
    if (pos < lower.length && isWordCode(lower.charCodeAt(pos))) return -1;
    if (w < words.length - 1) {
      const before = pos;
      while (pos < lower.length && !isWordCode(lower.charCodeAt(pos))) pos++;
      if (pos === before) return -1;
    }
  }
  return pos;
}

export class LexiconMatcher {
  /** Cues by the hash of their first word, longest first. */
  private readonly byFirstWord = new Map<number, CompiledCue[]>();

  constructor(sources: Iterable<LexiconSource>) {
    for (const source of sources) {
      const entry: LexiconEntry = { kind: source.kind, id: source.id };
      for (const cue of source.cues) this.add(entry, cue);
    }
    for (const list of this.byFirstWord.values())
      list.sort((a, b) => b.words.join(' ').length - a.words.join(' ').length);
  }

  private add(entry: LexiconEntry, cue: Cue): void {
    const spec = typeof cue === 'string' ? { text: cue, caseSensitive: false, context: undefined } : cue;
    const phrase = normalizePhrase(spec.text);
    if (!phrase) return;
    const words = phrase.split(' ');
    const first = words[0] as string;
    const key = hashWord(first, 0, first.length);
    let list = this.byFirstWord.get(key);
    if (!list) {
      list = [];
      this.byFirstWord.set(key, list);
    }
    list.push({
      entry,
      words,
      exact: spec.caseSensitive ? exactForm(spec.text) : null,
      context: spec.context ? spec.context.map(normalizePhrase) : null,
    });
  }

  /**
   * Finds every cue in `text`. For each kind, matches do not overlap: at each word start the
   * longest cue that passes its case and context checks wins.
   */
  match(text: string): LexiconMatch[] {
    const found: LexiconMatch[] = [];
    const until: Record<LexiconKind, number> = { skill: 0, certification: 0 };
    const n = text.length;
    // Lower-cased lazily, only when a candidate cue must be verified: most blocks have none.
    let lower: string | null = null;
    let i = 0;
    while (i < n) {
      while (i < n && !isWordCode(text.charCodeAt(i))) i++;
      if (i >= n) break;
      const start = i;
      let h = 2166136261;
      while (i < n) {
        let c = text.charCodeAt(i);
        if (c < 128) {
          if (ASCII_WORD[c] !== 1) break;
          if (c >= 65 && c <= 90) c += 32;
        } else {
          if (!isWordCode(c)) break;
          c = lowerCode(c);
        }
        h = Math.imul(h ^ c, 16777619);
        i++;
      }
      const candidates = this.byFirstWord.get(h >>> 0);
      if (!candidates) continue;
      if (lower === null) {
        lower = text.toLowerCase();
        // Lower-casing can change the length of a few characters (İ); offsets must stay aligned.
        if (lower.length !== n) return this.match(text.replace(/İ/g, 'I'));
      }
      const best: Record<LexiconKind, { cues: CompiledCue[]; end: number } | null> = {
        skill: null,
        certification: null,
      };
      for (const cue of candidates) {
        const kind = cue.entry.kind;
        if (start < until[kind]) continue;
        const end = matchWordsAt(lower, start, cue.words);
        if (end < 0) continue;
        const current = best[kind];
        if (current && current.end > end) continue;
        if (!this.accepts(cue, text, lower, start, end)) continue;
        if (!current || current.end < end) best[kind] = { cues: [cue], end };
        else if (!current.cues.some((c) => c.entry.id === cue.entry.id)) current.cues.push(cue);
      }
      for (const kind of KINDS) {
        const hit = best[kind];
        if (!hit) continue;
        until[kind] = hit.end;
        for (const cue of hit.cues) found.push({ entry: cue.entry, start, end: hit.end });
      }
    }
    return found;
  }

  private accepts(cue: CompiledCue, text: string, lower: string, start: number, end: number): boolean {
    if (cue.exact !== null && exactForm(text.slice(start, end)) !== cue.exact) return false;
    if (cue.context) return cue.context.some((phrase) => containsPhrase(lower, phrase));
    return true;
  }
}

const KINDS: readonly LexiconKind[] = ['skill', 'certification'];
