import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';
import { NotAPostingError } from '../../../../../functions/enrichment/types.ts';

const read = (text: string) => parseDocument({ content: text, format: 'text' });
/** A text posting's description as text. */
const described = (p: { description: object }): string =>
  'text' in p.description ? String(p.description.text) : '';

/** Titles and employers, or the refusal: what a person checks. */
function reading(text: string): { title: string; company: string | null }[] | 'refused' {
  try {
    return read(text).map((p) => ({ title: p.title, company: p.company }));
  } catch (error) {
    if (error instanceof NotAPostingError) return 'refused';
    throw error;
  }
}

const bodies = fc.constantFrom(
  'Highland Council',
  'Brisbane City Council',
  'NHS England',
  'Department of Health and Social Care',
  'Harbourline Port Authority',
);
const englishPosts = fc.constantFrom(
  'chief information officer',
  'head of digital services',
  'depute chief executive',
  'IT service desk manager',
  'director of technology',
);
const seeking = fc.constantFrom(
  'is recruiting for a new',
  'is looking for a new',
  'has re-advertised for a',
  'has announced it is looking for a',
  'is seeking a',
);
const headlines = fc.constantFrom(
  'Council news',
  'Top job up for grabs',
  'Home » News » Public sector',
  'Recruitment update',
);
const filler = fc.constantFrom(
  'The previous post holder left in June.',
  'Councillors raised concerns over the cost of the post.',
  'The role reports to the chief executive.',
);

describe('a news story that announces one post in a sentence', () => {
  it('gives one posting titled by the post as written, the body that recruits as employer', () => {
    fc.assert(
      fc.property(headlines, bodies, seeking, englishPosts, filler, (headline, body, verb, post, rest) => {
        const text = [headline, '', `${body} ${verb} ${post} to lead its technology team.`, '', rest].join(
          '\n',
        );
        expect(reading(text)).toEqual([{ title: post, company: body }]);
      }),
      { numRuns: 60 },
    );
  });

  it('takes the post from the story, not from a headline that abbreviates it', () => {
    const text = [
      'Boroughs launch recruitment for CIO',
      'Two councils are jointly seeking a chief information officer to lead a shared strategy.',
      'The City of Westminster and the Royal Borough of Kensington and Chelsea are recruiting for a senior manager.',
    ].join('\n');
    expect(reading(text)).toEqual([
      {
        title: 'chief information officer',
        company: 'City of Westminster and the Royal Borough of Kensington and Chelsea',
      },
    ]);
  });

  it('keeps the body named by its initials after its name', () => {
    const text =
      'The Department of Health and Social Care (DHSC) has announced a major recruitment drive for a Director General for Technology, Digital and Data, a senior role offering a maximum annual salary of £285,000.';
    const postings = read(text);
    expect(postings.map((p) => [p.title, p.company])).toEqual([
      ['Director General for Technology, Digital and Data', 'Department of Health and Social Care (DHSC)'],
    ]);
    expect(described(postings[0] as { description: object })).toContain('£285,000');
  });
});

const romancePosts = fc.uniqueArray(
  fc.constantFrom(
    'Analista de Sistemas',
    'Técnico em TI',
    'Analista de Suporte de TIC',
    'Especialista em Banco de Dados',
    'Analista Consultor de TIC',
  ),
  { minLength: 2, maxLength: 4 },
);

describe('a public notice that names several posts inline', () => {
  it('gives one posting per post, without the count, with the issuer as employer', () => {
    fc.assert(
      fc.property(romancePosts, fc.integer({ min: 2, max: 300 }), (posts, count) => {
        const list = `${posts.slice(0, -1).join(', ')} e ${posts.at(-1)}`;
        const text = [
          'EDITAL DE CONCURSO PÚBLICO N° 02/2024',
          '',
          `O Diretor Executivo do Consórcio de Informática Municipal (CIM), faz saber que estão abertas as inscrições para o concurso público destinado ao provimento de ${count} vagas para os cargos de ${list}, bem como para formação de cadastro reserva.`,
        ].join('\n');
        expect(reading(text)).toEqual(
          posts.map((title) => ({ title, company: 'Consórcio de Informática Municipal (CIM)' })),
        );
      }),
      { numRuns: 40 },
    );
  });

  it('reads a gazette entry whose sentence is broken across lines', () => {
    const text = [
      'UNIVERSITA DI ESEMPIO',
      'Concorso pubblico, per esami, a tempo indeterminato, ad un posto di',
      "collaboratore di elaborazione dati dell'area funzionale delle",
      'strutture di elaborazione dati.',
      'Ente: | UNIVERSITA DI ESEMPIO |',
    ].join('\n');
    expect(reading(text)).toEqual([
      { title: 'collaboratore di elaborazione dati', company: 'UNIVERSITA DI ESEMPIO' },
    ]);
  });
});

describe('a list of posts under a line that names them', () => {
  it('gives one posting per item, its own line (and pay) first in its text', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(englishPosts, { minLength: 2, maxLength: 4 }),
        fc.integer({ min: 60, max: 150 }),
        (posts, low) => {
          const text = [
            'Hunt on to fill top roles',
            '',
            'The search has started to fill senior roles at Harbourline City Council.',
            '',
            `The ${posts.length} jobs are:`,
            '',
            ...posts.map((post, i) => `• ${post} (£${low + i},000-£${low + i + 9},000) - a new post`),
          ].join('\n');
          const postings = read(text);
          expect(postings.map((p) => [p.title, p.company])).toEqual(
            posts.map((post) => [post, 'Harbourline City Council']),
          );
          postings.forEach((p, i) => {
            expect(described(p).split('\n')[0]).toContain(`£${low + i},000-£${low + i + 9},000`);
          });
        },
      ),
      { numRuns: 30 },
    );
  });

  it('reads long items, each a post with its note, under "The five jobs are:"', () => {
    const text = [
      'Hunt on to fill five top council roles',
      '',
      'The search has started to fill five senior roles at Harbourline City Council.',
      '',
      'The five jobs are:',
      '',
      '• Strategic director change and support services (£138,000-£153,000) - to ensure the organisation adapts to changes',
      '',
      '• Assistant chief executive (£82,000-£91,000) - a two-year appointment to support the chief executive',
    ].join('\n');
    expect(reading(text)).toEqual([
      { title: 'Strategic director change and support services', company: 'Harbourline City Council' },
      { title: 'Assistant chief executive', company: 'Harbourline City Council' },
    ]);
  });

  it('reads "recrute par concours :" over counted items as one posting per post', () => {
    const text = [
      'CONCOURS 2019',
      '',
      'Le Sénat recrute par concours :',
      '',
      '- deux informaticiens de profil « développeur », avec possibilité de liste complémentaire ;',
      '',
      '- deux informaticiens de profil « administrateur systèmes », avec possibilité de liste complémentaire.',
    ].join('\n');
    expect(reading(text)).toEqual([
      { title: 'informaticiens de profil « développeur »', company: 'Sénat' },
      { title: 'informaticiens de profil « administrateur systèmes »', company: 'Sénat' },
    ]);
  });
});

describe('the neighbours: a story about a post that is not open', () => {
  it('does not read applicants, a post held before or an appointment as an opening', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          '12 personer har søkt stillingen som daglig leder i det nye direktoratet.',
          'Hjelde kommer fra stillingen som direktør for Digitalisering og IT i kommunen.',
          'Eight applicants were interviewed before an appointment was made to the post of chief information officer.',
        ),
        (sentence) => {
          const got = reading(
            ['Nyheter', '', sentence, '', 'Det nye direktoratet skal ha 115 ansatte.'].join('\n'),
          );
          expect(got === 'refused' || got.every((p) => !sentence.includes(`som ${p.title}`))).toBe(true);
        },
      ),
    );
  });

  it('leaves a posting titled by its role as it is', () => {
    const text = [
      'Senior Network Engineer',
      'Acme Freight - Leeds',
      '',
      'Acme Freight is looking for a network engineer to run our depots.',
      '',
      'Requirements: five years of routing and switching. Salary £55,000.',
    ].join('\n');
    expect(read(text).map((p) => p.title)).toEqual(['Senior Network Engineer']);
  });

  it('leaves a text with role bullets to the list readers', () => {
    const text = [
      'Akvo - http://akvo.org - EU, half to full time, a few positions',
      '',
      '* Java developer - Amsterdam, EU.',
      '',
      'We are hiring a Java developer to join the team.',
      '',
      '* Python / Django developer - Amsterdam, EU.',
      '',
      'We are hiring a Python developer for our web products.',
    ].join('\n');
    expect(read(text).length).toBe(2);
  });
});

describe('a comment headed by a line of fields is no notice', () => {
  it("takes each listed role's name without its note in brackets, as the comment's readers do", () => {
    fc.assert(
      fc.property(fc.constantFrom('Obie', 'Harbourline', 'Tidewater Labs'), (employer) => {
        const text = [
          `${employer} | Chicago, IL (Hybrid) or Remote (US) | Full-time | Product Manager; Technical Project Manager (TPM) | https://ats.example/${employer}/jobs`,
          '',
          `${employer} is an insurtech building software for a regulated industry.`,
          '',
          'Roles:',
          '- Product Manager (platform with multiple surfaces/users/channels; strong product taste + technical curiosity)',
          '- Technical Project Manager (end-to-end delivery across engineering pods; scope/tradeoffs/release readiness)',
          '',
          'Apply via the links above.',
        ].join('\n');
        const got = reading(text);
        expect(got === 'refused' ? [] : got.map((p) => p.title)).toEqual([
          'Product Manager',
          'Technical Project Manager',
        ]);
      }),
      { numRuns: 6 },
    );
  });
});
