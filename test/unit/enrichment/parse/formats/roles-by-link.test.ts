import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { siteEmployer } from '../../../../../functions/enrichment/parse/formats/board-identity.ts';
import { textEmployer } from '../../../../../functions/enrichment/parse/formats/employer-evidence.ts';
import { parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';
import { createTitleSplitter } from '../../../../../functions/enrichment/parse/formats/title-split.ts';
import { NotAPostingError } from '../../../../../functions/enrichment/types.ts';
import { thrown } from './fixture.ts';

const parse = (text: string) => parseDocument({ content: text, file: 'post.md' });

describe('roles a document names by their links', () => {
  it('reads a list of role links under an openings heading: one posting each, its note its place', () => {
    const text = [
      '---',
      'title: "This Week in Quillwort #12"',
      '---',
      'Quillwort is a streaming database written in Rust.',
      '',
      '## New release',
      '* Faster compaction ([#812](https://github.com/quillwort/quillwort/issues/812))',
      '',
      '## Open positions',
      '* [Senior Rust Engineer (Storage)](https://www.quillwort.example/careers/storage-engineer) [Remote - Global]',
      '* [Developer Advocate](https://www.quillwort.example/careers/devrel) [Remote - US timezones]',
      '',
      'See you next week.',
    ].join('\n');
    expect(parse(text).map((p) => [p.title, p.company, p.location.text, p.source.url])).toEqual([
      [
        'Senior Rust Engineer (Storage)',
        'Quillwort',
        'Remote - Global',
        'https://www.quillwort.example/careers/storage-engineer',
      ],
      [
        'Developer Advocate',
        'Quillwort',
        'Remote - US timezones',
        'https://www.quillwort.example/careers/devrel',
      ],
    ]);
  });

  it('reads bare link lines, and a single role link under "We are hiring!", the post title aside', () => {
    const bare = [
      '---',
      'title: "Quillwort news #3"',
      '---',
      'News from the team at Quillwort Labs.',
      '',
      '## Open positions',
      '[Platform Engineer](https://quillwort.example/careers/platform/)',
      '[Solutions Architect](https://quillwort.example/careers/sa/)',
    ].join('\n');
    // "the team at Quillwort Labs" names the employer before the links' site does.
    expect(parse(bare).map((p) => [p.title, p.company])).toEqual([
      ['Platform Engineer', 'Quillwort Labs'],
      ['Solutions Architect', 'Quillwort Labs'],
    ]);
    const one = [
      '---',
      'title: "Quillwort news #4"',
      '---',
      '## Open positions',
      'We are hiring!',
      '* [Data Engineer](https://quillwort.example/careers/data-engineer/)',
      '',
      '## New blog post',
      '* [Upserts in the SQL sink](https://quillwort.example/blog/upserts)',
    ].join('\n');
    expect(parse(one).map((p) => p.title)).toEqual(['Data Engineer']);
  });

  it('reads a paragraph that announces roles as links, with their sibling links, once each', () => {
    const text = [
      '---',
      'title: "Larkspur Labs is hiring architects and more"',
      '---',
      'Our clients range from [small agencies](https://larkspur.example/2015/clients/) to large ones.',
      "We're looking to grow the team in these areas: [engagement",
      'manager](https://larkspur.example/join/positions/engagement-manager/), [practical',
      'dev](https://larkspur.example/join/positions/practical-dev/), and [data',
      'architect](https://larkspur.example/join/positions/data-architect/).',
      '',
      'An [engagement manager](https://larkspur.example/join/positions/engagement-manager/) keeps projects moving.',
    ].join('\n');
    expect(parse(text).map((p) => [p.title, p.company])).toEqual([
      ['engagement manager', 'Larkspur Labs'],
      ['practical dev', 'Larkspur Labs'],
      ['data architect', 'Larkspur Labs'],
    ]);
  });

  it('reads short bullet lines of roles under "Open Roles:", with the employer of the first line', () => {
    const text = [
      'Meltwater Labs | All positions are full time and remote | https://meltwater.example',
      '',
      "We're a seed stage startup building an open source data platform.",
      '',
      'Open Roles:',
      '',
      '- Backend Engineer',
      '- Head of Partnerships (Remote)',
      '- Content Marketing Manager',
      '',
      'Apply online at https://meltwater.example/jobs.',
    ].join('\n');
    expect(parse(text).map((p) => [p.title, p.company, p.location.text])).toEqual([
      // "All positions are full time and remote" places every one.
      ['Backend Engineer', 'Meltwater Labs', 'Remote'],
      ['Head of Partnerships', 'Meltwater Labs', 'Remote'],
      ['Content Marketing Manager', 'Meltwater Labs', 'Remote'],
    ]);
  });

  it('reads roles named only in running text when the text says how many, not a colleague', () => {
    const text = [
      '---',
      'title: "We are hiring two new staff. Join our team."',
      '---',
      'The Larkspur Collective is searching for two new full-time staff members to join our organisation.',
      '',
      'Our new Community Engagement Lead will oversee our community work, working alongside',
      'Product Managers and the Executive Director.',
      '',
      'Our new Administrative Support Specialist will process payments and produce financial reports.',
      '',
      'Both of these positions are remote. For details, please see our jobs page.',
    ].join('\n');
    expect(parse(text).map((p) => [p.title, p.company, p.location.text])).toEqual([
      ['Community Engagement Lead', 'Larkspur Collective', 'Remote'],
      ['Administrative Support Specialist', 'Larkspur Collective', 'Remote'],
    ]);
    // A count the names do not match is not trusted: three roles named for "two new positions".
    const three = text.replace(
      'Product Managers and the Executive Director.',
      'the team.\n\nOur new Data Analyst will report.',
    );
    expect(parse(three)).toHaveLength(1);
  });

  it('does not take the requirements under "What we are looking for" for roles', () => {
    const text = [
      'Job Description',
      '',
      'Larkspur Health is hiring a Network Engineer to run our hospital network, apply patches,',
      'design the routing and switching estate and respond to incidents around the clock.',
      '',
      'Open position requirements:',
      '',
      '- Experience as a Network Engineer',
      '- Cisco Certified Network Associate',
      '- Knowledge of firewall administration',
    ].join('\n');
    expect(parse(text).map((p) => p.title)).toEqual(['Network Engineer']);
  });

  it('does not take a list of benefits or duties for roles', () => {
    const text = [
      '# We are hiring',
      '',
      'Open positions are listed on our careers site. Everyone gets:',
      '',
      '- Fully paid medical, dental and vision',
      '- 4 weeks of vacation',
      '- A home office budget',
    ].join('\n');
    expect(thrown(() => parse(text))).toBeInstanceOf(NotAPostingError);
  });

  it('reads a long list of role links, one posting each (under the document limit)', () => {
    const items = Array.from(
      { length: 3_000 },
      (_, n) => `- [Data Engineer ${n}](https://quillwort.example/careers/de-${n})`,
    );
    const text = ['# Quillwort jobs', '', '## Open positions', ...items].join('\n');
    const postings = parse(text);
    expect(postings).toHaveLength(3_000);
    expect(postings[2_999]?.title).toBe('Data Engineer 2999');
  });

  it('keeps one posting titled with a role that links to other openings', () => {
    const text = [
      '# Senior Network Engineer',
      '',
      'Larkspur Labs is hiring a Senior Network Engineer to run our campus network.',
      '',
      '## Responsibilities',
      '- Run the routing and switching estate',
      '- Apply patches and keep the firewall rules tidy',
      '',
      '## Other open positions',
      '- [Data Engineer](https://larkspur.example/careers/data-engineer)',
      '- [Security Analyst](https://larkspur.example/careers/security-analyst)',
    ].join('\n');
    const postings = parse(text);
    expect(postings.map((p) => [p.title, p.company])).toEqual([['Senior Network Engineer', 'Larkspur Labs']]);
  });

  it('does not take role-sounding links under a heading that lists no openings', () => {
    const text = [
      '---',
      'title: "Notes from our offsite"',
      '---',
      'We spent two days planning the year and talking about how we work together as a team.',
      'The first day was about the roadmap: what we ship in spring, what waits for the autumn and which',
      'experiments we stop. The second day was about us: how we review each other, how we hand over',
      'work between time zones, and how we keep meetings short. We also walked along the river, ate too',
      'much cake and recorded a podcast episode about our favourite bugs of the year. Thanks to everyone',
      'who organised it, and to the venue for the quiet rooms and the good coffee.',
      '',
      '## Further reading',
      '- [A day with our Data Engineer](https://larkspur.example/blog/data-engineer-day)',
      '- [What a Product Manager does](https://larkspur.example/blog/product-manager)',
    ].join('\n');
    expect(thrown(() => parse(text))).toBeInstanceOf(NotAPostingError);
  });
});

describe('the title of a post that names no role', () => {
  it('is the role the body names, with the employer the body speaks for', () => {
    const text = [
      '---',
      'title: "Can you engineer our developer community?"',
      'author: "A. Writer, Principal Engineer"',
      '---',
      'At the Northwind Digital Service (NDS), we believe in putting people first.',
      '',
      "We're looking for a great person to be our Head of Software Development to help the",
      'community grow. You will support people, define what the community owns and apply best practices.',
      '',
      'Is that you? [Apply now](https://northwind.example/careers/head-of-software-development/).',
    ].join('\n');
    expect(parse(text).map((p) => [p.title, p.company])).toEqual([
      ['Head of Software Development', 'Northwind Digital Service'],
    ]);
  });

  it('stays the post title when the body only gives a cut sentence', () => {
    const text = [
      '---',
      'title: "Larkspur Service looking for a new commissioner"',
      '---',
      'builds, buys, and shares technology. Now is the time to lead a growing',
      'organisation that serves the public, with a budget and a team of 500. Apply by Friday.',
    ].join('\n');
    expect(parse(text).map((p) => p.title)).toEqual(['Larkspur Service looking for a new commissioner']);
  });

  it("stays the job title front matter with a job's own fields gives, in words the role model does not know", () => {
    const text = [
      '---',
      'title: Presidential Innovation Fellow',
      'apply_url: https://apply.example/',
      'closes: July 6, 2018',
      '---',
      'Fellows join agencies for a year. As a Lead Developer on a fellowship team you build and ship',
      'services with agency staff; requirements include experience delivering software in production.',
    ].join('\n');
    expect(parse(text).map((p) => p.title)).toEqual(['Presidential Innovation Fellow']);
  });

  it('drops a "Wanted:" or "Hiring:" prefix rather than taking it for the employer', () => {
    const split = createTitleSplitter([]);
    expect(split('Wanted: Chief Technology Officer')).toEqual({
      title: 'Chief Technology Officer',
      company: null,
      location: null,
    });
    expect(split('Hiring: Network Engineer').company).toBeNull();
    // "Hiring Manager" is a role, not a prefix.
    expect(split('Hiring Manager').title).toBe('Hiring Manager');
  });
});

describe('the employer a document names in its words', () => {
  it('reads "X is hiring", "At X, we", "as a <role> at X" and a name defined by its initials', () => {
    expect(textEmployer('The update.', 'Larkspur Consulting is hiring technical architects')?.value).toBe(
      'Larkspur Consulting',
    );
    expect(textEmployer('At Acme Health, we build clinics.', null)?.value).toBe('Acme Health');
    expect(textEmployer('As a Product Manager at 18F, you will lead teams.', null)?.value).toBe('18F');
    expect(
      textEmployer(
        "Le Service numérique canadien (SNC) change les services. L'équipe du SNC aide le SNC.",
        null,
      )?.value,
    ).toBe('Service numérique canadien');
    expect(textEmployer('Le SNC recrute des développeurs.', null)?.value).toBe('SNC');
  });

  it('takes no pronoun, no "our" unit and no name used once with its initials', () => {
    expect(textEmployer('We are hiring! Our Policy team is looking for help.', null)).toBeNull();
    expect(textEmployer('The Open Data Group (ODG) met once.', null)).toBeNull();
  });

  it('reads the site of careers links, as the text writes it, ignoring code hosts', () => {
    const urls = [
      'https://www.quillwort.example/careers/a',
      'https://www.quillwort.example/careers/b',
      'https://github.com/quillwort/careers',
    ];
    expect(siteEmployer(urls, () => ['Built by QuillWort Labs'])).toBe('QuillWort');
    expect(siteEmployer(urls, () => ['see github.com/quillwort'])).toBe('Quillwort');
    expect(siteEmployer(['https://quillwort.example/blog/x'], () => [])).toBeNull();
    expect(
      siteEmployer(['https://a.example/jobs/1', 'https://b.example/jobs/2'], () => []),
      'two sites, no majority',
    ).toBeNull();
  });

  it('finds any capitalised name that says it is hiring (property)', () => {
    const word = fc
      .tuple(fc.constantFrom('Z', 'Q', 'X', 'K', 'V'), fc.stringMatching(/^[a-z]{3,8}$/))
      .map(([head, tail]) => `${head}${tail}`);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 3 }), (words) => {
        const name = words.join(' ');
        expect(textEmployer(`${name} is hiring a Data Engineer to build pipelines.`, null)?.value).toBe(name);
      }),
    );
  });
});
