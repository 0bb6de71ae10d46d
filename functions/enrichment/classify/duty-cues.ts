/**
 * Skills named as duties rather than by their name: a verb of the skill's work, a few words, and
 * its object ("lead a team of 8 engineers", "Lead the development team", "responding to
 * production incidents"). The taxonomy gives each skill's `duties` (verbs and objects); this
 * module compiles them and finds them in a block, as lexicon matches, so that they are read with
 * the same evidence rules as a skill's cues.
 */

import type { Taxonomy } from '../taxonomy/index.ts';
import type { LexiconMatch } from './lexicon-matcher.ts';
import { alternation } from './qualification-rules.ts';

interface DutyCue {
  readonly id: string;
  readonly re: RegExp;
}

const W = '[\\p{L}\\p{N}]';

/**
 * Words that end the gap between verb and object: a preposition or conjunction means the object
 * belongs to another phrase ("manage stakeholders across teams", "lead the work with the team").
 */
const GAP_BREAKS =
  'across|with|for|to|in|on|of|from|by|at|between|within|into|and|or|alongside|other|another|mit|für|med|til|för|avec|pour|con|para|com';

/** Up to three words between the verb and the object, none of them a break word. */
const GAP = `(?:\\s+(?!(?:${GAP_BREAKS})(?!${W}))[\\p{L}\\p{N}'’-]+){0,3}?`;

const compiled = new WeakMap<Taxonomy, readonly DutyCue[]>();

function dutyCues(taxonomy: Taxonomy): readonly DutyCue[] {
  let cues = compiled.get(taxonomy);
  if (!cues) {
    cues = taxonomy.data.skills.flatMap((s) =>
      s.duties
        ? [
            {
              id: s.id,
              // "manage the team's backlog": a possessive object is not what the verb acts on.
              re: new RegExp(
                `(?<!${W})(?:${alternation(s.duties.verbs)})${GAP}\\s+(?:${alternation(s.duties.objects)})(?!${W})(?!['’]s(?!${W}))`,
                'giu',
              ),
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
  for (const { id, re } of dutyCues(taxonomy)) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re))
      found.push({ entry: { kind: 'skill', id }, start: m.index, end: m.index + m[0].length, duty: true });
  }
  return found;
}
