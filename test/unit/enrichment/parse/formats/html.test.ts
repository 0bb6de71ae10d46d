import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';
import { descriptionOf, parseFixture } from './fixture.ts';

describe('parseDocument on HTML with JSON-LD', () => {
  it('reads every field of a JobPosting and unescapes its entity-escaped description to markup', () => {
    const [posting, ...rest] = parseFixture('html-jsonld-single.html', {
      url: 'https://careers.copperline.example/jobs?id=REQ-20417',
    });
    expect(rest).toHaveLength(0);
    expect(posting).toMatchObject({
      source: {
        format: 'html',
        url: 'https://careers.copperline.example/jobs/REQ-20417',
        externalId: 'REQ-20417',
        file: 'html-jsonld-single.html',
      },
      title: 'Systems Administration Manager',
      company: 'Copperline Logistics',
      location: { text: 'Denver, CO; Salt Lake City, UT', country: 'US', remote: false },
      employmentType: 'FULL_TIME',
      postedAt: '2026-09-14T14:30:00Z',
      pay: {
        min: 62.5,
        max: 71,
        currency: 'USD',
        period: 'hour',
        source: 'jsonld',
        raw: '62.5 – 71 USD per hour',
      },
    });
    const html = descriptionOf(posting);
    expect(posting?.description).toHaveProperty('html');
    expect(html).toContain('<h3>What you will own</h3><ul><li>Windows Server and RHEL fleets');
    // Unescaped once: the markup appears, and the entity the text needs stays an entity.
    expect(html).toContain('<p>R&amp;D budget &amp; vendor reviews included.</p>');
  });

  it('finds the JobPosting in an @graph, resolves its organisation by @id and reads TELECOMMUTE as remote', () => {
    const postings = parseFixture('html-jsonld-graph.html');
    expect(postings).toHaveLength(1);
    expect(postings[0]).toMatchObject({
      title: 'Head of IT Operations',
      company: 'Fernbrook Mutual Insurance',
      location: { text: 'Remote', country: 'US', remote: true },
      employmentType: 'FULL_TIME',
      postedAt: '2026-10-02T00:00:00Z',
      source: { externalId: 'FB-8841' },
      pay: { min: 178000, max: 214000, currency: 'USD', period: 'year', source: 'jsonld' },
    });
  });

  it('gives one posting per JobPosting on a page that lists several, skipping a broken block', () => {
    const postings = parseFixture('html-jsonld-multiple.html');
    expect(postings.map((p) => p.title)).toEqual([
      'Clinical Applications Manager',
      'Network Engineer II',
      'IT Service Desk Supervisor',
    ]);
    const [clinical, network, desk] = postings;
    expect(clinical).toMatchObject({
      company: 'Bramblewood Health System',
      location: { text: 'Spokane, WA', country: 'US' },
      pay: { min: 9800, max: 9800, currency: 'USD', period: 'month' },
      description: { text: expect.stringContaining('Epic analysts') },
    });
    expect(network).toMatchObject({
      location: { text: "Coeur d'Alene, ID", country: 'US' },
      employmentType: 'PART_TIME',
      postedAt: null,
      pay: null,
    });
    expect(desk?.pay).toMatchObject({ min: 88000, max: 88000, period: 'year' });
  });

  it('maps a bare-number baseSalary and leaves the period null when no unit is given', () => {
    const page = `<script type="application/ld+json">{"@type":"JobPosting","title":"IT Lead","baseSalary":120000}</script>`;
    expect(parseDocument({ content: page }).at(0)?.pay).toEqual({
      min: 120000,
      max: 120000,
      currency: null,
      period: null,
      source: 'jsonld',
      raw: '120,000',
    });
  });

  it('does not count a posting twice when a page links it from its @graph and its mainEntity', () => {
    const posting = { '@type': 'JobPosting', '@id': '#job', title: 'CIO', description: '<p>Lead IT.</p>' };
    const graph = { '@graph': [posting, { '@type': 'WebPage', mainEntity: posting }] };
    const page = `<script type="application/ld+json">${JSON.stringify(graph)}</script>`;
    expect(parseDocument({ content: page })).toHaveLength(1);
  });

  it('strips HTML from a JSON-LD title', () => {
    const page = `<script type="application/ld+json">{"@type":"JobPosting","title":"<b>IT&nbsp;Director</b>"}</script>`;
    expect(parseDocument({ content: page }).at(0)?.title).toBe('IT Director');
  });
});

describe('parseDocument on HTML with microdata', () => {
  it('reads a microdata JobPosting, its nested organisation, place and salary', () => {
    const [posting] = parseFixture('html-microdata.html');
    expect(posting).toMatchObject({
      source: { format: 'html', url: 'https://quarryhill.example/jobs/it-director' },
      title: 'Director of Information Technology',
      company: 'Quarry Hill College',
      location: { text: 'Burlington, VT', country: 'US', remote: false },
      employmentType: 'FULL_TIME',
      postedAt: '2026-07-21T00:00:00Z',
      pay: { min: 132000, max: 151000, currency: 'USD', period: 'year', source: 'microdata' },
    });
    expect(descriptionOf(posting)).toContain('<h3>Scope</h3>');
    expect(descriptionOf(posting)).not.toContain('Permalink');
  });
});

describe('parseDocument on HTML with RDFa', () => {
  const rdfa = (vocab: string, p: string) => `<!DOCTYPE html><html><head><title>Careers</title></head><body>
    <div ${vocab} typeof="${p}JobPosting">
      <h2 property="${p}title">Software Engineer</h2>
      <p><strong>Location:</strong> <span property="${p}jobLocation" typeof="${p}Place"><span property="${p}address" typeof="${p}PostalAddress"><span property="${p}addressLocality">Kirkland</span>, <span property="${p}addressRegion">WA</span></span></span></p>
      <span property="${p}hiringOrganization" typeof="${p}Organization"><span property="${p}name">ACME Inc.</span></span>
      <span property="${p}baseSalary" typeof="${p}MonetaryAmount"><meta property="${p}currency" content="USD"><span property="${p}value" typeof="${p}QuantitativeValue"><span property="${p}minValue" content="120000">$120,000</span> to <span property="${p}maxValue" content="150000">$150,000</span><meta property="${p}unitText" content="YEAR"></span></span>
      <div property="${p}description"><h3>Duties</h3><ul><li>Maintain the platform in Python</li></ul></div>
      <p>Posted: <span property="${p}datePosted">2011-10-31</span></p>
      <a property="${p}url" href="https://acme.example/jobs/42">Apply</a>
    </div>
    <footer><span property="og:title">Not a job field</span></footer></body></html>`;

  it.each([
    ['vocab="https://schema.org/"', ''],
    ['prefix="schema: http://schema.org/"', 'schema:'],
  ])('reads a JobPosting written as RDFa (%s) as JSON-LD would be read', (vocab, prefix) => {
    const [posting, ...rest] = parseDocument({ content: rdfa(vocab, prefix) });
    expect(rest).toHaveLength(0);
    expect(posting).toMatchObject({
      source: { format: 'html', url: 'https://acme.example/jobs/42' },
      title: 'Software Engineer',
      company: 'ACME Inc.',
      location: { text: 'Kirkland, WA', country: 'US' },
      postedAt: '2011-10-31T00:00:00Z',
      pay: { min: 120000, max: 150000, currency: 'USD', period: 'year' },
    });
    expect(descriptionOf(posting)).toContain('Maintain the platform in Python');
  });

  it('gives one posting per RDFa JobPosting on a list page', () => {
    const item = (t: string) =>
      `<li typeof="JobPosting"><a property="url" href="/jobs/${t.length}"><span property="title">${t}</span></a> <span property="hiringOrganization">Contoso</span></li>`;
    const page = `<html><body><ul vocab="http://schema.org/">${item('IT Manager')}${item('Network Engineer')}</ul></body></html>`;
    const postings = parseDocument({ content: page, url: 'https://contoso.example/careers' });
    expect(postings.map((p) => [p.title, p.company, p.source.url])).toEqual([
      ['IT Manager', 'Contoso', 'https://contoso.example/jobs/10'],
      ['Network Engineer', 'Contoso', 'https://contoso.example/jobs/16'],
    ]);
  });
});

describe('parseDocument on a careers page that states its fields as a person reads them', () => {
  it('reads a "Location:" line over a list of places, and the site owner from the footer and <title>', () => {
    const page = `<!doctype html><html><head><title>Nubis Ltd</title><meta name=author content="Nubis LTD"></head><body>
      <div class=content><h1>Senior Systems Engineer</h1><p>We build hypervisors.</p>
      <p>Requirements:</p><ul><li>Linux kernel experience</li></ul>
      <p>Location:</p><ul><li>Remote (UTC to UTC+4)</li><li>Sheffield (UK)</li><li>Athens (GR)</li></ul></div>
      <footer><p class=copyright>Copyright &copy; 2019-2025 Nubis LTD. All Rights Reserved.</p></footer></body></html>`;
    const [posting] = parseDocument({ content: page });
    expect(posting?.company).toBe('Nubis LTD');
    expect(posting?.location.text).toContain('Sheffield (UK)');
    expect(posting?.location.text).toMatch(/^Remote/);
  });

  it('takes a footer copyright holder with a legal form, never a bare brand, and never over a labelled company', () => {
    const footer = (holder: string) =>
      `<html><head><title>Jobs</title></head><body><h1>Web Developer</h1><p>Build our site. Apply by mail.</p><footer><p>© 2018 ${holder}. Alle Rechte vorbehalten</p></footer></body></html>`;
    expect(parseDocument({ content: footer('bee7 solutions gmbh') })[0]?.company).toBe('bee7 solutions gmbh');
    expect(parseDocument({ content: footer('JobsNow') })[0]?.company).toBeNull();
    const labelled = footer('Boardly GmbH').replace('<p>Build', '<p>Company: Harbour Foods</p><p>Build');
    expect(parseDocument({ content: labelled })[0]?.company).toBe('Harbour Foods');
  });

  it('reads labelled lines broken by <br>, in the languages of the page ("Miesto:", "Arbeitsort:")', () => {
    const page = `<div><h1>ING Hubs</h1><h2>KYC Analyst</h2><p><strong>Miesto: </strong>Plynárenská 7/B, 82109 Bratislava<br/>
      <strong>Forma: </strong>full time<br/><strong>Plat: </strong>1 400 EUR/month<br/></p><p>Verify customers. Apply now.</p></div>`;
    // The h1 names the employer over the h2 that names the job.
    expect(parseDocument({ content: page })[0]).toMatchObject({
      title: 'KYC Analyst',
      company: 'ING Hubs',
      location: { text: 'Plynárenská 7/B, 82109 Bratislava' },
    });
    const de = `<html><body><h1>IT-Administrator (m/w/d)</h1><p>Arbeitsort: Bochum</p><p>Arbeitgeber: Ruhr Digital GmbH</p><p>Ihre Aufgaben: Betrieb der Server. Vollzeit.</p></body></html>`;
    expect(parseDocument({ content: de })[0]).toMatchObject({
      company: 'Ruhr Digital GmbH',
      location: { text: 'Bochum' },
    });
  });

  it('reads the employer from a "Join the …" site name', () => {
    const page = `<html><head><title>Integration Engineer | Join the Technology Transformation Services</title>
      <meta content="Join the Technology Transformation Services" property="og:site_name"></head>
      <body><h1>Integration Engineer</h1><p>Location: Anywhere in the U.S. (remote)</p><p>You will integrate partners. Apply by Friday.</p></body></html>`;
    expect(parseDocument({ content: page })[0]).toMatchObject({
      title: 'Integration Engineer',
      company: 'Technology Transformation Services',
    });
  });

  it('reads the place a title states in its last bracket when nothing else states one', () => {
    const text =
      '---\norganization: Collabora Online\ntitle: UI/UX Designer (Remote/Europe)\n---\nDesign our editor. You will work with engineers.';
    expect(parseDocument({ content: text })[0]?.location).toMatchObject({
      text: 'Remote/Europe',
      remote: true,
    });
    expect(
      parseDocument({ content: 'Engineer (m/f/d)\nAcme GmbH\n\nBuild things. Apply now.' })[0]?.location.text,
    ).toBeNull();
  });
});

describe('parseDocument on HTML without structured data', () => {
  it('reads the company, place and arrangement from a "Company · City, ST · Hybrid" line', () => {
    const [posting] = parseFixture('html-plain-meta-line.html');
    expect(posting).toMatchObject({
      title: 'Manager, End User Computing',
      company: 'Tidewater Savings Bank',
      location: { text: 'Norfolk, VA', country: 'US', remote: false },
      pay: null,
    });
  });

  it('keeps the main content as the description, as blocks, and drops navigation, forms, scripts and footers', () => {
    const posting = parseFixture('html-plain-meta-line.html')[0];
    const blocks = posting && 'blocks' in posting.description ? posting.description.blocks : [];
    expect(blocks).toContainEqual({ kind: 'heading', text: "What you'll do", section: "What you'll do" });
    expect(blocks).toContainEqual({
      kind: 'item',
      text: 'Run Intune and Autopilot for Windows 11 laptops',
      section: "What you'll do",
    });
    const text = descriptionOf(posting);
    for (const chrome of ['About us', 'Apply now', 'window.analytics', 'Member FDIC', '.hero']) {
      expect(text).not.toContain(chrome);
    }
  });

  it('reads labelled facts from a definition list and the company from the title suffix', () => {
    const [posting] = parseFixture('html-plain-labelled.html');
    expect(posting).toMatchObject({
      title: 'Interim Head of Technology',
      company: 'Crane & Holloway Solicitors',
      location: { text: 'Leeds', country: 'GB', remote: false },
      employmentType: 'TEMPORARY',
      postedAt: '2026-11-03T00:00:00Z',
    });
  });

  it('reads "Location: London (hybrid)" from a line of labelled fields and a place suffix from the title', () => {
    const page = `<html><head><title>Head of IT (Contract) - Manchester</title></head><body>
      <h1>Head of IT (Contract)</h1><p>Location: London (hybrid) | Duration: 9 months | Rate: £850 per day</p>
      <p>A housing charity needs an interim Head of IT.</p></body></html>`;
    const [posting] = parseDocument({ content: page });
    expect(posting).toMatchObject({
      title: 'Head of IT (Contract)',
      company: null,
      location: { text: 'London', country: 'GB', remote: false },
      employmentType: 'CONTRACTOR',
    });
  });

  it('falls back to og:title and og:site_name when the page has no h1', () => {
    const page = `<html><head><meta property="og:title" content="Network Manager | Pinecrest Schools">
      <meta property="og:site_name" content="Pinecrest Schools"></head><body><p>Run the district WAN.</p></body></html>`;
    expect(parseDocument({ content: page })[0]).toMatchObject({
      title: 'Network Manager',
      company: 'Pinecrest Schools',
    });
  });

  it('takes a place suffix of the <title> as the location, not the company', () => {
    const page =
      '<html><head><title>IT Operations Manager - Sydney</title></head><body><p>Run IT.</p></body></html>';
    expect(parseDocument({ content: page })[0]).toMatchObject({
      title: 'IT Operations Manager',
      company: null,
      location: { text: 'Sydney', country: 'AU' },
    });
  });

  it('reads a Workday-style page: no h1, a "Careers" word after the company, the location an ATS marks', () => {
    const page = `<html><head><title>Vice President, Information Services - Lone Star Regional Health - Careers</title></head>
      <body><main><div data-automation-id="jobPostingHeader"><h2>Vice President, Information Services</h2></div>
      <ul><li data-automation-id="locations">Corporate Office - Lubbock, TX</li><li data-automation-id="time">Full time</li></ul>
      <div data-automation-id="jobPostingDescription"><p>Lead IS operations for seven hospitals.</p></div></main></body></html>`;
    expect(parseDocument({ content: page })[0]).toMatchObject({
      title: 'Vice President, Information Services',
      company: 'Lone Star Regional Health',
      location: { text: 'Corporate Office - Lubbock, TX', country: 'US' },
    });
    const marked = (element: string) =>
      parseDocument({ content: `<html><body><h1>IT Manager</h1>${element}<p>Run IT.</p></body></html>` })[0]
        ?.location.text;
    expect(marked('<span class="job-location">Leeds, UK</span>')).toBe('Leeds, UK');
    expect(
      marked('<span class="location">Location</span><p>Relocation: Allocation of budget</p>'),
    ).toBeNull();
    expect(marked('<p class="relocation">Relocation package offered</p>')).toBeNull();
  });

  it('reads the page body when the JSON-LD description is a stub, and keeps a real one', () => {
    const page = (description: string) => `<html><head><script type="application/ld+json">
      {"@type":"JobPosting","title":"Engineering Manager, Platform","description":${JSON.stringify(description)}}
      </script></head><body><main><h1>Engineering Manager, Platform</h1>
      <p>Lead 7 engineers running our Kubernetes platform on AWS with Terraform.</p>
      <p>Salary: $180k–$210k.</p></main></body></html>`;
    expect(descriptionOf(parseDocument({ content: page('See posting body.') })[0])).toContain('Kubernetes');
    const real = `<p>${'Run the internal developer platform and its on-call. '.repeat(5)}</p>`;
    expect(descriptionOf(parseDocument({ content: page(real) })[0])).not.toContain('Kubernetes');
    // A short real summary is kept: the page around it may be cookie banners and other jobs.
    const summary = 'Lead IT for our 3 clinics: Microsoft 365, Intune and Azure. Salary $95,000 - $105,000.';
    expect(descriptionOf(parseDocument({ content: page(summary) })[0])).toBe(summary);
  });

  it('gives no posting for a page with no title at all', () => {
    expect(parseDocument({ content: '<html><body><p>Nothing to see.</p></body></html>' })).toEqual([]);
  });

  it('uses the page URL as the source URL when the page gives none', () => {
    const [posting] = parseDocument({
      content: '<h1>IT Manager</h1><p>Lead.</p>',
      url: 'https://jobs.example.com/it-manager',
      file: null,
    });
    expect(posting?.source).toEqual({
      format: 'html',
      url: 'https://jobs.example.com/it-manager',
      externalId: null,
      file: null,
    });
  });
});
