import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';
import { descriptionOf, parseFixture } from './fixture.ts';

describe('parseDocument on a Greenhouse board', () => {
  const [infra, desk, store] = parseFixture('greenhouse-board.json');

  it('unescapes the content once, to markup that keeps its own entities', () => {
    expect(infra?.description).toHaveProperty('html');
    expect(descriptionOf(infra)).toContain('<h3><strong>About the role</strong></h3><ul><li>Lead network');
    expect(descriptionOf(infra)).toContain('<span class="divider">&mdash;</span>');
  });

  it('reads the fields of a job and prefers pay_input_ranges to the pay widget', () => {
    expect(infra).toMatchObject({
      source: {
        format: 'greenhouse',
        url: 'https://boards.greenhouse.example/ridgeline/jobs/4401122',
        externalId: '4401122',
        file: 'greenhouse-board.json',
      },
      title: 'Senior Manager, IT Infrastructure',
      company: 'Ridgeline Outdoor Co.',
      location: { text: 'Austin, TX', country: 'US', remote: false },
      employmentType: 'FULL_TIME',
      postedAt: '2026-10-20T13:00:00Z',
      pay: { min: 152000, max: 181000, currency: 'USD', period: 'year', source: 'feed-field' },
    });
  });

  it('reads the pay-transparency widget when there are no pay ranges', () => {
    expect(desk).toMatchObject({
      location: { text: 'Remote - Canada', country: 'CA', remote: true },
      pay: {
        min: 88000,
        max: 102000,
        currency: 'CAD',
        period: 'year',
        source: 'feed-field',
        raw: '$88,000 — $102,000 CAD',
      },
    });
  });

  it('gives null pay, null remote and the updated date when a job states none of them', () => {
    expect(store).toMatchObject({ pay: null, location: { remote: null }, postedAt: '2026-10-30T14:00:00Z' });
  });

  it('reads a board whose jobs state no pay at all', () => {
    const [posting] = parseFixture('greenhouse-no-pay.json');
    expect(posting).toMatchObject({ title: 'IT Director', company: 'Marlowe Freight Brokers', pay: null });
    expect(descriptionOf(posting)).toContain('<p>Compensation is competitive.</p>');
  });

  it('skips or coerces fields of the wrong type instead of throwing', () => {
    const postings = parseFixture('wrong-types-greenhouse.json');
    expect(postings).toHaveLength(2);
    expect(postings[0]).toMatchObject({
      title: '404',
      company: null,
      location: { text: 'Paris', remote: null },
      postedAt: null,
      description: { html: '' },
      pay: null,
      source: { url: null, externalId: null },
    });
    expect(postings[1]).toMatchObject({
      title: 'IT Manager & Lead',
      pay: null,
      description: { html: '<p>Fine.</p>' },
    });
  });

  it('reads a single job object from the job endpoint', () => {
    const job = {
      absolute_url: 'https://boards.example/j/5',
      id: 5,
      title: 'CIO',
      content: '&lt;p&gt;Lead.&lt;/p&gt;',
    };
    expect(parseDocument({ content: JSON.stringify(job) })).toMatchObject([
      { title: 'CIO', source: { externalId: '5' } },
    ]);
  });
});

describe('parseDocument on Lever postings', () => {
  const [manager, support, bad] = parseFixture('lever-postings.json');

  it('builds the description from description, each list under its heading, and additional', () => {
    expect(descriptionOf(manager)).toBe(
      [
        '<div><b>Tidepool Robotics</b> builds underwater inspection drones.</div><div>You will lead our corporate engineering team.</div>',
        "<h3>What you'll do</h3>",
        '<ul><li>Manage Okta, Google Workspace and Kandji</li><li>Lead three engineers</li></ul>',
        '<h3>What you bring</h3>',
        '<ul><li>6+ years in IT, 2 managing</li></ul>',
        '<div>We offer equity and a learning budget.</div>',
      ].join('\n'),
    );
  });

  it('reads categories, workplace type, country, creation time and the salary range', () => {
    expect(manager).toMatchObject({
      source: { format: 'lever', externalId: '5b1e7f0a-3c2d-4e8f-9a61-0d2c4b6e8f10' },
      title: 'Manager, Corporate Engineering',
      company: null,
      location: { text: 'San Diego, CA', country: 'US', remote: false },
      employmentType: 'FULL_TIME',
      postedAt: '2026-11-03T10:00:00Z',
      pay: { min: 158000, max: 184000, currency: 'USD', period: 'year', source: 'feed-field' },
    });
    expect(support).toMatchObject({
      location: { remote: true },
      employmentType: 'CONTRACTOR',
      pay: { min: 38, max: 45, period: 'hour' },
    });
  });

  it('escapes a plain-text-only description into a paragraph', () => {
    expect(descriptionOf(support)).toBe('<p>Answer tickets &amp; ship laptops &lt;fast&gt;.</p>');
  });

  it('coerces a numeric title and ignores categories, lists and salary of the wrong type', () => {
    expect(bad).toMatchObject({
      title: '42',
      employmentType: null,
      postedAt: null,
      pay: null,
      source: { url: null },
    });
  });

  it('flattens the grouped ?group=team shape', () => {
    const grouped = [
      { title: 'IT', postings: [{ text: 'IT Lead', hostedUrl: 'https://jobs.example/a/1', id: '1' }] },
    ];
    expect(parseDocument({ content: JSON.stringify(grouped) })).toMatchObject([
      { title: 'IT Lead', source: { format: 'lever', externalId: '1' } },
    ]);
  });
});

describe('parseDocument on an Ashby board', () => {
  const [head, support] = parseFixture('ashby-board.json');

  it('takes only the Salary component as pay, not equity or bonus', () => {
    expect(head).toMatchObject({
      source: {
        format: 'ashby',
        url: 'https://jobs.ashby.example/lumenfold/e3b0c442-98fc-4c14-9afb-f4c8996fb924',
      },
      title: 'Head of Business Technology',
      location: { text: 'New York, NY', country: 'US', remote: false },
      employmentType: 'FULL_TIME',
      postedAt: '2026-10-25T14:03:11.392Z',
      pay: { min: 210000, max: 245000, currency: 'USD', period: 'year', kind: 'base', raw: '$210K – $245K' },
    });
    expect(descriptionOf(head)).toContain('<h2>Requirements</h2>');
  });

  it('falls back to summaryComponents and the plain description, and reads isRemote', () => {
    expect(support).toMatchObject({
      location: { text: 'Remote', remote: true },
      employmentType: 'CONTRACTOR',
      description: { text: 'Keep 450 Macs patched and happy.' },
      pay: { min: 42, max: 50, currency: 'USD', period: 'hour', source: 'feed-field' },
    });
  });
});
