/**
 * Leaders whose title does not say so, and "lead" titles that lead no one (issue #16 item 2, the
 * in-scope direction): the body's duty sentences in English, French, Portuguese and Spanish decide,
 * and the translation table reads Portuguese, Spanish, French and Italian title words.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDuties } from '../../../../functions/enrichment/classify/body-duties.ts';
import { classifyRole } from '../../../../functions/enrichment/classify/classify-role.ts';
import { extractQualifications } from '../../../../functions/enrichment/classify/extract-qualifications.ts';
import { textToBlocks } from '../../../../functions/enrichment/parse/text-blocks.ts';
import { loadTaxonomy } from '../../../../functions/enrichment/taxonomy/load-taxonomy.ts';

const taxonomy = loadTaxonomy();
const role = (title: string, body: string) => {
  const blocks = textToBlocks(body);
  const { skills, signals } = extractQualifications(title, blocks, taxonomy);
  const technicalSkillCount = skills.filter((s) => s.category !== 'delivery-leadership').length;
  return classifyRole(title, blocks, { technicalSkillCount, signals }, taxonomy);
};
const STACK = 'You work with Java, AWS, Docker and Kubernetes.';

describe('a lead title over a body that leads people, in the languages postings use', () => {
  it.each([
    [
      'Tech Lead full stack - .Net & Angular',
      'Vous dirigez une équipe de développeurs/ses avec votre énergie.',
    ],
    [
      'Leader Technique - Java',
      "Vous animez le travail d'une équipe et participez aux phases de conception et développement des user stories.",
    ],
    ['Líder Técnico', 'Liderar a equipe de desenvolvedores e revisar o código.'],
    ['Desarrollador Líder', 'Liderar el equipo de desarrolladores del producto.'],
  ])('puts %j in scope as team-lead, naming the sentence', (title, body) => {
    const r = role(title, `${body}\n${STACK}`);
    expect(r).toMatchObject({ inScope: true, tier: 'team-lead' });
    expect(
      r.evidence.some((e) => e.rule.startsWith('body-leads') && body.startsWith(e.text.slice(0, 20))),
    ).toBe(true);
  });

  it('reads a hands-on individual contributor who also oversees a small team as leading it', () => {
    const read = readDuties(
      textToBlocks(
        'If you are a strong hands-on individual contributor and have a passion to oversee a small team of engineers, apply!',
      ),
    );
    expect(read.leadsNoOne).toBeNull();
    expect(read.leadsIt?.text).toMatch(/oversee a small team of engineers/);
  });

  it('still reads "individual contributor role" alone as leading no one', () => {
    expect(readDuties(textToBlocks('This is an individual contributor role.')).leadsNoOne).not.toBeNull();
  });
});

describe('a lead title over a body that only mentors peers or names "lead" as a noun', () => {
  it.each([
    [
      'Technical Lead (Ruby on Rails)',
      'Lead, mentor, and spread standard methodologies to other specialists on the team.',
    ],
    ['Tech Lead Web, Back-end', 'Lead code reviews and mentor other engineers to ensure high code quality.'],
    [
      'Software Engineer / Tech Leader',
      'Work closely with the product manager, technical lead, and fellow developers.',
    ],
    [
      'Lead Software Developer',
      'Acme is currently seeking a Lead Developer to help our team on their next adventure.',
    ],
    ['Lead Software Developer', 'We work with leading developers and publishers within the games industry.'],
    [
      'Lead Engineer, HR Systems',
      'The ideal candidate can work both independently and lead teams to drive system changes.',
    ],
  ])('keeps %j out of scope', (title, body) => {
    expect(role(title, `${body}\n${STACK}`)).toMatchObject({ inScope: false, tier: null });
  });

  it('never counts staff named as peers ("other …", "fellow …") as led, whatever words stand between', () => {
    const adjective = fc.constantFrom('', 'software ', 'senior ', 'backend ', 'QA ', 'talented ');
    const peer = fc.constantFrom('other', 'fellow');
    const verb = fc.constantFrom('Lead and mentor', 'Manage code reviews with', 'Lead reviews for');
    const staff = fc.constantFrom('engineers', 'developers', 'specialists', 'testers', 'technicians');
    fc.assert(
      fc.property(verb, peer, adjective, staff, (v, p, a, s) => {
        const read = readDuties(textToBlocks(`${v} ${p} ${a}${s} on the product.`));
        expect(read.staffLed).toEqual([]);
        expect(read.leadsIt).toBeNull();
      }),
    );
  });

  it('still counts the staff a lead manages when no peer word stands before them', () => {
    const read = readDuties(textToBlocks('Lead, mentor, and develop engineers within your team.'));
    expect(read.leadsIt?.text).toMatch(/develop engineers/);
  });
});

describe('the translation table: Portuguese, Spanish, French and Italian title words', () => {
  it('reads a Brazilian gender-inclusive "Pessoa Coordenadora de Desenvolvimento de Software" who manages the team', () => {
    const r = role(
      'Pessoa Coordenadora de Desenvolvimento de Software',
      'Será responsável pela gestão de time de engenharia.',
    );
    expect(r).toMatchObject({ inScope: true, tier: 'team-lead' });
  });

  it('reads "Responsabile Sviluppo Software" as an applications manager', () => {
    expect(role('Responsabile Sviluppo Software', '')).toMatchObject({ inScope: true, tier: 'it-manager' });
  });

  it.each([
    'Chef de projet informatique',
    'Jefe de Proyectos TI',
    'Gerente de Projetos de TI',
    'Capo Progetto IT',
  ])('keeps the IT project manager %j out of scope (spec: IT project managers lead projects)', (title) => {
    expect(role(title, 'Piloter les projets. Gestionar los proyectos.')).toMatchObject({ inScope: false });
  });

  it('keeps a restaurant "Gerente de Unidad" and a "Jefe de barra" out of scope', () => {
    expect(role('Gerente de Unidad', 'Supervisar al personal del restaurante.')).toMatchObject({
      inScope: false,
    });
    expect(role('Jefe de barra', 'Supervisar al equipo de barra.')).toMatchObject({ inScope: false });
  });

  it('lets a Spanish body name IT work of its own for a borrowed "Director de tecnología"', () => {
    const body =
      'Asegurar la seguridad informática y la protección de datos, gestionando los sistemas de información. Implementación de CRM.';
    expect(role('Director de tecnología e innovación', body)).toMatchObject({
      inScope: true,
      tier: 'director',
    });
    expect(
      role('Director de tecnología e innovación', 'Implementación de CRM para el restaurante.'),
    ).toMatchObject({
      inScope: false,
    });
  });
});
