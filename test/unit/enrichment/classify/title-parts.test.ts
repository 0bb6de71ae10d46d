/**
 * What a title's parts name that one run of its words hides: a modifier a cue's wildcard stepped
 * over, another job name written before the matched one, a function named in the part after the
 * leader's, an exclusion read across two parts; and a manager's title that also names a lead's rank.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyRole } from '../../../../functions/enrichment/classify/classify-role.ts';
import { extractQualifications } from '../../../../functions/enrichment/classify/extract-qualifications.ts';
import { roleModel } from '../../../../functions/enrichment/classify/role-model.ts';
import { twoRanksInTitle } from '../../../../functions/enrichment/classify/span-ladder.ts';
import {
  exclusionAcrossParts,
  functionPartAfterLeader,
  modifierBeforeNoun,
} from '../../../../functions/enrichment/classify/title-parts.ts';
import { textToBlocks } from '../../../../functions/enrichment/parse/text-blocks.ts';
import { loadTaxonomy } from '../../../../functions/enrichment/taxonomy/load-taxonomy.ts';

const taxonomy = loadTaxonomy();
const model = roleModel(taxonomy);
const role = (title: string, body: string) => {
  const blocks = textToBlocks(body);
  const { skills, signals } = extractQualifications(title, blocks, taxonomy);
  const technicalSkillCount = skills.filter((s) => s.category !== 'delivery-leadership').length;
  return classifyRole(title, blocks, { technicalSkillCount, signals }, taxonomy);
};
const rules = (r: { evidence: readonly { rule: string }[] }) => r.evidence.map((e) => e.rule);

const IT_BODY =
  'You will lead the network, infrastructure and service desk teams and own the IT budget. Experience with AWS, Azure and Okta.';

describe('an excluded modifier the title model did not see', () => {
  it('reads the gap a wildcard cue stepped over, right before the noun', () => {
    const a = model.title.analyze('Senior IT Technical Program Manager');
    expect(a.match?.rule.cue).toContain('*');
    expect(modifierBeforeNoun(a, taxonomy)).toBe('program');
    const out = role('Senior IT Technical Program Manager - Logistics', IT_BODY);
    expect(out).toMatchObject({ inScope: false, tier: null });
    expect(rules(out)).toContain('title-other-function');
  });

  it('reads the first of two job names written as one ("Program Manager/Director")', () => {
    expect(modifierBeforeNoun(model.title.analyze('IT Program Manager/Director'), taxonomy)).toBe('program');
    expect(role('IT Program Manager/Director', IT_BODY)).toMatchObject({ inScope: false });
  });

  it('leaves an IT word in the gap, and two IT ranks, alone', () => {
    expect(modifierBeforeNoun(model.title.analyze('Senior IT Infrastructure Manager'), taxonomy)).toBeNull();
    expect(modifierBeforeNoun(model.title.analyze('IT Manager/Director'), taxonomy)).toBeNull();
    expect(role('Senior IT Infrastructure Manager', IT_BODY)).toMatchObject({ inScope: true });
    expect(role('IT Manager / Director', IT_BODY)).toMatchObject({ inScope: true });
  });

  it('finds every excluded modifier of the taxonomy in the gap, whatever IT word precedes it', () => {
    const modifiers = taxonomy.data.scope.excludedModifiers.filter((m) => /^[a-z]+$/.test(m));
    fc.assert(
      fc.property(
        fc.constantFrom(...modifiers),
        fc.constantFrom('IT', 'Infrastructure', 'Systems'),
        (m, it) => {
          const a = model.title.analyze(`Senior ${it} ${m} Manager`);
          if (a.match?.rule.cue !== 'senior * manager') return;
          // A synonym may stand for the modifier ("programme" is read "program"); a two-word
          // modifier ending in it ("it asset") is the longer reading.
          const found = modifierBeforeNoun(a, taxonomy) ?? '';
          expect(` ${found}`.endsWith(` ${model.title.normalize(m)}`)).toBe(true);
        },
      ),
    );
  });
});

describe('the part after the leader names its function', () => {
  it('is out when that part names a non-IT function and no IT domain', () => {
    const title = 'Sr. Director, Strategic Partner Development - ServiceNow';
    expect(functionPartAfterLeader(title, model.title.analyze(title), model.title, taxonomy)).toBe(
      'partner development',
    );
    expect(role(title, IT_BODY)).toMatchObject({ inScope: false });
  });

  it('leaves a part that names an IT domain, and a leader part with its own domain, to the rest', () => {
    for (const title of [
      'Director, Finance Systems',
      'IT Director, Procurement',
      'Director, IT - Sales Tools',
    ]) {
      expect(functionPartAfterLeader(title, model.title.analyze(title), model.title, taxonomy)).toBeNull();
    }
  });
});

describe('an exclusion read across two parts of the title', () => {
  it('does not exclude a software director whose product line the title names after a comma', () => {
    const title = 'Executive Director, Software Engineering, Content Solutions';
    const a = model.title.analyze(title);
    expect(a.excludedBy).not.toBeNull();
    expect(exclusionAcrossParts(title, a.excludedBy as string, model.title)).toBe(true);
    expect(role(title, IT_BODY)).toMatchObject({ inScope: true, tier: 'director' });
  });

  it('keeps an exclusion one part holds ("Director of IT Sales")', () => {
    const title = 'Director of IT Sales';
    const a = model.title.analyze(title);
    expect(a.excludedBy).not.toBeNull();
    expect(exclusionAcrossParts(title, a.excludedBy as string, model.title)).toBe(false);
    expect(role(title, IT_BODY)).toMatchObject({ inScope: false });
  });
});

describe('a manager title that also names a lead rank', () => {
  it('sees "Team Lead / Manager" and "Tech Lead Manager", not a bare manager', () => {
    const at = (t: string) => {
      const a = model.title.analyze(t);
      return twoRanksInTitle(a.tokens, a.match?.start ?? -1);
    };
    expect(at('IT Team Lead / Manager')).toBe(true);
    expect(at('Staff Software Technical Lead Manager, Simulation')).toBe(true);
    expect(at('Software Development Manager')).toBe(false);
  });

  it('lets a body that leads one team make a tech lead manager a team lead, and teams a manager', () => {
    const title = 'Software Technical Lead Manager';
    expect(role(title, 'You will lead a team of software engineers building test pipelines.')).toMatchObject({
      inScope: true,
      tier: 'team-lead',
    });
    expect(
      role(title, 'You will manage three teams of software engineers and their team leads.').tier,
    ).not.toBe('team-lead');
  });
});
