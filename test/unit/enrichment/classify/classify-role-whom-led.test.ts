/**
 * Round 9 (scope and tier at the edges): a title with a weak or no IT word, or a practitioner's
 * title, is decided by whom the body's duties lead. Software or IT staff led make it an IT leader's
 * job; engineers of another trade, staff asked of the candidate, or no one led leave it out.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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

describe('a title with a weak or no IT word, decided by whom the duties lead', () => {
  it.each([
    [
      'Technical Director',
      'Zu deinen Aufgaben gehören die Leitung, Betreuung und Einstellung eines Teams von Entwickler:innen.',
    ],
    [
      'Founding VP of Engineering',
      'Manage the international engineering org.\nMaintain a high-quality codebase; set up CI/CD pipelines with Docker.',
    ],
    [
      'Observability Manager',
      'Lead and mentor a team of observability engineers and specialists.\nYou will run AWS, Kubernetes, Docker and Splunk.',
    ],
  ])('puts %j in scope, naming what in the body decided', (title, body) => {
    const r = role(title, body);
    expect(r.inScope).toBe(true);
    expect(r.evidence.some((e) => e.rule === 'body-leads-it-staff' || e.rule === 'body-it-work')).toBe(true);
  });

  it('leaves a technical director of another trade out: site managers led, no software or IT staff', () => {
    const r = role('Technical Director', 'Die Leitung eines Teams von Bauleitern auf unseren Baustellen.');
    expect(r.inScope).toBe(false);
  });

  it('leaves out a manager of engineers of a research trade when the body names little IT work', () => {
    const r = role(
      'Senior Manager, Malware Reverse Engineering',
      'Manage and mentor a global team of malware reverse engineers.\nYou use Python.',
    );
    expect(r.inScope).toBe(false);
  });

  it('leaves out a manager with no IT word whose body leads IT staff but names no IT work', () => {
    const r = role('Observability Manager', 'Lead a team of observability engineers.');
    expect(r.inScope).toBe(false);
  });
});

describe("a practitioner's title, decided by whom the duties lead", () => {
  it.each([
    [
      'Principal Engineer',
      'As a Principal Engineer, you will be responsible for managing a team of Tech Leads.',
    ],
    ['Principal Solutions Architect', 'Manage and lead the work of Solution Architects.'],
  ])('puts %j in scope when the body leads tech leads or architects', (title, body) => {
    expect(role(title, body).inScope).toBe(true);
  });

  it.each([
    ['Principal Engineer', 'You design and build our payment services and review code.'],
    ['Principal Engineer', 'Experience managing a team of developers is a plus.'],
  ])('leaves %j out when the body leads no staff of its own', (title, body) => {
    expect(role(title, body).inScope).toBe(false);
  });

  it('never reads a practitioner title in when no duty sentence leads anyone, whatever the IT words', () => {
    const words = [
      'Docker',
      'AWS',
      'Kubernetes',
      'software',
      'developers',
      'architecture',
      'platform',
      'code',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 12 }), (picked) => {
        const body = `You work with ${picked.join(', ')}.`;
        return role('Principal Engineer', body).inScope === false;
      }),
      { numRuns: 60 },
    );
  });
});
