/**
 * Phrases that say something of the role itself, whatever its title: a sales job's own pay and
 * targets, a body that calls the job an individual contributor's, a pay word only one country uses. They are matched in the same
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

/** Ids of pay-country signals start with this, then the country: "superannuation" is AU pay. */
export const PAY_COUNTRY_SIGNAL = 'pay-country:';

/** The country the posting's pay words name, from its signals; null when none does. */
export function payCountryFromSignals(signals: readonly RoleSignal[]): string | null {
  const found = signals.find((s) => s.id.startsWith(PAY_COUNTRY_SIGNAL));
  return found ? found.id.slice(PAY_COUNTRY_SIGNAL.length) : null;
}

/** Ids of sales signals start with this; two distinct ones make a sales job. */
export const SALES_SIGNAL = 'sales:';
export const INDIVIDUAL_CONTRIBUTOR_SIGNAL = 'individual-contributor';

// Only a sales job's own pay and targets: an IT job that runs the sales tooling names "commission
// plans" and "prospecting tools" too.
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
  signal(`${SALES_SIGNAL}commission`, ['uncapped commission', 'uncapped commissions']),
  signal(`${SALES_SIGNAL}ote`, [{ text: 'OTE', caseSensitive: true }, 'target earnings']),
  signal(`${SALES_SIGNAL}book-of-business`, ['book of business']),
  signal(`${SALES_SIGNAL}cold-calling`, ['cold calling', 'cold calls']),
  // Pay words only one country uses: they settle a bare "$" (salary-cues.ts PAY_COUNTRY, the same words).
  signal(`${PAY_COUNTRY_SIGNAL}AU`, ['superannuation']),
  signal(`${PAY_COUNTRY_SIGNAL}NZ`, ['KiwiSaver']),
  // "No direct reports" alone is not here: a one-person IT team that owns the IT budget, plan and
  // vendors still manages IT.
  signal(INDIVIDUAL_CONTRIBUTOR_SIGNAL, [
    'individual contributor role',
    'individual contributor position',
    'individual contributor only',
  ]),
];
