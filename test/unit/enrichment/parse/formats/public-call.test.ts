import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';
import {
  calledRole,
  describesOccupation,
  reportsOnPost,
} from '../../../../../functions/enrichment/parse/formats/public-call.ts';
import { NotAPostingError } from '../../../../../functions/enrichment/types.ts';
import { thrown } from './fixture.ts';

const read = (content: string) => parseDocument({ content, format: 'text' });

describe('a public call for a post', () => {
  it.each([
    [
      "Concorso pubblico, per esami, a tempo indeterminato, ad un posto di\ncollaboratore di elaborazione dati dell'area funzionale delle\nstrutture di elaborazione dati.",
      'collaboratore di elaborazione dati',
    ],
    [
      'BANDO DI CONCORSO PUBBLICO PER ESAMI PER LA COPERTURA DI\nN. 1 POSTO DI “DIRIGENTE TECNICO” – Qualifica dirigenziale',
      'DIRIGENTE TECNICO',
    ],
    [
      'Resolución por la que se convoca la provisión de plazas de Técnico/a Superior de Tecnologías de la Información.',
      'Técnico/a Superior de Tecnologías de la Información',
    ],
    [
      'acuerda convocar el proceso selectivo para el ingreso libre en el Cuerpo Superior de Sistemas y Tecnologías de la Información de la Administración del Estado.',
      'Cuerpo Superior de Sistemas y Tecnologías de la Información',
    ],
    [
      "L'emploi de directeur départemental adjoint de la direction départementale des territoires est susceptible d'être vacant.",
      'directeur départemental adjoint',
    ],
    [
      'A Universidade torna público o presente Edital de Concurso Público para provimento de cargo de docente da Carreira do Magistério Superior, Classe Adjunto.',
      'docente da Carreira do Magistério Superior',
    ],
  ])('names its post wherever the sentence puts it: %s', (text, role) => {
    expect(calledRole(text)).toBe(role);
  });

  it.each([
    // the nouns of a competition without the act that opens one
    "Les concours d'accès aux IRA sont le principal mode de recrutement des attachés d'administration de l'Etat.",
    'Em concursos recentes, o cargo foi dividido em especialidades como desenvolvimento de sistemas.',
    // an act that opens nothing named
    'Il Comune rende noto che gli uffici resteranno chiusi il 2 giugno.',
    // a call whose words after "plazas de" are no post's name
    'Se convocan 900 plazas de las oposiciones.',
  ])('is no call without an act opening a named post: %s', (text) => {
    expect(calledRole(text)).toBeNull();
  });

  const CHROME = [
    'Bandi di concorso --> Lista bandi --> Dettaglio atto',
    'Está Vd. en',
    'Documento BOE-A-2023-510',
    'Chiudi XHTML preview',
    'Está en la página 1 de 6',
    'JORF n°0231 du 22 septembre 2020',
    'ARPA LAZIO MDL DG0 DAG 015',
    'Testo piccolo - Testo medio - Testo grande',
  ];
  const CALLS: readonly [string, (role: string) => string][] = [
    [
      'collaboratore tecnico informatico',
      (r) =>
        `Concorso pubblico, per titoli ed esami, per la copertura di n. 1 posto di ${r} da assegnare al Servizio ICT.`,
    ],
    [
      'Técnico en soporte informático',
      (r) =>
        `Por la presente se convoca el proceso para la contratación de un puesto de ${r}, con destino en la Oficina de Tecnologías.`,
    ],
    [
      'analista de sistemas',
      (r) =>
        `O Município torna público que estão abertas as inscrições para provimento de cargo de ${r} do quadro efetivo.`,
    ],
    [
      "ingénieur des systèmes d'information",
      (r) =>
        `Par arrêté est autorisée l'ouverture d'un concours pour le recrutement d'${r} du ministère de l'intérieur.`,
    ],
  ];
  const PREAMBLE = [
    'Visto il decreto del Presidente della Repubblica 10 gennaio 1957, n. 3;',
    'Vista la legge 2 aprile 1968, n. 482;',
    'Ley Nº 29849, Ley que establece la eliminación progresiva del Régimen Especial.',
    'Vu la loi n° 83-634 du 13 juillet 1983 portant droits et obligations des fonctionnaires ;',
  ];

  it('is one posting titled by its post, under any chrome and before any preamble', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...CHROME), { minLength: 1, maxLength: 3 }),
        fc.constantFrom(...CALLS),
        fc.array(fc.constantFrom(...PREAMBLE), { maxLength: 6 }),
        fc.boolean(),
        (chrome, [role, call], preamble, wrapped) => {
          const sentence = wrapped
            ? call(role).replace(/ (?=\S{6,} )/g, (m, at: number) => (at % 3 === 0 ? '\n' : m))
            : call(role);
          const postings = read([...chrome, '', sentence, '', ...preamble].join('\n'));
          expect(postings).toHaveLength(1);
          expect(postings[0]?.title).toBe(role);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('a page about an occupation in general', () => {
  const PAGES = [
    (role: string) =>
      `What does an ${role} do?\nAn ${role} oversees the daily operations of the IT department.\nResponsibilities\n- Manage staff\n- Plan budgets\nRequirements\n- A degree in computer science`,
    (role: string) =>
      `${role} Job Description\nAs an ${role}, you will be responsible for the IT systems.\nResponsibilities and Duties:\n1. Develop and manage IT budgets.\nQualifications and Skills:\n1. Networks.`,
    (role: string) =>
      `${role} (CBO 1425-15): o profissional que planeja e coordena a área de TI.\nRemuneração média em São Paulo: R$ 16.768,00, com experiência de cinco anos.`,
    (role: string) =>
      `¿Qué es un ${role} y cuáles son sus principales funciones?\nUn ${role} es un profesional encargado de liderar el departamento de tecnología. Requisitos: experiencia.`,
    (role: string) =>
      `Gehalt ${role}\nDas Durchschnittsgehalt als ${role} liegt bei 6.306 € pro Monat. Aufgaben: Führung des IT-Teams.`,
  ];
  const ROLES = ['IT Manager', 'Gerente de TI', 'Jefe de Sistemas', 'IT-Leiter', 'Head of IT'];

  it('is refused whatever role it describes', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PAGES), fc.constantFrom(...ROLES), (page, role) => {
        const text = page(role);
        expect(describesOccupation(text)).toBe(true);
        expect(thrown(() => read(text))).toBeInstanceOf(NotAPostingError);
      }),
      { numRuns: 25 },
    );
  });

  it('does not refuse a posting that states its employer beside such words', () => {
    const text = [
      'IT Manager',
      'Company: Harbourline Freight',
      'Location: Portland, OR',
      '',
      'What does an IT Manager do here? Runs the networks that connect our terminals.',
      'Responsibilities: manage the service desk. Requirements: 7 years of experience. Apply by 1 May 2026.',
    ].join('\n');
    const postings = read(text);
    expect(postings).toHaveLength(1);
    expect(postings[0]?.title).toBe('IT Manager');
  });

  it('keeps a posting whose section is headed "Job Description"', () => {
    const text = [
      'IT Specialist (CYBERSECURITY)',
      'Job Description',
      'This IT Specialist role acts as the senior technical authority for cybersecurity architecture.',
      'Responsibilities',
      '- Lead the implementation of Zero Trust principles.',
      'Requirements',
      '- You must have five years of experience.',
    ].join('\n');
    expect(read(text)).toHaveLength(1);
  });
});

describe('a story reporting on a recruitment', () => {
  const story = [
    'City to Resume CIO Recruitment',
    '',
    'Although officials added a chief information officer to the city staff, recruitment has been postponed.',
    'The job was advertised for two weeks, and the director said his office reviewed the 45 applications.',
    '“We received responses from very qualified applicants,” said Coury. “We need to identify what kind of person would serve the city best.”',
  ].join('\n');

  it('is no opening', () => {
    expect(reportsOnPost(story)).toBe(true);
    expect(thrown(() => read(story))).toBeInstanceOf(NotAPostingError);
  });

  it('is an opening when it relays a call (an act that opens a named post)', () => {
    const relayed = `${story}\nThe city has since published the notice: applications are invited for the post of Chief Information Officer; the filing deadline is 1 May 2026.`;
    expect(reportsOnPost(relayed)).toBe(false);
  });

  it('keeps a posting that quotes its people once', () => {
    const posting = [
      'Systems Administrator',
      '',
      'Responsibilities: run the Linux fleet. Requirements: 3 years of experience.',
      '“It is the best team I have worked in,” said Jane, our lead engineer.',
    ].join('\n');
    expect(read(posting)).toHaveLength(1);
  });
});
