import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';
import {
  seekingRole,
  titleNamesRole,
} from '../../../../../functions/enrichment/parse/formats/posting-evidence.ts';
import { NotAPostingError } from '../../../../../functions/enrichment/types.ts';
import { thrown } from './fixture.ts';

describe('a role named as an opening in running text', () => {
  it.each([
    [
      "We're currently [looking for a Sr. DevOps engineer and a Sr. JavaScript engineer](https://x.example/jobs).",
      'Sr DevOps engineer',
    ],
    [
      'We are looking for a Community Volunteer Coordinator to work with the forum.',
      'Community Volunteer Coordinator',
    ],
    [
      'A polling firm seeks full-time, temporary (6-month) research assistant to support senior staff.',
      'temporary research assistant',
    ],
    ['The lab is currently hiring a Data Engineer based in Lyon.', 'Data Engineer'],
    ['We are hiring full stack engineers, ai/ml engineers and growth/marketing.', 'full stack engineers'],
    ['We are hiring a designer, a Site Reliability Engineer and a writer.', 'designer'],
    [
      'We are inviting applications for two postdoctoral researcher positions with interest in biology.',
      'postdoctoral researcher positions',
    ],
  ])('finds it: %s', (text, role) => {
    expect(seekingRole(text)).toBe(role);
  });

  it.each([
    'Make sure the candidate is a plausible match (handled by hiring manager or HR).',
    "We're looking for candidates who are passionate about our mission.",
    'We are currently hiring engineers and researchers.',
    'We are always looking for new group members with passion, talent, and grit!',
    'Our specialists fill a wide range of roles, from software engineers to designers.',
  ])('finds none where no one role is sought: %s', (text) => {
    expect(seekingRole(text)).toBeNull();
  });
});

const refuse = (content: string) => thrown(() => parseDocument({ content, format: 'text' }));

describe('a page that is no posting', () => {
  it('is refused: an interview-process guide full of hiring words', () => {
    const text = [
      'Interview Process',
      '=================',
      '',
      'Interviews take the candidate away from work, so our process respects their time.',
      '',
      'The Pre-Interview',
      '-----------------',
      '',
      "It confirms the candidate's interest, availability and compensation expectations, and that",
      'their experience and skills match the position (handled by the hiring manager).',
      '',
      'The Interview',
      '-------------',
      '',
      'Everyone on the panel should know what the position involves and which qualifications matter;',
      'candidates who apply deserve a decision within a week, full-time or contract.',
    ].join('\n');
    const error = refuse(text);
    expect(error).toBeInstanceOf(NotAPostingError);
    expect(error.message).toMatch(/^not-a-posting: no job offer found/);
  });

  it('is refused: a page of the kinds of work an employer hires, with no opening', () => {
    const text = [
      '## Who is eligible to apply',
      '',
      'Any citizen or permanent resident is eligible to apply. You can live anywhere in the country.',
      '',
      '## What roles we hire',
      '',
      'Our specialists fill a wide range of roles, from software engineers and product leads to',
      'designers. Most roles can be done remotely; the salary follows the federal pay scale.',
    ].join('\n');
    expect(refuse(text)).toBeInstanceOf(NotAPostingError);
  });

  it('is refused: a fellowship cohort page, whatever it pays, once no application is open', () => {
    const text = [
      'The Summit Fellowship helps people from under-represented groups attend the annual summit.',
      'Each year we offer up to ten fellowships, with a $500 stipend and mentorship.',
      '',
      '## This year’s fellows',
      '',
      '### A. Person',
      'An electrical engineer who designs data loggers, with experience teaching workshops.',
    ].join('\n');
    expect(refuse(text)).toBeInstanceOf(NotAPostingError);
  });
});

describe('a short or odd real posting', () => {
  it('is kept: a blog post that names the role it seeks in one sentence', () => {
    const text = [
      'Cross-posting never hurts :)',
      '',
      "We're currently looking for a Site Reliability Engineer here at Acme: the package is",
      'attractive. If you are interested, drop a line to jobs@acme.example.',
    ].join('\n');
    const postings = parseDocument({ content: text, format: 'text' });
    expect(postings).toHaveLength(1);
  });

  it('is kept: a fellowship call open for applications', () => {
    const text = [
      'Our open source fellowship opens its second round.',
      '',
      'We invite professionals, students and hobbyists to propose projects until September 30th.',
      'Selected fellows get financial support and mentorship for twelve weeks; how to apply is on our',
      'board. Applicants of any career stage are welcome.',
    ].join('\n');
    expect(parseDocument({ content: text, format: 'text' })).toHaveLength(1);
  });

  it('is kept: a page whose title names no role but whose parts are an offer’s sections', () => {
    const text = [
      '=== DETAILS ===',
      '',
      'SALARY: $90,734.00 - $147,226.00 Annually',
      'CLOSING DATE: 2/7/2020',
      '',
      'Key Responsibilities and Duties Include:',
      '',
      '• Develops and monitors the information security program',
      '',
      'Qualifications:',
      '',
      '• Six years of experience leading security projects',
    ].join('\n');
    expect(parseDocument({ content: text, format: 'text' })).toHaveLength(1);
  });
});

describe('a title that names a role', () => {
  it.each([
    'Senior Developers',
    'Network Engineers (m/w/d)',
    'Volljurist*in',
    'Entwickler:in Backend',
    'Data Fellow GS15',
    'IT Manager &lol9;',
    'Technology and Cybersecurity Project Manager',
  ])('%j names a role', (title) => {
    expect(titleNamesRole(title)).toBe(true);
  });

  it.each([
    'Lead and mentor a team of engineers',
    'We are proud of our fellow citizens and neighbours',
    'Annual report published',
    'Our partners',
  ])('%j names none', (title) => {
    expect(titleNamesRole(title)).toBe(false);
  });
});

describe('a page whose title line is a section label', () => {
  it('is judged by its body: duties and requirements make it an offer, a label over nothing does not', () => {
    const offer = parseDocument({
      content:
        'Job Description\n\nYou will lead the finance systems team and own the corporate systems roadmap.\n\nRequirements: ten years of experience in financial systems.',
    });
    expect(offer).toHaveLength(1);
    expect(
      thrown(() => parseDocument({ content: 'Careers\n\nWe love our people. Follow us on social media.' })),
    ).toBeInstanceOf(NotAPostingError);
  });
});

describe('hiring words alone never make an article a posting', () => {
  const WORDS = [
    'candidates',
    'apply',
    'experience',
    'responsibilities',
    'salary',
    'full-time',
    'qualifications',
    'the position',
    'benefits',
    'skills',
  ];
  it('an article about hiring with any of them in its prose is refused', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }), (words) => {
        const text = [
          'Notes on our hiring process',
          '',
          `We keep ${words.join(', ')} in mind when we talk to people.`,
          'Everyone on the panel writes notes within a day.',
        ].join('\n');
        expect(refuse(text)).toBeInstanceOf(NotAPostingError);
      }),
      { numRuns: 40 },
    );
  });
});

const atom = (entries: readonly { title: string; body: string }[]) =>
  [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom"><title>Project news</title><id>urn:feed</id>',
    '<author><name>A research project</name></author>',
    ...entries.map(
      (e, i) =>
        `<entry><title>${e.title}</title><id>urn:e${i}</id><link href="https://p.example/${i}"/><updated>2023-0${(i % 9) + 1}-01T00:00:00Z</updated><content type="html">${e.body}</content></entry>`,
    ),
    '</feed>',
  ].join('\n');

const NEWS = [
  { title: 'New paper on glacier melt', body: 'Read the paper (open access) in the journal.' },
  { title: 'A thesis defended', body: 'Congratulations to our student on her master thesis.' },
  { title: 'A new member in our team', body: 'We welcome a PhD student who joined the project this month.' },
  { title: 'Our contribution at the assembly', body: 'We presented two posters and a talk.' },
];

describe('a feed of news', () => {
  it('is refused with its reason when no item is a vacancy', () => {
    const error = thrown(() => parseDocument({ content: atom(NEWS), format: 'atom' }));
    expect(error).toBeInstanceOf(NotAPostingError);
    expect(error.message).toMatch(/^not-a-posting: an Atom feed of 4 news items/);
  });

  it('keeps the one item that is a vacancy and says the news was skipped', () => {
    const vacancy = {
      title: 'We are hiring',
      body: 'We are looking for a Research Software Engineer to join the project; apply by email.',
    };
    const postings = parseDocument({ content: atom([...NEWS, vacancy]), format: 'atom' });
    expect(postings.map((p) => p.title)).toEqual(['We are hiring']);
    expect(postings[0]?.warnings?.map((w) => w.id)).toContain('news-skipped');
  });

  it('is a jobs feed when most items are vacancies: every item is kept, an odd title too', () => {
    const jobs = ['Data Engineer', 'Product Designer', 'IT Manager'].map((title) => ({
      title,
      body: 'Full-time, remote. Apply on our site.',
    }));
    const odd = { title: 'Join the platform team!', body: 'A short note about the team.' };
    const postings = parseDocument({ content: atom([...jobs, odd]), format: 'atom' });
    expect(postings).toHaveLength(4);
    expect(postings.every((p) => !p.warnings?.some((w) => w.id === 'news-skipped'))).toBe(true);
  });
});

describe('a posting that opens with a sentence', () => {
  it('keeps the whole first line in its text, not only the words its title kept', () => {
    const opening =
      "You should possess a Bachelor's degree in Information Technology or a related field as the minimum educational requirement for this role.";
    const [posting] = parseDocument({
      content: `${opening}\nIn terms of experience, over 5 years of relevant work experience leading IT is mandatory.\n`,
      format: 'text',
    });
    expect(posting?.title.length).toBeLessThan(opening.length);
    const d = posting?.description;
    expect(d && 'text' in d ? d.text : '').toContain('educational requirement for this role');
  });
});

describe('a role described, not offered', () => {
  const card = (intro: string) =>
    [
      '# The Role of an IT Director',
      '',
      '## Description',
      '',
      intro,
      '',
      '## Key Responsibilities',
      '',
      '- Developing and implementing IT strategy aligned with business goals',
      '- Managing the IT department budget and resources',
      '- Leading and developing the IT team across every site of the organisation',
      '- Ensuring systems security, data integrity and business continuity at all times',
      '- Evaluating and implementing new technologies to improve operations',
      '- Overseeing major IT projects and infrastructure upgrades end to end',
      '',
      '## Skills',
      '',
      '- Strategic thinking and business acumen',
      '- Strong leadership and team management abilities',
    ].join('\n');
  const parse = (text: string) => parseDocument({ content: new TextEncoder().encode(text), file: 'role.md' });

  it('is refused: a role card or an occupation defined in the third person, with no employer and no way to apply', () => {
    const error = thrown(() =>
      parse(
        card(
          "An IT Director is a senior leadership position. Here's what to expect from someone in this role.",
        ),
      ),
    );
    expect(error).toBeInstanceOf(NotAPostingError);
  });

  it('is kept when the same page is offered: the employer speaks or the reader is addressed', () => {
    for (const intro of [
      'We are looking for an IT Director to lead our technology team in Leeds.',
      'As our IT Director you will own the technology strategy.',
    ])
      expect(parse(card(intro))).toHaveLength(1);
  });
});
