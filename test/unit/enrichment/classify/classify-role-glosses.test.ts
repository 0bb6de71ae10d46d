import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDuties } from '../../../../functions/enrichment/classify/body-duties.ts';
import { classifyRole } from '../../../../functions/enrichment/classify/classify-role.ts';
import { extractQualifications } from '../../../../functions/enrichment/classify/extract-qualifications.ts';
import { statedHeadcounts } from '../../../../functions/enrichment/classify/org-scale.ts';
import { roleModel } from '../../../../functions/enrichment/classify/role-model.ts';
import {
  lowerGlossedRank,
  withoutGradeBracket,
} from '../../../../functions/enrichment/classify/title-glosses.ts';
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

describe('a title whose bracket states a pay grade', () => {
  const grades = fc.constantFrom(
    '(資深副理/經理等級)',
    '（經理級別）',
    '(Manager level)',
    '(manager-equivalent grade)',
  );
  const jobs = fc.constantFrom(
    '系統架構設計師',
    'Senior Software Engineer',
    'Solutions Architect',
    '資深工程師',
  );

  it('is the job its name says, whatever rank the grade borrows', () => {
    fc.assert(
      fc.property(jobs, grades, (job, grade) => {
        const r = role(`${job}${grade}`, 'Design the system architecture and write technical documents.');
        expect(r.inScope).toBe(false);
        expect(rules(r)).toContain('title-grade-bracket');
      }),
      { numRuns: 25 },
    );
  });

  it('leaves a bracket that states no grade alone', () => {
    expect(withoutGradeBracket('IT Manager (Remote)')).toBeNull();
    expect(withoutGradeBracket('系統架構設計師（資深副理/經理等級）')).toBe('系統架構設計師');
  });
});

describe('two ranks in a title, one glossing the other', () => {
  const tierRank = (tier: string) => model.rank.get(tier) ?? -1;
  const ranked = fc.constantFrom(
    ['Team Lead', 'team-lead'],
    ['Technical Manager', 'it-manager'],
    ['技術經理', 'it-manager'],
    ['Technical Head', 'head-of-it'],
    ['IT Director', 'director'],
  );
  const joins = fc.constantFrom(['', ' (', ')'], ['【', ' - ', '】'], ['', ' / ', ''], ['', ' – ', '']);

  it('hires at the lower of the two', () => {
    fc.assert(
      fc.property(ranked, ranked, joins, ([a, ta], [b, tb], [open, mid, close]) => {
        fc.pre(ta !== tb);
        const got = lowerGlossedRank(`${open}${a}${mid}${b}${close}`, model);
        const lower = tierRank(ta as string) < tierRank(tb as string) ? ta : tb;
        expect(got?.tier).toBe(lower);
      }),
      { numRuns: 60 },
    );
  });

  it('reads the Taiwanese technical head who is a technical manager as an IT manager', () => {
    const r = role(
      '【Technical Head-軟體開發技術經理】信義精華區．舒服辦公環境',
      'Lead the software development team of 8 engineers, review code and run performance reviews.',
    );
    expect(r.tier).toBe('it-manager');
    expect(rules(r)).toContain('title-glossed-rank');
  });

  it('leaves C-level titles to the organisation scale', () => {
    expect(lowerGlossedRank('Chief Information Officer/Chief Technology Officer', model)).toBeNull();
  });
});

describe("a practitioner's job in a bracket beside a manager's title", () => {
  const title = 'Information Technology Manager (Machine Learning Engineer)';

  it('is out of scope over a graduate programme that leads no one', () => {
    const r = role(
      title,
      'Campus hire. Build machine learning models in Python and deploy them to production.',
    );
    expect(r.inScope).toBe(false);
    expect(rules(r)).toContain('title-practitioner-in-bracket');
  });

  it('is in scope when the body manages people', () => {
    const r = role(title, 'Manage a team of 5 machine learning engineers: hiring, reviews and planning.');
    expect(r.inScope).toBe(true);
  });
});

describe('a civil-service supervisor class named after a program', () => {
  it.each(['Program Supervisor VII', 'Supervisory IT Program Manager'])(
    '%s that supervises an IT team is in scope',
    (title) => {
      const r = role(
        title,
        'Supervises and oversees the technical team delivering information technology services; hires and develops staff.',
      );
      expect(r.inScope).toBe(true);
      expect(rules(r)).toContain('title-supervisory-class');
    },
  );

  it('keeps a program manager who runs projects out of scope', () => {
    const r = role('IT Program Manager', 'Plan and track the schedule, scope and risks of IT projects.');
    expect(r.inScope).toBe(false);
  });
});

describe('the organisation scale of a C-level title', () => {
  it.each([
    ['CTO 技術長', '公司規模：30人\n帶領技術團隊'],
    ['CTO', 'There are two of us (non-technical) and we are looking for a motivated CTO/CoFounder.'],
    ['Chief Technology Officer', 'Wir sind ein Unternehmen mit 45 Mitarbeitern in Berlin.'],
  ])('%s at a small organisation is vp', (title, body) => {
    expect(role(title, body).tier).toBe('vp');
  });

  it('reads CJK and European head counts as the organisation or the team', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 5000 }), (n) => {
        expect(statedHeadcounts(`公司規模：${n}人`).org?.count).toBe(n);
        expect(statedHeadcounts(`帶領${n}人團隊`).org).toBeNull();
        expect(statedHeadcounts(`招募${n}人`).org).toBeNull();
        expect(statedHeadcounts(`Nous sommes ${n} collaborateurs.`).org?.count).toBe(n);
        expect(statedHeadcounts(`une équipe de ${n} personnes`).it?.count).toBe(n);
      }),
      { numRuns: 40 },
    );
  });
});

describe('duty sentences in Chinese, Japanese and Korean', () => {
  const duties = (text: string) => readDuties(textToBlocks(text));

  it.each([
    '管理工程團隊（8位工程師），負責招募與績效評估',
    '帶領研發团队完成產品開發',
    'エンジニアチームをマネジメントする',
    '백엔드 파트원 5명을 이끌며 개발을 총괄',
  ])('reads %s as IT staff led', (text) => {
    expect(duties(text).leadsIt).not.toBeNull();
  });

  it.each(['與後端團隊合作完成需求', '백엔드 팀과 협업하여 API 개발', '負責專案時程管理'])(
    'reads %s as leading no one',
    (text) => {
      expect(duties(text).leadsStaff).toBeNull();
    },
  );

  it('makes an Engineering Manager over a Chinese body an IT manager', () => {
    const r = role(
      'Engineering Manager',
      '工作內容：\n- 管理工程團隊（8位工程師），負責招募、績效評估與1對1面談',
    );
    expect(r.inScope).toBe(true);
    expect(r.tier).toBe('it-manager');
  });
});

describe("the candidate's past as an individual contributor", () => {
  it('does not make an engineering manager a job that leads no one', () => {
    const r = role(
      'Engineering Manager',
      'The Engineering Manager leads a small engineering team of 3-6 software engineers.\nRequirements:\n- Strong performance as an individual contributor, with recognition for quality',
    );
    expect(r.inScope).toBe(true);
  });
});
