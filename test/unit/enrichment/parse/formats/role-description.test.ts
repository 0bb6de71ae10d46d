/**
 * A page that describes a role or a level inside an organisation (a career ladder, a level guide,
 * a role's charter in a handbook, a cooperation page) against a posting of the same shape: both
 * name a role and list duties and skills; only the posting speaks to a candidate.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';
import { NotAPostingError } from '../../../../../functions/enrichment/types.ts';
import { thrown } from './fixture.ts';

const ROLES = ['Director of Engineering', 'Chief Technology Officer', 'Engineering Manager', 'Head of IT'];
/** Duties as a ladder or a charter writes them: of the holder, in the third person. */
const DUTIES = [
  'Sets the technical direction for the product area and aligns it with the business.',
  'Builds and grows the engineering teams, hiring and developing their leaders.',
  'Owns the infrastructure the projects run on and the relationships with its vendors.',
  'Guides the evolution of our tools and makes sure the security of user data is kept.',
  'Creates an environment in which talent grows and manages the talent pool.',
  'Communicates the strategy across the company and represents engineering to the board.',
  'Decomposes complicated solutions into blocks with understandable interconnections and data flows.',
  'Encourages experimentation and continuous improvement, and turns innovations into business impact.',
  'Sets operational policies for availability, toil elimination and incident response across teams.',
  'Acts as a subject matter expert in one or more technical domains with a record of delivery.',
];
/** Headings a ladder's level or a handbook's role page heads its parts with. */
const PARTS = ['Craftsmanship (C4)', 'Impact (I5)', 'Behavior (B6)', 'Scope', 'Expectations', 'Objectives'];

const rolePage = fc.record({
  role: fc.constantFrom(...ROLES),
  intro: fc.boolean(),
  parts: fc.uniqueArray(fc.constantFrom(...PARTS), { minLength: 1, maxLength: 3 }),
  duties: fc.uniqueArray(fc.constantFrom(...DUTIES), { minLength: 7, maxLength: 10 }),
  bullet: fc.constantFrom('*', '-'),
});

type RolePage = typeof rolePage extends fc.Arbitrary<infer T> ? T : never;

function render(page: RolePage, extra: readonly string[] = []): string {
  const lines = [`# ${page.role}`, ''];
  if (page.intro)
    lines.push('This page describes the role and what is expected of it at this level of the ladder.', '');
  const per = Math.ceil(page.duties.length / page.parts.length);
  page.parts.forEach((part, n) => {
    lines.push(`## ${part}`, '');
    for (const duty of page.duties.slice(n * per, (n + 1) * per)) lines.push(`${page.bullet} ${duty}`);
    lines.push('');
  });
  return [...lines, ...extra].join('\n');
}

/** What only a posting says to a candidate: sought now, how to apply, its terms, what it asks. */
const CUES: readonly (readonly string[])[] = [
  ['To apply, email your CV to jobs@acme.example.'],
  ['We are looking for an experienced leader to join us in Lisbon.'],
  ['Salary: $140,000 - $160,000 a year'],
  ['This is a full-time position.'],
  ['[Apply here](https://boards.greenhouse.io/acme/jobs/4012345)'],
  // A requirements heading in an offer's voice (a handbook's role card heads its skills so too,
  // in the third person: posting-evidence.test.ts, "a role described, not offered").
  [
    '## Requirements',
    '',
    '- You have ten years of experience leading engineering teams',
    '- A degree in computer science',
  ],
  ['## What you will do', '', 'You will report to the CEO and lead a team of forty engineers.'],
  ['Applications close on 30 June 2026.'],
];

describe('a role or a level described inside an organisation', () => {
  it('is refused with not-a-posting, however its parts and duties are laid out', () => {
    fc.assert(
      fc.property(rolePage, (page) => {
        const error = thrown(() => parseDocument({ content: render(page), format: 'text' }));
        expect(error).toBeInstanceOf(NotAPostingError);
        expect(error.message).toMatch(/^not-a-posting/);
      }),
      { numRuns: 60 },
    );
  });

  it('is refused as a ladder too: a heading per level, each over the level’s expectations', () => {
    const levels = ['Director', 'Senior Director', 'Vice President'];
    const text = [
      '# Engineering Management Levels',
      '',
      ...levels.flatMap((level, n) => [
        `## ${level}`,
        '',
        `- ${DUTIES[n] ?? ''}`,
        `- ${DUTIES[n + 1] ?? ''}`,
        `- ${DUTIES[n + 2] ?? ''}`,
        '',
      ]),
    ].join('\n');
    expect(thrown(() => parseDocument({ content: text, format: 'text' }))).toBeInstanceOf(NotAPostingError);
  });

  it('is refused in Polish: a page on how to cooperate with the company, headed and listed, no role', () => {
    const text = [
      '# Współpraca',
      '',
      '## Formy współpracy',
      '',
      '- Projekty jednorazowe',
      '- Wsparcie ciągłe',
      '- Konsulting i audyty',
      '',
      '## Proces współpracy',
      '',
      '1. Konsultacja - bezpłatna rozmowa o potrzebach',
      '2. Propozycja - rozwiązanie i wycena',
      '3. Realizacja - wspólna praca nad projektem',
    ].join('\n');
    expect(thrown(() => parseDocument({ content: text, format: 'text' }))).toBeInstanceOf(NotAPostingError);
  });
});

describe('a posting of the same shape', () => {
  it('is kept once it says anything to a candidate: sought now, how to apply, its terms, its requirements', () => {
    fc.assert(
      fc.property(rolePage, fc.constantFrom(...CUES), (page, cue) => {
        const postings = parseDocument({ content: render(page, ['', ...cue]), format: 'text' });
        expect(postings).toHaveLength(1);
        expect(postings[0]?.title).toBe(page.role);
      }),
      { numRuns: 80 },
    );
  });

  it('is kept as a fragment: a role and its duties in running text with no headings of its own', () => {
    const text = [
      'Chief Information Officer',
      '',
      'Under the direction of the County Administrator, is responsible for:',
      ...DUTIES.map((duty) => `- ${duty}`),
    ].join('\n');
    expect(parseDocument({ content: text, format: 'text' })).toHaveLength(1);
  });

  it.each([
    ['German', '# Leiter IT (m/w/d)', 'Wir suchen zum nächstmöglichen Zeitpunkt eine Leitung für unsere IT.'],
    ['Polish', '# Kierownik IT', 'Poszukujemy osoby na stanowisko kierownika działu IT.'],
    [
      'French',
      '# Développeur·euse de règles',
      'Pourquoi poser votre candidature ? Travaillez depuis chez vous.',
    ],
    ['Japanese', '# 開発エンジニア', '募集要項: 正社員、勤務地は東京です。'],
  ])('is kept in %s when it says the job is sought or how to apply', (_language, title, cue) => {
    const text = [
      title,
      '',
      '## Aufgaben / Zadania / Tâches / 仕事内容',
      '',
      ...DUTIES.slice(0, 3).map((d) => `- ${d}`),
      '',
      cue,
    ].join('\n');
    expect(parseDocument({ content: text, format: 'text' }).length).toBeGreaterThanOrEqual(1);
  });

  it.each([
    [
      'Korean',
      '# 프론트엔드 파트 리드',
      '### 자격요건',
      '> [입사지원을 하러 가기](https://forms.example.com/apply)',
    ],
  ])(
    'is kept in %s, written in its own script, when it says how to apply or where',
    (_language, title, part, cue) => {
      // The parts a posting heads its text with, in its own script: duties, then requirements.
      const duties = ['웹사이트 구축 및 운영 총괄', '服务器与网络的日常运维', '管理資訊系統與網路'];
      const text = [
        title,
        '',
        cue,
        '',
        '### 주요 업무 / 岗位职责',
        '',
        ...duties.map((d) => `* ${d}`),
        '',
        part,
        '',
        '* 10년 이상 / 十年以上',
      ].join('\n');
      expect(parseDocument({ content: text, format: 'text' }).length).toBeGreaterThanOrEqual(1);
      // Without the cue the same page is a description, not an offer.
      const bare = [
        title,
        '',
        part,
        '',
        ...duties.map((d) => `* ${d}`),
        '',
        '### 기타 / 其他',
        '',
        '* 팀 소개 / 团队介绍',
      ];
      expect(thrown(() => parseDocument({ content: bare.join('\n'), format: 'text' }))).toBeInstanceOf(
        NotAPostingError,
      );
    },
  );

  it('is kept in a language the readers have no words for when it labels its dates', () => {
    const text = [
      '# Eesti Keele Instituut - IT arendusjuht',
      '**Kuulutus sisestati:** 11.06.2025',
      '**Aegub:** 07.07.2025',
      '',
      '**Sinu tööks on:**',
      '- IT arenduskorra väljatöötamine ja rakendamine',
      '- Arendusmeeskonna juhtimine ja toetamine',
      '',
      '## Keda me ootame?',
      '- Kõrg- või kutsekeskharidus infotehnoloogia valdkonnas',
      '- Tarkvaraarendusprotsesside ja metoodikate tundmine',
    ].join('\n');
    expect(parseDocument({ content: text, format: 'text' })).toHaveLength(1);
  });
});
