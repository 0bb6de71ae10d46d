/**
 * Scope from the whole posting (issue #16 item 2): a manager's title whose word names a process the
 * job runs, a practitioner's title with a lead's word, staff who serve the employer's customers,
 * software-development titles, and "individual contributor" said of someone other than the job.
 * Each case reads as the kinds in test/fixtures/eval/real-role do; each answer names its evidence.
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
const rules = (r: { evidence: readonly { rule: string }[] }) => r.evidence.map((e) => e.rule);

const CHANGE_REQUESTS =
  'You carry out change requests for our e-procurement platform, configure approval workflows and give 3rd-level support on incidents.';
const LEADS_DESK = 'You lead the service desk team of eight analysts and own the IT service catalogue.';

describe('a manager whose title names a process the job runs is decided by the body', () => {
  it('keeps an "IT Service Manager" who handles change requests alone out, naming the process word', () => {
    const r = role('IT Service Manager / Coupa', CHANGE_REQUESTS);
    expect(r).toMatchObject({ inScope: false, tier: null });
    expect(r.evidence[0]).toEqual({ rule: 'title-process-manager', text: 'service' });
  });

  it('puts the same title in scope when the body leads the service desk, naming the sentence', () => {
    const r = role('IT Service Manager', LEADS_DESK);
    expect(r).toMatchObject({ inScope: true, tier: 'it-manager' });
    expect(r.evidence.some((e) => e.text.includes('service desk team'))).toBe(true);
  });

  it('reads a two-word process ("Disaster Recovery Manager") and a German joined title the same way', () => {
    const dr = 'Plan and run disaster recovery tests and keep the recovery runbooks up to date.';
    expect(role('Disaster Recovery Manager', dr)).toMatchObject({ inScope: false });
    expect(rules(role('IT Transition und Integration Manager', dr))).toContain('title-process-manager');
  });

  it('leaves titles whose word before the manager names an IT function to the title', () => {
    expect(role('IT Service Desk Manager', CHANGE_REQUESTS)).toMatchObject({ inScope: true });
    expect(role('IT Services Manager', CHANGE_REQUESTS)).toMatchObject({ inScope: true });
    expect(role('IT Manager', CHANGE_REQUESTS)).toMatchObject({ inScope: true, tier: 'it-manager' });
  });
});

describe('a practitioner title with a lead word needs people managed in the body', () => {
  it('keeps a "Senior Software Engineer, Team Lead" who mentors engineers out', () => {
    const body = 'Lead the development of our apps. Mentor and guide other engineers.';
    const r = role('Senior Software Engineer, Team Lead', body);
    expect(r).toMatchObject({ inScope: false });
    expect(rules(r)).toContain('title-practitioner-lead');
  });

  it('puts it in the team-lead tier when the body says it manages the team', () => {
    const body = 'You will manage a team of five software engineers and run their 1:1s.';
    expect(role('Senior Software Engineer, Team Lead', body)).toMatchObject({
      inScope: true,
      tier: 'team-lead',
    });
  });
});

describe("staff who serve the employer's customers are not IT staff", () => {
  it('keeps a vendor\'s "Manager, Technical Services" over customer support engineers out', () => {
    const body =
      'The role is responsible for managing a group of customer support engineers who give post-sales support to our customers.';
    expect(role('Manager, Technical Services', body)).toMatchObject({ inScope: false });
  });

  it('does not count them as IT staff led, but still as staff led', () => {
    const read = readDuties(textToBlocks('You will manage a team of sales engineers.'), /sales engineers/i);
    expect(read.leadsIt).toBeNull();
    expect(read.leadsStaff?.text).toMatch(/sales engineers/);
  });

  it('keeps a title that names customer-facing staff out whatever IT word it has', () => {
    const r = role('EMEA Field Application Engineer Manager', 'Lead, mentor, and develop the team.');
    expect(r).toMatchObject({ inScope: false });
    expect(r.evidence[0]?.rule).toBe('title-customer-facing');
  });

  it('still counts a service desk that serves internal customers', () => {
    const r = role(
      'Support Manager',
      'You lead the IT service desk team that supports our staff as customers.',
    );
    expect(r).toMatchObject({ inScope: true });
  });
});

describe('software-development leaders by the words of their titles', () => {
  it.each([
    ['Engineering Team Leader (Backend)', 'team-lead'],
    ['Manager, Web Development', 'it-manager'],
    ['Team Lead Front-End', 'team-lead'],
  ])('puts "%s" who leads developers in scope as %s', (title, tier) => {
    const body = 'Leading a distributed team of backend and frontend engineers; 1:1s and career progression.';
    expect(role(title, body)).toMatchObject({ inScope: true, tier });
  });
});

describe('"individual contributor" said of someone else does not say the job leads no one', () => {
  it.each([
    '5+ years of experience as a senior individual contributor, operating in a public cloud environment.',
    'A deliberate decision to stay on a leadership track by managing a team of individual contributors.',
  ])('%s', (sentence) => {
    expect(readDuties(textToBlocks(sentence)).leadsNoOne).toBeNull();
  });

  it('still reads the job called an individual contributor as leading no one', () => {
    const read = readDuties(textToBlocks('This is an individual contributor position.'));
    expect(read.leadsNoOne?.rule).toBe('body-leads-no-one');
  });

  it('keeps a generic operations manager who manages engineers in scope beside such a sentence', () => {
    const body =
      'You will manage a team of platform engineers running our cloud infrastructure. 5+ years of experience as a senior individual contributor.';
    expect(role('Platform Operations Manager', body)).toMatchObject({ inScope: true });
  });
});

describe('tier and scope from titles that carry a grade or two ranks', () => {
  it('puts a "VP, Chief Information Officer - <business line>" in the vp tier, naming the line', () => {
    const body =
      'The CIO for Consumer Banking leads the technology teams of the business line. You will manage 12 directors.';
    const r = role('VP, Chief Information Officer - Consumer Banking', body);
    expect(r).toMatchObject({ inScope: true, tier: 'vp' });
    expect(r.evidence).toContainEqual({ rule: 'title-divisional-c-level', text: 'Consumer Banking' });
  });

  it('keeps an enterprise CIO whose title also says Senior Vice President at cio', () => {
    const body = 'You will lead the IT organisation of our 20,000-person health system and its 400 IT staff.';
    expect(role('Senior Vice President and Chief Information Officer', body)).toMatchObject({ tier: 'cio' });
  });

  it('keeps a bank\'s "Assistant Vice President" who gives application support alone out', () => {
    const body = 'Provide L2 support for the trading applications, investigate incidents and write runbooks.';
    const r = role('Assistant Vice President - Application Support', body);
    expect(r).toMatchObject({ inScope: false });
    expect(r.evidence[0]).toEqual({ rule: 'title-corporate-grade', text: 'assistant vice president' });
  });

  it('puts the same grade in scope when the body manages the support team', () => {
    const body = 'You will manage the application support team of six engineers across two regions.';
    expect(role('Assistant Vice President - Application Support', body)).toMatchObject({ inScope: true });
  });

  it('reads "IT Team Lead / Manager" over one small team as team-lead, and as it-manager over several', () => {
    const small = 'You will lead a small team of 3 IT support technicians and look after our network.';
    expect(role('IT Team Lead / Manager', small)).toMatchObject({ inScope: true, tier: 'team-lead' });
    const teams = 'You will lead the service desk and infrastructure teams.';
    expect(role('IT Team Lead / Manager', teams)).toMatchObject({ inScope: true, tier: 'it-manager' });
  });
});

/** Sentences any posting may carry that say nothing of whom the job leads or what it owns. */
const UNRELATED = [
  'We offer private medical insurance and a pension plan.',
  'Our offices are in Berlin, Kraków and Lisbon.',
  'We are an equal opportunity employer.',
  'Free lunch on Tuesdays, snacks and drinks.',
  'Founded in 2011, we serve customers in 40 countries.',
  'Please apply with a CV and a cover letter.',
];

describe('adding unrelated sentences never flips a decided title', () => {
  const decided: [string, string][] = [
    ['IT Service Manager / Coupa', CHANGE_REQUESTS],
    ['IT Service Manager', LEADS_DESK],
    ['Senior Software Engineer, Team Lead', 'Mentor and guide other engineers.'],
    ['Senior Software Engineer, Team Lead', 'You will manage a team of five software engineers.'],
    ['EMEA Field Application Engineer Manager', 'Lead the team.'],
    ['Assistant Vice President - Application Support', 'Provide L2 support for the trading applications.'],
    ['IT Team Lead / Manager', 'You will lead a small team of 3 IT support technicians.'],
  ];
  it('keeps scope and tier for any mix of unrelated sentences before or after the body', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...decided),
        fc.array(fc.constantFrom(...UNRELATED), { maxLength: 4 }),
        fc.array(fc.constantFrom(...UNRELATED), { maxLength: 4 }),
        ([title, body], before, after) => {
          const base = role(title, body);
          const padded = role(title, [...before, body, ...after].join('\n'));
          expect({ inScope: padded.inScope, tier: padded.tier }).toEqual({
            inScope: base.inScope,
            tier: base.tier,
          });
        },
      ),
      { numRuns: 60 },
    );
  });
});
