/**
 * Round 15 (scope and tier from the whole posting): a Director General qualified by an IT unit
 * heads that unit of a body (director), not the body; a coordinator's or lead's title with no
 * leader noun over a body that runs an IT support team's work leads it (team-lead), one that
 * coordinates projects or tickets does not; "technical", "technology", "systems" borrowed by a
 * theatre, a museum's exhibits or a building's plant are another trade's; a manager who leads IT
 * across several hotels, sites or countries heads a group's IT (head-of-it); a service desk that
 * keeps the products the company sells running for its customers is a vendor's help line (out).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyRole } from '../../../../functions/enrichment/classify/classify-role.ts';
import { extractQualifications } from '../../../../functions/enrichment/classify/extract-qualifications.ts';
import { multiSiteSpan } from '../../../../functions/enrichment/classify/multi-site-span.ts';
import { roleModel } from '../../../../functions/enrichment/classify/role-model.ts';
import { teamWorkLed } from '../../../../functions/enrichment/classify/team-work-led.ts';
import { unitQualifiedHead } from '../../../../functions/enrichment/classify/unit-qualified-head.ts';
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

describe('a Director General qualified by an IT unit', () => {
  const body =
    'The National Assembly Secretariat seeks a senior professional to lead the Directorate of IT.\nApplications within 15 days.';

  it('heads that unit of the body: director, whatever the bracket or separator', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Director General', 'Deputy Director General', 'Director-General'),
        fc.constantFrom(
          ' (IT)',
          ' (Information Technology)',
          ' (ICT)',
          ' - ICT',
          ': Information Technology',
          ' (IT Wing)',
        ),
        fc.constantFrom('', ' / Chief Information Security Officer (CISO)', ' / Chief Information Officer'),
        (rank, unit, other) => {
          const r = role(`${rank}${unit}${other}`, body);
          expect(r.inScope).toBe(true);
          expect(r.tier).toBe('director');
          expect(r.evidence.map((e) => e.rule)).toContain('title-heads-unit-of-body');
        },
      ),
      { numRuns: 40 },
    );
  });

  it('keeps the head of a whole body named after "of": no unit qualifier', () => {
    expect(
      unitQualifiedHead("Direttore Generale dell'Agenzia per l'Italia Digitale", model.title),
    ).toBeNull();
    expect(unitQualifiedHead('Director General', model.title)).toBeNull();
    expect(unitQualifiedHead('Director General (Finance)', model.title)).toBeNull();
    expect(unitQualifiedHead('IT Director (Infrastructure)', model.title)).toBeNull();
  });
});

describe('a coordinator or lead title with no leader noun', () => {
  const runsTeam = [
    'Coordinate the activities of the Service Desk and ensure adherence to defined procedures.',
    'Oversee the day-to-day operations of the IT Helpdesk.',
    'Supervises the work of the desktop support technicians.',
    'Manages the shift rota of the NOC.',
    'Leads the service desk team and handles escalations.',
  ];

  it('leads an IT support team whose work the body runs: team-lead', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'Service Desk Coordinator',
          'IT Coordinator',
          'Help Desk Coordinator',
          'IT Support Coordinator',
        ),
        fc.constantFrom(...runsTeam),
        (title, duty) => {
          const r = role(title, `Key responsibilities\n${duty}\nProvide monthly reports to the Head of ICT.`);
          expect(r.inScope).toBe(true);
          expect(r.tier).toBe('team-lead');
        },
      ),
      { numRuns: 30 },
    );
  });

  it('does not lead when the body coordinates projects, tickets or vendors alone', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Service Desk Coordinator', 'IT Coordinator', 'IT Project Coordinator'),
        fc.constantFrom(
          'Coordinate project schedules and status reports with the project manager.',
          'Log tickets and coordinate escalations with the help desk.',
          'Coordinate with vendors on hardware procurement and renewals.',
          'Experience coordinating the activities of a service desk.',
        ),
        (title, duty) => {
          expect(role(title, `Responsibilities\n${duty}`).inScope).toBe(false);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('reads a lead whose title names no IT word from the team it runs', () => {
    const body =
      'Job Description\nAssist the Director, IT in communicating the strategy.\nCoordinate the activities of the Service Desk/ Monitoring Center and ensure adherence to policies.';
    const r = role('Regional Operation Lead', body);
    expect(r.inScope).toBe(true);
    expect(r.tier).toBe('team-lead');
  });

  it('finds the sentence once, and none in a project coordinator body', () => {
    expect(teamWorkLed(textToBlocks('Coordinate the activities of the IT Helpdesk.'))?.rule).toBe(
      'body-runs-it-team-work',
    );
    expect(teamWorkLed(textToBlocks('Coordinate the project team and track milestones.'))).toBeNull();
  });
});

describe('"technical", "technology", "systems" borrowed by another trade', () => {
  const bodies = {
    theatre:
      'The role leads the technical crew for all productions, performances and rehearsals in the theatre and concert hall, supervises lighting and sound equipment staff and manages the rigging.',
    museum:
      'Manages the audiovisual and interactive exhibits in the museum galleries, supervises AV technicians and installs projectors and interactives for each exhibition.',
    building:
      'Supervises the building systems staff: HVAC, plumbing, elevators, boilers and chillers, fire protection and building automation.',
  };

  it('is out of scope when the body names the other trade', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'Technical Manager',
          'Technical Services Manager',
          'Gallery Technology Manager',
          'Systems Manager',
        ),
        fc.constantFrom(...Object.values(bodies)),
        (title, body) => {
          const r = role(title, body);
          expect(r.inScope).toBe(false);
          expect(r.evidence.map((e) => e.rule)).toContain('body-other-unit');
        },
      ),
      { numRuns: 30 },
    );
  });

  it('stays in scope over an IT body', () => {
    const it =
      'Leads the IT team of network and systems administrators; manages servers, the service desk, cloud and cybersecurity for all staff.';
    for (const title of ['Technical Manager', 'Technology Manager', 'Systems Manager'])
      expect(role(title, it).inScope).toBe(true);
  });
});

describe('a manager who leads IT across several units of the organisation', () => {
  it("heads a group's IT: head-of-it, whatever the units and how many", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'IT Group Manager',
          'Regional IT Manager',
          'IT Manager',
          'Information Technology Manager',
        ),
        fc.constantFrom('Lead and manage', 'Oversee', 'You will manage', 'Responsible for'),
        fc.constantFrom('IT operations', 'the IT function', 'IT teams', 'IT infrastructure'),
        fc.constantFrom(
          'across 5–6 hotel properties',
          'across all our subsidiaries',
          'in several countries',
          'for 12 sites',
        ),
        (title, verb, work, span) => {
          const r = role(
            title,
            `Key Responsibilities\n${verb} ${work} ${span}.\nManage IT budgets and vendors.`,
          );
          expect(r.inScope).toBe(true);
          expect(r.tier).toBe('head-of-it');
        },
      ),
      { numRuns: 40 },
    );
  });

  it('keeps the manager rung when the job supports users across sites or runs one site', () => {
    for (const body of [
      'Support users across multiple sites. Manage the IT team at the site.',
      'Experience managing IT operations across several countries.',
      'Manage IT operations for the head office.',
    ])
      expect(role('IT Manager', body).tier).toBe('it-manager');
    expect(
      multiSiteSpan(textToBlocks('Provide IT support across 4 offices.'), taxonomy.data.scope),
    ).toBeNull();
  });
});

describe("a service desk that serves the employer's customers", () => {
  it('is a vendor help line, out of scope, when the body sells products to those customers', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Head of the Service Desk Department', 'Service Desk Manager', 'Help Desk Manager'),
        fc.constantFrom(
          'the point-of-sale systems marketed by the company',
          'our products',
          'the software sold by the company',
        ),
        fc.constantFrom('customer loyalty', 'CSAT above 92%', 'customer satisfaction'),
        (title, product, customer) => {
          const body = `Lead and manage the L1 and L2 agent team.\nEnsure the proper functioning of ${product}.\nTargets: ${customer}.`;
          const r = role(title, body);
          expect(r.inScope).toBe(false);
          expect(r.evidence.map((e) => e.rule)).toContain('body-vendor-support-desk');
        },
      ),
      { numRuns: 30 },
    );
  });

  it("stays in scope for the organisation's own desk, CSAT or not", () => {
    const body =
      'Lead and manage the service desk team supporting 3,000 employees.\nTrack CSAT and customer satisfaction of internal users.';
    expect(role('Service Desk Manager', body).inScope).toBe(true);
  });
});
