import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizePhrase } from '../../../../functions/enrichment/classify/lexicon-matcher.ts';
import { employerKey } from '../../../../functions/enrichment/classify/other-referents.ts';
import { compiledQualifications } from '../../../../functions/enrichment/classify/qualification-rules.ts';
import { employerPractice } from '../../../../functions/enrichment/classify/skill-evidence.ts';
import { loadTaxonomy } from '../../../../functions/enrichment/index.ts';

const evidence = compiledQualifications(loadTaxonomy()).evidence;
if (!evidence) throw new Error('the shipped taxonomy reads skill evidence');

/** The sentence's first words are the employer's name, read by normalising it whole. */
const opensWithName = (sentence: string, name: string) => {
  const words = normalizePhrase(sentence.slice(0, name.length * 2 + 8));
  return words === name || words.startsWith(`${name} `);
};

const names = fc.constantFrom('Acme', 'acme Corp', 'Élan Systems', '3M', 'İnova', 'O’Neil Labs', 'Zeta');
const openings = fc.constantFrom('', ' ', '"', '“', '• ', '- ', '(', '**', '¡', '1. ');
const rests = fc.constantFrom(
  ' runs Kubernetes on Azure.',
  ' standardised on Terraform.',
  'x runs Okta.',
  '',
);

describe('a sentence opened by the employer’s name', () => {
  it('tells how the employer works, however its first letter is written', () => {
    fc.assert(
      fc.property(names, names, openings, rests, (name, said, opening, rest) => {
        const key = employerKey(name);
        const sentence = `${opening}${said}${rest}`;
        if (key === null) return;
        expect(employerPractice(evidence, sentence, null, key)).toBe(opensWithName(sentence, key));
      }),
      { numRuns: 400 },
    );
  });

  it('is read the same whoever the posting names, and not for a colleague who shares a first letter', () => {
    expect(employerPractice(evidence, 'Acme runs Kubernetes on Azure.', null, 'acme')).toBe(true);
    expect(employerPractice(evidence, 'Apex runs Kubernetes on Azure.', null, 'acme')).toBe(false);
    expect(employerPractice(evidence, '“ÉLAN Systems runs Okta.', null, 'élan systems')).toBe(true);
  });
});
