import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';
import { MAX_POSTINGS } from '../../../../../functions/enrichment/parse/formats/limits.ts';
import { descriptionOf, parseFixture } from './fixture.ts';

describe('parseDocument on plain text', () => {
  it('takes the first line as the title and "Company | City, ST (on-site 4 days)" as company and place', () => {
    const [posting] = parseFixture('text-posting.txt');
    expect(posting).toMatchObject({
      source: { format: 'text', file: 'text-posting.txt', url: null, externalId: null },
      title: 'IT Infrastructure Manager',
      company: 'Osprey Ridge Foods',
      location: { text: 'Fresno, CA', country: 'US', remote: false },
      employmentType: 'FULL_TIME',
      pay: null,
    });
    const text = descriptionOf(posting);
    expect(posting?.description).toHaveProperty('text');
    expect(text).toMatch(/^Osprey Ridge Foods packs and ships produce/);
    expect(text).toContain('Pay: $128,000 - $146,000 per year');
    expect(text).not.toContain('IT Infrastructure Manager\n');
  });

  it('reads labelled lines under a markdown title and keeps them out of the description', () => {
    const [posting] = parseFixture('text-remote.txt');
    expect(posting).toMatchObject({
      title: 'Director, IT Security & Compliance',
      company: 'Northwind Pension Services',
      location: { text: 'Remote (Canada)', country: 'CA', remote: true },
      employmentType: 'CONTRACTOR',
      postedAt: '2026-10-28T00:00:00Z',
    });
    expect(descriptionOf(posting)).toMatch(/^Northwind administers pension plans/);
  });

  it('reads "Company - Remote (US)" as a remote posting in the US', () => {
    const [posting] = parseDocument({
      content: 'Head of IT\nBrightwater Labs - Remote (US)\n\nBuild IT from scratch.',
    });
    expect(posting).toMatchObject({
      company: 'Brightwater Labs',
      location: { text: 'Remote (US)', country: 'US', remote: true },
    });
    expect(descriptionOf(posting)).toBe('Build IT from scratch.');
  });

  it('reads a UTF-16 file with a byte-order mark', () => {
    const [posting] = parseFixture('utf16le-bom-posting.txt');
    expect(posting).toMatchObject({
      title: 'Gerente de TI — Responsable des systèmes',
      company: 'Café Olé Distribución',
      location: { text: 'Montréal, QC', country: 'CA', remote: false },
    });
  });

  it("splits an agency's list of openings at its separator lines, dropping the greeting and the sign-off", () => {
    const text = [
      '*** HOT JOBS from Keystone Talent Partners ***',
      'Three searches open right now.',
      '='.repeat(40),
      'ROLE 1: Manager, Database Administration',
      'Client: regional bank (Wilmington, DE)',
      'Lead a team of 7 DBAs. Comp: $150K-$170K base.',
      '='.repeat(40),
      'ROLE 2: Head of IT',
      'Client: 40-person fintech startup',
      'Build corporate IT from scratch.',
      '='.repeat(40),
      '3) Senior .NET Developer (Contract)',
      'Northwind Health - Remote (US)',
      'C#/.NET 8 and Azure Functions.',
      '='.repeat(40),
      'Apply now!! Send your resume to hotjobs@keystone.example.',
    ].join('\n');
    const postings = parseDocument({ content: text, format: 'text' });
    expect(postings.map((p) => [p.title, p.company])).toEqual([
      ['Manager, Database Administration', 'regional bank (Wilmington, DE)'],
      ['Head of IT', '40-person fintech startup'],
      ['Senior .NET Developer (Contract)', 'Northwind Health'],
    ]);
    expect(descriptionOf(postings[1])).toBe('Build corporate IT from scratch.');
  });

  it('keeps one posting whose sections are set apart by rules', () => {
    const text = `IT Manager\nAcme Foods - Boise, ID\n\nLead IT.\n-----\nYour Line Manager\nSarah Jones, our CIO\nRuns the service desk.\n-----\nPay: $120k`;
    const postings = parseDocument({ content: text, format: 'text' });
    expect(postings.map((p) => p.title)).toEqual(['IT Manager']);
    expect(descriptionOf(postings[0])).toContain('Runs the service desk.');
  });

  it('reads a title line of spaces after "Role" in linear time, and bounds the openings', () => {
    const started = performance.now();
    parseDocument({
      content: `Role${' '.repeat(150_000)}x\n\nWe are hiring an IT manager, full-time.\n`,
      format: 'text',
    });
    // The pattern took 8.9 s on 156 KB when two runs of spaces could share the run.
    expect(performance.now() - started).toBeLessThan(2_000);
    const list = Array.from(
      { length: MAX_POSTINGS + 1 },
      (_, i) => `-----\n${i + 1}. IT Manager\nClient: A${i}`,
    );
    expect(() => parseDocument({ content: list.join('\n'), format: 'text' })).toThrow(/over the limit/);
  });

  it('does not take a prose second line for a company', () => {
    const [posting] = parseDocument({
      content: 'IT Manager\nWe are a growing dental group looking for an IT Manager to join us.\nMore text.',
    });
    expect(posting?.company).toBeNull();
    expect(descriptionOf(posting)).toMatch(/^We are a growing dental group/);
  });

  it('treats a document starting with "[Remote]" as text, not as a JSON array', () => {
    const [posting] = parseDocument({
      content: '[Remote] IT Support Lead\nAcme Health\n\nSupport 40 clinics.',
    });
    expect(posting).toMatchObject({
      source: { format: 'text' },
      title: 'IT Support Lead',
      location: { remote: true },
      company: 'Acme Health',
    });
    expect(posting?.location.remote).toBe(true);
  });
});

describe('parseDocument on text with a "Company, City, ST" line', () => {
  it('splits the company from the place at the first comma', async () => {
    const { parseDocument } = await import('../../../../../functions/enrichment/parse/formats/index.ts');
    const [posting] = parseDocument({
      content: 'IT Operations Manager\nContoso Freight, Seattle, WA\n\nLead a team of six.',
      format: 'text',
    });
    expect(posting).toMatchObject({
      company: 'Contoso Freight',
      location: { text: 'Seattle, WA', country: 'US' },
    });
  });
});
