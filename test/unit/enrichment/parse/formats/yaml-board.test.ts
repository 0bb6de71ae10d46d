import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectFormat, parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';
import { readYaml, YamlError } from '../../../../../functions/enrichment/parse/formats/yaml-data.ts';
import { DocumentError, NotAPostingError } from '../../../../../functions/enrichment/types.ts';
import { thrown } from './fixture.ts';

describe('readYaml (the subset job boards keep their data in)', () => {
  it('reads a block sequence of mappings, quoted and plain scalars, comments and nulls', () => {
    const text = [
      '# jobs board',
      '---',
      '- title: "Research Software Engineer" # quoted',
      "  company: 'O''Reilly Media'",
      '  location: Ann Arbor, MI or remote',
      '  expires: 2020-02-15',
      '  remote: true',
      '  salary:',
      '  tags: [python, c++, data science]',
      '  links: {}',
      '  where: {city: Leeds}',
      '',
      '- title: Data Scientist: Modelling',
      '  url: https://example.org/jobs?id=1#apply',
    ].join('\n');
    expect(readYaml(text)).toEqual([
      {
        title: 'Research Software Engineer',
        company: "O'Reilly Media",
        location: 'Ann Arbor, MI or remote',
        expires: '2020-02-15',
        remote: 'true',
        salary: null,
        tags: ['python', 'c++', 'data science'],
        links: {},
        where: '{city: Leeds}',
      },
      { title: 'Data Scientist: Modelling', url: 'https://example.org/jobs?id=1#apply' },
    ]);
  });

  it('joins a plain scalar continued on more-indented lines, and reads lists under keys at either indentation', () => {
    const text = [
      'public:',
      'internal:',
      '  - role: Team Lead Detail',
      '    employer: Max Planck Institute, Department',
      '      of Theoretical Biophysics',
      'archive:',
      '- role: Old Role',
    ].join('\n');
    expect(readYaml(text)).toEqual({
      public: null,
      internal: [
        { role: 'Team Lead Detail', employer: 'Max Planck Institute, Department of Theoretical Biophysics' },
      ],
      archive: [{ role: 'Old Role' }],
    });
  });

  it('reads literal and folded block scalars with their lines and chomping, more-indented lines kept', () => {
    const text = [
      '- literal: |',
      '    line one',
      '    line two',
      '  folded: >',
      '    We are hiring',
      '    a developer.',
      '',
      '    Benefits:',
      '      <ul><li>lunch</li></ul>',
      '  stripped: >-',
      '    no break',
      '  posted: 8/7/2015',
    ].join('\n');
    expect(readYaml(text)).toEqual([
      {
        literal: 'line one\nline two\n',
        folded: 'We are hiring\na developer.\n\nBenefits:\n  <ul><li>lunch</li></ul>\n',
        stripped: 'no break',
        posted: '8/7/2015',
      },
    ]);
  });

  it('keeps keys named like Object.prototype members as plain keys', () => {
    const value = readYaml('- __proto__: x\n  constructor: y\n  title: z\n') as Record<string, unknown>[];
    const [entry] = value;
    expect(Object.getPrototypeOf(entry)).toBe(null);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    expect(Object.keys(entry ?? {})).toEqual(['__proto__', 'constructor', 'title']);
    expect(entry?.constructor).toBe('y');
  });

  it.each([
    ['- title: &a IT Manager\n- title: *a\n', /anchors, aliases, tags/],
    ['- title: !!str IT Manager\n', /anchors, aliases, tags/],
    ['- title: IT Manager\n---\n- title: CTO\n', /second document/],
  ])('refuses YAML outside the subset with an error naming the line: %j', (text, message) => {
    const error = thrown(() => readYaml(text));
    expect(error).toBeInstanceOf(YamlError);
    expect((error as YamlError).kind).toBe('unsupported');
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toMatch(/^YAML line \d+/);
  });

  it('reads long blank runs and an unclosed quote of a big file in one pass', () => {
    const blanks = `- title: a\n${'\n'.repeat(200_000)}    b\n`;
    expect(readYaml(blanks)).toEqual([{ title: `a${'\n'.repeat(200_000)}b` }]);
    const unclosed = `- title: "a\n${'  more\n'.repeat(100_000)}`;
    expect((thrown(() => readYaml(unclosed)) as YamlError).message).toMatch(/unclosed quote/);
  });

  it('says where text is not YAML of this shape', () => {
    const error = thrown(() => readYaml('- title: IT Manager\nWe are hiring people.\n'));
    expect(error).toBeInstanceOf(YamlError);
    expect((error as YamlError).kind).toBe('syntax');
    expect((error as Error).message).toMatch(/line 2/);
  });

  it('reads back any list of string-valued entries written as YAML (property)', () => {
    const key = fc.stringMatching(/^[a-z_][a-z0-9_]{0,11}$/);
    const value = fc.string({ maxLength: 40 });
    fc.assert(
      fc.property(
        fc.array(fc.dictionary(key, value, { minKeys: 1, maxKeys: 5 }), { minLength: 1, maxLength: 5 }),
        (entries) => {
          const text = entries
            .map((entry) =>
              Object.entries(entry)
                .map(([k, v], n) => `${n === 0 ? '- ' : '  '}${k}: ${JSON.stringify(v)}`)
                .join('\n'),
            )
            .join('\n');
          expect(readYaml(text)).toEqual(entries.map((entry) => ({ ...entry })));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('ends on any input with a value or a YamlError, nothing else (property)', () => {
    const piece = fc.constantFrom(
      '- ',
      '  ',
      'title: ',
      'a',
      '"',
      "'",
      '|',
      '>',
      '#',
      ':',
      '\n',
      '[',
      ']',
      '{',
      '}',
      '\t',
      '&',
      '*',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        try {
          readYaml(pieces.join(''));
        } catch (error) {
          expect(error).toBeInstanceOf(YamlError);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('a YAML job board', () => {
  const board = [
    '- employer: Rice University',
    '  location: Houston, TX',
    '  title: HPC Systems Administrator',
    '  url: https://example.edu/jobs/5464',
    '- employer: Rice University',
    '  location: Houston, TX',
    '  title: HPC Systems Administrator',
    '  url: https://example.edu/jobs/5464',
    '- employer: Max Planck Institute for Multidisciplinary Sciences, Department',
    '    of Theoretical and Computational Biophysics',
    '  location: Goettingen, Germany',
    '  title: IT System Administrator',
    '  url: https://example.de/13-26',
    '',
  ].join('\n');

  it('is detected by --format auto and gives one posting per entry, an entry listed twice once', () => {
    expect(detectFormat(board)).toBe('yaml');
    const postings = parseDocument({ content: board });
    expect(postings.map((p) => [p.source.format, p.title, p.company, p.location.text])).toEqual([
      ['yaml', 'HPC Systems Administrator', 'Rice University', 'Houston, TX'],
      [
        'yaml',
        'IT System Administrator',
        'Max Planck Institute for Multidisciplinary Sciences, Department of Theoretical and Computational Biophysics',
        'Goettingen, Germany',
      ],
    ]);
  });

  it('reads entries under keys, titled by role or position, described by a folded HTML block', () => {
    const text = [
      'public:',
      'internal:',
      '  - role: Account Manager Team Lead Detail',
      '    link: https://docs.example.gov/d/1',
      '    closes: 2023-01-13',
      'partners:',
      '  - company: Eventbrite',
      '    position: Senior Security Engineer',
      '    description: >',
      '        <p>We are looking for a Senior Security Engineer.</p>',
      '        <p>Apply here.</p>',
    ].join('\n');
    const postings = parseDocument({ content: text, format: 'auto' });
    expect(postings.map((p) => [p.title, p.company, p.source.url])).toEqual([
      ['Account Manager Team Lead Detail', null, 'https://docs.example.gov/d/1'],
      ['Senior Security Engineer', 'Eventbrite', null],
    ]);
  });

  it('refuses a list of people and their titles (a team page) as not-a-posting', () => {
    const team = [
      '- name: "Kurt Gisler"',
      '  title: "Chief Executive Officer"',
      '  bio: "Leads the company."',
      '  email: "kurt@example.ch"',
      '- name: "Janik von Rotz"',
      '  title: "Chief Technical Officer"',
      '  email: "janik@example.ch"',
    ].join('\n');
    expect(detectFormat(team)).toBe('yaml');
    const error = thrown(() => parseDocument({ content: team }));
    expect(error).toBeInstanceOf(NotAPostingError);
    expect((error as Error).message).toMatch(
      /YAML list of 2 entries \(name, title, bio, email\) that name no job/,
    );
  });

  it('refuses positions someone held (a CV) as not-a-posting', () => {
    const cv = [
      '- title: Senior Software Engineer',
      '  company: TechCorp',
      '  location: Seattle, WA',
      '  start: 2022',
      '  end: Present',
      '- title: Software Engineer',
      '  company: Contoso',
      '  start: 2018',
      '  end: 2022',
    ].join('\n');
    expect(thrown(() => parseDocument({ content: cv }))).toBeInstanceOf(NotAPostingError);
  });

  it('reports YAML it cannot read in one clear line, and reads with --format yaml', () => {
    const error = thrown(() =>
      parseDocument({ content: '- title: &t IT Manager\n  company: Acme\n- title: *t\n' }),
    );
    expect(error).toBeInstanceOf(DocumentError);
    expect((error as Error).message).toMatch(/^YAML line 1: anchors, aliases, tags/);
    const [posting] = parseDocument({ content: '- title: IT Manager\n  company: Acme\n', format: 'yaml' });
    expect([posting?.title, posting?.company]).toEqual(['IT Manager', 'Acme']);
  });

  it.each([
    'IT Manager\nAcme - Boise, ID\n\nLead IT.',
    'Title: IT Manager\nLocation: Leeds\n\n- Salary: £40,000\n- Hours: 37 a week\n\nWe are hiring.',
    '- Location: Leeds\n- Salary: £40,000\n\nWe are hiring an IT Manager to lead the service desk.',
    '## Requirements\n\n- Experience: 5 years\n- Skills: networking\n',
    '# Chief Technology Officer (CTO)\n\n**Department**: Engineering\n**Reports to**: CEO\n\n' +
      '- **Architecture Design**: Define the architecture\n- **Team Leadership**: Build the team\n',
  ])('leaves a text posting whose lines look like keys as text: %j', (text) => {
    expect(detectFormat(text)).toBe('text');
  });
});
