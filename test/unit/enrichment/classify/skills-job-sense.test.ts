import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQualifications } from '../../../../functions/enrichment/classify/extract-qualifications.ts';
import { textToBlocks } from '../../../../functions/enrichment/parse/text-blocks.ts';
import { loadTaxonomy } from '../../../../functions/enrichment/taxonomy/load-taxonomy.ts';

const taxonomy = loadTaxonomy();
const skillIds = (text: string, title: string) =>
  extractQualifications(title, textToBlocks(text), taxonomy).skills.map((s) => s.id);

/** Duty lines whose incidents are the job's, in a service-operations job. */
const INCIDENT_DUTIES = [
  '- Ensure timely escalation of critical incidents (P1/P2).',
  '- Lead incident management and root cause analysis for critical issues.',
  '- Be on call to respond to incidents and outages.',
];

describe("a kind of job its title names decides what its body's words mean", () => {
  it("a SOC or security analyst's incidents are security incidents, not incident management", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'SOC Analyst L2',
          'Senior SOC Analyst',
          'Security Operations Center Analyst',
          'Cyber Security Analyst',
        ),
        fc.constantFrom(...INCIDENT_DUTIES),
        (title, duty) => {
          expect(skillIds(`Responsibilities\n${duty}`, title)).not.toContain('incident-management');
        },
      ),
    );
  });

  it('the same duties still name incident management in an IT operations or NOC job', () => {
    for (const title of ['IT Operations Manager', 'NOC Lead', 'Service Desk Manager'])
      expect(skillIds(`Responsibilities\n${INCIDENT_DUTIES[1]}`, title)).toContain('incident-management');
  });

  it("a backend developer's on-call incidents and API endpoints are the product's", () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Senior Backend Engineer', 'Software Engineer II', 'Full Stack Developer', 'SDE 3'),
        fc.constantFrom(
          '- Participate in the on-call rotation and respond to production incidents.',
          '- Lead incident response for your components and conduct post-mortems.',
          '- Design and secure endpoints for our public API.',
        ),
        (title, duty) => {
          const ids = skillIds(`What you'll do\n${duty}`, title);
          for (const id of ['incident-management', 'incident-response', 'endpoint-management'])
            expect(ids).not.toContain(id);
        },
      ),
    );
  });

  it("a security engineer's incident response stays, and the title's own words still count", () => {
    expect(
      skillIds('- Lead incident response to security breaches.', 'Security Software Engineer'),
    ).toContain('incident-response');
    expect(skillIds('- Run the service desk.', 'Incident Management Lead, SOC')).toContain(
      'incident-management',
    );
  });

  it('an application-support job gives support to applications, not a help desk', () => {
    for (const title of ['Application Support Engineer', 'Team Lead – Application Administration'])
      expect(
        skillIds('- Provide 2nd Level Support and resolve service incidents within the SLA.', title),
      ).not.toContain('help-desk');
    expect(skillIds('- Provide 2nd Level Support to end users.', 'IT Support Technician')).toContain(
      'help-desk',
    );
  });
});

describe('support given to systems is not a help desk', () => {
  it('names no help desk whatever the system noun and the words before it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('ICT support', 'IT support', '2nd Level Support'),
        fc.constantFrom('to the', 'for all', 'of the', 'services to the'),
        fc.constantFrom('', 'Core Banking ', 'business ', 'HR '),
        fc.constantFrom('systems', 'applications', 'platform'),
        (cue, link, qualifier, noun) => {
          expect(skillIds(`- Provide ${cue} ${link} ${qualifier}${noun}.`, 'Systems Officer')).not.toContain(
            'help-desk',
          );
        },
      ),
    );
  });

  it('support to people, or to a list of things, is still a help desk', () => {
    for (const line of [
      '- Provide IT support to staff and students.',
      '- Provide IT support for hardware, software and applications.',
      '- Provide ICT support to end users across the county.',
    ])
      expect(skillIds(line, 'Systems Officer')).toContain('help-desk');
  });
});

describe('a list of the teams the job partners with names teams, not skills', () => {
  it('whether the list ends in "the other …" teams or in the team noun', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Partner with', 'Collaborate with', 'Work closely with'),
        fc.constantFrom('and the other engineering teams', 'and the wider IT teams', 'and Security teams'),
        (verb, end) => {
          expect(
            skillIds(
              `- ${verb} Product, DevOps, ${end} on cross-team initiatives.`,
              'Senior Backend Engineer',
            ),
          ).not.toContain('devops');
        },
      ),
    );
    expect(skillIds('- Drive DevOps practices across the platform.', 'Platform Engineer')).toContain(
      'devops',
    );
  });
});

describe("an SRE's error budget is no budgeting", () => {
  it('names budgeting for a budget, not for an error budget', () => {
    expect(
      skillIds('- Own the error budget and SLOs for our services.', 'Site Reliability Engineer'),
    ).not.toContain('budgeting');
    expect(skillIds('- Manage the IT budget of the department.', 'IT Manager')).toContain('budgeting');
  });
});
