import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  statedEmployer,
  textEmployer,
} from '../../../../../functions/enrichment/parse/formats/employer-evidence.ts';
import { employerOfLabel } from '../../../../../functions/enrichment/parse/formats/employer-labels.ts';
import { isTagline } from '../../../../../functions/enrichment/parse/formats/employer-phrases.ts';
import { parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';

/** Invented organisation names: capitalised words, some with a legal form or a dash. */
const NAMES = ['Quillwort', 'Brackenfold Labs', 'Famin-GO', 'Ostrava Digital', 'Tarnwick Studio'];
/** How each language says "we are X" before the name, and what follows it. */
const WE_ARE = [
  (n: string) => `We are ${n} - a web agency based in Leeds, and we are hiring!`,
  (n: string) => `Nazywamy się ${n} i jesteśmy agencją interaktywną z Wrocławia.`,
  (n: string) => `Jesteśmy ${n} i od 1992 roku tworzymy oprogramowanie dla firm.`,
  (n: string) => `Wir sind ${n}, ein Softwarehaus aus Graz.`,
  (n: string) => `Somos ${n}, una empresa de tecnología.`,
];
/** How a heading says "careers at X" in the other languages. */
const WORK_AT = ['Karriere bei', 'Praca w', 'Carrières chez', 'Werken bij', 'Trabaja en'];

describe('the employer a page states in its own words (round 12)', () => {
  it('reads who "we" are in each language, whatever the name', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), fc.constantFrom(...WE_ARE), (name, say) => {
        const body = `## Front-End Developer\n\n${say(name)}\n\nYou will build Vue.js apps at ${name}. Send your CV.`;
        expect(textEmployer(body, null)?.value).toBe(name);
      }),
    );
  });

  it('never takes "We are Hiring" or "We are Looking for" as a name', () => {
    for (const line of [
      'We are Hiring! Join us.',
      'We are Looking for a Go developer.',
      'We are Remote-first.',
    ]) {
      expect(statedEmployer(`${line}\nBackend Engineer\nApply by email.`, null)).toBeNull();
    }
  });

  it('reads "careers at X" headings in the other languages', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), fc.constantFrom(...WORK_AT), (name, at) => {
        expect(statedEmployer(`   ${at} ${name}!\nFilialleiter\nHamburg`, null)?.value).toBe(name);
      }),
    );
  });

  it('gives every card of a list page the employer its heading states, and none to a list that states none', () => {
    // A real page (test/fixtures/eval/real-employer-r12): three cards under "Karriere bei Famin-GO!".
    const page = readFileSync(
      new URL('../../../../fixtures/eval/real-employer-r12/php-famingo-karriere-de.php', import.meta.url),
      'utf8',
    );
    const named = parseDocument({ content: page, file: 'carriere.php' });
    expect(named.length).toBe(3);
    expect(named.every((p) => p.company === 'Famin-GO')).toBe(true);
    const unnamed = parseDocument({
      content: page.replace('Karriere bei Famin-GO!', 'Offene Stellen'),
      file: 'carriere.php',
    });
    expect(unnamed.length).toBe(3);
    expect(unnamed.every((p) => p.company === null)).toBe(true);
  });

  it('takes the name before the address under a label that adds one', () => {
    expect(employerOfLabel('School Name and Address', 'St Anselm School, Biddick Lane, Washington')).toBe(
      'St Anselm School',
    );
    expect(employerOfLabel('Company', 'Acme, Inc.')).toBe('Acme, Inc.');
  });

  it('takes a <title> motto for no employer, and the name before it for the site', () => {
    expect(isTagline('Where every child is known and valued')).toBe(true);
    expect(isTagline('Ditcham Park School')).toBe(false);
    expect(isTagline('Bank of New Zealand')).toBe(false);
    const [posting] = parseDocument({
      content:
        '<html><head><title>Larkspur Park School – Where every child is known and valued</title></head><body><main><h2>Vacancies</h2><div><h2>Geography Teacher</h2><p>We are looking for a geography teacher. Closing date 20th October. Apply by email.</p></div></main></body></html>',
      file: 'vacancy.html',
    });
    expect(posting?.company ?? null).not.toBe('Where every child is known and valued');
  });
});
