import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyRole } from '../../../../functions/enrichment/classify/classify-role.ts';
import { extractQualifications } from '../../../../functions/enrichment/classify/extract-qualifications.ts';
import {
  compileTitleModel,
  stripGenderMarkers,
} from '../../../../functions/enrichment/classify/title-model.ts';
import { textToBlocks } from '../../../../functions/enrichment/parse/text-blocks.ts';
import { loadTaxonomy } from '../../../../functions/enrichment/taxonomy/load-taxonomy.ts';

const taxonomy = loadTaxonomy();
const titles = compileTitleModel(taxonomy.data.scope);
const role = (title: string, body = '') => {
  const blocks = textToBlocks(body);
  const { signals } = extractQualifications(title, blocks, taxonomy);
  return classifyRole(title, blocks, { technicalSkillCount: 0, signals }, taxonomy);
};

/** Gender markers as German, French, Dutch and Polish boards write them. */
const MARKERS = [
  '(m/w/d)',
  '(w/m/d)',
  '(m/f/d)',
  '(f/m/x)',
  '(gn*)',
  '(m/w)',
  '(H/F)',
  '(F/H)',
  '(M/V)',
  '(K/M)',
  '(all genders)',
  '(m/w/div)',
  '- m/w/d',
];

describe('gender markers', () => {
  it.each(MARKERS)('strips %j', (marker) => {
    expect(stripGenderMarkers(`Teamleiter IT ${marker}`).trim()).toBe('Teamleiter IT');
  });

  it('leaves a title without a marker as it is, brackets and slashes too', () => {
    for (const t of [
      'Head of IT (Interim)',
      'IT Manager (Infrastructure/Cloud)',
      'Director, IT/OT',
      'CIO (m)',
    ])
      expect(titles.normalize(stripGenderMarkers(t))).toBe(titles.normalize(t));
  });

  it('never changes the tier or the scope a title gets', () => {
    const base = fc.constantFrom(
      'Teamleiter IT',
      'Leiter IT',
      'IT-Leitung',
      'Head of IT',
      'IT Manager',
      'Director of Information Technology',
      'Systemadministrator',
      'Softwareentwickler',
      'Responsable informatique',
      'Chief Information Officer',
      'Teamlead Infrastruktur',
    );
    fc.assert(
      fc.property(base, fc.constantFrom(...MARKERS), fc.boolean(), (title, marker, before) => {
        const marked = before ? `${marker.replace(/^- /, '')} ${title}` : `${title} ${marker}`;
        const a = role(title);
        const b = role(marked);
        expect({ inScope: b.inScope, tier: b.tier }).toEqual({ inScope: a.inScope, tier: a.tier });
      }),
      { numRuns: 80 },
    );
  });
});

describe('German leadership titles', () => {
  it.each([
    ['Teamleiter IT (m/w/d)', 'team-lead'],
    ['Teamleitung IT-Infrastruktur (m/w/d)', 'team-lead'],
    ['Teamlead Infrastruktur (gn*)', 'team-lead'],
    ['Leiter IT (m/w/d)', 'head-of-it'],
    ['IT-Leitung (m/w/d)', 'head-of-it'],
    ['Leiterin IT', 'head-of-it'],
  ])('%j is %s', (title, tier) => {
    expect(titles.analyze(title).match?.rule.tier).toBe(tier);
  });

  it('reads a German IC compound as no leadership', () => {
    expect(titles.analyze('Linux Systemadministrator (m/w/d)').match).toBeNull();
    expect(titles.analyze('Softwareentwickler (m/w/d)').match).toBeNull();
  });
});

describe('Chinese titles', () => {
  it.each([
    ['資訊主管', 'it manager'],
    ['資訊副理', 'it deputy manager'],
    ['資訊部經理', 'it department manager'],
    ['技术部经理', 'it department manager'],
    ['信息部经理', 'it department manager'],
    ['运维经理', 'it operations manager'],
    ['資訊長', 'chief information officer'],
    ['Linux运维工程师', 'linux it operations engineer'],
    ['資訊專員', 'it specialist'],
  ])('%j reads as %j', (title, normalized) => {
    expect(titles.normalize(title)).toBe(normalized);
  });

  it.each([
    ['資訊主管', true],
    ['資訊部經理', true],
    ['IT經理', true],
    ['資訊協理', true],
    ['資訊專員', false],
    ['網路工程師', false],
    ['销售总监', false],
    ['人事主管', false],
    ['招聘主管', false],
  ])('%j in scope: %s', (title, inScope) => {
    expect(role(title).inScope).toBe(inScope);
  });

  it('keeps Han characters no title word covers together, as one word of their own', () => {
    expect(titles.analyze('行政主管').ownWord).toBe('行政');
  });
});
