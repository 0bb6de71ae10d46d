/**
 * Round 12 (scope from the whole posting): Korean titles read by the title vocabulary, software QA
 * leads in and a food plant's QA lead out, a head of one practitioner's discipline as that team's
 * manager, and a leader's title that only names whose office the job serves.
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

describe('Korean titles', () => {
  const trades = ['백엔드', '프론트엔드', '서버', '인프라', '데이터', '플랫폼'];
  const ranks: [string, string][] = [
    ['파트 리드', 'team-lead'],
    ['팀장', 'team-lead'],
    ['파트장', 'team-lead'],
    ['개발팀장', 'team-lead'],
  ];
  it('reads a trade and a lead word as an IT team lead, whatever the pair', () => {
    fc.assert(
      fc.property(fc.constantFrom(...trades), fc.constantFrom(...ranks), (trade, [rank, tier]) => {
        const r = role(
          `${trade} ${rank}`,
          '주요 업무\n- 개발자 6명을 리드하고 업무를 배분합니다\n- 코드 리뷰',
        );
        expect(r.inScope).toBe(true);
        expect(r.tier).toBe(tier);
      }),
      { numRuns: 30 },
    );
  });

  it('reads a Korean CTO title as the C-level rung', () => {
    expect(role('최고기술책임자', '- 개발 조직 총괄\n- 기술 전략 수립').tier).toMatch(/^(?:vp|cio)$/);
  });

  it('leaves a sales team lead out: no IT word, no IT staff led', () => {
    expect(role('영업팀장', '- 영업팀 5명 관리\n- 매출 목표 달성').inScope).toBe(false);
  });
});

describe('QA leads', () => {
  it('puts a software QA lead who manages QA engineers in scope as a team lead', () => {
    const r = role(
      'QA Lead',
      'Assign tasks and manage the workload of the QA engineers.\nRun the team meetings.',
    );
    expect(r.inScope).toBe(true);
    expect(r.tier).toBe('team-lead');
  });

  it("leaves a food plant's QA lead out: QA technicians are no IT staff", () => {
    const r = role(
      'QA Lead',
      'Lead a team of four QA technicians on the night shift.\nRun HACCP checks and allergen audits.',
    );
    expect(r.inScope).toBe(false);
  });
});

describe('a head of one practitioner discipline', () => {
  const body =
    'Lead our team of five developers: hiring, 1:1s and code review.\nOwn the React and AWS platform.';
  it.each(['Head of Web Development', 'Head of Frontend', 'Head Web Developer', 'Head of QA'])(
    'reads %j as the team manager (it-manager)',
    (title) => {
      const r = role(title, body);
      expect(r.inScope).toBe(true);
      expect(r.tier).toBe('it-manager');
      expect(r.evidence.some((e) => e.rule === 'title-heads-discipline')).toBe(true);
    },
  );

  it('keeps the Head of IT at head-of-it', () => {
    expect(role('Head of IT', body).tier).toBe('head-of-it');
  });

  it('keeps a head of a discipline who leads managers at head-of-it', () => {
    const r = role('Head of Web Development', 'Lead and develop three engineering managers and their teams.');
    expect(r.tier).toBe('head-of-it');
  });
});

describe("a leader's title naming whose office the job serves", () => {
  const body =
    'Manage calendars and travel for the CIO and the IT leadership team.\nPrepare agendas and minutes.';
  it('takes any leader office followed by an assistant or analyst noun out of scope', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('CIO', 'CTO', 'IT Director', 'Chief Information Officer'),
        fc.constantFrom(' Office', "'s"),
        fc.constantFrom('Assistant', 'Administrative Assistant', 'Analyst', 'Coordinator'),
        (leader, office, noun) => {
          const r = role(`${leader}${office} ${noun}`, body);
          expect(r.inScope).toBe(false);
          expect(r.evidence[0]?.rule).toBe('title-leader-office');
        },
      ),
      { numRuns: 40 },
    );
  });

  it.each(['Director, Office of Information Technology', 'IT Manager, Office 365'])(
    'keeps %j a leader: the office is the one headed, or a product',
    (title) => {
      const r = role(title, 'Lead and manage the IT team of 8 staff.\nOwn the IT budget.');
      expect(r.inScope).toBe(true);
    },
  );
});
