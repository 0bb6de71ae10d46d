import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchDuties } from '../../../../functions/enrichment/classify/duty-cues.ts';
import { extractQualifications } from '../../../../functions/enrichment/classify/extract-qualifications.ts';
import { loadTaxonomy } from '../../../../functions/enrichment/index.ts';
import type { Block } from '../../../../functions/enrichment/types.ts';

const taxonomy = loadTaxonomy();

const dutyIds = (text: string) => new Set(matchDuties(taxonomy, text).map((m) => m.entry.id));

/** The skill ids a posting of `title` with these duty items and paragraphs yields. */
function skillsOf(title: string, items: readonly string[], paragraphs: readonly string[] = []): string[] {
  const blocks: Block[] = [
    ...paragraphs.map((text) => ({ kind: 'paragraph' as const, text, section: null })),
    { kind: 'heading', text: 'Essential Duties', section: null },
    ...items.map((text) => ({ kind: 'item' as const, text, section: 'Essential Duties' })),
  ];
  return extractQualifications(title, blocks, taxonomy)
    .skills.map((s) => s.id)
    .sort();
}

// The words public-sector class specs and corporate ads use for leading people: verbs of
// supervision, coordinated in any order, and the personnel they act on.
const leadVerbs = fc.constantFrom(
  'supervises',
  'directs',
  'manages',
  'oversees',
  'hires',
  'evaluates',
  'leads',
);
const otherVerbs = fc.constantFrom('trains', 'develops', 'coaches', 'disciplines', 'schedules');
const people = fc.constantFrom('staff', 'personnel', 'employees', 'subordinates', 'team members', 'team');
const things = fc.constantFrom('budget', 'projects', 'servers', 'contracts', 'policies');
const fillers = fc.array(fc.constantFrom('the', 'assigned', 'technical', 'I.T.', 'subordinate', 'IT'), {
  maxLength: 2,
});

/** "Hires, supervises, evaluates, and develops assigned staff": a verb series, then its object. */
function series(first: string, rest: readonly string[], filler: readonly string[], object: string): string {
  const verbs = [first, ...rest];
  const head =
    verbs.length === 1
      ? first
      : `${verbs.slice(0, -1).join(', ')}${verbs.length > 2 ? ',' : ''} and ${verbs[verbs.length - 1]}`;
  return [head.charAt(0).toUpperCase() + head.slice(1), ...filler, object].join(' ');
}

describe('management duties of IT leaders, in the words of class specs', () => {
  it('reads a series of supervisory verbs acting on personnel as team leadership', () => {
    fc.assert(
      fc.property(leadVerbs, fc.array(otherVerbs, { maxLength: 3 }), fillers, people, (v, rest, f, o) => {
        expect(dutyIds(series(v, rest, f, o))).toContain('team-leadership');
      }),
      { numRuns: 300 },
    );
  });

  it('does not read the same verbs acting on a thing, or on whose belongings, as team leadership', () => {
    fc.assert(
      fc.property(leadVerbs, fc.array(otherVerbs, { maxLength: 3 }), fillers, things, (v, rest, f, o) => {
        expect(dutyIds(series(v, rest, f, o))).not.toContain('team-leadership');
      }),
      { numRuns: 300 },
    );
    expect(dutyIds("Manages employees' onboarding and offboarding")).not.toContain('team-leadership');
    expect(dutyIds('Manages the budget and staff schedules')).not.toContain('team-leadership');
    expect(dutyIds('Trains employees in the use of applications')).not.toContain('team-leadership');
  });

  it('finds the classic lines of a county or state IT director', () => {
    const director = skillsOf('Director of Information Technology', [
      'Hires, supervises, evaluates, and develops assigned staff.',
      'Supervises and directs the I.T. Department personnel.',
      'Develops strategic goals, objectives and plans for technology government-wide.',
      'Prepares and administers the department budget.',
      'Manages the efforts of any Managed Service Providers (MSP) and evaluates MSP performance.',
      'Directs the work of subordinate staff.',
    ]);
    expect(director).toEqual(
      expect.arrayContaining(['team-leadership', 'it-strategy', 'budgeting', 'vendor-management']),
    );
    expect(skillsOf('CIO', ['Aligns IT initiatives with business priorities.'])).toContain('it-strategy');
    expect(skillsOf('IT Manager', ['Oversees service providers and monitors vendor performance.'])).toContain(
      'vendor-management',
    );
  });

  it('reads a position description whose subject is "this leader" or "the incumbent"', () => {
    const text =
      'This leader will collaborate with leaders at the highest level of the organization and manage a team of professionals who deliver all IT services.';
    expect(skillsOf('CIO Job Description', [], [text, 'POSITION DESCRIPTION'])).toContain('team-leadership');
  });

  it('keeps neighbours out: a pronoun "it", a strategic plan with no technology, key managers', () => {
    expect(skillsOf('Brand Manager', ['Own the campaign and align it with the brand.'])).not.toContain(
      'it-strategy',
    );
    expect(
      skillsOf('Marketing Director', ['Develop the strategic plan for the marketing department.']),
    ).not.toContain('it-strategy');
    expect(
      skillsOf('Manager of Information Technology', [
        'Provides key management level, administrative and technical support to a division chief.',
      ]),
    ).not.toContain('encryption');
    expect(skillsOf('Security Engineer', ['Operate key management for our cloud workloads.'])).toContain(
      'encryption',
    );
  });

  it('reads spelled-out LAN and WAN, and security incident detection and response', () => {
    expect(skillsOf('ICT Officer', ['Configuration of Local Area Network and Wide Area Network.'])).toContain(
      'networking',
    );
    expect(skillsOf('SOC Lead', ['Security incident detection and response.'])).toContain(
      'incident-response',
    );
  });
});

describe('the employer named by the posting itself is no skill of the job', () => {
  const extract = (blocks: Block[], employer: string | null = null) =>
    extractQualifications('Staff Software Engineer', blocks, taxonomy, employer).skills.map((s) => s.id);

  it('reads "About Datadog" or "Datadog’s customer base" as the employer, whatever company was parsed', () => {
    const body: Block[] = [
      {
        kind: 'paragraph',
        text: 'We build datastores which scale with Datadog’s diverse customer base.',
        section: null,
      },
      {
        kind: 'paragraph',
        text: "We're looking for a platform engineer who enables Datadog to ship products at scale.",
        section: null,
      },
    ];
    expect(extract(body, 'The Opportunity')).not.toContain('datadog');
    expect(
      extract([
        { kind: 'paragraph', text: 'You will help Datadog ship products at scale faster.', section: null },
        { kind: 'heading', text: 'About Datadog:', section: null },
      ]),
    ).not.toContain('datadog');
  });

  it('keeps a product whose own things are named, and a product the job asks for', () => {
    expect(
      extract([
        { kind: 'item', text: "Operate Azure's platform services for our teams.", section: 'Duties' },
      ]),
    ).toContain('azure');
    expect(
      extract([
        { kind: 'heading', text: 'About Datadog', section: null },
        { kind: 'item', text: 'Experience with Datadog is required.', section: 'Requirements' },
      ]),
    ).toContain('datadog');
  });
});

describe("the organisations the employer's people come from are no skill of the job", () => {
  const extract = (text: string) =>
    extractQualifications(
      'Backend Engineering Manager',
      [{ kind: 'item', text, section: 'Why join' }],
      taxonomy,
    ).skills.map((s) => s.id);

  it('reads names after "alumni from" or "backed by" as organisations, unless the sentence asks for them', () => {
    expect(
      extract('Creative and motivated team with alumni from CrowdStrike, Google, Amazon to grow with.'),
    ).toEqual([]);
    expect(
      extract(
        'We are backed by founders and security leaders who have built technologies at Crowdstrike, Nutanix, Palo Alto Networks.',
      ),
    ).toEqual([]);
    expect(
      extractQualifications(
        'Security Engineer',
        [{ kind: 'item', text: 'Experience with CrowdStrike Falcon is required.', section: 'Requirements' }],
        taxonomy,
      ).skills.map((s) => s.id),
    ).toContain('crowdstrike');
  });
});
