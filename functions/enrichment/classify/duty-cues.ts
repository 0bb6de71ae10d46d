/**
 * Skills named as duties rather than by their name: a verb of the skill's work, a few words, and
 * its object ("lead a team of 8 engineers", "Lead the development team", "responding to
 * production incidents"). The taxonomy gives each skill's `duties` (verbs and objects); this
 * module compiles them and finds them in a block, as lexicon matches, so that they are read with
 * the same evidence rules as a skill's cues.
 */

import type { Taxonomy } from '../taxonomy/index.ts';
import { gatedByCues, type TextPattern } from './cue-words.ts';
import type { LexiconMatch } from './lexicon-matcher.ts';
import { alternation } from './qualification-rules.ts';

export interface DutyCue {
  readonly id: string;
  readonly re: RegExp;
  /**
   * The first words of the cue's verbs alone, with the same flags: a text where none stands can
   * hold no match, and this plain alternation is far cheaper to scan than `re` with its lookbehind
   * and gap (most blocks of a feed name no duty). Gated by the verbs' words (cue-words.ts): a match
   * starts at a word, as `matchDuties` checks, so ASCII text without one of them ("leaders") is
   * ruled out without a scan.
   */
  readonly heads: TextPattern;
  /**
   * The cue's objects alone, gated the same way: a text with a verb but none of the objects
   * ("manage the budget" for "IT projects") holds no match either.
   */
  readonly objects: TextPattern;
}

const W = '[\\p{L}\\p{N}]';

/**
 * Words that end the gap between verb and object: a preposition or conjunction means the object
 * belongs to another phrase ("manage stakeholders across teams", "lead the work with the team").
 */
const GAP_BREAKS =
  'across|with|for|to|in|on|of|from|by|at|between|within|into|and|or|alongside|other|another|mit|für|med|til|för|avec|pour|con|para|com';

/** A gap word: letters or digits, or an abbreviation written with full stops ("I.T.", "U.S."). */
const GAP_WORD = `(?:(?:\\p{L}\\.){2,}|[\\p{L}\\p{N}'’-]+)`;

/** Up to three words between the verb and the object, none of them a break word. */
const GAP = `(?:\\s+(?!(?:${GAP_BREAKS})(?!${W}))${GAP_WORD}){0,3}?`;

/**
 * The verbs coordinated with the cue's verb, which act on the same object: "Hires, supervises,
 * evaluates, and develops assigned staff", "supervises and directs the department's personnel",
 * "lead, coach and mentor the team". Single words only, at most five, the last after "and" or "&".
 */
const SERIES = `(?:(?:\\s*,\\s*[\\p{L}-]+){0,4}\\s*,?\\s+(?:and|&|und|og|och|et|y|e)\\s+[\\p{L}-]+)?`;

const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** The code point that ends just before `at` (a surrogate pair whole). */
function codePointBefore(text: string, at: number): string {
  const low = text.charCodeAt(at - 1);
  const high = at >= 2 ? text.charCodeAt(at - 2) : 0;
  const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return text.slice(pair ? at - 2 : at - 1, at);
}

/**
 * The optional link phrase of a duty and the gap after it ("the work of" + "assigned"), or nothing
 * when the skill names no links. Its words are not break words: "of" in "the work of" joins.
 */
function linkOf(links: readonly string[] | undefined): string {
  return links ? `(?:\\s+(?:${alternation(links)})${GAP})?` : '';
}

const compiled = new WeakMap<Taxonomy, readonly DutyCue[]>();

/** The compiled duty cue of each skill that has duties (for tests: its `re` has no boundary before the verb). */
export function dutyCues(taxonomy: Taxonomy): readonly DutyCue[] {
  let cues = compiled.get(taxonomy);
  if (!cues) {
    cues = taxonomy.data.skills.flatMap((s) =>
      s.duties
        ? [
            {
              id: s.id,
              // "manage the team's backlog", "manage employees' devices": a possessive object is
              // not what the verb acts on.
              // "evaluates the work of subordinate staff": a link phrase may join the gap before the object.
              re: new RegExp(
                `(?:${alternation(s.duties.verbs)})${SERIES}${GAP}${linkOf(s.duties.links)}\\s+(?:${alternation(s.duties.objects)})(?!${W})(?!['’]s?(?!${W}))`,
                'giu',
              ),
              heads: gatedByCues(
                new RegExp(
                  alternation([...new Set(s.duties.verbs.map((verb) => verb.split(/\s+/)[0] ?? verb))]),
                  'iu',
                ),
                s.duties.verbs,
              ),
              objects: gatedByCues(new RegExp(alternation(s.duties.objects), 'iu'), s.duties.objects),
            },
          ]
        : [],
    );
    compiled.set(taxonomy, cues);
  }
  return cues;
}

/** The duties of the taxonomy's skills that `text` names, as skill matches over the whole phrase. */
export function matchDuties(taxonomy: Taxonomy, text: string): LexiconMatch[] {
  const found: LexiconMatch[] = [];
  for (const { id, re, heads, objects } of dutyCues(taxonomy)) {
    if (!heads.test(text) || !objects.test(text)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      // A verb inside a longer word ("mislead the team") starts no match: try the next position,
      // as a lookbehind would (kept out of the regex, where it is tried at every position).
      if (m.index > 0 && WORD_CHAR.test(codePointBefore(text, m.index))) {
        re.lastIndex = m.index + 1;
        continue;
      }
      found.push({ entry: { kind: 'skill', id }, start: m.index, end: m.index + m[0].length, duty: true });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return found;
}
