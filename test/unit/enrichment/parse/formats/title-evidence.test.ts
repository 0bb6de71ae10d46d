import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';
import {
  gendered,
  hiredRole,
  holdsSentenceEnd,
  keepsQualifier,
  tableRowAsLabel,
} from '../../../../../functions/enrichment/parse/formats/title-evidence.ts';

const parse = (content: string, file = 'post.txt') => parseDocument({ content, file });
const titles = (content: string, file?: string) => parse(content, file).map((p) => p.title);

/** Offer lines any posting may carry under its title. */
const BODY = [
  'Duties:',
  '- Lead the IT team and its projects',
  '- Manage the infrastructure budget',
  'Requirements:',
  '- Degree in computer science and 5 years of experience',
  'To apply, send your CV to jobs@example.org before 31 March 2026.',
];

describe('which line of an excerpt is the job title when the first line is not', () => {
  it('skips a sentence glued to the next section label and reads the role the body names, with its class', () => {
    const text = [
      'Employer Active',
      'Job Alert',
      'The Bureau of Technology Services is the City’s in-house IT provider for 8,600 employees.',
      'For more information please visit the Bureau of Technology Services website.About the Director Position:',
      'The Chief Information Officer (CIO/Director II) will report directly to the Deputy City Administrator.',
      'The CIO will lead a team of more than 275 professionals and manage a budget of $144 million.',
      'The Chief Information Officer (CIO) provides strategic direction for all IT systems.',
      'To apply, submit a resume and a cover letter through the online portal.',
    ].join('\n');
    expect(titles(text)).toEqual(['Chief Information Officer (CIO/Director II)']);
  });

  it('reads a labelled role under an employer/place line, the emoji bullet before the label aside', () => {
    const text = [
      'Punjab Govt. — Lahore Punjab',
      'Posted on 28 Jul, 2025',
      '📍 Location: Lahore',
      '⏳ Last Date to Apply: 4 August 2025',
      '🖥️ Role: Manager (IT)',
      'For seamless IT operations, the PMU is hiring a skilled Manager (IT) who will run its systems.',
      ...BODY,
    ].join('\n');
    expect(titles(text)).toEqual(['Manager (IT)']);
  });

  it('reads a table row that labels the title, over a headline with the employer', () => {
    const text = [
      'Deputy Director ICT – Civilian Secretariat for Police Service Careers 2025',
      '| Job Title: | Deputy Director: Information and Communication Technology |',
      '|---|---|',
      '| Location: | Pretoria |',
      ...BODY,
    ].join('\n');
    expect(titles(text)).toEqual(['Deputy Director: Information and Communication Technology']);
  });

  it('reads the role an employer’s sentence hires, up to the note after it', () => {
    const text = [
      'Le Département du Pas-de-Calais recrute un.e Chargé.e de mission culture – territoire de l’Artois (h/f) / Cand. avant 31-07-22',
      '',
      'Missions :',
      '- piloter les projets culturels du territoire',
      '- animer le réseau des acteurs',
      'Profil : formation supérieure, expérience en gestion de projet.',
      'Candidature avant le 31 juillet : postulez sur notre site.',
    ].join('\n');
    const [posting] = parse(text);
    expect(posting?.title).toBe("Chargé.e de mission culture – territoire de l'Artois (h/f)");
    expect(posting?.company).toBe('Le Département du Pas-de-Calais');
  });

  it('takes a gendered line under a board’s chrome line, the employer after the mark aside', () => {
    const text = [
      'Recrutement Conseils départementaux',
      '',
      'Chargé de Projet Prospective Territoriale H/F - Conseils départementaux',
      'Publié le 31 décembre 2025',
      'Postuler sur le site du recruteur',
      'Les missions du poste',
      '- Conduire une démarche prospective',
      '- Animer des réunions',
      'Le profil recherché',
      '- Diplômé(e) Bac +5, expérience en conduite de projet',
      'Envoyez votre candidature à recrutement@manche.fr avant le 31/01/2026.',
    ].join('\n');
    const [posting] = parse(text);
    expect(posting?.title).toBe('Chargé de Projet Prospective Territoriale H/F');
  });

  it('keeps a role and its unit after a colon, without the reference number after them', () => {
    const text = [
      '4 June 2026 Department Of Land Reform And Rural Development Closing 5 June 2026',
      '',
      'Assistant Director: Information Communication Technology, Ref No. 01/26/10',
      ...BODY,
    ].join('\n');
    expect(titles(text)).toEqual(['Assistant Director: Information Communication Technology']);
  });

  it('keeps inclusive-writing and German gendered titles whole (property)', () => {
    const names = fc.constantFrom(
      'Projektmanager/-in Digitalisierung',
      'Directeur·trice adjoint·e culture, patrimoine et archives',
      'Chargé·e de mission numérique',
      'Systemadministrator:in (m/w/d)',
      'Technicien·ne informatique (h/f)',
    );
    const heads = fc.constantFrom(
      'Stadt Musterstadt',
      'Recrutement',
      'Offre n° 2026-118',
      'Département de la Gironde',
    );
    fc.assert(
      fc.property(names, heads, (name, head) => {
        const text = [
          head,
          name,
          'Ihre Aufgaben / Missions :',
          '- Steuerung von IT-Projekten',
          '- piloter les projets',
          'Bewerbungen / candidatures : jobs@example.org',
        ].join('\n');
        expect(titles(text)[0]).toBe(name);
      }),
      { numRuns: 40 },
    );
  });
});

describe('the marks a title line carries', () => {
  it('finds gender marks and inclusive endings, not ordinary words', () => {
    for (const t of [
      'Chargé·e',
      'Chargé.e de mission',
      'Chargé (e) de coopération',
      'Projektmanager/-in',
      'Admin (m/w/d)',
      'Chef de projet H/F',
      'Leiter:in',
    ])
      expect(gendered(t)).toBe(true);
    for (const t of [
      'Project Manager',
      'IT Manager (IT)',
      'Head of IT / CIO',
      'cloud.gov engineer',
      'i.e. senior',
    ])
      expect(gendered(t)).toBe(false);
  });

  it('tells a sentence run into the next from abbreviations and domains', () => {
    expect(holdsSentenceEnd('Please visit the website.About the Director Position:')).toBe(true);
    expect(holdsSentenceEnd('Dept.Head of IT')).toBe(false);
    expect(holdsSentenceEnd('Engineer for cloud.gov and login.gov')).toBe(false);
    expect(holdsSentenceEnd('Sr. Manager, IT Operations')).toBe(false);
  });

  it('reads an employer’s hiring sentence in English and French, not a pronoun’s', () => {
    expect(hiredRole('Acme Corp is hiring a Platform Engineer')).toEqual({
      title: 'Platform Engineer',
      company: 'Acme Corp',
    });
    expect(hiredRole('La Ville de Lyon recrute un·e Technicien·ne réseau / Date limite 12/03')).toEqual({
      title: 'Technicien·ne réseau',
      company: 'La Ville de Lyon',
    });
    expect(hiredRole('We are hiring a Platform Engineer')).toBeNull();
    expect(hiredRole('Acme is hiring engineers to build the platform of the future.')).toBeNull();
  });

  it('keeps a unit or class in brackets, not an acronym, a head-count or a gender mark', () => {
    expect(keepsQualifier('Manager', 'IT')).toBe(true);
    expect(keepsQualifier('Chief Information Officer', 'CIO/Director II')).toBe(true);
    expect(keepsQualifier('Chief Information Officer', 'CIO')).toBe(false);
    expect(keepsQualifier('Deputy Chief Information Security Officer', 'Deputy CISO')).toBe(false);
    expect(keepsQualifier('Network Engineer', '2 posts')).toBe(false);
    expect(keepsQualifier('Network Engineer', 'm/w/d')).toBe(false);
  });

  it('reads a two-cell table row as a label line, not a separator row', () => {
    expect(tableRowAsLabel('| Job Title: | IT Manager |')).toBe('Job Title: IT Manager');
    expect(tableRowAsLabel('|---|---|')).toBeNull();
    expect(tableRowAsLabel('IT Manager')).toBeNull();
  });
});

describe('a page about a role in general is no opening', () => {
  const refused = (content: string) => {
    try {
      return parse(content).length === 0;
    } catch (error) {
      return /not-a-posting/.test(String(error));
    }
  };

  it('refuses a class specification and an occupation guide that speak to no candidate', () => {
    const spec = [
      'City of Norfolk, Virginia Classification Specification 000104',
      'Class Title: Manager of Technical Support and Operations',
      'Manages the City’s Central Computer Operations Center, Systems Programming and Network Engineering.',
      'ESSENTIAL FUNCTIONS',
      '1 Provides personnel management by conducting performance evaluations and training employees.',
      '2 Offers fiscal management by developing budgets and reviewing expenditures.',
      'Minimum qualifications: Bachelor’s degree in computer science and seven years of experience.',
    ].join('\n');
    expect(refused(spec)).toBe(true);
    const guide = [
      'Was ist ein IT-Projektmanager?',
      'IT-Projektmanager sind dafür verantwortlich, IT-Projekte zu planen, durchzuführen und zu überwachen.',
      '- Projektplanung und -organisation',
      '- Teamführung und Kommunikation',
      '- Risikomanagement und Qualitätsmanagement',
    ].join('\n');
    expect(refused(guide)).toBe(true);
  });

  it('keeps the same page when it opens a post now: an apply line, a closing date, an employer speaking', () => {
    const spec = [
      'Class Title: Manager of Technical Support and Operations',
      'Manages the City’s Central Computer Operations Center, Systems Programming and Network Engineering.',
      'ESSENTIAL FUNCTIONS',
      '1 Provides personnel management by conducting performance evaluations and training employees.',
      'Minimum qualifications: Bachelor’s degree in computer science and seven years of experience.',
    ];
    for (const offer of [
      'To apply, submit your application online by 31 March 2026.',
      'Closing date: 31.03.2026',
      'We are looking for a manager to join our team.',
    ])
      expect(refused([...spec, offer].join('\n'))).toBe(false);
  });

  it('keeps a posting that carries the class disclaimer postings reuse ("Classification specifications are intended…")', () => {
    const posting = [
      'Information Technology Manager',
      'Position Summary & Duties Responsible',
      'Classification specifications are intended to present a descriptive list of the range of duties performed by employees in the class.',
      'Under administrative direction, assumes full responsibility for planning, organizing, directing and staffing one or more technology sections.',
      'Supervises/manages others directly or through subordinate supervisors; makes technology policy recommendations to the Chief Information Officer.',
    ].join('\n');
    expect(refused(posting)).toBe(false);
    expect(refused(posting.replace('Classification specifications are', 'This class specification is'))).toBe(
      true,
    );
  });
});
