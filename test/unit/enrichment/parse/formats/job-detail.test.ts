import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';
import { descriptionOf } from './fixture.ts';

const parse = (json: unknown) => parseDocument({ content: JSON.stringify(json), file: 'job.json' });

const TEXT = '<p>Lead the platform team and own the build and release of our services.</p>';

describe('one job-detail answer of an applicant-tracking system (an object, not a list)', () => {
  it('reads the job under any wrapper key, with the employer the wrapper names', () => {
    const wrappers = ['jobPostingInfo', 'job', 'posting', 'data', 'offer', 'vacancy', 'result'];
    const companies = ['hiringOrganization', 'company', 'organization', 'employer'];
    fc.assert(
      fc.property(
        fc.constantFrom(...wrappers),
        fc.constantFrom(...companies),
        fc.constantFrom('title', 'name', 'jobTitle', 'jobOpeningName', 'postingTitle'),
        fc.boolean(),
        (wrapper, companyKey, titleKey, deeper) => {
          const job = { [titleKey]: 'Platform Engineer', jobDescription: TEXT, location: 'Berlin' };
          const inner = deeper ? { meta: { count: 1 }, [wrapper]: job } : job;
          const doc = { [deeper ? 'result' : wrapper]: inner, [companyKey]: { name: 'Acme GmbH', url: '' } };
          const postings = parse(doc);
          expect(postings.map((p) => p.title)).toEqual(['Platform Engineer']);
          expect(postings[0]?.company).toBe('Acme GmbH');
          expect(descriptionOf(postings[0])).toContain('platform team');
        },
      ),
      { numRuns: 40 },
    );
  });

  it('is one posting whatever similar jobs it lists beside it', () => {
    const similar = Array.from({ length: 4 }, (_, i) => ({
      title: `Data Analyst ${i}`,
      locationsText: 'Amsterdam',
      externalPath: `/job/${i}`,
    }));
    const postings = parse({
      jobPostingInfo: { title: 'Financial Analyst', jobDescription: TEXT, location: 'Amsterdam' },
      similarJobs: similar,
    });
    expect(postings.map((p) => p.title)).toEqual(['Financial Analyst']);
  });

  it('reads a job whose text sits in nested sections (a title that names a role, sections of prose)', () => {
    const postings = parse({
      id: '744000154532199',
      name: 'Senior Staff Product Manager',
      jobAd: {
        sections: {
          jobDescription: { title: 'Job Description', text: TEXT },
          qualifications: {
            title: 'Qualifications',
            text: '<ul><li>7+ years in customer-facing roles</li></ul>',
          },
        },
      },
    });
    expect(postings.map((p) => p.title)).toEqual(['Senior Staff Product Manager']);
    expect(descriptionOf(postings[0])).toContain('customer-facing');
  });

  it('keeps a list of jobs under a key that names one, even beside a job-like object', () => {
    const jobs = Array.from({ length: 3 }, (_, i) => ({
      title: `Engineer ${i}`,
      url: `https://x.example/${i}`,
    }));
    const postings = parse({ site: { name: 'Acme careers', description: TEXT }, jobs });
    expect(postings).toHaveLength(3);
  });

  it('refuses an object that holds no job; two jobs side by side are two postings, not one detail', () => {
    expect(() => parse({ settings: { theme: 'dark' }, user: { name: 'Ana' } })).toThrow(
      /unknown JSON format/,
    );
    const two = parse({
      first: { title: 'Engineer', description: TEXT },
      second: { title: 'Designer', description: TEXT },
    });
    expect(two.map((p) => p.title)).toEqual(['Engineer', 'Designer']);
  });
});
