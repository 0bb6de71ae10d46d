import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockMatches } from '../../../../functions/enrichment/classify/block-matches.ts';
import { matchDuties } from '../../../../functions/enrichment/classify/duty-cues.ts';
import { compiledQualifications } from '../../../../functions/enrichment/classify/qualification-rules.ts';
import { loadTaxonomy } from '../../../../functions/enrichment/index.ts';

const taxonomy = loadTaxonomy();
const rules = compiledQualifications(taxonomy);
const cues = taxonomy.data.skills.flatMap((s) => s.cues).slice(0, 200);

const piece = fc.oneof(
  fc.constantFrom(...cues),
  fc.constantFrom('lead a team of 6 engineers', 'manage the service desk', 'We', 'you', 'and', 'the'),
  fc.constantFrom(' ', ', ', '. ', '; ', '(', ')', '-'),
);
const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));
const direct = (t: string) => [...rules.matcher.match(t), ...matchDuties(taxonomy, t)];

describe('a block text read once', () => {
  it('gives what reading the text again gives, the first time and every later time', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(blockMatches(rules, taxonomy, t)).toEqual(direct(t));
        expect(blockMatches(rules, taxonomy, t)).toEqual(direct(t));
      }),
      { numRuns: 600 },
    );
  });

  it('hands the same reading to every posting that repeats the paragraph, and no one may change it', () => {
    const about = 'Lead a team of 6 engineers running Azure, Okta and ServiceNow.';
    const first = blockMatches(rules, taxonomy, about);
    expect(first.length).toBeGreaterThan(0);
    expect(blockMatches(rules, taxonomy, about)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('stays right past the texts it keeps, and for a text too long to keep', () => {
    for (let i = 0; i < 600; i++) {
      const t = `Own Azure landing zones for ${i} users.`;
      expect(blockMatches(rules, taxonomy, t)).toEqual(direct(t));
    }
    const long = `${'Plain words without a cue. '.repeat(200)}Manage the Kubernetes clusters.`;
    expect(blockMatches(rules, taxonomy, long)).toEqual(direct(long));
    expect(blockMatches(rules, taxonomy, long)).not.toBe(blockMatches(rules, taxonomy, long));
  });
});
