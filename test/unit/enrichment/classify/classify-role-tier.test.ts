import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyRole } from '../../../../functions/enrichment/classify/classify-role.ts';
import { extractQualifications } from '../../../../functions/enrichment/classify/extract-qualifications.ts';
import { gradeBoundTier, statedGrade } from '../../../../functions/enrichment/classify/grade.ts';
import { itBoss } from '../../../../functions/enrichment/classify/reporting-line.ts';
import { roleModel } from '../../../../functions/enrichment/classify/role-model.ts';
import { textToBlocks } from '../../../../functions/enrichment/parse/text-blocks.ts';
import { loadTaxonomy } from '../../../../functions/enrichment/taxonomy/load-taxonomy.ts';

const taxonomy = loadTaxonomy();
const model = roleModel(taxonomy);
const role = (title: string, body = '', technicalSkillCount = 0) => {
  const blocks = textToBlocks(body);
  const { signals } = extractQualifications(title, blocks, taxonomy);
  return classifyRole(title, blocks, { technicalSkillCount, signals }, taxonomy);
};
const rules = (r: ReturnType<typeof role>) => r.evidence.map((e) => e.rule);

describe('deputies and assistants of a C-level title', () => {
  it.each([
    ['Deputy CISO', 'director'],
    ['Deputy Chief Information Security Officer', 'director'],
    ['Assistant Chief Information Security Officer', 'director'],
    ['Deputy CIO', 'vp'],
    ['Deputy Chief Information Officer', 'vp'],
    ['Assistant CIO', 'vp'],
    ['Assistant CISO', 'director'],
    ['Associate CTO', 'vp'],
    ['Assistant Chief Technology Officer', 'vp'],
    ['Associate Chief Information Officer, Infrastructure', 'vp'],
    ['Deputy CTO', 'vp'],
    ['Deputy Chief Technology Officer', 'vp'],
    ['Deputy Chief Digital Officer', 'vp'],
  ])('%s is %s, never the C-level tier', (title, tier) => {
    const r = role(title, 'Reports to the CIO. A federal agency of 20,000 employees.');
    expect(r.inScope).toBe(true);
    expect(r.tier).toBe(tier);
  });

  it('leaves the C-level title itself to the organisation scale', () => {
    expect(role('Chief Information Security Officer', 'A Fortune 500 company.').tier).toBe('cio');
  });
});

describe('security leaders', () => {
  it.each([
    ['Head of Security Operations', 'head-of-it'],
    ['Head of Information Security', 'head-of-it'],
    ['Director of Security Operations', 'director'],
    ['Information Security Manager', 'it-manager'],
  ])('%s under a CISO is %s: tier from the title, not the boss', (title, tier) => {
    const r = role(
      title,
      'This role reports to the Chief Information Security Officer and leads a team of 8 SOC analysts.',
    );
    expect(r.inScope).toBe(true);
    expect(r.tier).toBe(tier);
  });
});

describe('the reporting line caps the tier', () => {
  it('puts a manager who reports to an IT manager at team lead, naming the line', () => {
    const r = role(
      'Systems Manager',
      'The position reports to the IT Manager. Manages the systems team of two administrators.',
    );
    expect(r.tier).toBe('team-lead');
    expect(rules(r)).toContain('reports-to');
    expect(r.evidence.find((e) => e.rule === 'reports-to')?.text).toMatch(/reports to the IT Manager/);
  });

  it('reads a UK job description\'s "Responsible to:" line as the boss', () => {
    const r = role('Infrastructure Manager', 'Responsible to: IT Manager\nManages the infrastructure team.');
    expect(r.tier).toBe('team-lead');
    expect(role('IT Manager', 'The post is responsible to the business for uptime.').tier).toBe('it-manager');
  });

  it('puts a director who reports to the IT director one rung below', () => {
    const r = role('Director of IT Operations', 'Reports to: Director of Information Technology.');
    expect(r.tier).toBe('head-of-it');
  });

  it('never lowers a tier under a boss of another function or a higher IT boss', () => {
    expect(role('Director of Information Technology', 'Reports to the Director of Elections.').tier).toBe(
      'director',
    );
    expect(role('IT Director', 'The IT Director reports to the Chief Operating Officer.').tier).toBe(
      'director',
    );
    expect(role('Director of IT Operations', 'Reports to the CIO.').tier).toBe('director');
    expect(role('IT Manager', 'Reports to the VP of IT.').tier).toBe('it-manager');
  });

  it('reads no boss from staff who report to the job or from reports the job sends', () => {
    const body =
      'The IT Manager leads five technicians who report to the IT Manager. Provides monthly reports to the IT Director.';
    expect(itBoss(textToBlocks(body), model)).toBeNull();
    expect(role('IT Manager', body).tier).toBe('it-manager');
  });

  it('caps a CISO who reports to the CIO below the CIO', () => {
    const r = role(
      'Chief Information Security Officer',
      'A Fortune 500 company. The CISO reports to the Chief Information Officer.',
    );
    expect(r.tier).toBe('vp');
  });

  it('never raises a tier, whatever boss is named', () => {
    const bosses = [
      'CIO',
      'IT Director',
      'Director of Information Technology',
      'VP of IT',
      'IT Manager',
      'Head of IT',
    ];
    const titles = ['IT Manager', 'Service Desk Supervisor', 'IT Team Lead', 'Director of IT', 'Head of IT'];
    fc.assert(
      fc.property(fc.constantFrom(...titles), fc.constantFrom(...bosses), (title, boss) => {
        const alone = role(title, 'Leads the IT team.');
        const under = role(title, `Leads the IT team. This position reports to the ${boss}.`);
        expect(under.inScope).toBe(alone.inScope);
        expect(model.rank.get(under.tier as string) ?? -1).toBeLessThanOrEqual(
          model.rank.get(alone.tier as string) ?? -1,
        );
      }),
      { numRuns: 40 },
    );
  });
});

describe('federal grades as evidence of tier where the title is generic', () => {
  it('reads the highest General Schedule grade, else the Senior Executive Service', () => {
    expect(statedGrade('GS-2210-13 to GS-2210-14')).toMatchObject({ plan: 'GS', grade: 14 });
    expect(statedGrade('Grade: GS-13/14')).toMatchObject({ plan: 'GS', grade: 14 });
    expect(statedGrade('GS15, promotion potential 15')).toMatchObject({ plan: 'GS', grade: 15 });
    expect(statedGrade('a career appointment to the Senior Executive Service')).toMatchObject({
      plan: 'SES',
    });
    expect(statedGrade('GS-15. Not a Senior Executive Service post.')).toMatchObject({
      plan: 'GS',
      grade: 15,
    });
    expect(statedGrade('Gas 15 and GSA 14 and uses 2 years')).toBeNull();
  });

  it('bounds a tier by the grade and says so', () => {
    const grades = taxonomy.data.scope.gradeTiers ?? [];
    expect(gradeBoundTier('vp', 'GS-15', grades, model.rank)).toEqual({
      tier: 'director',
      evidence: { rule: 'grade', text: 'GS-15: at most director' },
    });
    expect(gradeBoundTier('head-of-it', 'Senior Executive Service', grades, model.rank).tier).toBe(
      'director',
    );
    expect(gradeBoundTier('it-manager', 'GS-14', grades, model.rank)).toEqual({
      tier: 'it-manager',
      evidence: null,
    });
  });

  it('raises a generic Deputy Director at SES to director and caps a GS-15 Assistant Commissioner', () => {
    const ses = role(
      'Deputy Director',
      'Senior Executive Service. Manages the IT Division staff and infrastructure.',
    );
    expect(ses.tier).toBe('director');
    expect(rules(ses)).toContain('grade');
    const gs = role('Assistant Commissioner', 'GS-15. Leads the software engineering staff of the office.');
    expect(gs.inScope).toBe(true);
    expect(gs.tier).toBe('director');
  });

  it('leaves a specific or C-level title to its words', () => {
    expect(role('IT Director', 'GS-2210-13.').tier).toBe('director');
    expect(role('Chief Information Officer', 'A federal agency. GS-15.').tier).toBe('cio');
  });
});

describe('generic titles decided by the body, both ways', () => {
  it('reads a Branch Chief over IT staff as a manager and one over attorneys as out of scope', () => {
    const it = role(
      'Branch Chief',
      'Supervises the network engineers and system administrators of the Infrastructure Branch.',
    );
    expect(it.inScope).toBe(true);
    expect(it.tier).toBe('it-manager');
    expect(
      role('Chief, Voting Section', 'Supervises about 50 attorneys and paralegals who litigate cases.')
        .inScope,
    ).toBe(false);
  });

  it('reads the division a chief heads as a director', () => {
    expect(role('Chief, IT Infrastructure Division', 'Leads the division.').tier).toBe('director');
  });
});
