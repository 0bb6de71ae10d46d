import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQualifications } from '../../../../functions/enrichment/classify/extract-qualifications.ts';
import { htmlToBlocks, textToBlocks } from '../../../../functions/enrichment/parse/text-blocks.ts';
import { loadTaxonomy } from '../../../../functions/enrichment/taxonomy/load-taxonomy.ts';
import type { Block } from '../../../../functions/enrichment/types.ts';

const taxonomy = loadTaxonomy();
const skillIds = (text: string) =>
  extractQualifications('IT Manager', textToBlocks(text), taxonomy).skills.map((s) => s.id);

describe('skills need evidence of the work, and real phrasings are found', () => {
  it.each([
    ['Maintain all internal networks, hardware, servers and IT infrastructure.', 'networking'],
    ['Design and maintain the IT infrastructure, network, storage devices and servers.', 'networking'],
    ['Mantém a infraestrutura de redes e servidores Windows e Linux.', 'networking'],
    ['Own the deployment pipeline for our services.', 'ci-cd'],
    ['Manage laptops with Kandji and Windows endpoints with Tanium.', 'endpoint-management'],
    ['Coordinate the response to cyber incidents across the department.', 'incident-response'],
    ['Track and resolve incidents raised by users within SLA.', 'incident-management'],
    ['Supports the deployment pipelines of every product team.', 'ci-cd'],
    ['Conduct vulnerability assessments and penetration testing.', 'vulnerability-management'],
    ['Join the on-call rota and lead the response to major outages and incidents.', 'incident-management'],
    ['Promouvoir et mettre en œuvre les pratiques agiles de l’équipe.', 'agile'],
    ['Oversee COOP and DR requirements for critical systems.', 'business-continuity'],
    ['Oversee COOP and DR requirements for critical systems.', 'disaster-recovery'],
    ['Liderar e fornecer suporte de TI ao usuário final.', 'help-desk'],
    ['Administers the windows NT and 2003 servers of the city.', 'windows-server'],
    ['Plan the maintenance, monitoring and support of the infrastructure environment.', 'observability'],
    ['C#/.NET 8, Azure Functions, SQL Server.', 'azure'],
    ['C#/.NET 8, Azure Functions, SQL Server.', 'serverless'],
    ['Move from Oracle E-Business Suite to Oracle Cloud ERP.', 'erp'],
    ['Perform regularly scheduled operations, such as backups, log analysis and security checks.', 'backup'],
    ['A working knowledge of routers, switches, firewalls and wireless access points.', 'networking'],
    ['Own problem management: root cause analysis of recurring incidents.', 'itsm'],
    ['Manage software licenses and renewals with vendors.', 'license-management'],
    ['You are an experienced developer of Salesforce integrations.', 'salesforce'],
    ['Acme is a leading provider of care; the IT Manager runs our Intune estate.', 'intune'],
    // A product named by its bare domain is the product.
    ['Experience administering Salesforce.com for a membership team.', 'salesforce'],
    ['Runs payroll in BambooHR (see our careers page).', 'hris'],
    // A team named before the skill, a word that ends the list, the job as the subject, a "you".
    ['Work with the security team to run incident response tabletop exercises.', 'incident-response'],
    ['Work with AWS for the finance team.', 'aws'],
    ['Lead the IT programmes and projects of the council.', 'program-management'],
    ['The Manager provides Microsoft 365 support to agencies.', 'microsoft-365'],
    ['We help clients adopt Okta; you will run our own Okta tenant.', 'okta'],
    // Common phrasings and named products of a skill; a no-break space decoded as Latin-1.
    ['Establishes security protocols and back-up procedures.', 'backup'],
    ['Replication, PITR, backup, monitoring, and relevant tools.', 'backup'],
    ['Experience with Disaster Recovery Plans and Business Continuity\u00c2 Plans.', 'business-continuity'],
    ['General knowledge of T-SQL, SQL Reporting Services and SSRS.', 'sql-server'],
    [
      "Experience with Microsoft's Active Directory, Office365, Sharepoint, and Microsoft Teams.",
      'microsoft-365',
    ],
    ['Carrying out Linux server patch upgrades.', 'patch-management'],
    ['Working in the network automation and operations space.', 'networking'],
    // Round 8: words of real postings the lexicon missed (Portuguese, Spanish, spelling variants).
    ['Atuar em todo ciclo de vida dos incidentes de segurança.', 'incident-response'],
    ['Elaborar planos de segurança e análise de riscos.', 'risk-management'],
    ['Gestão de controle de acessos e identidade em Cloud e TI.', 'iam'],
    ['Implementar sistema de gerenciamento de vulnerabilidades nos ativos.', 'vulnerability-management'],
    ['Ferramenta de monitoramento (ex: Papertrail, Cloudwatch, NewRelic).', 'observability'],
    ['Responsável pelo Suporte N1 do produto.', 'help-desk'],
    ['Conocimientos de administración de redes y gestión de riesgos.', 'networking'],
    ['Conocimientos de administración de redes y gestión de riesgos.', 'risk-management'],
    ['Knowledge of network communications, web development, security.', 'networking'],
    ['IP Networking', 'networking'],
    ['Manage and maintain Linux and Windows-based servers.', 'windows-server'],
    ['Proficient in IIS, Remote Apps, DFS.', 'windows-server'],
    ['Own Conditional Access policies within Azure EntraID.', 'entra-id'],
    ['Troubleshoot SaaS applications (Okta, Google Workspaces, Slack).', 'google-workspace'],
    ['Proficiency with Agile tools like Jira, Trello, or Azure DevOps.', 'ci-cd'],
    ['負責機房容災架構規劃與演練', 'disaster-recovery'],
    ['Experiência com gestão de incidentes e problemas.', 'incident-management'],
    ['2+ years leading Agile development teams, with a deep understanding of Agile principles.', 'agile'],
    ['Experience leading and managing agile teams.', 'agile'],
  ])('finds %j as %s', (text, id) => {
    expect(skillIds(text)).toContain(id);
  });

  it.each([
    ['Strong networking and negotiation skills.', 'networking'],
    ['Build and maintain APIs for our website.', 'api-management'],
    ['Ensure secure configuration management aligned with cybersecurity standards.', 'cmdb'],
    ['Answer customers’ questions as technical support for our product.', 'help-desk'],
    ['Proof of licenses, certifications and education is required.', 'license-management'],
    ['Manage network device management reviews.', 'endpoint-management'],
    // A contract term, a working arrangement, devices and code: not the skill the word also names.
    ['Manage suppliers and ensure SLAs are met.', 'itsm'],
    ['Participate in the out-of-hours on-call rotation.', 'incident-management'],
    ['Provisioning modern devices with modern software.', 'iam'],
    ['Mitigating common security vulnerabilities (e.g., cross-site scripting).', 'vulnerability-management'],
    ['Define partner performance monitoring and KPIs.', 'observability'],
    ['Act as primary expert for NIST 800-63 identity verification compliance.', 'nist-csf'],
    // Problems handled and licences held, in the words' everyday sense.
    ['Work with vendors for problem management of complex technical support issues.', 'itsm'],
    [
      'Oversee electronic subscriptions: trials, authentications, passwords and licenses.',
      'license-management',
    ],
    ['Implement more agile, open and user-focused solutions.', 'agile'],
    // What the employer sells.
    [
      'Acme is a leading, global provider of endpoint management and security solutions.',
      'endpoint-management',
    ],
    ['We are the largest supplier of Salesforce consulting in the region.', 'salesforce'],
    // A word of an address names a host, not the work.
    ['Apply: https://acme.bamboohr.com/careers/79 Salary: $65,000.', 'hris'],
    ['Apply at acme.bamboohr.com by Friday.', 'hris'],
    ['Apply at bamboohr.com/jobs/acme by Friday.', 'hris'],
    ['Send your resume to jobs@workday.com today.', 'workday'],
    // A credential is not the product experience it is about.
    ['CCNA or CCNP certification.', 'cisco'],
    // A context word counts in the cue's own sentence only.
    ['Monitoring of grant spend and reporting. Quarterly dashboards for the board.', 'observability'],
    // Programs that are software or benefits, not programmes led.
    ['Provides guidance on the development of computer programs, as necessary.', 'program-management'],
    ['Eligible for our tuition reimbursement programs.', 'program-management'],
    // Business metrics watched, not systems.
    ['Responsible for developing and monitoring metrics, then making business adjustments.', 'observability'],
    // A consortium's network, not a computer network.
    ["Directs FEDLINK's contracting and network operations for member libraries.", 'networking'],
    // Round 8: a social network, Microsoft's CI/CD service, teams worked with, a boss's unit.
    [
      'We ship features faster than any other social network while upgrading our infrastructure.',
      'networking',
    ],
    ['Proficiency with Agile tools like Jira, Trello, or Azure DevOps.', 'azure'],
    ['Own Conditional Access policies within Azure EntraID.', 'azure'],
    ['Work collaboratively with IT, DevOps, and software engineering teams.', 'devops'],
    ['Close collaboration with DevOps and operation teams of HPC service.', 'devops'],
    ['Coordinate across departments (DevOps, Security, Product Management, etc.)', 'devops'],
    ['A valued team player in a dynamic, autonomous, cross-functional agile team.', 'agile'],
    ['This position will report to Director of IT Service Desk.', 'help-desk'],
  ])('does not take %j as %s', (text, id) => {
    expect(skillIds(text)).not.toContain(id);
  });
});

describe('a lead-in about the employer covers its own paragraph', () => {
  it('reads "Summary of Benefits:" as about the employer, and the duties after it as the job', () => {
    const blocks: Block[] = [
      {
        kind: 'paragraph',
        text: 'Summary of Benefits: free Microsoft 365 licences at home and a wellness programme.',
        section: 'Summary of Benefits',
      },
      {
        kind: 'paragraph',
        text: 'Designs and maintains backup processes and disaster recovery.',
        section: null,
      },
    ];
    const ids = extractQualifications('CIO', blocks, taxonomy).skills.map((x) => x.id);
    expect(ids).not.toContain('microsoft-365');
    expect(ids).toEqual(expect.arrayContaining(['backup', 'disaster-recovery']));
  });
});

describe('a banner line opens a section', () => {
  it('reads the job after "=== JOB DESCRIPTION ===" even when the benefits section is still open', () => {
    const blocks: Block[] = [
      { kind: 'heading', text: 'BENEFITS', section: 'BENEFITS' },
      { kind: 'item', text: 'Backup child care and data backup for your phone.', section: 'BENEFITS' },
      { kind: 'paragraph', text: '=== JOB DESCRIPTION ===', section: 'BENEFITS' },
      {
        kind: 'paragraph',
        text: 'Establishes security protocols and back-up procedures.',
        section: 'BENEFITS',
      },
    ];
    const skills = extractQualifications('Analyst', blocks, taxonomy).skills;
    // The benefits line's "data backup" is not the evidence; the job's sentence is.
    expect(skills.map((x) => [x.id, x.evidence])).toEqual([
      ['backup', 'Establishes security protocols and back-up procedures.'],
    ]);
  });
});

describe('certifications need the credential, not its letters', () => {
  const certIds = (text: string) =>
    extractQualifications('IT Manager', textToBlocks(text), taxonomy).certifications.map((c) => c.id);

  it('does not read "Project Management Plan (PMP)" as the PMP credential', () => {
    expect(certIds('Ensure compliance with the Project Management Plan (PMP).')).not.toContain('pmp');
  });

  it('still reads "Project Management Professional (PMP)" and a bare "PMP required" as the credential', () => {
    expect(certIds('Project Management Professional (PMP) certification required.')).toContain('pmp');
    expect(certIds('PMP required.')).toContain('pmp');
  });

  it('reads CISA as the credential only beside credential words, not as the agency', () => {
    expect(certIds('Launched in partnership with the White House, CISA, and OPM.')).not.toContain('cisa');
    expect(certIds('CISA or CISM designation is an asset.')).toContain('cisa');
  });

  it('does not read ITIL named among frameworks as the ITIL credential', () => {
    expect(
      certIds('Experience administering frameworks such as ISO/IEC 27001, ITIL, COBIT or NIST.'),
    ).not.toContain('itil');
    expect(certIds('Certifications: ITIL, Microsoft MCSE, Cisco CCNA/CCNP, PMP.')).toEqual(['itil', 'pmp']);
  });

  it('takes context words for a certification from its own sentence', () => {
    expect(
      certIds(
        'Certifications such as CCNA or CISSP are a plus. Knowledge of the ITIL framework is an advantage.',
      ),
    ).toEqual(['cissp']);
  });

  it('does not read knowledge of the ITIL framework under "Desirable qualifications" as the ITIL credential', () => {
    expect(
      certIds(
        'Desirable qualifications include cloud platforms. Knowledge of the ITIL framework would be an advantage.',
      ),
    ).not.toContain('itil');
  });
});

describe("a skill word names the job's work, not a colleague, a unit, a credential or the employer", () => {
  const ids = (text: string) => skillIds(text);
  it.each([
    ['Prepare application developers and site reliability engineers for interviews.', 'sre'],
    ['Lead teams of designers, content strategists and agile project managers.', 'agile'],
    ['The IT Manager leads a group of two desktop support technicians.', 'help-desk'],
    ['This position reports to the Head of SRE, Security and Support.', 'sre'],
    ['You will serve the Office of Disaster Recovery and Resilience in Atlanta.', 'disaster-recovery'],
    ['Help Vital Voices drive the empowerment of the Vital Voices Network and team.', 'networking'],
    ['Liaise with the service desk to keep users updated.', 'help-desk'],
    [
      'Work with CISA and the National Institute of Standards and Technology (NIST) on cloud policy.',
      'nist-csf',
    ],
    ['ITIL 4 Foundation certification desirable.', 'itsm'],
    ['SAFe Agilist (SA) certification a plus.', 'agile'],
    // A list of the teams the job works with, ended by a team noun.
    ['Interact with Product, Development, and Service Reliability Engineering (SRE) teams on issues.', 'sre'],
    ['Respond to data corruption in cooperation with network and server staff.', 'networking'],
    ['Collaborate and consult with the Network Administrator on data storage and backup.', 'networking'],
    // The roles a recruiter hires for.
    [
      'Full-cycle recruitment for disciplines including: engineering (cloud, infrastructure and site reliability).',
      'sre',
    ],
    // What the employer does for its clients or for others.
    [
      'We share our work in the open and advocate for others to embrace agile, human-centred practices.',
      'agile',
    ],
    [
      'Through a full portfolio of managed security, assessment and incident response services, Apollo helps organizations reduce risk.',
      'incident-response',
    ],
  ])('%j is not %s', (text, id) => {
    expect(ids(text)).not.toContain(id);
  });

  it.each([
    ['Own site reliability engineering for the platform.', 'sre'],
    ['Manage a team of ServiceNow developers.', 'servicenow'],
    ['Experience with client relationship management (CRM) software.', 'crm'],
    ['Run Disaster Recovery and Business Continuity Planning for all sites.', 'disaster-recovery'],
    ['Run the service desk and its ITIL processes.', 'itsm'],
  ])('%j is %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it('takes nothing from a section about the employer, its benefits or how to apply', () => {
    const blocks = htmlToBlocks(
      '<h2>About us</h2><p>We run on AWS and champion agile ways of working.</p>' +
        '<h2>About the role</h2><ul><li>Own our Azure estate.</li></ul>' +
        '<h2>Benefits</h2><ul><li>Paid AWS certification and Kubernetes training.</li></ul>',
    );
    expect(extractQualifications('IT Manager', blocks, taxonomy).skills.map((s) => s.id)).toEqual(['azure']);
  });

  it('still takes a sentence that asks something of the candidate under such a heading', () => {
    const blocks = htmlToBlocks(
      '<h2>Who we are</h2><p>We champion DevOps across Africa. You will need a solid understanding of Scrum.</p>' +
        '<h2>About your experience</h2><ul><li>Good understanding of agile methodologies</li></ul>',
    );
    expect(extractQualifications('Engineering Manager', blocks, taxonomy).skills.map((s) => s.id)).toEqual([
      'scrum',
      'agile',
    ]);
  });

  it('reads a heading from its start, and never the title, as a section about the employer', () => {
    const blocks = htmlToBlocks('<h2>Data privacy and security</h2><ul><li>Run our DLP and SIEM.</li></ul>');
    expect(extractQualifications('IT Manager', blocks, taxonomy).skills.map((s) => s.id)).toEqual([
      'dlp',
      'siem',
    ]);
    const text = textToBlocks('Run Workday and the HRIS integrations.');
    expect(extractQualifications('Benefits Systems Manager', text, taxonomy).skills.map((s) => s.id)).toEqual(
      ['workday', 'hris'],
    );
  });

  it('reads a Markdown heading left in text as a section', () => {
    const blocks = textToBlocks(
      'Requisition: 42 ## About CDS\n\nWe advocate for agile practices across government.\n\n' +
        '## What you will do\n\nRun our Kubernetes clusters.',
    );
    expect(extractQualifications('Platform Lead', blocks, taxonomy).skills.map((s) => s.id)).toEqual([
      'kubernetes',
    ]);
  });

  it('reads a section about the employing department as about the employer', () => {
    const blocks = htmlToBlocks(
      '<h2>About the Department</h2><p>The IT department runs the campus network and our custom ERP system.</p>' +
        '<h2>About the Role</h2><ul><li>Own the Okta tenant.</li></ul>',
    );
    expect(extractQualifications('IT Manager', blocks, taxonomy).skills.map((s) => s.id)).toEqual(['okta']);
  });

  it('reads a Markdown heading that runs into its paragraph as opening its section', () => {
    const blocks: Block[] = [
      {
        kind: 'paragraph',
        text: '## About Acme Acme is a leading provider of endpoint management and backup solutions.',
        section: null,
      },
      {
        kind: 'paragraph',
        text: '## Role and Responsibilities You will run our Intune estate.',
        section: null,
      },
      { kind: 'item', text: 'Own the network and the VPN.', section: null },
    ];
    expect(extractQualifications('IT Manager', blocks, taxonomy).skills.map((s) => s.id)).toEqual([
      'intune',
      'networking',
    ]);
  });
});

describe('round 8: where a word stands and what the title says', () => {
  it('reads "About <name>" after a dash in a heading as about the employer', () => {
    const blocks = htmlToBlocks(
      '<h3>Who you are working for - About Collective[i]</h3><p>Our advisors include founders of Comcast and MySQL.</p>' +
        '<h3>Qualifications</h3><ul><li>Solid understanding of AWS.</li></ul>',
    );
    expect(extractQualifications('Engineering Manager', blocks, taxonomy).skills.map((s) => s.id)).toEqual([
      'aws',
    ]);
  });

  it('reads a question that opens a paragraph as its heading, for that paragraph only', () => {
    const blocks: Block[] = [
      {
        kind: 'paragraph',
        text: 'Quem somos? Uma plataforma que integra bancos de maneira mais ágil e segura.',
        section: 'Descrição',
      },
      {
        kind: 'paragraph',
        text: 'Conhecimento em Linux, firewalls e redes; metodologias ágeis.',
        section: 'Descrição',
      },
    ];
    const ids = extractQualifications('Analista', blocks, taxonomy).skills.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['linux', 'agile']));
    const first = extractQualifications('Analista', blocks.slice(0, 1), taxonomy).skills.map((s) => s.id);
    expect(first).not.toContain('agile');
  });

  it('does not take the employer, named as such, for its product; a sentence that asks still counts', () => {
    const blocks = textToBlocks(
      // ("At Databricks, we …" is the employer speaking of itself whatever its name: skills-where-asked.test.ts.)
      'Databricks is passionate about helping teams.\n\nExpert knowledge of JAMF.',
    );
    const at = (employer: string | null) =>
      extractQualifications('Endpoint Engineer', blocks, taxonomy, employer).skills.map((s) => s.id);
    expect(at(null)).toContain('data-warehouse');
    expect(at('Databricks, Inc.')).toEqual(['jamf']);
    const asks = textToBlocks('Experience with Databricks is required.');
    expect(
      extractQualifications('Data Engineer', asks, taxonomy, 'Databricks').skills.map((s) => s.id),
    ).toContain('data-warehouse');
  });

  it('an employer whose name the text does not use as a word changes nothing', () => {
    const blocks = textToBlocks(
      'Experience with AWS, Terraform and Kubernetes.\n\nManage Okta, Jamf and the Salesforce CRM.',
    );
    const base = extractQualifications('Engineer', blocks, taxonomy).skills;
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (name) => {
        fc.pre(!/aws|terraform|kubernetes|okta|jamf|salesforce|crm/i.test(name));
        expect(extractQualifications('Engineer', blocks, taxonomy, name).skills).toEqual(base);
      }),
      { numRuns: 60 },
    );
  });

  it('reads CISA beside another credential as the credential, and the agency CISA as no credential', () => {
    const certs = (text: string) =>
      extractQualifications('Security Engineer', textToBlocks(text), taxonomy).certifications.map(
        (c) => `${c.id}:${c.requirement}`,
      );
    expect(certs('CISA and PMP are considered as a plus.')).toEqual(
      expect.arrayContaining(['cisa:preferred', 'pmp:preferred']),
    );
    expect(certs('Coordinate with CISA on federal guidance.')).toEqual([]);
  });

  it('reads project and programme management from the title that names the job', () => {
    const read = (title: string) =>
      extractQualifications(title, textToBlocks('Expert with Jira.'), taxonomy).skills.find(
        (s) => s.id === 'project-management' || s.id === 'program-management',
      );
    expect(read('Technical Project Manager')).toMatchObject({
      id: 'project-management',
      requirement: 'required',
      evidence: 'Technical Project Manager',
    });
    expect(read('Senior Programme Manager, Cloud')?.id).toBe('program-management');
    expect(read('Gerente de Projetos de TI')?.id).toBe('project-management');
    expect(read('Site Reliability Engineer')).toBeUndefined();
  });
});
