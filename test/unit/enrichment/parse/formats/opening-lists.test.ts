import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../../../../functions/enrichment/parse/formats/front-matter.ts';
import { parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';
import {
  namesFunction,
  OPENINGS_WORDS,
} from '../../../../../functions/enrichment/parse/formats/offer-language.ts';
import { NotAPostingError } from '../../../../../functions/enrichment/types.ts';

/** The postings a text document gives; 0 when it is refused as no posting. */
function postings(text: string) {
  try {
    return parseDocument({ content: text, format: 'text' });
  } catch (err) {
    if (err instanceof NotAPostingError) return [];
    throw err;
  }
}

describe('one heading over a list of openings, in any language', () => {
  const cues = [
    '## 募集中のポスト',
    '## 채용 중인 포지션',
    '## Vagas abertas',
    '## Oferty pracy',
    '## Open positions',
  ];
  const roles = [
    'Kubernetesエンジニア',
    'AWSインフラエンジニア',
    '백엔드 개발자',
    'Desenvolvedor(a) Mobile Pleno',
    'Programista Java',
    'Site Reliability Engineer',
    'Backend',
  ];

  it('reads each bullet linking a page of the repository as one posting of the employer on top', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...cues),
        fc.constantFrom('- ', '* ', '1. '),
        fc.uniqueArray(fc.constantFrom(...roles), { minLength: 2, maxLength: 5 }),
        fc.boolean(),
        (cue, mark, names, headCount) => {
          const text = [
            '# 株式会社クラフトマンソフトウェアのお仕事情報',
            '',
            cue,
            '',
            ...names.map(
              (name, n) => `${mark}[${name}${headCount ? '（1名）' : ''}](./posts/role-${n}.md) - \`社員\``,
            ),
            '',
            '## 技術スタック',
            '',
            '- Go, Kubernetes, Terraform',
          ].join('\n');
          const found = postings(text);
          expect(found.map((p) => p.title)).toEqual(names);
          for (const p of found) expect(p.company).toBe('株式会社クラフトマンソフトウェア');
        },
      ),
      { numRuns: 40 },
    );
  });

  it('takes a page beside the role pages as one more opening, though its words name no role', () => {
    const text = [
      '# Gravitational Careers',
      '',
      'These are currently the open positions at Gravitational.',
      '',
      '* [Golang/Linux systems engineer](senior-backend-engineer.md)',
      '* [UX/Product Leader](product-design-leader.md)',
      '* [Sales Reps](sales.md)',
    ].join('\n');
    expect(postings(text).map((p) => p.title)).toEqual([
      'Golang/Linux systems engineer',
      'UX/Product Leader',
      'Sales Reps',
    ]);
  });

  it('reads no opening in a list of links to docs and one board', () => {
    const text = [
      '# Teleport Careers',
      '',
      'Thank you for visiting the Teleport Engineering recruiting, promotion and training docs.',
      '',
      '* [About Us](https://goteleport.com/about/)',
      '* [Open Positions](https://jobs.lever.co/teleport)',
      '* [Our Engineering Teams](./teams.md)',
      '* [Coding Challenges](./challenges)',
      '* [Engineering Levels](./levels)',
    ].join('\n');
    expect(postings(text).length).toBeLessThan(2);
  });
});

describe('a catalogue of roles by level', () => {
  it('is no list of openings, though it links a page per role', () => {
    const ladder = (role: string) =>
      ['Associate', '', 'Senior', 'Lead'].map(
        (level) =>
          `- [${`${level} ${role}`.trim()}](${level.toLowerCase() || 'mid'}_${role.replace(/ /g, '_')}.md)`,
      );
    const text = [
      '# Roles at Acme',
      '',
      'A list of our roles and their levels. If you are looking for open vacancies, visit the careers page.',
      '',
      '## Delivery',
      '',
      ...ladder('Delivery Manager'),
      '',
      '## Product',
      '',
      ...ladder('Product Manager'),
    ].join('\n');
    expect(postings(text).length).toBeLessThan(2);
  });
});

describe('roles as headings with a short body each', () => {
  it('counts every role heading of a hiring page, a function alone among them', () => {
    const text = [
      '---',
      'title: >-',
      '  エンジニア採用情報',
      '---',
      '',
      '### フロントエンド開発',
      'React or other single-page app framework (Vue, Angular)',
      '',
      '### バックエンドエンジニア',
      'Ruby on Rails',
      'PostgreSQL, graphql-ruby a huge plus',
      '',
      '### その他のスキル',
      'ElasticSearch',
    ].join('\n');
    expect(postings(text).map((p) => p.title)).toEqual(['フロントエンド開発', 'バックエンドエンジニア']);
  });

  it('reads function headings of a page that does not speak of hiring as no openings', () => {
    const body = 'The service is written in TypeScript and deployed with Terraform to two regions. '.repeat(
      4,
    );
    const text = ['# Acme monorepo', '', '## Frontend', '', body, '', '## Backend', '', body].join('\n');
    expect(postings(text).length).toBeLessThan(2);
  });

  it('reads a career ladder (a table of levels, a heading per level) as no openings', () => {
    const level = (n: number, title: string) => [
      `## L${n}: ${title}`,
      '',
      '### Scope',
      'Individual tasks within defined projects, growing towards features and then whole projects.',
      '',
      '### Technical Skills',
      '- Delivers well-defined tasks with guidance',
      '- Writes clean, readable code and reviews the code of others with care',
      '',
    ];
    const text = [
      '# Engineering Career Ladder',
      '',
      '| Level | Title | Scope |',
      '|-------|-------|-------|',
      '| L1 | Software Engineer I | Task |',
      '| L2 | Software Engineer II | Feature |',
      '| L3 | Senior Software Engineer | Project |',
      '',
      ...level(1, 'Software Engineer I'),
      ...level(2, 'Software Engineer II'),
      ...level(3, 'Senior Software Engineer'),
    ].join('\n');
    expect(postings(text).length).toBeLessThan(2);
  });
});

describe('the words and names of openings lists', () => {
  const functions = ['Backend', 'Frontend', 'Full-stack', 'DevOps', 'iOS', 'バックエンド', '백엔드'];
  const beside = ['', ' junior', ' mid/senior', ' Pleno', ' 開発', ' 개발'];

  it('names a function with a level or "development" beside it, and nothing more', () => {
    fc.assert(
      fc.property(fc.constantFrom(...functions), fc.constantFrom(...beside), (fn, level) => {
        expect(namesFunction(`${fn}${level}`)).toBe(true);
        expect(namesFunction(`${fn}${level} guide`)).toBe(false);
        expect(namesFunction(`${fn}${level} architecture overview`)).toBe(false);
      }),
    );
    expect(namesFunction('Database')).toBe(false);
    expect(namesFunction('Webpack')).toBe(false);
  });

  it('hears a page say it lists openings in several languages', () => {
    for (const cue of [
      '募集中のポスト',
      '채용 중인 포지션',
      'Vagas abertas',
      'Oferty pracy',
      'Offene Stellen',
    ])
      expect(OPENINGS_WORDS.test(cue)).toBe(true);
    for (const other of ['Engineering Career Ladder', 'postmortem', 'Spraca'])
      expect(OPENINGS_WORDS.test(other)).toBe(false);
  });

  it('reads a folded front matter title', () => {
    expect(
      readFrontMatter('---\ntitle: >-\n  Software\n  Engineer\npath: /jobs/\n---\nBody')?.fields.get('title'),
    ).toBe('Software Engineer');
  });
});
