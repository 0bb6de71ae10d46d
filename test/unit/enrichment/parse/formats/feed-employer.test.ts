import { describe, expect, it } from 'vitest';
import { boardToken } from '../../../../../functions/enrichment/parse/formats/board-identity.ts';
import { feedEmployer } from '../../../../../functions/enrichment/parse/formats/feed-identity.ts';
import { parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';

const parse = (content: string, url?: string) => parseDocument({ content, file: 'doc', url: url ?? null });

const rss = (channel: string, items: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel>${channel}${items}</channel></rss>`;

describe('the employer of a board or feed', () => {
  it("a Lever board names its employer in its site name, written as the board's descriptions write it", () => {
    const posting = (id: number) => ({
      id: `p${id}`,
      text: 'Senior Java Engineer',
      hostedUrl: `https://jobs.lever.co/mamamoney/${id}`,
      categories: { location: 'Cape Town' },
      descriptionPlain: 'At Mama Money we send money home. mamamoney.com',
    });
    const postings = parse(JSON.stringify([posting(1), posting(2)]));
    expect(postings.map((p) => p.company)).toEqual(['Mama Money', 'Mama Money']);
  });

  it('an Ashby board whose descriptions never write its name gives the board token in capitals', () => {
    const board = {
      apiVersion: '1',
      jobs: [
        {
          title: 'Staff Engineer',
          jobUrl: 'https://jobs.ashbyhq.com/northwind-labs/1',
          descriptionPlain: 'Build.',
        },
      ],
    };
    expect(parse(JSON.stringify(board))[0]?.company).toBe('Northwind Labs');
  });

  it("a Greenhouse job's company_name wins over the board token", () => {
    const board = {
      jobs: [
        {
          title: 'Buyer',
          absolute_url: 'https://job-boards.greenhouse.io/acmegroup/jobs/1',
          company_name: 'Acme Group',
        },
      ],
    };
    expect(parse(JSON.stringify(board))[0]?.company).toBe('Acme Group');
  });

  it("a company's own RSS feed names it in its channel title, and titles keep their job codes", () => {
    const items = ['EU Project Manager (EPMR)', 'DevOps Engineer (DER)']
      .map(
        (t, i) =>
          `<item><title>${t}</title><guid>/jobs/${i}</guid><description>Do things.</description></item>`,
      )
      .join('');
    const postings = parse(rss('<title>Job Positions on Nubificus Ltd</title>', items));
    expect(postings.map((p) => [p.title, p.company])).toEqual([
      ['EU Project Manager (EPMR)', 'Nubificus Ltd'],
      ['DevOps Engineer (DER)', 'Nubificus Ltd'],
    ]);
  });

  it("an aggregator's feed that appends each employer after a dash gives each item its employer, never the channel's name", () => {
    const titles = [
      'Lead Engineer (Digital Library) - University of Leeds',
      'Principal Engineer - Microsoft',
      'HPC Manager - Empire AI',
      'Data Steward - Acme Holdings',
    ];
    const items = titles
      .map((t, i) => `<item><title>${t}</title><link>https://board.example/${i}</link></item>`)
      .join('');
    const postings = parse(rss('<title>Research Teams - Job Board</title>', items));
    expect(postings.map((p) => [p.title, p.company])).toEqual([
      ['Lead Engineer (Digital Library)', 'University of Leeds'],
      ['Principal Engineer', 'Microsoft'],
      ['HPC Manager', 'Empire AI'],
      ['Data Steward', 'Acme Holdings'],
    ]);
  });

  it('reads "Company:" and "Location:" lines inside an item\'s description, bold labels or plain', () => {
    const items =
      '<item><title>IT Manager</title><link>https://b.example/1</link><description><![CDATA[<p>Run IT.</p><p><strong>Location:</strong> Leeds UK</p><p>Company: Aire Valley Housing</p>]]></description></item>';
    const [posting] = parse(rss('<title>Jobs</title>', items));
    expect(posting?.company).toBe('Aire Valley Housing');
    expect(posting?.location.text).toBe('Leeds UK');
  });

  it("an Atom feed's author is the employer of entries that name none", () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Acme Jobs</title><author><name>Open Knowledge Foundation DE</name></author>
      <entry><title>Volljurist*in</title><id>https://okfn.example/1</id><summary>Recht.</summary></entry></feed>`;
    expect(parse(atom)[0]?.company).toBe('Open Knowledge Foundation DE');
  });

  it('channel titles lose only the words that say they are job feeds', () => {
    expect(feedEmployer('Acme Careers')).toBe('Acme');
    expect(feedEmployer('Jobs at Northwind Health')).toBe('Northwind Health');
    expect(feedEmployer('Job feed – Contoso Ltd')).toBe('Contoso Ltd');
    expect(feedEmployer('Latest Jobs')).toBeNull();
  });

  it('any board URL gives a lower-case token or none, and never throws', () => {
    for (const path of [
      '',
      '__proto__',
      'constructor/x',
      '%E0%A4%A',
      'a'.repeat(5_000),
      '..',
      'ACME Corp',
      '?for=x',
    ]) {
      const token = boardToken(`https://jobs.lever.co/${path}`);
      expect(token === null || token === token.toLowerCase()).toBe(true);
    }
    expect(boardToken('https://boards-api.greenhouse.io/v1/boards/Luno/jobs')).toBe('luno');
    expect(boardToken('https://example.com/luno')).toBeNull();
  });
});

describe('feeds at the edge', () => {
  it('an XML job list that is not RSS (<rss><jobs><job>), with raw ampersands, gives its jobs', () => {
    const job = (t: string, i: number) =>
      `<job><title>${t}</title><id>${i}</id><url>https://w.example/${i}</url><company>Wakam</company><location>Paris</location><description>Motor & Mobility</description></job>`;
    const xml = `<?xml version="1.0"?><rss version="2.0"><jobs>${job('Head of FP&A', 1)}${job('Full Stack Engineer', 2)}</jobs></rss>`;
    expect(parse(xml).map((p) => [p.title, p.company, p.location.text])).toEqual([
      ['Head of FP&A', 'Wakam', 'Paris'],
      ['Full Stack Engineer', 'Wakam', 'Paris'],
    ]);
  });

  it('an RSS feed cut off inside an item keeps the complete items, drops the partial one and says so on each record', () => {
    const item = (i: number) =>
      `<item><title>Engineer ${i}</title><guid>g${i}</guid><description>Work ${i}</description></item>`;
    const whole = rss('<title>Acme Jobs</title>', [1, 2, 3].map(item).join(''));
    const cut = whole.slice(0, whole.indexOf('Work 3'));
    const postings = parse(cut);
    expect(postings.map((p) => p.title)).toEqual(['Engineer 1', 'Engineer 2']);
    expect(postings.every((p) => p.warnings?.[0]?.id === 'document-truncated')).toBe(true);
    expect(postings[0]?.warnings?.[0]?.detail).toMatch(/2 complete items kept/);
    expect(parse(whole).every((p) => p.warnings === undefined)).toBe(true);
  });

  it('an Atom feed cut off inside an entry keeps the complete entries and says so', () => {
    const entry = (i: number) =>
      `<entry><title>Analyst ${i}</title><id>e${i}</id><summary>Analyse ${i}</summary></entry>`;
    const whole = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Acme</title>${[1, 2].map(entry).join('')}</feed>`;
    const postings = parse(whole.slice(0, whole.indexOf('Analyse 2')));
    expect(postings.map((p) => p.title)).toEqual(['Analyst 1']);
    expect(postings[0]?.warnings?.[0]?.id).toBe('document-truncated');
  });
});

describe('JSON at the edge', () => {
  it('a plain JSON array of jobs, whose first element is a notice, gives each job with its company, place and pay', () => {
    const jobs = [
      { legal: 'By using this API you agree to our terms.' },
      {
        position: 'Site Reliability Engineer',
        company: 'Contoso',
        location: 'Remote',
        salary_min: 120000,
        salary_max: 150000,
        url: 'https://api.example/jobs/1',
        description: '<p>Keep it up.</p>',
      },
      {
        name: 'Hardware Engineer',
        company: 'mylife AG',
        actualCity: 'Burgdorf',
        annualSalaryFrom: 80000,
        annualSalaryTo: 100000,
      },
    ];
    const postings = parse(JSON.stringify(jobs));
    expect(postings.map((p) => [p.source.format, p.title, p.company, p.location.text])).toEqual([
      ['json', 'Site Reliability Engineer', 'Contoso', 'Remote'],
      ['json', 'Hardware Engineer', 'mylife AG', 'Burgdorf'],
    ]);
    expect(postings[0]?.pay).toMatchObject({ min: 120000, max: 150000 });
    expect(postings[1]?.pay).toMatchObject({ min: 80000, max: 100000, period: 'year' });
  });

  it('a USAJOBS search response gives each MatchedObjectDescriptor as a posting', () => {
    const item = (id: string, title: string, org: string) => ({
      MatchedObjectId: id,
      MatchedObjectDescriptor: {
        PositionTitle: title,
        PositionURI: `https://www.usajobs.gov/GetJob/ViewDetails/${id}`,
        PositionLocation: [{ LocationName: 'Atlanta, Georgia', CountryCode: 'United States' }],
        OrganizationName: org,
        PositionRemuneration: [
          { MinimumRange: '88305', MaximumRange: '114802', RateIntervalCode: 'Per Year' },
        ],
        UserArea: { Details: { JobSummary: 'Manage IT projects.' } },
      },
    });
    const doc = {
      LanguageCode: 'EN',
      SearchResult: {
        SearchResultCount: 2,
        SearchResultItems: [
          item('1', 'IT Project Manager', 'CDC'),
          item('2', 'IT Specialist (INFOSEC)', 'CFPB'),
        ],
      },
    };
    const postings = parse(JSON.stringify(doc));
    expect(postings.map((p) => [p.title, p.company, p.location.text, p.source.externalId])).toEqual([
      ['IT Project Manager', 'CDC', 'Atlanta, Georgia', '1'],
      ['IT Specialist (INFOSEC)', 'CFPB', 'Atlanta, Georgia', '2'],
    ]);
    expect(postings[0]?.pay).toMatchObject({ min: 88305, max: 114802, period: 'year' });
  });

  it('a single Lever posting object (one job, not an array) is read as Lever', () => {
    const one = {
      id: 'a1',
      text: 'Trade Marketing Consultant',
      hostedUrl: 'https://jobs.lever.co/mamamoney/a1',
      categories: { location: 'Pretoria' },
    };
    const postings = parse(JSON.stringify(one));
    expect(postings.map((p) => [p.source.format, p.title, p.company, p.location.text])).toEqual([
      ['lever', 'Trade Marketing Consultant', 'Mamamoney', 'Pretoria'],
    ]);
  });

  it('a board JSON cut off part-way keeps every complete job and says where it broke on each record', () => {
    const job = (i: number) => ({
      id: i,
      title: `Engineer ${i}`,
      absolute_url: `https://boards.greenhouse.io/luno/jobs/${i}`,
      content: `&lt;p&gt;Luno builds ${i}&lt;/p&gt;`,
    });
    const whole = JSON.stringify({ jobs: [1, 2, 3, 4].map(job) });
    const cut = whole.slice(0, whole.indexOf('Luno builds 4'));
    const postings = parse(cut);
    expect(postings.map((p) => [p.title, p.company])).toEqual([
      ['Engineer 1', 'Luno'],
      ['Engineer 2', 'Luno'],
      ['Engineer 3', 'Luno'],
    ]);
    expect(postings.every((p) => p.warnings?.[0]?.id === 'document-truncated')).toBe(true);
    expect(postings[0]?.warnings?.[0]?.detail).toMatch(/1 unfinished record dropped/);
    expect(parse(whole).every((p) => p.warnings === undefined)).toBe(true);
  });
});

describe('ids of feed items', () => {
  it('feed items that all link to the same list page keep one id each', async () => {
    const { enrichDocument, loadTaxonomy } = await import('../../../../../functions/enrichment/index.ts');
    const items = ['Service Desk Lead', 'Network Engineer', 'IT Manager']
      .map(
        (t) =>
          `<item><title>${t}</title><link>https://council.example/jobs</link><description>${t} for the council.</description></item>`,
      )
      .join('');
    const listings = enrichDocument(
      { content: rss('<title>Council Jobs</title>', items) },
      { taxonomy: loadTaxonomy(), now: new Date(0) },
    );
    expect(new Set(listings.map((l) => l.id)).size).toBe(3);
  });
});
