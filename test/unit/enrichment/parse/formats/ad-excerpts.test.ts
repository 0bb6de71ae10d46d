import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readsEnglish } from '../../../../../functions/enrichment/parse/formats/candidate-address.ts';
import { excerptShape, listsItems } from '../../../../../functions/enrichment/parse/formats/excerpt-body.ts';
import { parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';
import { NotAPostingError } from '../../../../../functions/enrichment/types.ts';
import { thrown } from './fixture.ts';

const read = (content: string) => parseDocument({ content, format: 'text' });

/** What an excerpt cut from an ad's page begins with instead of its title. */
const HEADS = [
  'Job Description',
  'Required Experience & Education',
  'Position Overview',
  '1. Scope',
  'Home > Jobs > Operations',
  'Posted 3 days ago',
];
const DUTIES = [
  'Responsible for the availability of the servers and the network.',
  'Oversee the service desk and resolve escalated incidents.',
  'Duties include patching, backups and user onboarding.',
  'Plan upgrades and coordinate vendors for hardware replacement.',
];
const REQUIREMENTS = [
  'Minimum of 5 years of experience in IT operations.',
  'Bachelor degree in Computer Science or equivalent required.',
  'Strong skills in Windows Server and Active Directory.',
  'Experience leading a team of technicians.',
];

/** Items as an ad lays them out: bullets, numbers, letters or lines of their own. */
const marker = fc.constantFrom('- ', '• ', '* ', 'n. ', 'n) ', 'l) ', '');
const items = (lines: readonly string[], mark: string) =>
  lines.map((line, i) => mark.replace('n', String(i + 1)).replace('l', String.fromCharCode(97 + i)) + line);

describe('the body of an ad cut from its page (its head lost)', () => {
  it("is an offer when its items say the job's duties and requirements, whatever heads it", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...HEADS),
        marker,
        fc.subarray(DUTIES, { minLength: 2 }),
        fc.subarray(REQUIREMENTS, { minLength: 2 }),
        (head, mark, duties, requirements) => {
          const text = [
            head,
            'Responsibilities',
            ...items(duties, mark),
            'Requirements',
            ...items(requirements, mark),
          ].join('\n');
          expect(read(text)).toHaveLength(1);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reads duties numbered inline in one paragraph as its items', () => {
    const text = [
      '1) Need to work on 24/7 shifts and handle call overflow.',
      '2) Will be responsible for assigning all tickets to the engineers.',
      '3) Should be able to track the productivity of the field engineers.',
      '4) Good communication skills and knowledge of ticketing tools are required.',
    ].join(' ');
    expect(listsItems(excerptShape(text))).toBe(true);
    expect(read(text)).toHaveLength(1);
  });

  it('is no offer written as paragraphs about the occupation', () => {
    const prose = [
      'Career guide',
      `IT operations managers are responsible for the servers and the network of an organisation, and they oversee the service desk, resolve escalated incidents and plan upgrades with the vendors who supply the hardware. ${'They work in offices. '.repeat(8)}`,
      `Most have a bachelor degree and years of experience in IT operations before they lead a team; strong skills in Windows Server and Active Directory help. ${'Pay varies by region. '.repeat(8)}`,
    ].join('\n');
    expect(thrown(() => read(prose))).toBeInstanceOf(NotAPostingError);
  });

  it("is no offer when its items are a hiring process's steps (tasks and candidates, no requirements)", () => {
    const steps = [
      'Hiring Steps',
      '- Prior to an interview, a technical task will be reviewed by the team.',
      '- Next, candidates will be invited to a values interview.',
      '- Finally, candidates will be invited to an interview with the team lead.',
    ].join('\n');
    expect(thrown(() => read(steps))).toBeInstanceOf(NotAPostingError);
  });
});

describe('a short page of sentences that names tasks and experience in passing', () => {
  it('is no offer: an invitation to cooperate that points to the job offers elsewhere', () => {
    const page = [
      '# Współpraca',
      'W zależności od Twojego doświadczenia jesteśmy otwarci na współpracę w różnej formie.',
      'Dla osób rozpoczynających pracę w branży proponujemy praktyki polegające na wspólnym zrealizowaniu zadania.',
      'Pozwala to na zbudowanie doświadczenia, które może przerodzić się w dłuższą współpracę z nami.',
      'Osoby z doświadczeniem zapraszam do zapoznania się z naszymi ofertami pracy.',
    ].join('\n\n');
    expect(thrown(() => read(page))).toBeInstanceOf(NotAPostingError);
  });
});

describe('a page about an occupation, by the questions it answers', () => {
  it.each([
    'IT Manager\nWhat do they do?\nPlan and manage IT projects. Lead technical staff.\nSalary range: $30,000-$100,000+',
    'IT Infrastructure Manager\nRole at a glance\nTypical education\nBachelor degree\nTypical experience\n8-12 years\nDuties and responsibilities\n- Lead a team of administrators',
    'Welche Aufgaben hat ein Leiter IT?\nDer Leiter IT ist für die Koordination sämtlicher IT-Systeme verantwortlich.\nWas verdient ein Leiter in der IT?\nZwischen 4.200 und 5.300 Euro.',
    'Comment devient-on responsable informatique ?\nTémoignage. Je gère les budgets et les projets.',
    'INFOdoradca+ Informacje o zawodach\nAdministrator systemów komputerowych\nPracownik w zawodzie administrator wykonuje zadania.',
  ])('is no offer: %s', (text) => {
    expect(thrown(() => read(text))).toBeInstanceOf(NotAPostingError);
  });
});

describe('the language a page reads in', () => {
  it('reads a Dutch page as Dutch although it says "we" and "is"', () => {
    expect(
      readsEnglish(
        'We zoeken een ervaren manager die leiding geeft aan de afdeling. Het team is klein en je werkt met ons.',
      ),
    ).toBe(false);
    expect(
      readsEnglish('We are looking for a manager to lead the team and the service desk of our company.'),
    ).toBe(true);
  });

  it('keeps a Dutch assignment under its role title, and refuses a Dutch headline article', () => {
    const assignment = [
      'Projectleider online landschap',
      'Gemeente Zoetermeer',
      'Werkzaamheden:',
      '- Doorloop samen met de redactieraad de online toepassingen.',
      '- Stel een plan op en voer het uit.',
      'Wat vragen wij: ervaring als projectleider, kennis van toegankelijkheid.',
    ].join('\n');
    expect(read(assignment)).toHaveLength(1);
  });
});

describe("an excerpt's head", () => {
  it("takes no page navigation for the title: '<< Back' over the role", () => {
    const page = [
      '<< Back',
      '',
      'servicedesk medewerker',
      '  • Company Provincie Gelderland',
      '  • Location Apeldoorn',
      '  • Job Type Payroll',
      'Functietitel',
      'Medewerker Servicedesk',
      'Werkzaamheden: meldingen registreren en oplossen. Vereisten: ervaring met ITIL.',
    ].join('\n');
    expect(read(page)[0]?.title).toBe('servicedesk medewerker');
  });

  it("reads a Spanish gazette's announced call for a post", () => {
    const call =
      'Acuerdo de 23 de junio de 2023, por el que se anuncia convocatoria pública para la cobertura del puesto de un/a Técnico/a Consultor/a para Proyectos de Seguridad.\n\nEl objeto de la presente convocatoria es la apertura de un proceso de selección.';
    expect(read(call)[0]?.title).toContain('Técnico/a Consultor/a');
  });
});
