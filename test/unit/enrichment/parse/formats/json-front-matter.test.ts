import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readJsonFrontMatter } from '../../../../../functions/enrichment/parse/formats/front-matter.ts';
import { parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';
import { descriptionOf, thrown } from './fixture.ts';

const parse = (content: string, file = 'post.md') => parseDocument({ content, file });

describe('readJsonFrontMatter', () => {
  it('reads the leading object as fields (one level inside a map joined) and the rest as the body', () => {
    const front = readJsonFrontMatter(
      '{ "title": "Network Engineer", "hiringOrganization": { "name": "Acme" }, "tags": ["x"] }\n\n# Body\n',
    );
    expect(front?.fields.get('title')).toBe('Network Engineer');
    expect(front?.fields.get('hiring-organization-name')).toBe('Acme');
    expect(front?.fields.has('tags')).toBe(false);
    expect(front?.body).toBe('\n\n# Body\n');
  });

  it('is null for what is not a page opening with one object', () => {
    expect(readJsonFrontMatter('# Title\n{ "a": 1 }')).toBeNull();
    expect(readJsonFrontMatter('[{ "title": "A" }]')).toBeNull();
    expect(readJsonFrontMatter('{ "title": "A", ')).toBeNull();
    expect(readJsonFrontMatter('{ "title": "A" }\n{ "title": "B" }\n')).toBeNull();
    expect(readJsonFrontMatter('{ title: A }\nBody')).toBeNull();
  });

  it('keeps keys named like Object.prototype members as plain fields', () => {
    const front = readJsonFrontMatter('{ "__proto__": "x y", "constructor": "Data Analyst" }\nBody');
    expect(front?.fields.get('constructor')).toBe('Data Analyst');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('a Hugo page with JSON front matter', () => {
  it('is one posting: the object its fields, the Markdown after it the description', () => {
    const [posting, ...rest] = parse(
      [
        '{',
        '  "title": "Senior Network Engineer",',
        '  "company": "Acme Networks",',
        '  "location": "Berlin, Germany",',
        '  "salary": "EUR 70,000 - 85,000 per year"',
        '}',
        '',
        '## Your tasks',
        '',
        '- Run the campus network (Cisco, Juniper)',
        '- Plan the WAN with the architects',
      ].join('\n'),
    );
    expect(rest).toHaveLength(0);
    expect(posting?.title).toBe('Senior Network Engineer');
    expect(posting?.company).toBe('Acme Networks');
    expect(posting?.location.text).toBe('Berlin, Germany');
    expect(descriptionOf(posting)).toContain('Run the campus network');
    expect(descriptionOf(posting)).toContain('EUR 70,000 - 85,000');
  });

  it('reads a page whose object holds all of its text (a template rendering its params)', () => {
    const [posting, ...rest] = parse(
      JSON.stringify({
        type: 'jobs',
        Title: 'Linux Systemadministrator (m/w/d)',
        Job: {
          Title: 'Linux Systemadministrator (m/w/d)',
          TextLine1: 'Bist du ein talentierter <b>Systemadministrator</b>?',
          HeadLine1: 'Was erwarten wir?',
          HeadLine1Point1: '<td class="pb-3">Du hast gute Kenntnisse in Linux und VMware</td>',
          HeadLine1Point2: '',
        },
      }),
    );
    expect(rest).toHaveLength(0);
    expect(posting?.title).toBe('Linux Systemadministrator (m/w/d)');
    const text = descriptionOf(posting);
    expect(text).toContain('Du hast gute Kenntnisse in Linux und VMware');
    expect(text).not.toContain('<td');
    expect(text).not.toMatch(/\bjobs\b/);
  });

  it('any object with a role title followed by a body is one posting with that title', () => {
    const word = fc.stringMatching(/^[A-Z][a-z]{2,9}$/);
    // A title naming a role: a post's own title that names none gives way to the body's, as in YAML.
    const role = fc.constantFrom('Engineer', 'Manager', 'Administrator', 'Analyst', 'Developer');
    const title = fc
      .tuple(fc.array(word, { minLength: 1, maxLength: 3 }), role)
      .map(([words, noun]) => [...words, noun].join(' '));
    const extraKey = fc
      .stringMatching(/^[a-z][a-z_]{0,12}$/)
      .filter((key) => !/title|^(position|role|job|tags)$/.test(key));
    const extra = fc.dictionary(
      extraKey,
      fc.oneof(fc.string({ maxLength: 40 }), fc.integer(), fc.boolean()),
      {
        maxKeys: 5,
      },
    );
    const body = fc.constantFrom(
      'We build tools for schools.\n\nTo apply, write to us with your CV.',
      '## Your tasks\n\n- Look after our servers\n- Help colleagues',
      '<h2>Requirements</h2><ul><li>Three years of experience</li></ul><p>Apply by email.</p>',
    );
    fc.assert(
      fc.property(title, extra, body, (name, fields, text) => {
        const postings = parse(`${JSON.stringify({ ...fields, title: name }, null, 2)}\n${text}`);
        expect(postings).toHaveLength(1);
        expect(postings[0]?.title).toBe(name);
      }),
      { numRuns: 60 },
    );
  });
});

describe('front matter over an HTML fragment with no heading of its own', () => {
  it('heads the fragment with the front matter title, YAML or JSON', () => {
    const fragment =
      '<h2>Requirements</h2><ul><li>Three years running Linux servers</li></ul><p>Apply by email.</p>';
    for (const content of [
      `---\ntitle: Systems Engineer\n---\n${fragment}`,
      `{"title": "Systems Engineer"}\n${fragment}`,
    ]) {
      const postings = parse(content);
      expect(postings.map((p) => p.title)).toEqual(['Systems Engineer']);
      expect(descriptionOf(postings[0])).toContain('Three years running Linux servers');
    }
  });

  it('does not head a page with a title that names no role ("Careers" over a culture page)', () => {
    const content =
      '---\ntitle: Careers\n---\n<h3>Join us!</h3><p>We are always looking for passionate, talented people.</p><ul><li>Flexible hours</li></ul>';
    expect(parse(content)).toEqual([]);
  });
});

describe('a JSON document that is only JSON', () => {
  it('is read by its shape as before, a title at its top notwithstanding', () => {
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Acme jobs',
      items: [{ id: '1', title: 'Network Engineer', content_text: 'Run the network.' }],
    };
    const postings = parse(`${JSON.stringify(feed)}\n`, 'feed.json');
    expect(postings.map((p) => [p.source.format, p.title])).toEqual([['jsonfeed', 'Network Engineer']]);
  });

  it('a job board of any size keeps its jobs, in its own format', () => {
    const job = fc.record({
      id: fc.integer({ min: 1, max: 1_000_000 }),
      title: fc.stringMatching(/^[A-Z][a-z]{2,9} (Engineer|Manager|Analyst)$/),
    });
    fc.assert(
      fc.property(fc.uniqueArray(job, { selector: (j) => j.id, minLength: 1, maxLength: 6 }), (jobs) => {
        const board = {
          title: 'Our openings',
          jobs: jobs.map((j) => ({
            ...j,
            absolute_url: `https://boards.example/jobs/${j.id}`,
            content: 'x',
          })),
        };
        const postings = parse(JSON.stringify(board), 'board.json');
        expect(postings.map((p) => p.source.format)).toEqual(jobs.map(() => 'greenhouse'));
        expect(postings.map((p) => p.title).sort()).toEqual(jobs.map((j) => j.title).sort());
      }),
      { numRuns: 25 },
    );
  });

  it('of no known shape and with no title is still refused as unknown JSON', () => {
    expect(thrown(() => parse('{ "name": "x", "values": [1, 2] }', 'x.json')).message).toMatch(
      /unknown JSON format/,
    );
  });
});
