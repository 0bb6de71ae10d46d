import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQualifications } from '../../../../functions/enrichment/classify/extract-qualifications.ts';
import { loadTaxonomy } from '../../../../functions/enrichment/index.ts';
import type { Block } from '../../../../functions/enrichment/types.ts';

const taxonomy = loadTaxonomy();

/** The skill ids a posting of `title` yields with these duty items (under "Examples of Duties"). */
function skillsOf(title: string, items: readonly string[], before: readonly Block[] = []): Set<string> {
  const blocks: Block[] = [
    ...before,
    { kind: 'heading', text: 'EXAMPLES OF DUTIES', section: null },
    ...items.map((text) => ({ kind: 'item' as const, text, section: 'EXAMPLES OF DUTIES' })),
  ];
  return new Set(extractQualifications(title, blocks, taxonomy).skills.map((s) => s.id));
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Plans, organizes, directs and evaluates": verbs of a class spec in a series, the last after "and". */
function series(verbs: readonly string[]): string {
  if (verbs.length === 1) return verbs[0] as string;
  return `${verbs.slice(0, -1).join(', ')} and ${verbs[verbs.length - 1]}`;
}

const before = fc.array(fc.constantFrom('plans', 'organizes', 'assigns', 'reviews', 'coordinates'), {
  maxLength: 2,
});
const supervisory = fc.constantFrom('directs', 'supervises', 'evaluates', 'manages', 'assigns');
const links = fc.constantFrom('the work of', 'the performance of', 'the activities of');
const fillers = fc.array(fc.constantFrom('assigned', 'subordinate', 'technical', 'IT', 'the'), {
  maxLength: 2,
});
const people = fc.constantFrom(
  'staff',
  'personnel',
  'employees',
  'subordinates',
  'technicians',
  'team members',
);

describe('supervision in the words of class specs', () => {
  it('reads a verb that reaches staff through "the work of" / "the performance of" as team leadership', () => {
    fc.assert(
      fc.property(before, supervisory, links, fillers, people, (b, v, link, f, who) => {
        const duty = capitalised([series([...b, v]), link, ...f, who].join(' '));
        expect(skillsOf('Director of Information Technology', [`${duty}.`])).toContain('team-leadership');
      }),
      { numRuns: 200 },
    );
  });

  it('does not read the work of a thing as leading people', () => {
    fc.assert(
      fc.property(
        supervisory,
        links,
        fc.constantFrom('the network upgrade', 'the ERP rollout', 'the data centre'),
        (v, link, thing) => {
          const duty = `${capitalised(v)} ${link} ${thing}.`;
          expect(skillsOf('Systems Analyst', [duty])).not.toContain('team-leadership');
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reads nominal and German forms of supervising staff', () => {
    for (const duty of [
      'Provides supervision to the Help Desk Technicians and Network Administrator.',
      'Direct over information technology management personnel.',
      'Conducts performance evaluations of subordinate employees.',
      'Responsible for hiring, training, and evaluating IT employees.',
      'Includes responsibility for personnel management, IT operations and budget.',
      'Leitung des IT-Teams mit fünf Mitarbeitenden',
      'Führung und Weiterentwicklung der Mitarbeiterinnen und Mitarbeiter',
    ])
      expect(skillsOf('IT Director', [duty]), duty).toContain('team-leadership');
  });
});

describe("ITIL's processes named in a series", () => {
  // ITIL's processes before "change management", incident among them.
  const processes = fc
    .shuffledSubarray(['incident', 'problem', 'release', 'configuration'], { minLength: 1 })
    .filter((list) => list.includes('incident'));

  it('read "incident, problem, and change management" as IT service management, not organisational change', () => {
    fc.assert(
      fc.property(processes, fc.boolean(), (list, comma) => {
        const head = list.length > 1 ? `${list.join(', ')}${comma ? ',' : ''}` : list[0];
        const duty = `Define and enforce IT Operations governance, including ${head} and change management.`;
        const ids = skillsOf('Operational IT Manager', [duty]);
        expect(ids).toContain('itsm');
        expect(ids).not.toContain('change-management');
      }),
      { numRuns: 60 },
    );
  });

  it('read "problem and change management" as IT service management', () => {
    const ids = skillsOf('Service Desk Manager', ['Own problem and change management for the service desk.']);
    expect(ids).toContain('itsm');
    expect(ids).not.toContain('change-management');
  });

  it('keep organisational change management where no ITIL process stands beside it', () => {
    const ids = skillsOf('IT Director', ['Lead organizational change management for the ERP rollout.']);
    expect(ids).toContain('change-management');
    expect(ids).not.toContain('itsm');
  });
});

describe('a network operations centre is not a help desk nor a security team', () => {
  it('reads no help desk in "Tier 1" of a NOC, and keeps it for a help desk tier', () => {
    expect(skillsOf('Network Operations Center Tier 1 Shift Lead', [])).not.toContain('help-desk');
    expect(skillsOf('IT Support Lead', ['Supervise tier 1 technicians answering user calls.'])).toContain(
      'help-desk',
    );
  });

  it('reads incident response as security work only', () => {
    const noc = skillsOf('NOC Shift Lead', [
      'The centers perform real-time monitoring, incident detection and response, and network performance reporting.',
      'Provide oversight to NOC analysts to ensure 24x7 monitoring and incident response coverage.',
    ]);
    expect(noc).not.toContain('incident-response');
    const soc = skillsOf('SOC Manager', [
      'Lead threat and security incident detection and response for the SOC.',
    ]);
    expect(soc).toContain('incident-response');
  });

  it('reads incidents triaged, escalated and resolved within SLAs as incident management', () => {
    const ids = skillsOf('NOC Shift Lead', [
      'Ensure incidents, service requests, and alerts are properly triaged, logged, escalated, and resolved within defined SLAs.',
    ]);
    expect(ids).toContain('incident-management');
    expect(skillsOf('SOC Analyst', ['Escalate security incidents to the CSIRT.'])).not.toContain(
      'incident-management',
    );
  });
});

describe('Commonwealth support words and the employer', () => {
  it('reads first-line ICT support and back-ups', () => {
    const ids = skillsOf('ICT Technician', [
      'Provide first-line ICT support to staff and pupils.',
      'Check the nightly back-ups of the school servers.',
    ]);
    expect(ids).toContain('help-desk');
    expect(ids).toContain('backup');
  });

  it("does not take the employer's name for its product, wherever the employer is named by its listing", () => {
    const about: Block[] = [
      { kind: 'heading', text: 'About the company', section: null },
      {
        kind: 'paragraph',
        text: 'Datadog (NASDAQ: DDOG) is a global SaaS business.',
        section: 'About the company',
      },
    ];
    const ids = skillsOf(
      'Staff Software Engineer',
      ["We are looking for a Staff Engineer to help us scale Datadog's Alerting Platform."],
      about,
    );
    expect(ids).not.toContain('datadog');
    expect(skillsOf('SRE Manager', ['Experience with Datadog or New Relic is required.'])).toContain(
      'datadog',
    );
  });

  it('reads the assets a SOC watches for anomalous activity as no networking or endpoint skill', () => {
    const assets = fc.shuffledSubarray(['networks', 'servers', 'endpoints', 'databases', 'applications'], {
      minLength: 2,
    });
    fc.assert(
      fc.property(assets, fc.constantFrom('anomalous', 'malicious', 'suspicious'), (list, kind) => {
        const ids = skillsOf('SOC Manager', [
          `Monitor and analyze activity on ${list.join(', ')} for ${kind} activity.`,
        ]);
        expect(ids).not.toContain('networking');
        expect(ids).not.toContain('endpoint-management');
      }),
      { numRuns: 40 },
    );
    expect(skillsOf('IT Manager', ['Manage Intune policies for 2,000 endpoints.'])).toContain(
      'endpoint-management',
    );
  });

  it('reads Italian "Informatica" as computing, and the ETL vendor only beside data-integration words', () => {
    expect(
      skillsOf('Dirigente', ['Direzione del Settore Sistemi Informativi e Informatica del Comune.']),
    ).not.toContain('etl');
    expect(skillsOf('Data Engineer', ['Experience with Informatica PowerCenter is required.'])).toContain(
      'etl',
    );
  });

  it('reads networking with peers or at events as no network skill', () => {
    for (const line of [
      'Engage in networking with peers and colleagues across state IT organizations.',
      'Represent the agency at IT networking events.',
    ])
      expect(skillsOf('Chief Information Officer', [line]), line).not.toContain('networking');
    expect(skillsOf('IT Manager', ['Strong knowledge of networking, servers and firewalls.'])).toContain(
      'networking',
    );
  });
});
