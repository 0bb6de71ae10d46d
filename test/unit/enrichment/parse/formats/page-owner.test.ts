import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';
import {
  definedOrganisation,
  isDatedLine,
  isFileName,
  mailDomainName,
} from '../../../../../functions/enrichment/parse/formats/page-owner.ts';

/** Invented organisation names, one to three words. */
const NAMES = ['Quillwort', 'Brackenfold Labs', 'Tarnwick', 'Ostrava Digital', 'Fenmoor Trust'];
/** Top-level domains, some with a country's second level. */
const TLDS = ['com', 'pl', 'co.uk', 'org', 'com.br', 'nl'];
/** Where a page writes its own name: its head, a heading, a footer. */
const PLACES = [
  (n: string) => `<title>Jobs - ${n}</title>`,
  (n: string) => `## ${n} poszukuje:`,
  (n: string) => `© 2024 ${n}. All rights reserved.`,
  (n: string) => `${n} - Grants Fundraiser & Researcher`,
];
const domainOf = (name: string) => name.toLowerCase().replace(/[^a-z]/g, '');

describe('the owner of a jobs page, from its contact e-mail (round 13)', () => {
  it('takes the name the page writes whose letters the e-mail domain spells', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NAMES),
        fc.constantFrom(...TLDS),
        fc.constantFrom(...PLACES),
        fc.constantFrom('jobs', 'biuro', 'careers', 'hr'),
        (name, tld, place, box) => {
          const text = `Specjalista do spraw mediów\n\nCV prosimy wysyłać na adres: ${box}@${domainOf(name)}.${tld}`;
          expect(mailDomainName(text, [place(name)])).toBe(name);
        },
      ),
    );
  });

  it('says nothing when the domain spells no name the page writes, or is a mail service', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), fc.constantFrom(...TLDS), (name, tld) => {
        // A volunteer's address at another charity: its domain is not this page's name.
        const other = `Serendipity Creative Writers is a charity. Apply to kathy@westyorkshiredogrescue.${tld}`;
        expect(mailDomainName(other, [name])).toBeNull();
        expect(mailDomainName(`${name} jobs: write to ${domainOf(name)}@gmail.com`, [])).toBeNull();
      }),
    );
  });

  it('lends an agency page its own address for no one', () => {
    const text =
      'Our client, a fintech in Leeds, seeks an IT Manager. Apply to jobs@brightpath.co.uk (Brightpath).';
    expect(mailDomainName(text, ['Brightpath Recruitment'])).toBeNull();
  });

  it('gives a careers page with only an e-mail and its head title its owner', () => {
    const page = `<html><head><title>Capidale - Grants Fundraiser</title></head><body>
      <h1>Grants Fundraiser &amp; Researcher</h1>
      <h2>Responsibilities</h2><ul><li>Write grant applications for national charities</li><li>Research trusts and foundations</li></ul>
      <h2>Requirements</h2><ul><li>One year of fundraising experience</li></ul>
      <p>Full-time, permanent. Salary £23,000 - £25,000 per annum.</p>
      <p>To apply, send your CV to <a href="mailto:jobs@capidale.co.uk">jobs@capidale.co.uk</a>.</p>
      </body></html>`;
    const [posting] = parseDocument({ content: page, file: 'jobs.html' });
    expect(posting?.company).toBe('Capidale');
  });
});

describe('the organisation a page defines as what it is', () => {
  it('reads "X is a … <kind of organisation>" whatever the words between', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NAMES),
        fc.constantFrom(
          'Kirklees based UK Registered',
          'Christian relief and development',
          'private',
          'seed stage',
        ),
        fc.constantFrom('Charity', 'organisation', 'foundation', 'startup', 'non-profit'),
        (name, words, kind) => {
          expect(
            definedOrganisation(
              `Project Manager\n\n${name} is a ${words} ${kind} working across the region.`,
            ),
          ).toBe(name);
        },
      ),
    );
  });

  it('never takes a pronoun, a role or "the client" for the organisation, nor a non-organisation', () => {
    for (const text of [
      'This is a great company to work for.',
      'The client is a global consultancy.',
      'Our Client is a fast-growing company in Leeds.',
      'The Project Manager is a member of the Leadership group.',
      'Python is a programming language.',
    ])
      expect(definedOrganisation(text)).toBeNull();
  });
});

describe('what is never an employer', () => {
  it('a line saying when an item was listed', () => {
    for (const line of ['Listed on 2026-02-28', 'Posted: 3 days ago', 'Updated 12/05/2024', '2 weeks ago'])
      expect(isDatedLine(line)).toBe(true);
    for (const name of ['Scribd Inc.', 'Closing Bell Media', 'Datecs Ltd', 'Postmark'])
      expect(isDatedLine(name)).toBe(false);
  });

  it('an image file given as a logo alt text', () => {
    expect(isFileName('logo.png')).toBe(true);
    expect(isFileName('site-header_logo.SVG')).toBe(true);
    expect(isFileName('Kaddio')).toBe(false);
    expect(isFileName('Acme.io')).toBe(false);
  });

  it('a board item: its "Listed on" line under the title is no company', () => {
    const text =
      'Content Trust Operations Specialist - Customer Operations\nListed on 2026-02-28\n-\nAbout The Company:\nAt Tarnwick Inc. (pronounced "tarn-wick"), our mission is to spark curiosity.\nApply by e-mail. Full-time.';
    const [posting] = parseDocument({ content: text, file: 'item.txt' });
    expect(posting?.company).not.toMatch(/listed/i);
  });
});
