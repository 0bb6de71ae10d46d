import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../../../../functions/enrichment/parse/formats/front-matter.ts';
import { parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';
import { decodePlainText } from '../../../../../functions/enrichment/parse/formats/text.ts';
import { NotAPostingError } from '../../../../../functions/enrichment/types.ts';
import { descriptionOf } from './fixture.ts';

const one = (content: string) => {
  const postings = parseDocument({ content, format: 'auto' });
  expect(postings).toHaveLength(1);
  return postings[0] as NonNullable<(typeof postings)[0]>;
};

describe('the title of a text posting is the job, wherever the document puts it', () => {
  it("reads a Markdown heading that is a link as the link's words, not as a line holding an address", () => {
    const posting = one(
      '# [Software Engineering Manager (Web Applications)](https://jobs.example/apply/sem-123)  \n### LastPass  \n\n**LastPass is looking for a Engineering Manager:**\nIn this role, you will manage the team.',
    );
    expect(posting.title).toBe('Software Engineering Manager (Web Applications)');
  });

  it('skips metadata lines (a department, a work type, "Job Description") above the job line', () => {
    const posting = one(
      'Department: Technology\nWork Type: Full time\nJob Description\n\nIT Operations Manager\n\nYou will lead the infrastructure team.',
    );
    expect(posting.title).toBe('IT Operations Manager');
    expect(descriptionOf(posting)).toContain('Department: Technology');
  });

  it('takes a "Position Title:" line over a page-chrome line above it', () => {
    const posting = one(
      'This position is no longer available\n\nPosition Title: Supervisory IT Specialist (Network)\nAgency: Department of Things\n\nLeads the network team.',
    );
    expect(posting.title).toBe('Supervisory IT Specialist (Network)');
  });

  it('takes the value under a "Job title" label that stands on its own line', () => {
    const posting = one('Monday, 4 March 2024\n\nJob title\n\nService Desk Manager\n\nDepartment\n\nIT');
    expect(posting.title).toBe('Service Desk Manager');
  });

  it('keeps an abbreviated first-line title over a bulleted duty that names a role', () => {
    const posting = one(
      'Sr. Mgr Infrastructure\n\nCompany: Kaveri Ltd\n\nAbout Us\nWe lend.\n\n- Lead the network team and the NOC engineer rota\n',
    );
    expect(posting).toMatchObject({ title: 'Sr. Mgr Infrastructure', company: 'Kaveri Ltd' });
  });

  it('drops page chrome after the title: "… Job in Atlanta, GA"', () => {
    expect(one('Network Manager Job in Atlanta, GA\n\nSummary\n\nRuns the network.').title).toBe(
      'Network Manager',
    );
  });

  it('reads the role a sentence names when no line is a title, keeping that sentence in the text', () => {
    const posting = one(
      'Pay Range: $120,000 - $140,000\nJOB OVERVIEW\nThe Senior Systems Manager role leads the server team. The Senior Systems Manager reports to the Director.',
    );
    expect(posting.title).toBe('Senior Systems Manager');
    expect(descriptionOf(posting)).toContain('role leads the server team');
  });

  it('does not take the boss a sentence names for the job', () => {
    const posting = one(
      'Under the direction of the County Administrator, the CIO directs the IT department. The CIO manages the budget.',
    );
    expect(posting.title).toBe('CIO');
  });

  it('never makes a document without line breaks one long title', () => {
    const words = [
      'we',
      'build',
      'systems',
      'for',
      'the',
      'Council',
      'and',
      'its',
      'people',
      'Manager',
      'data',
    ];
    let seed = 7;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed;
    };
    for (let run = 0; run < 40; run++) {
      const length = 30 + (next() % 400);
      const text = Array.from({ length }, () => words[next() % words.length]).join(' ');
      // Word salad may be refused as not a posting; read or refused, it never has a long title.
      const [posting] = readOrRefused(text);
      expect((posting?.title ?? '').length).toBeLessThanOrEqual(150);
    }
  });

  it('reads a labelled title out of a document with no line breaks', () => {
    const posting = one(
      `${'Our council serves the district. '.repeat(12)}Position Title: IT SERVICE DESK LEAD Reports to: IT Manager Location: Gisborne`,
    );
    expect(posting.title).toBe('IT SERVICE DESK LEAD');
  });

  it('takes a bracketed employer after the title and drops tags before it', () => {
    const posting = one('[Hybrid / Leeds] Infrastructure Manager na [ACME SA]\n\nLead the team.');
    expect(posting).toMatchObject({ title: 'Infrastructure Manager', company: 'ACME SA' });
  });

  it('splits "Legal Name - Role" into the company and the title', () => {
    expect(one('Artemis Inc. - IT Manager\n\nRuns IT.')).toMatchObject({
      title: 'IT Manager',
      company: 'Artemis Inc.',
    });
  });

  it('reads an "Employer" label standing over its value', () => {
    expect(
      one('Network Lead\n\nEmployer\nHarbour County\nLocation\nTowson, MD\n\nRuns the NOC.'),
    ).toMatchObject({
      company: 'Harbour County',
      location: { text: 'Towson, MD' },
    });
  });
});

describe('a labelled designation names the job', () => {
  it('takes "position designation:" in a quoted header over the first sentence of the body', () => {
    const posting = one(
      '>Department: Digital Services\n>Grade: PO8\n>position designation: Infrastructure Manager\n\n## Purpose of Job:\n\nTo be responsible to the Head of Technology for:\n1. Lead the infrastructure team.',
    );
    expect(posting.title).toBe('Infrastructure Manager');
  });
});

describe('front matter', () => {
  it('gives the title and employer of a Jekyll post ("Employer: Title"), not its fence', () => {
    const posting = one(
      '---\nlayout: single\ntitle:  "Harbor Alliance: Director of Information Technology"\ntags:\n    - nonprofit\n---\n\nLocation: Oakland, CA\nOrganization Overview\n\nWe seek a Director of IT.',
    );
    expect(posting).toMatchObject({
      title: 'Director of Information Technology',
      company: 'Harbor Alliance',
      location: { text: 'Oakland, CA' },
    });
  });

  it('reads job-title, employer, location and salary fields, and the salary reaches the text', () => {
    const posting = one(
      '---\njob-title: Head of IT\nemployer: Riverside council\nsalary: £61,000 - £65,000 / year\nlocation: Hillingdon\n---\nAn opportunity has arisen.',
    );
    expect(posting).toMatchObject({
      title: 'Head of IT',
      company: 'Riverside council',
      location: { text: 'Hillingdon' },
    });
    expect(descriptionOf(posting)).toContain('£61,000 - £65,000');
  });

  it('reads pay kept as two fields (salary_min, salary_max) as one range, and one end alone as a bound', () => {
    const both = one(
      '---\ntitle: IT Specialist\nsalary_min: $108,885\nsalary_max: $172,500\n---\nRun the platform.',
    );
    expect(descriptionOf(both)).toContain('Salary: $108,885 - $172,500');
    const floor = one('---\ntitle: IT Specialist\nmin_salary: $90,000\n---\nRun the platform.');
    expect(descriptionOf(floor)).toContain('Salary: from $90,000');
  });

  it('prefers both ends of a range to a single pay field beside them (a careers site keeps the top as "compensation")', () => {
    const posting = one(
      "---\ntitle: IT Manager\nsalary_min: '$80,000.00/yr'\nsalary_max: '$105,000.00/yr'\ncompensation: '$105,000.00/yr'\n---\nRun IT.",
    );
    expect(descriptionOf(posting)).toContain('Salary: $80,000.00/yr - $105,000.00/yr');
    // One end beside a whole pay field: the field, which says more.
    const field = one(
      '---\ntitle: IT Manager\nsalary: $80,000 - $105,000\nsalary_max: $105,000\n---\nRun IT.',
    );
    expect(descriptionOf(field)).toContain('Salary: $80,000 - $105,000');
  });

  it("reads schema.org JobPosting's own names (camelCase, a nested hiringOrganization, a bare baseSalary with its currency and unit)", () => {
    const posting = one(
      '---\nlayout: job\ntitle: Systems Graduate\nhiringOrganization:\n  address: 1 City Road, London\n  name: Tallis Media\njobLocation: London, United Kingdom\nbaseSalary: 25000\nsalaryCurrency: GBP\nsalaryPeriod: year\n---\nSupport our in-house systems.',
    );
    expect(posting).toMatchObject({
      title: 'Systems Graduate',
      company: 'Tallis Media',
      location: { text: 'London, United Kingdom' },
    });
    expect(descriptionOf(posting)).toContain('Salary: GBP 25000 per year');
    const hourly = one(
      '---\ntitle: Clinic Technician\nbase_salary: 12.36\nsalary_currency: £\nsalary_period: hour\n---\nFix laptops.',
    );
    expect(descriptionOf(hourly)).toContain('Salary: £ 12.36 per hour');
  });

  it('keeps a field one level inside a map under both names, nothing deeper or listed, and no key that is not a word', () => {
    const front = readFrontMatter(
      '---\nhiringOrganization:\n  name: Acme\n  sameAs:\n    url: https://acme.example\ntags:\n  - it\nconstructor: x\n__proto__: y\n---\n',
    );
    expect(Object.fromEntries(front?.fields ?? [])).toEqual({
      'hiring-organization-name': 'Acme',
      constructor: 'x',
    });
    expect(front?.fields.has('__proto__')).toBe(false);
  });

  it('reads TOML front matter over an HTML fragment, keeping the heading when the title only adds the employer', () => {
    const posting = one(
      '+++\ntitle = "Acme Shared Services - Service Desk Lead"\n+++\n\n<div><h1>Acme</h1><h2>Service Desk Lead</h2><p>Lead the desk.</p></div>',
    );
    expect(posting.source.format).toBe('html');
    expect(posting.title).toBe('Service Desk Lead');
  });

  it('reads a Markdown post that opens with inline HTML (a photo, a credit in a comment) as Markdown', () => {
    const posting = one(
      [
        '---',
        "title: 'Job opening: Windows Systems Integrator'",
        'date: 2020-07-23',
        '---',
        '',
        '<img src="/blog/2020/07/photo.jpg" alt="The East River" />',
        '',
        '<!-- Photo by a colleague -->',
        '',
        'We are looking for a Windows systems integrator in the New York City region to work with us.',
        '',
        '### Skills and tools',
        '',
        '* Active Directory management via Group Policies',
        '* VMware vSphere or Microsoft Hyper-V',
        '',
        '### How to contact us',
        '',
        'Please email us an introduction to apply.',
      ].join('\n'),
    );
    expect(posting.source.format).toBe('text');
    expect(posting.title).toBe('Windows Systems Integrator');
    expect(descriptionOf(posting)).toContain('Active Directory');
    expect(descriptionOf(posting)).not.toContain('<img');
  });

  it('still reads an HTML fragment under front matter as HTML', () => {
    const posting = one(
      '---\ntitle: IT Manager\n---\n<div><h2>IT Manager</h2><ul><li>Lead the desk</li><li>Own the budget</li></ul></div>',
    );
    expect(posting.source.format).toBe('html');
  });

  it('reads a front matter whose root keys all carry the same margin as top-level fields', () => {
    const front = readFrontMatter(
      '---\n    language: de\n    title: Technical Director\n    hiringOrganization:\n      name: Acme\n---\nText',
    );
    expect(front?.fields.get('title')).toBe('Technical Director');
    expect(front?.fields.get('hiring-organization-name')).toBe('Acme');
    const posting = one(
      '---\n    title: Team Lead Developer\n    contact: x\n---\n\nDear candidate!\n\nWe lead a team.\n',
    );
    expect(posting.title).toBe('Team Lead Developer');
  });

  it('is not read from a document whose fence never closes', () => {
    expect(readFrontMatter('---\ntitle: x\nno end')).toBeNull();
    expect(readFrontMatter('-----\ntitle: x\n-----\n')).toBeNull();
  });
});

describe('plain text is decoded before it is read', () => {
  it('decodes entities, Markdown escapes and smart punctuation', () => {
    expect(decodePlainText('&pound;35,000 \\- &pound;40,000 \u201cgreat\u201d team\u2019s')).toBe(
      '£35,000 - £40,000 "great" team\'s',
    );
  });

  it('keeps an ampersand that starts no entity', () => {
    for (const s of ['', 'and Ops', '&&', 'A & B', '&amp', '&#xZZ;', '& pound;']) {
      expect(decodePlainText(`R&D ${s}`)).toBe(`R&D ${decodePlainText(s)}`);
    }
  });
});

/** The postings of a text document, or none when it is refused as not a posting. */
function readOrRefused(content: string) {
  try {
    return parseDocument({ content, format: 'text' });
  } catch (error) {
    if (error instanceof NotAPostingError) return [];
    throw error;
  }
}

describe("a heading's attribute list (Pandoc, kramdown, Hugo) is markup, not words of the title", () => {
  const names = ['IT Manager', 'Head of Infrastructure', 'Kierownik Działu IT', 'Service Desk Lead'];
  const lists = [
    '{ class="section-header my-4" }',
    '{#it-manager}',
    '{: .lead}',
    "{.job data-id='7'}",
    '{#a .b c=d}',
  ];

  it('reads the name before the list, on a heading of # marks or an underline, with front matter or none', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.constantFrom(...lists),
        fc.constantFrom('', ' '),
        fc.constantFrom('atx', 'setext', 'front'),
        (name, list, gap, shape) => {
          const heading = `${name}${gap}${list}`;
          const body =
            'You will lead a team of six engineers and own the service desk.\n\nApply at jobs@example.org';
          const content =
            shape === 'atx'
              ? `## ${heading}\n\n${body}`
              : shape === 'setext'
                ? `${heading}\n-----------\n\n${body}`
                : `+++\ntitle="Kariera"\n+++\n\n## ${heading}\n\n${body}`;
          expect(one(content).title).toBe(name);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('keeps braces that are words of the title', () => {
    expect(
      one('## IT Manager {Remote}\n\nYou will lead a team of six engineers.\n\nApply at jobs@example.org')
        .title,
    ).toBe('IT Manager {Remote}');
  });
});
