import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';
import { DocumentError, NotAPostingError } from '../../../../../functions/enrichment/types.ts';
import { descriptionOf, parseFixture, thrown } from './fixture.ts';

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

  it('carries the place the intro says all its jobs are in to every posting of an index', () => {
    const text = [
      '# Harbour Startup Jobs',
      '',
      'A list of startup jobs in Victoria BC. Contributions welcome.',
      '',
      '#### [Bluenose Analytics](https://bluenose.example)',
      '- [Data Engineer](https://bluenose.example/careers/de)',
      '#### [Tidewater Health](https://tidewater.example)',
      '- [Security Analyst](https://tidewater.example/jobs/42)',
    ].join('\n');
    expect(parseDocument({ content: text }).map((p) => [p.title, p.location.text])).toEqual([
      ['Data Engineer', 'Victoria BC'],
      ['Security Analyst', 'Victoria BC'],
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

describe('a text document that lists postings as records (pasted result cards, a flattened feed)', () => {
  const cards = [
    'IT Support Technician',
    'Acme Ltd',
    'Manchester',
    '£24,000 - £27,000 a year',
    'Posted 2 days ago',
    '',
    'Network Engineer',
    'Contoso Networks',
    'Birmingham',
    '£40,000 a year',
    '',
    'Head of IT',
    'Fabrikam Schools Trust',
    'Bristol',
    'Full-time',
    '',
    'Service Desk Analyst',
    'Globex Corporation',
    'Leeds',
    'Contract',
  ].join('\n');

  it('gives one posting per pasted card, with the employer and place lines of each', () => {
    const postings = parseDocument({ content: cards });
    expect(postings.map((p) => [p.title, p.company, p.location.text])).toEqual([
      ['IT Support Technician', 'Acme Ltd', 'Manchester'],
      ['Network Engineer', 'Contoso Networks', 'Birmingham'],
      ['Head of IT', 'Fabrikam Schools Trust', 'Bristol'],
      ['Service Desk Analyst', 'Globex Corporation', 'Leeds'],
    ]);
    expect(descriptionOf(postings[0])).toContain('£24,000 - £27,000');
    expect(descriptionOf(postings[0])).not.toContain('Contoso');
  });

  it('splits a feed flattened to text, reading the employer each title appends and its labelled place', () => {
    const feed = [
      'Jobs in Yorkshire',
      'Latest vacancies from the board',
      '',
      ...[
        'IT Manager - Acme Ltd|Leeds',
        'Systems Administrator - Contoso|York',
        'Head of Digital - Fabrikam Council|Hull',
      ].flatMap((entry, n) => {
        const [title, place] = entry.split('|');
        return [
          title ?? '',
          `Location: ${place}`,
          'Lead the team and own the budget for the service.',
          `https://jobs.example.org/${n}`,
          '',
        ];
      }),
    ].join('\n');
    const postings = parseDocument({ content: feed });
    expect(postings.map((p) => [p.title, p.company, p.location.text])).toEqual([
      ['IT Manager', 'Acme Ltd', 'Leeds'],
      ['Systems Administrator', 'Contoso', 'York'],
      ['Head of Digital', 'Fabrikam Council', 'Hull'],
    ]);
  });

  it('keeps one posting whose paragraphs open with a role or two (whom it reports to, whom it leads)', () => {
    const text = [
      'IT Operations Manager',
      'Harbour Foods - Hull',
      '',
      'You will run the IT operations of three sites.',
      '',
      'Head of Technology',
      'Your line manager, based in Hull',
      '',
      'Service Desk Lead',
      'One of your four direct reports',
      '',
      'Salary: £55,000 per annum',
    ].join('\n');
    expect(parseDocument({ content: text }).map((p) => p.title)).toEqual(['IT Operations Manager']);
  });
});

describe('an HTML page that lists several postings', () => {
  it('gives one posting per job card, each with its own link, place and pay text, the site as employer', () => {
    const postings = parseFixture('multi/careers-cards.html', { url: 'https://meadowgate.example/careers' });
    expect(postings.map((p) => [p.title, p.location.text, p.source.url])).toEqual([
      ['IT Service Manager', 'Norwich', 'https://meadowgate.example/careers/it-service-manager'],
      ['Infrastructure Engineer', 'Ipswich', 'https://meadowgate.example/careers/infrastructure-engineer'],
      ['Data Analyst', 'Norwich', 'https://meadowgate.example/careers/data-analyst'],
    ]);
    for (const p of postings) expect(p.company).toBe('Meadowgate Housing');
    expect(descriptionOf(postings[0])).toContain('£52,000 - £58,000');
    expect(descriptionOf(postings[0])).not.toContain('£41,000');
  });

  it('gives one posting per role section, with its sub-sections, the page location shared', () => {
    const postings = parseFixture('multi/careers-sections.html');
    expect(postings.map((p) => p.title)).toEqual(['Site Reliability Engineer', 'IT Support Specialist']);
    for (const p of postings) expect(p.location.text).toBe('Austin, TX');
    expect(descriptionOf(postings[0])).toContain('Terraform');
    expect(descriptionOf(postings[0])).not.toContain('desktop support');
    expect(descriptionOf(postings[1])).toContain('$55,000 - $62,000');
  });

  it('keeps a posting page with "similar jobs" cards beside it as one posting', () => {
    const postings = parseFixture('multi/one-posting-similar-jobs.html');
    expect(postings.map((p) => p.title)).toEqual(['Head of IT Operations']);
  });

  it('does not read a posting\'s numbered duties ("Lead a team of …") as postings', () => {
    const postings = parseFixture('multi/one-posting-numbered-duties.html');
    expect(postings).toHaveLength(1);
    expect(descriptionOf(postings[0])).toContain('Lead a team of product');
  });
});

describe('a document that is not a posting', () => {
  it.each([
    ['an "About us" page', 'not-postings/about-us.html'],
    ['a blog post', 'not-postings/blog-post.md'],
    ['a news article', 'not-postings/news-article.html'],
    ['a careers landing page with no opening', 'not-postings/careers-landing.html'],
  ])('refuses %s with the reason not-a-posting', (_name, file) => {
    const error = thrown(() => parseFixture(file));
    expect(error).toBeInstanceOf(NotAPostingError);
    expect(error).toBeInstanceOf(DocumentError);
    expect(error.message).toMatch(/^not-a-posting: /);
  });

  it('reads a title that joins two subjects with "and" as a role, not as a duty ("Lead and mentor a team")', () => {
    for (const title of [
      'Technology and Cybersecurity Project Manager',
      'Research and Development Manager',
    ]) {
      const [posting] = parseDocument({
        content: `${title}\n\nYou will lead the technology team of three technicians.\n\nApplicants must have a valid driver's license.\n\nBACKGROUND CHECK:\n\nA job offer is contingent on passing a background investigation.`,
      });
      expect(posting?.title).toBe(title);
    }
    // Two verbs before their object are still a duty, never a posting's title.
    const error = thrown(() =>
      parseDocument({
        content: 'Lead and mentor a team of engineers\n\nWe publish our annual report in May.',
      }),
    );
    expect(error).toBeInstanceOf(NotAPostingError);
  });

  it('reads a short posting whose title names a role and whose body says one thing about the offer', () => {
    const [posting] = parseDocument({
      content: 'Payroll Administrator\n\nFull-time, based in our Derby office.',
    });
    expect(posting?.title).toBe('Payroll Administrator');
  });

  it('reads a posting whose title is in words no role list knows, by its duties and requirements', () => {
    const text = [
      'Kaderníčka',
      '',
      'Náplň práce: strihanie a farbenie vlasov',
      'Požiadavky: prax min. 2 roky',
      'Plat: 5 €/hod.',
    ].join('\n');
    expect(parseDocument({ content: text }).map((p) => p.title)).toEqual(['Kaderníčka']);
  });

  it('never judges a declared posting: JSON-LD names one even with a bare body', () => {
    const html =
      '<html><head><script type="application/ld+json">{"@type":"JobPosting","title":"Office Assistant",' +
      '"description":"Hello."}</script></head><body><p>Hello.</p></body></html>';
    expect(parseDocument({ content: html }).map((p) => p.title)).toEqual(['Office Assistant']);
  });
});
