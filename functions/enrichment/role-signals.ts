/**
 * Phrases that say something of the role itself, whatever its title: a sales job's own pay and
 * targets, or a body that calls the job an individual contributor's. They are matched in the same
 * pass over the text as skills and certifications (see qualifications.ts), so spotting them costs
 * no scan of its own. A cue whose first word is common ("on", "is", "plus", "new") would cost a
 * lookup at every use of that word, so each cue starts with a rarer one.
 */
import type { LexiconSource } from './lexicon-matcher.ts';

/** A role signal found in a posting: its id and the words that said it. */
export interface RoleSignal {
  readonly id: string;
  readonly text: string;
}

/** Ids of sales signals start with this; two distinct ones make a sales job. */
export const SALES_SIGNAL = 'sales:';
export const INDIVIDUAL_CONTRIBUTOR_SIGNAL = 'individual-contributor';

const signal = (id: string, cues: LexiconSource['cues']): LexiconSource => ({ kind: 'signal', id, cues });

export const ROLE_SIGNALS: readonly LexiconSource[] = [
  signal(`${SALES_SIGNAL}quota`, [
    'sales quota',
    'annual quota',
    'quota attainment',
    'quota carrying',
    'carry a quota',
    'carrying a quota',
  ]),
  signal(`${SALES_SIGNAL}commission`, [
    'uncapped commission',
    'uncapped commissions',
    'commission plan',
    'commission structure',
  ]),
  signal(`${SALES_SIGNAL}ote`, [{ text: 'OTE', caseSensitive: true }, 'target earnings']),
  signal(`${SALES_SIGNAL}book-of-business`, ['book of business']),
  signal(`${SALES_SIGNAL}cold-calling`, ['cold calling', 'cold calls']),
  signal(`${SALES_SIGNAL}prospecting`, ['prospecting']),
  // "No direct reports" alone is not here: a one-person IT team that owns the IT budget, plan and
  // vendors still manages IT.
  signal(INDIVIDUAL_CONTRIBUTOR_SIGNAL, [
    'individual contributor role',
    'individual contributor position',
    'individual contributor only',
  ]),
];
