import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';
import { descriptionOf, parseFixture } from './fixture.ts';

describe('parseDocument on RSS', () => {
  const postings = parseFixture('rss-board.xml');
  const byId = (id: string) => postings.find((p) => p.source.externalId === id);

  it('gives one posting per item that has a title', () => {
    expect(postings.map((p) => p.source.externalId)).toEqual([
      'ptj-5120',
      'https://prairietechjobs.example/jobs/5121',
      'ptj-5122',
      'ptj-5123',
      'ptj-5125',
    ]);
    expect(postings.every((p) => p.source.format === 'rss' && p.source.file === 'rss-board.xml')).toBe(true);
  });

  it('splits "Title at Company", prefers content:encoded and reads the guid, link and pubDate', () => {
    const posting = byId('ptj-5120');
    expect(posting).toMatchObject({
      title: 'IT Operations Manager',
      company: 'Harvest Moon Cooperative',
      postedAt: '2026-11-03T20:15:00Z',
      source: { url: 'https://prairietechjobs.example/jobs/5120' },
    });
    expect(descriptionOf(posting)).toBe(
      '<p>Harvest Moon runs 31 grain elevators. Lead a team of five and our Fortinet SD-WAN.</p><ul><li>Budget: $2.1M</li></ul>',
    );
  });

  it('keeps "Director, IT (Infrastructure)" whole and reads the company, place, type and salary extensions', () => {
    const posting = byId('https://prairietechjobs.example/jobs/5121');
    expect(posting).toMatchObject({
      title: 'Director, IT (Infrastructure)',
      company: 'Bluestem State Bank',
      location: { text: 'Sioux Falls, SD', country: 'US' },
      employmentType: 'FULL_TIME',
      // A bare "$" stays the ambiguous dollar here; the posting's country (US) settles it in the salary.
      pay: { min: 165000, max: 190000, currency: 'DOLLAR', period: 'year', source: 'feed-field' },
    });
    // Entity-escaped HTML in <description> comes out as markup.
    expect(descriptionOf(posting)).toBe(
      '<p>Own data center, cloud and network for a regional bank. <b>CISSP</b> preferred.</p>',
    );
  });

  it('splits "Company: Title" and keeps a plain-text description as text', () => {
    expect(byId('ptj-5122')).toMatchObject({
      title: 'Senior Manager, Enterprise Applications',
      company: 'Buffalo Grass Software',
      description: { text: 'Plain text description. Lead NetSuite and Salesforce admins.' },
    });
  });

  it('strips HTML from titles and tolerates an item without link or date', () => {
    expect(byId('ptj-5123')).toMatchObject({
      title: 'Urgent IT Support Lead & Trainer',
      company: null,
      postedAt: null,
      source: { url: null },
    });
  });

  it('drops a javascript: link, an unreadable date, and reads "(Contract)" as the employment type', () => {
    expect(byId('ptj-5125')).toMatchObject({
      title: 'IT Manager (Contract)',
      employmentType: 'CONTRACTOR',
      postedAt: null,
      source: { url: null },
      description: { text: '' },
    });
  });

  it('resolves a relative link against the feed URL', () => {
    const feed = '<rss><channel><item><title>IT Lead</title><link>/jobs/9</link></item></channel></rss>';
    const [posting] = parseDocument({ content: feed, url: 'https://jobs.example.org/feed.xml' });
    expect(posting?.source.url).toBe('https://jobs.example.org/jobs/9');
  });

  it('returns no postings for a feed without items', () => {
    expect(parseFixture('rss-empty.xml')).toEqual([]);
  });

  it('takes trailing parentheticals for companies when the board appends them, but not qualifiers', () => {
    const parsed = parseFixture('rss-company-in-parens.xml');
    expect(parsed.map((p) => [p.title, p.company])).toEqual([
      ['Help Desk Supervisor', 'Pelican Bay Resorts'],
      ['Systems Engineer - Identity', 'Magnolia Regional Medical'],
      ['Chief Technology Officer (Remote)', null],
      ['Infrastructure Manager (Part-time)', null],
    ]);
    expect(parsed[2]?.location.remote).toBe(true);
    expect(parsed[3]?.employmentType).toBe('PART_TIME');
  });

  it('reads a UTF-16 big-endian feed with a byte-order mark and keeps "(m/w/d)" in the title', () => {
    const [posting] = parseFixture('utf16be-bom-feed.xml');
    expect(posting).toMatchObject({
      title: 'Leiter IT-Betrieb (m/w/d)',
      company: null,
      postedAt: '2026-11-05T07:00:00Z',
      description: { text: 'Führung eines Teams von 6 Administratoren in München.' },
    });
  });

  it('reads the items of an RSS 1.0 (RDF) feed', () => {
    const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
      xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="https://x.example/"><title>Jobs</title></channel>
      <item rdf:about="https://x.example/j/1"><title>IT Manager at Orbit Dental</title>
      <link>https://x.example/j/1</link><dc:date>2026-11-01T10:00:00Z</dc:date></item></rdf:RDF>`;
    expect(parseDocument({ content: rdf })[0]).toMatchObject({
      source: { format: 'rss', url: 'https://x.example/j/1' },
      title: 'IT Manager',
      company: 'Orbit Dental',
      postedAt: '2026-11-01T10:00:00Z',
    });
  });
});

describe('parseDocument on Atom', () => {
  const postings = parseFixture('atom-feed.xml');

  it('reads html content, the alternate link, the id and the published date', () => {
    expect(postings[0]).toMatchObject({
      source: {
        format: 'atom',
        url: 'https://saguaro.example/jobs/311',
        externalId: 'tag:saguaro.example,2026:jobs/311',
      },
      title: 'Cloud Platform Manager',
      company: 'Saguaro Systems',
      postedAt: '2026-11-04T22:00:00Z',
    });
    expect(descriptionOf(postings[0])).toBe(
      '<p>Run our AWS landing zone and a team of four SREs in Tucson, AZ.</p><ul><li>Terraform</li></ul>',
    );
  });

  it('reads xhtml content as markup, an html title as text, and falls back to updated', () => {
    expect(postings[1]).toMatchObject({
      title: 'Desktop Support Lead (new)',
      postedAt: '2026-11-03T12:00:00Z',
      source: { url: 'https://saguaro.example/jobs/312' },
    });
    expect(descriptionOf(postings[1])).toBe(
      '<p>Lead three technicians.</p><ul><li>Jamf</li><li>Intune</li></ul>',
    );
  });

  it('uses the summary when the content is out of line and splits "Title at Company"', () => {
    expect(postings[2]).toMatchObject({
      title: 'IT Asset Coordinator',
      company: 'Ironwood Mining',
      description: { text: 'Track 4,000 laptops and phones across two mines.' },
    });
  });
});

describe('an RSS feed a scraper filled with page chrome', () => {
  it('drops navigation and action items and repeats of an item, keeping different titles at one link', () => {
    const item = (title: string, link: string) => `<item><title>${title}</title><link>${link}</link></item>`;
    const feed = `<rss version="2.0"><channel><title>Council jobs</title>
      ${item('Senior Project Engineer', 'https://jobs.example/1')}
      ${item('Apply Now', 'https://jobs.example/apply/1')}
      ${item('(Read more)', 'https://jobs.example/1')}
      ${item('View all New Opportunities', 'https://jobs.example/latest')}
      ${item('Help', 'https://jobs.example/help')}
      ${item('Senior Project Engineer', 'https://jobs.example/1')}
      ${item('Kitchen Hand', 'https://jobs.example/list')}
      ${item('Help Desk Analyst', 'https://jobs.example/list')}
    </channel></rss>`;
    expect(parseDocument({ content: feed }).map((p) => p.title)).toEqual([
      'Senior Project Engineer',
      'Kitchen Hand',
      'Help Desk Analyst',
    ]);
  });
});

describe('an Atom entry its generator left untitled', () => {
  const feed = (summary: string) => `<feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Trust</title>
    <author><name>Harbour Trust</name></author>
    <entry><title>IT Manager</title><id>a</id><summary>Lead the IT team.</summary></entry>
    <entry><title></title><id>b</id><summary>${summary}</summary></entry></feed>`;

  it('reads the title the front matter it leaked into its summary names, not a nested one', () => {
    const summary =
      'authors: - Sam date: 2021-01-14 image: src: /team.jpg title: &amp;ldquo;Team photo&amp;rdquo;\ntitle: &amp;ldquo;Jugend hackt: Wir suchen Finanzadministration (ab März 2021)&amp;rdquo; Wir suchen …';
    expect(parseDocument({ content: feed(summary) }).map((p) => [p.title, p.company])).toEqual([
      ['IT Manager', 'Harbour Trust'],
      ['Jugend hackt: Wir suchen Finanzadministration (ab März 2021)', 'Harbour Trust'],
    ]);
  });

  it('still skips an untitled entry whose summary names no title', () => {
    expect(parseDocument({ content: feed('Just some words.') }).map((p) => p.title)).toEqual(['IT Manager']);
  });
});

describe('parseDocument on JSON Feed', () => {
  const postings = parseFixture('jsonfeed.json');

  it('reads content_html and content_text, ids, URLs and dates, and skips items without a title', () => {
    expect(postings).toHaveLength(2);
    expect(postings[0]).toMatchObject({
      source: { format: 'jsonfeed', url: 'https://kestrel.example/careers/220', externalId: 'kst-220' },
      title: 'Data Platform Engineering Manager',
      company: 'Kestrel Analytics',
      postedAt: '2026-10-30T12:00:00Z',
      description: { html: expect.stringContaining('Snowflake and dbt') },
    });
    expect(postings[1]).toMatchObject({
      source: { externalId: '221' },
      title: 'IT Coordinator',
      company: 'Kestrel Labs Dublin',
      description: { text: 'Coordinate onboarding, laptops and badges for 80 staff.' },
    });
  });
});
