import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';
import { descriptionOf } from './fixture.ts';

const parse = (lines: readonly string[]) => parseDocument({ content: lines.join('\n') });

describe('openings listed under a heading that says so', () => {
  const companyPage = [
    '# Lindqvist Freight',
    '',
    '## Overview',
    'Lindqvist Freight moves parcels across the Baltic with a team of forty engineers.',
    '',
    '## Open Positions',
    '#### [Platform Engineer (Python)](https://lindqvist.example/jobs/platform-engineer-python)',
    '##### [Site Reliability Engineer](https://lindqvist.example/jobs/site-reliability-engineer)',
    '##### [Growth Marketing](https://lindqvist.example/jobs/growth-marketing)',
    '',
    '## Location',
    '![12 Harbour Road, 3rd Floor, Gothenburg, Sweden](https://maps.example/staticmap?center=12+Harbour+Road)',
    '',
    '## Funding',
    '+ Mar, 2016 $10M / Series A',
  ];

  it('gives one posting per link heading with no body, with the title heading as employer and the Location heading as place', () => {
    const postings = parse(companyPage);
    expect(postings.map((p) => [p.title, p.company, p.source.url])).toEqual([
      [
        'Platform Engineer (Python)',
        'Lindqvist Freight',
        'https://lindqvist.example/jobs/platform-engineer-python',
      ],
      [
        'Site Reliability Engineer',
        'Lindqvist Freight',
        'https://lindqvist.example/jobs/site-reliability-engineer',
      ],
      // A link beside the role links' pages is one of them, though its words name a function.
      ['Growth Marketing', 'Lindqvist Freight', 'https://lindqvist.example/jobs/growth-marketing'],
    ]);
    for (const p of postings) expect(p.location.text).toContain('Gothenburg');
  });

  it('gives one posting for one link heading under the list heading', () => {
    const one = companyPage.filter((line) => !/Site Reliability|Growth Marketing/.test(line));
    expect(parse(one).map((p) => p.title)).toEqual(['Platform Engineer (Python)']);
  });

  it('does not take a link heading that names no role and sits apart from the role links', () => {
    const text = companyPage.map((line) =>
      line.includes('Growth Marketing') ? '##### [Our blog](https://blog.example/posts/)' : line,
    );
    expect(parse(text).map((p) => p.title)).toEqual([
      'Platform Engineer (Python)',
      'Site Reliability Engineer',
    ]);
  });

  it("keeps a posting's own sub-headings in it and carries the list heading's pay line to each posting", () => {
    const text = [
      'Student Hourly Positions',
      '------------------------',
      '',
      'We typically pay between $16 and $19 per hour, depending on experience.',
      '',
      '### Student Systems Administrator',
      '',
      'Help run two hundred Linux servers.',
      '',
      '#### Requirements',
      '- Some Linux experience',
      '',
      '### Student Web Developer',
      '',
      'Build the lab website in Hugo.',
      '',
      'Benefits',
      '--------',
      '',
      'Five weeks of leave.',
    ];
    const postings = parse(text);
    expect(postings.map((p) => p.title)).toEqual(['Student Systems Administrator', 'Student Web Developer']);
    expect(descriptionOf(postings[0])).toContain('Some Linux experience');
    expect(descriptionOf(postings[0])).not.toContain('Hugo');
    expect(descriptionOf(postings[1])).not.toContain('Linux servers');
    for (const p of postings) expect(descriptionOf(p)).toContain('$16 and $19 per hour');
    for (const p of postings) expect(descriptionOf(p)).not.toContain('Five weeks');
  });

  it('reads "Position:" before a role heading as a label, not part of the name', () => {
    const body = (what: string) =>
      `${what} for a federal client: you will plan releases, report weekly metrics to the agency and keep the contract team of eight people on schedule across two sites, remote and onsite. You will also write the monthly report for the agency and keep its risk register.`;
    const text = [
      'These are positions Halvorsen Systems is recruiting for:',
      '',
      '## Position: Project Manager',
      body('Run IT projects'),
      '',
      '## Position: SharePoint Administrator (Multiple)',
      body('Administer SharePoint'),
    ];
    expect(parse(text).map((p) => p.title)).toEqual([
      'Project Manager',
      'SharePoint Administrator (Multiple)',
    ]);
  });

  it('does not split a list of teams under a heading that names no openings', () => {
    const text = [
      '# Backend Engineer',
      '',
      'Join Norrland Data as a Backend Engineer in Umeå. Salary 55 000 SEK a month. Apply by email.',
      '',
      '## Our teams',
      '### Platform Engineer',
      '### Data Engineer',
      '',
      'You will work with both teams every week.',
    ];
    expect(parse(text).map((p) => p.title)).toEqual(['Backend Engineer']);
  });
});

describe('splitting by a list heading (property)', () => {
  const roleNames = fc.constantFrom(
    'Data Engineer',
    'Network Engineer',
    'Product Designer',
    'IT Support Technician',
    'Security Analyst',
    'Engineering Manager',
    'Service Desk Manager',
    'Frontend Developer',
  );
  // Distinct words of one length, so that none is inside another ("rototya" holds "rototy") and
  // each posting's own text can be traced.
  const bodyWord = fc.stringMatching(/^[a-z]{8}$/);

  it('gives one posting per role under the list heading, each with its own text and no other', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(roleNames, { minLength: 1, maxLength: 6 }),
        fc.uniqueArray(bodyWord, { minLength: 6, maxLength: 6 }),
        fc.constantFrom('## Open Positions', '## Current openings', "## We're hiring"),
        (roles, words, cue) => {
          const lines = ['# Aurora Labs', '', cue, ''];
          roles.forEach((role, n) => {
            lines.push(`### ${role}`, '', `You will ${words[n]} our systems every day.`, '');
          });
          const postings = parse(lines);
          expect(postings.map((p) => p.title)).toEqual(roles);
          postings.forEach((p, n) => {
            const own = descriptionOf(p);
            expect(own).toContain(words[n]);
            for (const [k, word] of words.slice(0, roles.length).entries())
              if (k !== n) expect(own).not.toContain(word);
            expect(p.company).toBe('Aurora Labs');
          });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('keeps a single posting whose sub-headings name no role as one posting with all its text', () => {
    const sections = fc.uniqueArray(
      fc.constantFrom('Requirements', 'What you will do', 'Benefits', 'About us', 'How to apply'),
      {
        minLength: 1,
        maxLength: 5,
      },
    );
    fc.assert(
      fc.property(
        roleNames,
        sections,
        fc.uniqueArray(bodyWord, { minLength: 5, maxLength: 5 }),
        (role, heads, words) => {
          const lines = [
            `# ${role}`,
            '',
            `Aurora Labs is hiring a ${role} in Oslo. Salary 60 000 NOK a month.`,
            '',
          ];
          heads.forEach((head, n) => {
            lines.push(`## ${head}`, '', `You will ${words[n]} with the team.`, '');
          });
          const postings = parse(lines);
          expect(postings).toHaveLength(1);
          expect(postings[0]?.title).toBe(role);
          for (const word of words.slice(0, heads.length)) expect(descriptionOf(postings[0])).toContain(word);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('roles listed one a line, or in one sentence, after words that say openings follow', () => {
  const header = 'Fjordline Robotics | Oslo, Norway / Remote (EU) | Full-time | https://fjordline.example';

  it('gives one posting per role line of an employer comment, sharing its header and keeping its own pay', () => {
    const postings = parse([
      header,
      '',
      "We build warehouse robots and we're hiring for:",
      '',
      '* Senior Backend Engineer ($120k-$150k): https://fjordline.example/jobs/backend',
      '* Embedded Software Engineer (C++, Rust): https://fjordline.example/jobs/embedded',
      '* Engineering Manager, Platform: https://fjordline.example/jobs/em',
      '',
      'Email jobs@fjordline.example with your CV.',
    ]);
    expect(postings.map((p) => [p.title, p.company, p.location.text, p.source.url])).toEqual([
      [
        'Senior Backend Engineer',
        'Fjordline Robotics',
        'Oslo, Norway / Remote (EU)',
        'https://fjordline.example/jobs/backend',
      ],
      [
        'Embedded Software Engineer',
        'Fjordline Robotics',
        'Oslo, Norway / Remote (EU)',
        'https://fjordline.example/jobs/embedded',
      ],
      [
        'Engineering Manager, Platform',
        'Fjordline Robotics',
        'Oslo, Norway / Remote (EU)',
        'https://fjordline.example/jobs/em',
      ],
    ]);
    expect(descriptionOf(postings[0])).toContain('$120k-$150k');
    expect(descriptionOf(postings[1])).not.toContain('$120k');
  });

  it('gives one posting per role named in a sentence after "hiring for:"', () => {
    const postings = parse([
      'Kettle Health | Boston, MA | ONSITE | Full-time',
      '',
      "We're hiring for: Data Engineer, Site Reliability Engineer and Product Designer.",
      '',
      'We are a 40-person team building software for clinics.',
    ]);
    expect(postings.map((p) => [p.title, p.company])).toEqual([
      ['Data Engineer', 'Kettle Health'],
      ['Site Reliability Engineer', 'Kettle Health'],
      ['Product Designer', 'Kettle Health'],
    ]);
  });

  it('does not read label headings of one posting ("SECTION:" over its text) as listed roles', () => {
    const postings = parse([
      'Title: Technology and Cybersecurity Project Manager',
      'Employer: Boulder County',
      '',
      'You will lead the vote centre technology team of three technicians and manage election security projects.',
      '',
      'Boulder County is looking for well qualified candidates to fill our positions.',
      '',
      "DRIVER'S LICENSE & RELIABLE VEHICLE:",
      '',
      "Applicants must have a valid driver's license and a clean driving record",
      '',
      'BACKGROUND CHECK:',
      '',
      'A job offer is contingent on passing a background investigation',
    ]);
    expect(postings.map((p) => p.title)).toEqual(['Technology and Cybersecurity Project Manager']);
  });

  it('does not read skills after "looking for:" as roles', () => {
    const postings = parse([
      'Senior Data Engineer',
      '',
      'Kettle Health is looking for: Python, SQL and Airflow experience.',
      '',
      'Salary $160,000 - $190,000. Apply at https://kettle.example/careers',
    ]);
    expect(postings.map((p) => p.title)).toEqual(['Senior Data Engineer']);
  });

  it('takes a plain name among linked roles in a list of openings as one more opening', () => {
    const postings = parse([
      'Alder Networks careers',
      '',
      "These are some of this month's openings:",
      '- [Cloud Architect](https://alder.example/jobs/cloud-architect)',
      '- [Voice Engineer](https://alder.example/jobs/voice-engineer)',
      '- Fortinet SME',
    ]);
    expect(postings.map((p) => p.title)).toEqual(['Cloud Architect', 'Voice Engineer', 'Fortinet SME']);
  });
});

describe('roles with their links one after another in one run of text', () => {
  it('gives one posting per role, each with its own note, after words saying openings follow', () => {
    const postings = parse([
      'Tallgrass Bio | Remote (US) | Full-time | https://tallgrass.example',
      '',
      "We're hiring: * Senior Backend Engineer ($150k-$180k): https://tallgrass.example/jobs/1 * Frontend Engineer (React): https://tallgrass.example/jobs/2 * Engineering Manager: https://tallgrass.example/jobs/3",
    ]);
    expect(postings.map((p) => [p.title, p.company, p.source.url])).toEqual([
      ['Senior Backend Engineer', 'Tallgrass Bio', 'https://tallgrass.example/jobs/1'],
      ['Frontend Engineer', 'Tallgrass Bio', 'https://tallgrass.example/jobs/2'],
      ['Engineering Manager', 'Tallgrass Bio', 'https://tallgrass.example/jobs/3'],
    ]);
    expect(descriptionOf(postings[0])).toContain('$150k-$180k');
    expect(descriptionOf(postings[1])).not.toContain('$150k');
  });
});

describe('several roles in one employer comment (round 8 shapes)', () => {
  it('reads a dash-separated header line as employer and place, and a bracket inside a role name as part of it', () => {
    const postings = parse([
      'Quillmark - https://quillmark.example/careers/ - Tulsa, OK',
      '',
      'We make ledger software for small farms.',
      '',
      "We're looking for:",
      '',
      '* Mapping software developer',
      '',
      '* Front-end (UI/UX) developer',
      '',
      '* IT operations support technician',
    ]);
    expect(postings.map((p) => [p.title, p.company, p.location.text])).toEqual([
      ['Mapping software developer', 'Quillmark', 'Tulsa, OK'],
      ['Front-end (UI/UX) developer', 'Quillmark', 'Tulsa, OK'],
      ['IT operations support technician', 'Quillmark', 'Tulsa, OK'],
    ]);
  });

  it('takes a short name among role bullets as one more role, and keeps what stands between a role and its link', () => {
    const postings = parse([
      'Orbweaver Games -- Austin, TX -- Full-time',
      '',
      'Some specific openings:',
      '',
      '* Community Liaison - https://orbweaver.example/j/1',
      '* Data Scientist - https://orbweaver.example/j/2',
      '* Senior Software Engineer - Java - https://orbweaver.example/j/3',
      '* Senior Software Engineer - Full Stack - https://orbweaver.example/j/4',
    ]);
    expect(postings.map((p) => [p.title, p.company])).toEqual([
      ['Community Liaison', 'Orbweaver Games'],
      ['Data Scientist', 'Orbweaver Games'],
      ['Senior Software Engineer - Java', 'Orbweaver Games'],
      ['Senior Software Engineer - Full Stack', 'Orbweaver Games'],
    ]);
  });

  it('reads role lines written against their dashes right under a header of fields, with no cue words', () => {
    const postings = parse([
      'Lumen Ledger (lumen.example) - Books for robots | Denver, CO | Full time',
      '-- Founding Frontend Engineer',
      '-- Founding Backend Engineer',
      '',
      'We are building the ledger from the ground up.',
    ]);
    expect(postings.map((p) => [p.title, p.location.text])).toEqual([
      ['Founding Frontend Engineer', 'Denver, CO'],
      ['Founding Backend Engineer', 'Denver, CO'],
    ]);
  });

  it('gives one posting per role line that heads a block of its own text, each with its own body', () => {
    const body = (what: string) =>
      `  + ${what} is what you will do here every day, with a small team and a great deal of care for detail.`;
    const postings = parse([
      'Pinecrest Labs - https://pinecrest.example/careers - Halifax, NS',
      '',
      'We have two positions open this season.',
      '',
      '-----',
      '',
      'Product Designer',
      '',
      body('Designing screens'),
      body('Testing prototypes'),
      '',
      'Full-Stack Developer - Node.js',
      '',
      body('Building services'),
      body('Shipping features'),
    ]);
    expect(postings.map((p) => [p.title, p.company])).toEqual([
      ['Product Designer', 'Pinecrest Labs'],
      ['Full-Stack Developer - Node.js', 'Pinecrest Labs'],
    ]);
    expect(descriptionOf(postings[0])).toContain('Designing screens');
    expect(descriptionOf(postings[0])).not.toContain('Building services');
  });

  it('gives one posting per role named in one hiring sentence', () => {
    const postings = parse([
      'Key West, FL. FULL-TIME.',
      '',
      'Saltline is hiring a designer, a frontend developer, and marketing interns.',
      '',
      'We are a profitable team of twenty.',
    ]);
    expect(postings.map((p) => p.title)).toEqual(['designer', 'frontend developer', 'marketing interns']);
  });

  it('keeps one posting whose own sections stand alone on their lines and whose body names who it reports to', () => {
    const para =
      'The office runs the state election system and supports county officials with training, a helpdesk and reports every week.';
    const postings = parse([
      '=== JOB DETAILS ===',
      '',
      'Title: Election Technology Specialist',
      'Employer: State of Tamarack',
      '',
      'The Secretary of State is hiring an Election Technology Specialist for our Election Division.',
      ' ',
      'Office of Secretary of State',
      para,
      ' ',
      'Election Technology Specialist (ITS3)',
      `This position reports to the Director of Elections. ${para}`,
    ]);
    expect(postings.map((p) => p.title)).toEqual(['Election Technology Specialist']);
  });

  it('does not read a hiring sentence that names one role and what it does as several roles', () => {
    const postings = parse([
      'Fernhill Apps (Ann Arbor, Michigan)',
      '',
      'Full Time JavaScript Developer',
      '',
      "We're looking for a talented full-stack web developer to join our team and build our clinic records.",
      '',
      '* Possess a solid understanding of programming fundamentals',
      '* Know their way around the command line',
      '',
      'Send your resume to jobs@fernhill.example to apply.',
    ]);
    expect(postings.map((p) => p.title)).toEqual(['Full Time JavaScript Developer']);
  });
});

describe('roles named in the header line of fields', () => {
  const body = [
    '',
    'We build tide models for harbours. Pay: EUR 70,000 - 90,000.',
    '',
    'Apply at https://tidewater.example/jobs',
  ];

  it('gives one posting per role one field of the header names, each with the whole text and the header employer', () => {
    const postings = parse([
      'Tidewater Labs | Backend Engineer, Data Engineer | Berlin | REMOTE | https://tidewater.example/jobs',
      ...body,
    ]);
    expect(postings.map((p) => [p.title, p.company, p.location.text])).toEqual([
      ['Backend Engineer', 'Tidewater Labs', 'Berlin'],
      ['Data Engineer', 'Tidewater Labs', 'Berlin'],
    ]);
    for (const p of postings) expect(descriptionOf(p)).toContain('EUR 70,000');
  });

  it("joins a role's field written after a comma back to it, at bars or dashes, under a front matter title or none", () => {
    const roleFields = [
      ['Senior Java Software Engineer'],
      ['Senior Manager', 'IT'],
      ['Technical Support Engineer'],
      ['Software Engineer', 'Data Platform'],
      ['Engineering Manager'],
    ] as const;
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...roleFields], { minLength: 2 }),
        fc.constantFrom(' | ', ' - ', ' — '),
        fc.boolean(),
        fc.boolean(),
        (picked, sep, frontMatter, note) => {
          const titles = picked.map((parts) => parts.join(', '));
          const head = ['Tidewater Labs', titles.join(', '), 'Denver, CO, USA'];
          if (note) head.push('Salaries are listed on each req, but for the Java role it is 140k-180k');
          const lines = [head.join(sep), ...body];
          const content = frontMatter
            ? ['---', `title: "Tidewater Labs : ${titles.join(', ')}"`, '---', ...lines].join('\n')
            : lines.join('\n');
          const postings = parseDocument({ content });
          expect(postings.map((p) => p.title)).toEqual(titles);
          for (const p of postings) expect(p.company).toBe('Tidewater Labs');
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keeps one posting whose one role has its field after a comma', () => {
    const postings = parse(['Tidewater Labs - Senior Software Engineer, Frontend (React) - Berlin', ...body]);
    expect(postings.map((p) => p.title)).toEqual(['Senior Software Engineer, Frontend (React)']);
  });

  it('keeps one posting for one role whose name has a slash', () => {
    const postings = parse([
      'Tidewater Labs | Senior/Staff Backend Engineer | Berlin | REMOTE | https://tidewater.example/jobs',
      ...body,
    ]);
    expect(postings.map((p) => p.title)).toEqual(['Senior/Staff Backend Engineer']);
  });
});
