import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';
import { descriptionOf } from './fixture.ts';

const read = (text: string, file = 'notes.txt') =>
  parseDocument({ content: new TextEncoder().encode(text), file });

/** One advert's labels and their lines, in one language, as the label is written in a given style. */
const LANGUAGES = {
  de: {
    duties: 'Ihre Aufgaben',
    profile: 'Ihr Profil',
    offer: 'Wir bieten',
    dutyLines: ['Entwicklung von Webanwendungen für die Forschung', 'Betrieb und Pflege der Infrastruktur'],
    profileLines: ['abgeschlossenes Studium der Informatik', 'Erfahrung mit Java und PostgreSQL'],
    offerLines: ['Vergütung nach E13 TV-L', '30 Tage Urlaub und flexible Arbeitszeiten'],
  },
  pt: {
    duties: 'Atribuições',
    profile: 'Requisitos',
    offer: 'Benefícios',
    dutyLines: ['Desenvolver novas funcionalidades da plataforma', 'Participar de revisões de código'],
    profileLines: ['Experiência com TypeScript e Node.js', 'Conhecimento de bancos de dados relacionais'],
    offerLines: ['Plano de saúde e vale refeição', 'Salário de R$ 9.000 por mês'],
  },
  en: {
    duties: 'Responsibilities',
    profile: 'Requirements',
    offer: 'Benefits',
    dutyLines: ['Build and maintain services used by our customers', 'Review the code of your teammates'],
    profileLines: ['Three years of experience with Python', 'Good written English'],
    offerLines: ['Salary £55,000 per year', 'Private health insurance'],
  },
} as const;

type Language = keyof typeof LANGUAGES;
const STYLES = [(l: string) => `${l}:`, (l: string) => `**${l}:**`, (l: string) => `- ${l}:`] as const;

const ROLES: Record<Language, readonly string[]> = {
  de: [
    'Softwareentwickler:in (m/w/d)',
    'Wissenschaftliche:r Mitarbeiter:in (m/w/d)',
    'Systemadministrator (m/w/d)',
  ],
  pt: ['Desenvolvedor(a) Back-End Pleno', 'Analista de Dados Júnior', 'Engenheiro de Software Sênior'],
  en: ['Data Engineer', 'Senior Backend Developer', 'IT Support Technician'],
};
const EMPLOYERS = ['Northfield University', 'Harbor Systems', 'Cedar Analytics'];

function advert(
  language: Language,
  style: number,
  role: string,
  employer: string,
  counted: number | null,
): string {
  const l = LANGUAGES[language];
  const label = STYLES[style] ?? STYLES[0];
  const head = counted === null ? [employer, role] : [`Vaga ${counted} - ${role}`, `${employer} - Remoto`];
  return [
    ...head,
    '',
    label(l.duties),
    ...l.dutyLines.map((line) => `- ${line}`),
    '',
    label(l.profile),
    ...l.profileLines.map((line) => `- ${line}`),
    '',
    label(l.offer),
    ...l.offerLines.map((line) => `- ${line}`),
  ].join('\n');
}

describe('adverts pasted one after another', () => {
  it('gives one posting per advert, each with its own title, employer and text, in any label style', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Language>('de', 'pt', 'en'),
        fc.integer({ min: 0, max: STYLES.length - 1 }),
        fc.integer({ min: 2, max: 3 }),
        fc.boolean(),
        (language, style, n, counted) => {
          const roles = ROLES[language].slice(0, n);
          const text = [
            'My notes: adverts to apply for',
            '',
            ...roles.map((role, i) =>
              advert(language, style, role, EMPLOYERS[i] ?? '', counted ? i + 1 : null),
            ),
          ].join('\n\n');
          const postings = read(text);
          expect(postings.map((p) => p.title)).toEqual(roles);
          // (Counted heads, "Vaga 2 - …", are read by the reader of numbered openings first.)
          if (!counted) expect(postings.map((p) => p.company)).toEqual(EMPLOYERS.slice(0, n));
          // Each posting holds its own advert, not the next one's.
          expect(descriptionOf(postings[0])).not.toContain(EMPLOYERS[1]);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('keeps one posting whose labels come once, a later label of the same kind inside it', () => {
    const text = [
      'Acme GmbH – Berlin',
      'Backend-Entwickler:in (m/w/d)',
      '',
      'Ihre Aufgaben:',
      '- Entwicklung von Microservices in Go',
      '',
      'Ihr Profil:',
      '- drei Jahre Erfahrung mit Go',
      '',
      'Wir bieten:',
      '- 60.000 - 75.000 EUR im Jahr',
      '',
      'Ihre Aufgaben im Team Plattform:',
      '- Mitarbeit an der internen Entwicklerplattform',
    ].join('\n');
    expect(read(text)).toHaveLength(1);
  });

  it('keeps one posting when the same advert is pasted twice', () => {
    const one = advert('en', 0, 'Data Engineer', 'Harbor Systems', null);
    expect(read(`${one}\n\n${one}`)).toHaveLength(1);
  });

  it('reads no postings from runs whose heads name no role (a ladder of team pages)', () => {
    const team = (name: string) =>
      [
        `Team ${name}`,
        '',
        'Responsibilities:',
        '- Own the billing services',
        '',
        'Requirements:',
        '- On call',
      ].join('\n');
    const postings = read(['Our teams', '', team('Alder'), '', team('Birch')].join('\n'));
    expect(postings.length).toBeLessThanOrEqual(1);
  });
});

describe('a heading that frames the role as what its holder will do', () => {
  it.each([
    ['Jako Tech Lead będziesz:', 'Tech Lead'],
    ['As a Data Engineer you will', 'Data Engineer'],
    ['Como Analista de Dados, você vai:', 'Analista de Dados'],
  ])('titles the section "%s" with the role it names', (heading, title) => {
    const text = [
      '# Careers',
      '',
      'We are hiring for two roles.',
      '',
      `## ${heading}`,
      '',
      '- lead a team of five engineers and review their code',
      '- design the architecture of the accounting system',
      '- work with our analysts on the roadmap every quarter',
      '',
      '## As a QA Engineer you will',
      '',
      '- write automated tests for the payroll module',
      '- keep the regression suite green and fast',
      '- report and triage defects with the product team',
      '',
      '## Requirements',
      '',
      '- five years of experience with C# and .NET',
      '',
      'Salary 18,000 - 24,000 PLN. Send your CV to jobs@example.com.',
    ].join('\n');
    const postings = read(text, 'careers.md');
    expect(postings.map((p) => p.title)).toEqual([title, 'QA Engineer']);
  });
});
