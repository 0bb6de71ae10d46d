import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQualifications } from '../../../../functions/enrichment/classify/extract-qualifications.ts';
import { textToBlocks } from '../../../../functions/enrichment/parse/text-blocks.ts';
import { loadTaxonomy } from '../../../../functions/enrichment/taxonomy/load-taxonomy.ts';

const taxonomy = loadTaxonomy();
const skillIds = (text: string, employer: string | null = null) =>
  extractQualifications('Network Engineer', textToBlocks(text), taxonomy, employer).skills.map((s) => s.id);

/** Vendor and standard names that are skills when asked, and the id each names. */
const NAMES = [
  ['Cisco', 'cisco'],
  ['Google Cloud', 'gcp'],
  ['Salesforce', 'salesforce'],
  ['ISO 27001', 'iso-27001'],
] as const;

describe("the employer's clients and partners are firms, not skills", () => {
  const lists = [
    (a: string, b: string) => `Our clients include ${a}, ${b} and Deutsche Bank.`,
    (a: string, b: string) => `Among our customers: ${a}, ${b}, Nestlé.`,
    (a: string, b: string) => `We work with partners such as ${a} and ${b}.`,
    (a: string, b: string) => `Unsere Kunden: ${a}, ${b}.`,
    (a: string, b: string) => `Nuestros clientes incluyen ${a} y ${b}.`,
  ];

  it('names no skill in a sentence listing them, whatever the list or language', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...lists),
        fc.constantFrom(...NAMES.slice(0, 3)),
        fc.constantFrom(...NAMES.slice(0, 3)),
        (list, [a, idA], [b, idB]) => {
          const ids = skillIds(`Requirements:\n- 3 years of Linux administration\n\n${list(a, b)}`);
          expect(ids).not.toContain(idA);
          expect(ids).not.toContain(idB);
          expect(ids).toContain('linux');
        },
      ),
    );
  });

  it('still names the skill where the sentence asks for it or speaks to the candidate', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAMES.slice(0, 3)), ([name, id]) => {
        expect(skillIds(`You will support our customers' ${name} estate.`)).toContain(id);
        expect(skillIds(`Experience with ${name} for clients such as banks is required.`)).toContain(id);
      }),
    );
  });
});

describe("the employer's own certification is the employer's, not the candidate's", () => {
  it('names no skill where the employer, by pronoun, noun or name, is the subject', () => {
    for (const sentence of [
      'We are ISO 27001 certified.',
      'The company is certified according to ISO 27001.',
      'Acme is ISO 27001 certified and proud of it.',
      'Acme (ISO 27001 certified) serves 500 customers.',
    ])
      expect(skillIds(`Requirements:\n- Linux\n\n${sentence}`, 'Acme')).not.toContain('iso-27001');
  });

  it('names it where the candidate is asked for it', () => {
    expect(skillIds('Requirements:\n- Experience with ISO 27001 audits', 'Acme')).toContain('iso-27001');
    expect(skillIds('You will keep Acme ISO 27001 certified.', 'Acme')).toContain('iso-27001');
  });
});
