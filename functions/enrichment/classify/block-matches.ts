/**
 * The lexicon's matches and the duty phrases of a block's text, read once per text: a feed's
 * postings repeat their employer's paragraphs (who we are, benefits, equal opportunity), and a
 * block read for one posting is not scanned again for the next.
 */

import type { Taxonomy } from '../taxonomy/index.ts';
import { matchDuties } from './duty-cues.ts';
import type { LexiconMatch } from './lexicon-matcher.ts';
import type { CompiledQualifications } from './qualification-rules.ts';

/** Texts kept per compiled taxonomy; the memo is emptied when full, so it never grows past this. */
const KEPT = 256;
/** Longer texts are scanned each time: a page-long paragraph seldom repeats, and is not held. */
const MAX_KEPT_CHARS = 4_000;

const memos = new WeakMap<CompiledQualifications, Map<string, readonly LexiconMatch[]>>();

/** The skill, certification and signal matches of `text`, then its duty phrases (shared: not to be changed). */
export function blockMatches(
  rules: CompiledQualifications,
  taxonomy: Taxonomy,
  text: string,
): readonly LexiconMatch[] {
  if (text.length > MAX_KEPT_CHARS) return read(rules, taxonomy, text);
  let memo = memos.get(rules);
  if (!memo) {
    memo = new Map();
    memos.set(rules, memo);
  }
  let matches = memo.get(text);
  if (!matches) {
    matches = Object.freeze(read(rules, taxonomy, text));
    if (memo.size >= KEPT) memo.clear();
    memo.set(text, matches);
  } else if (!seenAgain.has(matches)) {
    seenAgain.add(matches);
    for (const m of matches) repeated.add(m);
  }
  return matches;
}

/** Texts read a second time, and their matches: what is read of such a match is worth keeping. */
const seenAgain = new WeakSet<readonly LexiconMatch[]>();
const repeated = new WeakSet<LexiconMatch>();

/**
 * Whether `m` is a match of a text blockMatches was asked for more than once (a feed's repeated
 * paragraph): a reader may keep what it reads of `m` by the match, and a text read once costs nothing.
 */
export function isRepeatedMatch(m: LexiconMatch): boolean {
  return repeated.has(m);
}

function read(rules: CompiledQualifications, taxonomy: Taxonomy, text: string): LexiconMatch[] {
  return [...rules.matcher.match(text), ...matchDuties(taxonomy, text)];
}
