/**
 * Round 13 (scope from the whole posting): a body that denies managing people takes a lead title
 * out, in any of the languages read; a title's IT word that other trades share (security
 * operations, data center, infrastructure) is placed by the body's unit cues; the Director General
 * of an IT body heads it; a site's IT Manager heads the site's IT.
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

describe('a body that denies managing people', () => {
  const denials = [
    'without being the formal people manager',
    'but is not a people manager',
    'with no direct reports',
    'without line management responsibilities',
    'with no people management responsibility',
  ];
  const leadTitles = [
    'Lead Service Desk Analyst',
    'Service Desk Lead',
    'TechOps Lead',
    'Infrastructure Lead',
  ];
  it('takes a lead title out, whatever the denial and the title', () => {
    fc.assert(
      fc.property(fc.constantFrom(...leadTitles), fc.constantFrom(...denials), (title, denial) => {
        const r = role(
          title,
          `Role Summary\nThe ${title} coordinates the service desk queue and guides the analysts ${denial}.\nResolves escalated incidents and maintains the knowledge base.`,
        );
        expect(r.inScope).toBe(false);
        expect(r.evidence.some((e) => e.rule === 'body-leads-no-one')).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('keeps the same lead in scope when the body says it manages the analysts', () => {
    const r = role(
      'Service Desk Lead',
      'Role Summary\nThe Service Desk Lead manages a team of 8 service desk analysts, runs their rota and appraisals.\nResolves escalated incidents.',
    );
    expect(r.inScope).toBe(true);
    expect(r.tier).toBe('team-lead');
  });

  it('does not read what the candidate needs as a denial', () => {
    const r = role(
      'Service Desk Lead',
      'The Service Desk Lead manages a team of 8 service desk analysts.\nNo people management experience required: we will train you.',
    );
    expect(r.inScope).toBe(true);
  });

  it('reads the denial in German, French, Spanish, Portuguese and Italian', () => {
    const bodies = [
      'Sie koordinieren die Analysten im Service Desk. Die Stelle ist ohne Personalverantwortung.',
      'Vous coordonnez les analystes du centre de services, sans encadrement hiérarchique.',
      'Coordinas a los analistas del centro de servicios, sin personal a cargo.',
      'Você coordena os analistas do service desk, sem gestão de pessoas.',
      'Coordini gli analisti del service desk, senza riporti diretti.',
    ];
    for (const body of bodies) expect(role('Service Desk Lead', body).inScope).toBe(false);
  });
});

describe("a shared IT word placed by the body's unit", () => {
  const physical = [
    'access control',
    'alarms',
    'video surveillance',
    'dispatchers',
    'life safety',
    'executive protection',
    'mass notification',
  ];
  const cyber = [
    'SIEM',
    'EDR',
    'malware',
    'phishing',
    'threat hunting',
    'firewalls',
    'Splunk',
    'vulnerabilities',
  ];
  it('takes a security operations leader out over a physical-security body, in over a cyber one', () => {
    fc.assert(
      fc.property(
        fc.subarray(physical, { minLength: 3 }),
        fc.subarray(cyber, { minLength: 3 }),
        fc.boolean(),
        (guards, analysts, isPhysical) => {
          const cues = isPhysical ? guards : analysts;
          const r = role(
            'Director, Security Operations Center',
            `The Director leads the 24/7 security operations center team of analysts and incident managers.\nOwns monitoring and response across ${cues.join(', ')}.`,
          );
          expect(r.inScope).toBe(!isPhysical);
          if (isPhysical) expect(r.evidence[0]?.rule).toBe('body-other-unit');
        },
      ),
      { numRuns: 40 },
    );
  });

  it('takes a data center start-up manager out over a construction body', () => {
    const r = role(
      'Data Center Site Start Up Manager',
      'Lead the construction and commissioning of a new data center campus. Manage general contractors and subcontractors, switchgear, generators and chillers through energization and turnover to operations.',
    );
    expect(r.inScope).toBe(false);
    expect(r.evidence[0]?.rule).toBe('body-other-unit');
  });

  it('keeps an infrastructure manager over servers and networks in scope', () => {
    const r = role(
      'Infrastructure Manager',
      'Manage the IT infrastructure team of 6 engineers. Own servers, networks, VMware, storage, backups and the Azure cloud estate, and the firewall estate.',
    );
    expect(r.inScope).toBe(true);
  });

  it('takes a head of travel infrastructure out over rail, roads and stations', () => {
    const r = role(
      'Head of Travel Infrastructure',
      'Lead the team that plans the region’s rail, roads, bridges and stations, and the capital projects that renew them.',
    );
    expect(r.inScope).toBe(false);
  });
});

describe('titles that say whom the job heads', () => {
  it('reads the Director General of an IT agency as the head of IT, in several languages', () => {
    for (const title of [
      "Direttore Generale dell'Agenzia Regionale per l'Informatica e la Telematica",
      'Director General, Information Technology',
      'Diretor-Geral de Tecnologia da Informação',
    ])
      expect(role(title, 'Leads the agency and its staff.').tier).toBe('cio');
  });

  it('leaves a Director General of a non-IT body out', () => {
    expect(
      role('Director General of Health', 'Leads the health directorate and its 300 staff.').inScope,
    ).toBe(false);
  });

  it("reads a site's IT Manager as the head of that site's IT", () => {
    for (const title of ['Plant IT Manager', 'Site IT Manager', 'Country IT Manager'])
      expect(role(title, 'Directs the work of the IT personnel of the site.').tier).toBe('head-of-it');
    expect(role('IT Manager', 'Directs the work of the IT personnel.').tier).toBe('it-manager');
  });
});

describe('a selling function right after the leader words', () => {
  const leaders = ['Team Lead', 'Head of', 'Director', 'Leiter', 'Gerente de', 'Jefe de'];
  const functions = ['Sales', 'Vertrieb', 'Vendas', 'Ventas', 'Marketing', 'Business Development'];
  const goods = ['IT Distribution', 'IT Solutions', 'IT-Systeme', 'TI', 'IT Services'];
  it('takes the title out: the IT words name what the unit sells', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...leaders),
        fc.constantFrom(...functions),
        fc.constantFrom(...goods),
        (leader, fn, sold) => {
          const r = role(`${leader} ${fn} ${sold}`, 'Leads a team of 6 account managers and grows revenue.');
          expect(r.inScope).toBe(false);
          expect(r.evidence[0]?.rule).toBe('title-other-function');
        },
      ),
      { numRuns: 40 },
    );
  });

  it('keeps an IT leader whose title names IT right after the leader words', () => {
    for (const title of ['Team Lead IT Support', 'Head of IT Operations', 'Gerente de TI'])
      expect(role(title, 'Leads a team of 6 IT technicians.').inScope).toBe(true);
  });
});

describe('SOC in a title', () => {
  const cyber =
    'Lead and manage the SOC team of analysts. Integrate logs into the SIEM, tune EDR alerts, run threat hunting and incident response.';
  it('reads SOC as security operations: a manager of the centre leads an IT security unit', () => {
    for (const title of ['Manager, SOC', 'SOC Manager', 'Head of SOC'])
      expect(role(title, cyber).inScope).toBe(true);
  });

  it('keeps the SOC 2 report apart from the security operations centre', () => {
    expect(role('SOC 2 Compliance Manager', cyber).inScope).toBe(false);
  });
});
