import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dutyCues, matchDuties } from '../../../../functions/enrichment/classify/duty-cues.ts';
import { loadTaxonomy } from '../../../../functions/enrichment/index.ts';

const taxonomy = loadTaxonomy();
/** The module's own duty regexes with the word boundary before the verb written as a lookbehind. */
function reference(text: string): { id: string; start: number; end: number }[] {
  return dutyCues(taxonomy).flatMap(({ id, re }) => {
    const bounded = new RegExp(`(?<![\\p{L}\\p{N}])(?:${re.source})`, re.flags);
    return [...text.matchAll(bounded)].map((m) => ({ id, start: m.index, end: m.index + m[0].length }));
  });
}

const read = (text: string) =>
  matchDuties(taxonomy, text).map((m) => ({ id: m.entry.id, start: m.start, end: m.end }));

describe('duties named by a verb and its object', () => {
  it('finds "lead a team" and "responding to production incidents", not a verb inside a longer word', () => {
    expect(read('You will lead the infrastructure team.').map((m) => m.id)).toEqual(['team-leadership']);
    expect(read('Responding to production incidents at night.').map((m) => m.id)).toEqual([
      'incident-management',
    ]);
    expect(read('Do not mislead the team or mismanage the team.')).toEqual([]);
    expect(read('𝐀lead the team')).toEqual([]);
  });

  it('reads every text as the same duties with the boundary written as a lookbehind', () => {
    const words = fc.constantFrom(
      'lead',
      'leading',
      'mislead',
      'manage',
      'the',
      'team',
      'teams',
      'team’s',
      'of',
      'engineers',
      'handle',
      'production',
      'incidents',
      'outages',
      'kierować',
      'zespołem',
      'é',
      '𝐀',
      '-',
      '',
    );
    const separators = fc.constantFrom(' ', '  ', '\n', '', ', ', '. ');
    const texts = fc
      .array(fc.tuple(words, separators), { maxLength: 24 })
      .map((parts) => parts.flat().join(''));
    fc.assert(
      fc.property(texts, (text) => {
        expect(read(text)).toEqual(reference(text));
      }),
      { numRuns: 400 },
    );
  });
});
