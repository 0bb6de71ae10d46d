/**
 * What sense the body's words have in a kind of job its title names (taxonomy
 * `skillEvidence.titleSenses`): a SOC analyst's incidents are security incidents, so the words
 * that name the service-management process (incident-management) do not name it there; a backend
 * developer's on-call incidents and API endpoints are the product's, not an IT service's, a
 * security team's or a device fleet's. The title is read once per posting: a posting whose title
 * names no such kind pays one regex test per kind.
 */

import type { Taxonomy } from '../taxonomy/index.ts';
import { alternation, NOT_AFTER_WORD } from './qualification-rules.ts';

interface CompiledSense {
  readonly title: RegExp;
  readonly unless: RegExp | null;
  readonly notSkills: ReadonlySet<string>;
}

const W = '[\\p{L}\\p{N}]';

const compiled = new WeakMap<Taxonomy, readonly CompiledSense[]>();

function sensesOf(taxonomy: Taxonomy): readonly CompiledSense[] {
  let senses = compiled.get(taxonomy);
  if (!senses) {
    const words = (list: readonly string[]) =>
      new RegExp(`${NOT_AFTER_WORD}(?:${alternation(list)})(?!${W})`, 'iu');
    senses = (taxonomy.data.skillEvidence?.titleSenses ?? []).map((s) => ({
      title: words(s.titleWords),
      unless: s.unlessTitle ? words(s.unlessTitle) : null,
      notSkills: new Set(s.notSkills),
    }));
    compiled.set(taxonomy, senses);
  }
  return senses;
}

/**
 * The skill ids the job's body does not ask, by the kind of job `title` names; empty for most titles.
 * @example skillsNotAskedOf('SOC Analyst L2', taxonomy) // → Set { 'incident-management' }
 */
export function skillsNotAskedOf(title: string, taxonomy: Taxonomy): ReadonlySet<string> {
  const out = new Set<string>();
  for (const sense of sensesOf(taxonomy)) {
    if (!sense.title.test(title) || sense.unless?.test(title)) continue;
    for (const id of sense.notSkills) out.add(id);
  }
  return out;
}
