import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';
import { NotAPostingError } from '../../../../../functions/enrichment/types.ts';
import { descriptionOf, thrown } from './fixture.ts';

const read = (text: string, file = 'page.md') =>
  parseDocument({ content: new TextEncoder().encode(text), file });

/** An offer's body: duties, requirements and how to apply, in a few sentences. */
const offerBody = (subject: string) =>
  [
    `The department invites applications for a full-time tenure-track position in ${subject}.`,
    'Responsibilities include teaching three courses per semester and supervising student research.',
    'Candidates must hold a PhD in a related field by the start date and have teaching experience.',
    'Review of applications will begin on October 15, 2024 and continue until the position is filled.',
  ].join(' ');

describe('several postings found by repetition', () => {
  it('reads sibling headings that name employers, each over an offer, as one posting each', () => {
    const text = [
      '## Faculty openings this year',
      '',
      '### Northfield College',
      '',
      offerBody('Computer Science'),
      '',
      '- Northfield, MN',
      '',
      '### Harbor State University',
      '',
      offerBody('Data Science'),
      '',
      '- Harbor City, OR',
    ].join('\n');
    const postings = read(text);
    expect(postings.map((p) => p.company)).toEqual(['Northfield College', 'Harbor State University']);
    expect(descriptionOf(postings[1])).toContain('Data Science');
    expect(descriptionOf(postings[1])).not.toContain('Computer Science');
  });

  it('keeps one posting whose part headings label its parts (the team, about us, requirements)', () => {
    const text = [
      '# Platform Engineer',
      '',
      '## About us',
      '',
      'We are a small team building payment software. You will work with our engineers and apply',
      'your experience of distributed systems. Responsibilities include on-call duty every few weeks.',
      '',
      '## The team',
      '',
      'You will join six engineers. Requirements: experience with Go and Kubernetes, and the skills',
      'to lead incident reviews. Apply with your CV; the salary is £70,000 per year, full-time.',
      '',
      '## Requirements',
      '',
      '- Five years of experience running production systems',
    ].join('\n');
    const postings = read(text);
    expect(postings).toHaveLength(1);
    expect(postings[0]?.title).toBe('Platform Engineer');
  });

  it('splits copied adverts between separator lines, a counted label aside from each title', () => {
    const advert = (n: number, title: string) => [
      `Vaga ${n} - ${title}`,
      'Empresa Exemplo, São Paulo/SP',
      '',
      '- requisitos:',
      '    Experiência com Java e bancos de dados relacionais; conhecimento de Git e testes automatizados.',
      '- Salário:',
      '    R$ 5.000 - R$ 6.000/mês',
      '- Atribuições:',
      '    Desenvolver novas funcionalidades e manter as aplicações existentes com a equipe.',
    ];
    const text = [
      'Para cada vaga anote os requisitos e o salário:',
      '',
      '==============================',
      ...advert(1, 'Desenvolvedor(a) Back-End Júnior'),
      '',
      '==============================',
      ...advert(2, 'Analista de Dados Pleno'),
    ].join('\n');
    expect(read(text, 'notas.md').map((p) => p.title)).toEqual([
      'Desenvolvedor(a) Back-End Júnior',
      'Analista de Dados Pleno',
    ]);
  });

  it('reads roles each sought in its own block of running text', () => {
    const text = [
      '# Join the lab',
      '',
      '- We are looking for a PhD student to join the lab in April; see the linked call for details.',
      '- We are looking for a postdoctoral researcher to work on the new grant; apply by email.',
      '- We are also looking for research assistants on an hourly basis; contact us to apply.',
    ].join('\n');
    expect(read(text).map((p) => p.title)).toEqual([
      'PhD student',
      'postdoctoral researcher',
      'research assistants',
    ]);
  });

  it('keeps one posting that names its one role twice in running text', () => {
    const text = [
      'We are looking for a Senior Data Engineer to build our pipelines. You will own ingestion.',
      '',
      'Requirements: experience with Spark and SQL. As a data engineer you will report to the CTO.',
      '',
      'We are looking for a data engineer who enjoys mentoring. Apply with your CV.',
    ].join('\n');
    expect(read(text, 'job.txt')).toHaveLength(1);
  });

  it('reads bold-led roles under a heading that says openings follow, in any language', () => {
    const text = [
      '# Lavora con noi',
      '',
      '## Posizioni aperte',
      '',
      '✔ **Manutentore del verde**: cerchiamo un operaio giardiniere automunito, con esperienza.',
      '',
      '✔ **Aiuto giardiniere**: studenti maggiori di 16 anni, part time durante le vacanze estive.',
    ].join('\n');
    expect(read(text).map((p) => p.title)).toEqual(['Manutentore del verde', 'Aiuto giardiniere']);
  });

  it('reads a template macro called once per job with the job name first', () => {
    const row = (title: string) => [
      `{{ row("${title}",`,
      '    "Cerchiamo una persona per il team di sviluppo, con esperienza.",',
      '    "")',
      '}}',
    ];
    const text = [
      'Title: Lavora con noi',
      '',
      '## Posizioni Aperte',
      '',
      ...row('Junior Developer'),
      '',
      ...row('Senior Developer'),
    ].join('\n');
    expect(read(text).map((p) => p.title)).toEqual(['Junior Developer', 'Senior Developer']);
  });

  it('property: N sibling headings of distinct employers over offers give N postings', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.constantFrom('Alder', 'Birch', 'Cedar', 'Maple', 'Rowan', 'Willow', 'Hazel', 'Aspen'),
          {
            minLength: 2,
            maxLength: 6,
          },
        ),
        fc.integer({ min: 2, max: 4 }),
        (names, level) => {
          const hashes = '#'.repeat(level);
          const text = names
            .flatMap((name) => [`${hashes} ${name} College`, '', offerBody(`${name} Studies`), ''])
            .join('\n');
          const postings = read(text);
          expect(postings.map((p) => p.company)).toEqual(names.map((name) => `${name} College`));
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('pages with no opening', () => {
  it.each([
    [
      'Italian',
      '# Lavora con noi\n\nAl momento non ci sono posizioni aperte. Inviaci comunque il tuo curriculum.',
    ],
    [
      'German',
      '# Karriere\n\nDerzeit haben wir keine offenen Stellen. Initiativbewerbungen sind willkommen.',
    ],
    ['Portuguese', '# Trabalhe conosco\n\nNão há vagas abertas no momento. Envie seu currículo.'],
    ['English', '# Careers\n\nThere are currently no open positions available. Check back soon.'],
  ])('refuses a careers page saying so in %s', (_language, text) => {
    expect(thrown(() => read(text))).toBeInstanceOf(NotAPostingError);
  });

  it('refuses a page on how the employer hires, for all its words of offers', () => {
    const text = [
      '---',
      'title: Our Hiring Process',
      '---',
      'We believe in a fair process. You should have what you need to prepare for each interview.',
      '',
      '### How do we assess candidates?',
      '',
      '* We run 3-4 assessment rounds for permanent roles and give feedback on every application.',
      '* We base salary offers on the level of performance we assess, not on your last salary.',
      '* Interviews are relevant to the role and the experience it needs; no brainteasers.',
      '',
      '<a href="https://jobs.example.org">Apply Here</a>',
    ].join('\n');
    expect(thrown(() => read(text))).toBeInstanceOf(NotAPostingError);
  });

  it('refuses a JSON list of kinds of work with pay spreads and no employer, place, link or date', () => {
    const roles = ['AI Engineer', 'Data Scientist', 'Software Engineer'].map((title, rank) => ({
      rank: rank + 1,
      title,
      salaryLow: 100_000,
      salaryHigh: 180_000,
      description: `What a ${title} does, and the skills the market asks for.`,
    }));
    expect(thrown(() => read(JSON.stringify(roles), 'roles.json'))).toBeInstanceOf(NotAPostingError);
  });
});

describe('job indexes', () => {
  it('reads the jobs of an index that names itself with a title and link over its list', () => {
    const jobs = ['Backend Engineer', 'Site Reliability Engineer', 'Product Designer'].map((title, n) => ({
      title,
      company: `Company ${n}`,
      url: `https://jobs.example.com/${n}`,
    }));
    const index = { title: 'Remote jobs', url: 'https://jobs.example.com', updated: '2026-01-02', jobs };
    expect(read(JSON.stringify(index), 'index.json').map((p) => p.title)).toEqual(jobs.map((j) => j.title));
  });

  it('keeps the whole entries of a YAML job list cut part-way, and says it was cut', () => {
    const entry = (n: number) => [
      `  - organization: Lab ${n}`,
      `    job_title: Research Software Engineer ${n}`,
      `    description: "Build and maintain research software for project ${n}."`,
      `    link: https://example.org/jobs/${n}`,
    ];
    const text = [
      'jobs:',
      ...entry(1),
      ...entry(2),
      ...entry(3),
      '  - organization: Lab 4',
      '    job_title: Data Engineer',
      '    description: "Build the',
    ].join('\n');
    const postings = read(text, 'jobs.yml');
    expect(postings.map((p) => p.title)).toEqual([1, 2, 3].map((n) => `Research Software Engineer ${n}`));
    expect(postings[0]?.warnings?.map((w) => w.id)).toContain('document-truncated');
  });
});
