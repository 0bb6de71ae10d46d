import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';
import { descriptionOf, parseFixture } from './fixture.ts';

describe('a text document that holds several postings', () => {
  it('gives one posting per role heading with a body, sharing the intro location', () => {
    const postings = parseFixture('multi/roles-with-sections.md');
    expect(postings.map((p) => p.title)).toEqual(['Service Desk Manager', 'Network Engineer']);
    for (const p of postings) expect(p.location.text).toBe('Bristol, UK');
    // Each keeps its own sub-sections and nothing of the other's.
    expect(descriptionOf(postings[0])).toContain('ITIL 4 Foundation');
    expect(descriptionOf(postings[0])).toContain('£48,000 - £54,000');
    expect(descriptionOf(postings[0])).not.toContain('CCNA');
    expect(descriptionOf(postings[1])).toContain('CCNA');
    expect(descriptionOf(postings[1])).not.toContain('ITIL');
  });

  it('keeps one posting whose sub-headings name no role of their own, even one naming a lead', () => {
    const postings = parseFixture('multi/one-posting-with-subheadings.md');
    expect(postings).toHaveLength(1);
    expect(postings[0]).toMatchObject({ title: 'Senior Platform Engineer', company: 'Fenwick Mutual' });
    expect(descriptionOf(postings[0])).toContain('Kubernetes and Terraform');
  });

  it('reads an index of openings: each role link one posting of the employer heading it', () => {
    const postings = parseFixture('multi/openings-index.md');
    expect(postings.map((p) => [p.title, p.company, p.source.url])).toEqual([
      ['Data Engineer', 'Bluenose Analytics', 'https://bluenose.example/careers/data-engineer'],
      ['Engineering Manager', 'Bluenose Analytics', 'https://bluenose.example/careers/em'],
      ['Senior Security Analyst', 'Tidewater Health', 'https://tidewater.example/jobs/42'],
    ]);
  });

  it('does not split at role headings that head no body (a list of titles in one posting)', () => {
    const text = [
      'IT Director',
      '',
      'You will lead three teams:',
      '',
      '## Infrastructure Manager',
      '## Service Desk Manager',
      '## Security Analyst',
      '',
      'Salary: $150,000 - $170,000 per year',
    ].join('\n');
    expect(parseDocument({ content: text }).map((p) => p.title)).toEqual(['IT Director']);
  });
});
