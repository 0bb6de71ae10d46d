import { describe, expect, it } from 'vitest';
import { enrichDocument, loadTaxonomy } from '../../../../../functions/enrichment/index.ts';
import { parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';

const taxonomy = loadTaxonomy();
const enrich = (content: string) => enrichDocument({ content }, { taxonomy, now: new Date('2026-01-01') });

describe('an HTML fragment parses like a page', () => {
  it('reads a heading-and-paragraphs fragment with no html or body: title, text and pay', () => {
    const [listing] = enrich(
      '<h2>IT Manager</h2><p>Lead the IT team.</p><p>Salary: £58,000 – £64,000 per annum</p>',
    );
    expect(listing).toMatchObject({ title: 'IT Manager', source: { format: 'html' } });
    expect(listing?.salary).toMatchObject({ min: 58_000, max: 64_000, currency: 'GBP' });
  });

  it('gives two fragments with the same title but different text different ids', () => {
    const a = enrich('<h2>IT Manager</h2><p>Lead the IT team in Leeds.</p>');
    const b = enrich('<h2>IT Manager</h2><p>Lead the IT team in York.</p>');
    expect(a[0]?.id).not.toBe(b[0]?.id);
  });

  it('reads company, location and pay from a definition list', () => {
    const [listing] = enrich(
      '<div><h3>Service Desk Lead</h3><dl><dt>Salary</dt><dd>£85,000 - £95,000 per annum</dd><dt>Location</dt><dd>Leeds</dd><dt>Company</dt><dd>Acme Ltd</dd></dl><p>Lead the desk.</p></div>',
    );
    expect(listing).toMatchObject({
      title: 'Service Desk Lead',
      company: 'Acme Ltd',
      location: { text: 'Leeds' },
    });
    expect(listing?.salary).toMatchObject({ min: 85_000, max: 95_000 });
  });

  it('reads the title, employer and pay of a two-column table', () => {
    const [listing] = enrich(
      '<table><tr><td>Job title</td><td>Head of IT</td></tr><tr><td>Employer</td><td>Brightwater Ltd</td></tr><tr><td>Salary</td><td>£90,000 - £100,000</td></tr></table><p>Run IT.</p>',
    );
    expect(listing).toMatchObject({ title: 'Head of IT', company: 'Brightwater Ltd' });
    expect(listing?.salary).toMatchObject({ min: 90_000, max: 100_000, currency: 'GBP' });
  });

  it('keeps reading a whole page by its body, not as a fragment', () => {
    const [posting] = parseDocument({
      content:
        '<html><head><title>IT Director - Acme</title></head><body><h1>IT Director</h1><p>Lead IT.</p></body></html>',
    });
    expect(posting).toMatchObject({ title: 'IT Director', company: 'Acme' });
  });
});

describe('plain text pay is read after decoding', () => {
  it('reads pay written with entities and Markdown escapes', () => {
    expect(
      enrich('IT Manager\nAcme Ltd\n\nSalary: &pound;35,000 - &pound;40,000 per annum\nRun IT.')[0]?.salary,
    ).toMatchObject({ min: 35_000, max: 40_000, currency: 'GBP' });
    expect(
      enrich('Director of IT\n\nPay: $170,000 \\- $208,000 per year\nLead IT.')[0]?.salary,
    ).toMatchObject({
      min: 170_000,
      max: 208_000,
    });
  });
});
