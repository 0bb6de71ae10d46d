import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { enrichPosting } from '../../../../functions/enrichment/enrich-posting.ts';
import { parsePostings } from '../../../../functions/enrichment/parse/index.ts';
import { loadTaxonomy } from '../../../../functions/enrichment/taxonomy/load-taxonomy.ts';
import type { DocumentInput, Posting } from '../../../../functions/enrichment/types.ts';

const taxonomy = loadTaxonomy();
const one = (input: DocumentInput): Posting => {
  const [posting, ...rest] = parsePostings(input);
  expect(rest).toHaveLength(0);
  return posting as Posting;
};
const enrich = (posting: Posting) =>
  enrichPosting(posting, { taxonomy, now: new Date('2026-12-06T00:00:00Z') });

/** Every field with a value says where it came from, and no field without one does. */
function expectProvenanceOfFields(posting: Posting): void {
  const p = posting.provenance ?? {};
  expect(p.title).toBeDefined();
  expect(p.company !== undefined).toBe(posting.company !== null);
  expect(p.location !== undefined).toBe(posting.location.text !== null);
  expect(p.employmentType !== undefined).toBe(posting.employmentType !== null);
}

describe('provenance: where each field of a posting came from', () => {
  it('tags RDFa as rdfa pay and its fields as structured', () => {
    const page = `<html><body><div vocab="https://schema.org/" typeof="JobPosting">
      <h2 property="title">IT Manager</h2>
      <span property="hiringOrganization" typeof="Organization"><span property="name">ACME Inc.</span></span>
      <span property="jobLocation" typeof="Place"><span property="address" typeof="PostalAddress"><span property="addressLocality">Kirkland</span>, <span property="addressRegion">WA</span></span></span>
      <span property="baseSalary" typeof="MonetaryAmount"><meta property="currency" content="USD"><span property="value" typeof="QuantitativeValue"><span property="minValue" content="120000">$120,000</span> to <span property="maxValue" content="150000">$150,000</span><meta property="unitText" content="YEAR"></span></span>
      <div property="description"><p>Lead the IT team of five.</p></div></div></body></html>`;
    const posting = one({ content: page });
    expect(posting.pay?.source).toBe('rdfa');
    expect(posting.provenance).toEqual({
      title: 'structured',
      company: 'structured',
      location: 'structured',
    });
    const listing = enrich(posting);
    expect(listing.salary?.source).toBe('rdfa');
    expect(listing.provenance).toMatchObject({ salary: 'structured' });
  });

  it('reads a plain page: the title from its heading, labelled lines as labels, the site name as the board', () => {
    const labelled = one({
      content:
        '<html><body><h1>IT Manager</h1><dl><dt>Company</dt><dd>Acme</dd><dt>Location</dt><dd>Leeds</dd></dl><p>Lead the IT team of five. Salary £50,000 - £60,000 per annum.</p></body></html>',
    });
    expect(labelled.provenance).toEqual({ title: 'heading', company: 'label', location: 'label' });
    expect(enrich(labelled).provenance).toEqual({
      title: 'heading',
      company: 'label',
      location: 'label',
      salary: 'inferred',
    });
    const site = one({
      content:
        '<html><head><meta property="og:site_name" content="Careers at Lumen Works"></head><body><h1>IT Manager</h1><p>Lead the IT team of five. Apply now.</p></body></html>',
    });
    expect([site.company, site.provenance?.company]).toEqual(['Lumen Works', 'board']);
  });

  it('reads a text posting: a labelled title and company as labels, the line under the title as read', () => {
    const labelled = one({
      content:
        'Position Title: IT Manager\nCompany: Acme\nLocation: Leeds\n\nLead the IT team of five. Apply now.',
      format: 'text',
    });
    expect(labelled.provenance).toMatchObject({ title: 'label', company: 'label', location: 'label' });
    const byline = one({
      content: 'IT Manager\nAcme - Leeds\n\nLead the IT team of five. Apply now.',
      format: 'text',
    });
    expect([byline.company, byline.provenance]).toEqual([
      'Acme',
      { title: 'inferred', company: 'inferred', location: 'inferred' },
    ]);
  });

  it('names the board as the source of an employer read from the careers site its roles link to', () => {
    // One role post and a list of roles: the name comes from the links' site, not from a phrase.
    const single = one({
      content: [
        '---',
        'title: Service Desk Lead',
        '---',
        'Lead the service desk team of six. [Apply](https://www.lumenworks.example/careers/service-desk-lead)',
        '',
        'Lumen Works builds software for libraries.',
      ].join('\n'),
      file: 'post.md',
    });
    const list = parsePostings({
      content: [
        '# This week at Lumen Works',
        '',
        '## Open positions',
        '* [IT Manager](https://www.lumenworks.example/careers/it-manager)',
        '* [Service Desk Lead](https://www.lumenworks.example/careers/service-desk-lead)',
      ].join('\n'),
      file: 'news.md',
    });
    for (const posting of [single, ...list]) {
      expect([posting.company, posting.provenance?.company]).toEqual(['Lumen Works', 'board']);
    }
    expect(list).toHaveLength(2);
    // A phrase that says who hires stays 'inferred'.
    const said = one({
      content:
        'Service Desk Lead\n\nLumen Works is hiring a lead for its service desk team of six. Apply now.',
      format: 'text',
    });
    expect([said.company, said.provenance?.company]).toEqual(['Lumen Works', 'inferred']);
  });

  it('names the board as the source of a board posting that names no employer', () => {
    const board = JSON.stringify([
      {
        id: 'x1',
        text: 'IT Manager',
        categories: { location: 'Leeds' },
        descriptionPlain: 'Lead the IT team.',
      },
    ]);
    const posting = one({
      content: board,
      url: 'https://api.lever.co/v0/postings/acme?mode=json',
      format: 'lever',
    });
    expect([posting.company, posting.provenance]).toEqual([
      'Acme',
      { title: 'structured', company: 'board', location: 'structured' },
    ]);
  });

  it('tells pay on a labelled line, under a pay heading and in a sentence apart', () => {
    const salaryFrom = (content: string) => enrich(one({ content, format: 'text' })).provenance?.salary;
    expect(
      salaryFrom('IT Manager\n\nLead the IT team of five.\n\nSalary: £50,000 - £60,000 per annum\n'),
    ).toBe('label');
    expect(
      salaryFrom('IT Manager\n\nLead the IT team of five.\n\nWe pay £50,000 - £60,000 per annum.\n'),
    ).toBe('inferred');
    const page = enrich(
      one({
        content:
          '<html><body><h1>IT Manager</h1><p>Lead the IT team of five. Apply now.</p><h3>Compensation</h3><p>£50,000 - £60,000 per annum</p></body></html>',
      }),
    );
    expect(page.provenance?.salary).toBe('heading');
  });

  it('takes a place read from an applicant-location requirement as inferred', () => {
    const posting = one({
      content:
        'IT Manager\nRemote\n\nLead our IT team of six people. Candidates must reside in Canada. Apply now.',
      format: 'text',
    });
    expect([posting.location.text, posting.provenance?.location]).toEqual(['Canada', 'inferred']);
  });

  it('states a source for exactly the fields each format fixture fills', () => {
    const dir = new URL('../../../fixtures/formats/', import.meta.url);
    const files = readdirSync(dir).filter(
      (f) => !/billion|xxe|unknown|wrong-types|not-postings|multi|truncated|empty/.test(f),
    );
    let seen = 0;
    for (const file of files) {
      for (const posting of parsePostings({ content: readFileSync(new URL(file, dir)), file })) {
        expectProvenanceOfFields(posting);
        seen++;
      }
    }
    expect(seen).toBeGreaterThan(20);
  });

  it('states a source for exactly the fields any text posting fills', () => {
    const line = fc.constantFrom(
      'Company: Acme',
      'Location: Leeds',
      'Employment type: Full-time',
      'Acme - Leeds',
      'Job title: Service Desk Lead',
      '## IT Manager',
      'Candidates must reside in the United States.',
      'Lead the IT team of five people.',
      'Salary: £50,000 - £60,000 per annum',
      '',
    );
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), (lines) => {
        const content = ['IT Manager', ...lines, 'Manage our service desk. Apply now.'].join('\n');
        for (const posting of parsePostings({ content, format: 'text' })) {
          expectProvenanceOfFields(posting);
          expect(enrich(posting).provenance?.salary !== undefined).toBe(enrich(posting).salary !== null);
        }
      }),
      { numRuns: 60 },
    );
  });
});
