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

describe('scope and tier from the body when the title is generic, borrowed or misleading', () => {
  it('puts a bare "Director" who leads the network, server and service-desk teams in the director tier, naming the sentence', () => {
    const r = role(
      'Director',
      'You will lead the network, server and service desk teams and report to the COO.',
    );
    expect(r).toMatchObject({ inScope: true, tier: 'director' });
    expect(r.evidence.map((e) => e.rule)).toContain('body-leads-it-staff');
    expect(r.evidence.find((e) => e.rule === 'body-leads-it-staff')?.text).toMatch(/service desk teams/);
  });

  it('puts a "Technology Manager" who manages the IT infrastructure and the technology budget in scope', () => {
    const body =
      'Manage i.t. infrastructure along with technology vendors. Develop and manage the technology budget.';
    expect(role('Technology Manager', body)).toMatchObject({ inScope: true, tier: 'it-manager' });
  });

  it('keeps a "Technology Manager" who codes and builds websites for a campaign team out of scope', () => {
    const body =
      'This position will focus on coding, data management, testing and websites. Reports to the Communications Director.';
    const r = role('Technology Manager', body);
    expect(r).toMatchObject({ inScope: false, tier: null });
    expect(r.evidence[0]?.rule).toBe('title-generic');
  });

  it('keeps a generic title out when the body says it is not a manager position, whatever it oversees', () => {
    const body =
      'Oversees the IT infrastructure. This is not a manager position and does not have direct reports.';
    expect(role('Director', body).inScope).toBe(false);
  });

  it('puts an IT individual-contributor title whose body supervises its staff in the team-lead tier', () => {
    const body =
      'This position performs supervisory and technical duties in the administration of all city networks. Trains, assigns, directs, supervises and evaluates personnel.';
    const r = role('Network Administrator', body);
    expect(r).toMatchObject({ inScope: true, tier: 'team-lead' });
  });

  it('keeps an IT specialist out when the body says it supervises no one', () => {
    const body = 'Leads Zero Trust architecture activities across the agency. Supervisory status: No.';
    expect(role('IT Specialist (Cybersecurity)', body).inScope).toBe(false);
  });

  it('does not ask the body when the title names a non-IT function of its own ("Supervisory Librarian")', () => {
    const body = 'Directs the network operations and information services of the federal library consortium.';
    expect(role('Supervisory Librarian', body).inScope).toBe(false);
  });

  it('reads Portuguese and Spanish leadership titles: Chefe de TI, Coordenador Service Desk, Gerente de Projetos', () => {
    expect(role('Chefe de TI', 'Gerenciar a equipe de TI.')).toMatchObject({
      inScope: true,
      tier: 'head-of-it',
    });
    expect(role('Coordenador Service Desk', 'Liderar os técnicos.')).toMatchObject({
      inScope: true,
      tier: 'team-lead',
    });
    expect(role('Gerente de Projetos', 'Gerenciar projetos de TI com PMP.').inScope).toBe(false);
  });

  it("puts a public employer's CIO in the cio tier although its department head count is small, and a nonprofit's CTO in cio (being a nonprofit states no size)", () => {
    expect(role('Chief Information Officer', 'A cabinet-level position leading 150 employees.').tier).toBe(
      'cio',
    );
    expect(role('Chief Technology Officer', 'Vital Voices is an international nonprofit.').tier).toBe('cio');
  });

  it('does not read a proper name as the organisation\'s size ("U.S. Small Business Administration")', () => {
    expect(role('Chief Information Officer', 'Join the U.S. Small Business Administration.').tier).toBe(
      'cio',
    );
    expect(role('Chief Information Officer', 'We are a small business of 40.').tier).toBe('vp');
  });
});

describe('readDuties', () => {
  it('does not count a team the job only works with', () => {
    expect(readDuties(textToBlocks('Manage relationships with the IT team and vendors.')).leadsIt).toBeNull();
  });

  it('finds the leading sentence inside a long paragraph, not only its first verb', () => {
    const text =
      'Acme is hiring a Director to drive outcomes across the business and to work with the board. You will report to the CIO and lead three managers and 22 data engineers.';
    expect(readDuties(textToBlocks(text)).leadsIt?.text).toMatch(/22 data engineers/);
  });
});

describe('what the body leads, read by structure (round 5)', () => {
  it('reads "staff laptops" as laptops managed, not staff led: an IT coordinator stays an individual contributor', () => {
    const body =
      'This person will assist the IT Senior Manager in running the internal IT helpdesk, manage and track our fleet of staff laptops, and provision accounts.';
    expect(role('IT Coordinator', body)).toMatchObject({ inScope: false, tier: null });
    // The same verb over the staff themselves still leads them.
    const led = 'Supervises the IT help desk staff and the network technicians.';
    expect(role('Network Administrator', led)).toMatchObject({ inScope: true, tier: 'team-lead' });
  });

  it('skips a staff noun that modifies another to find the people led ("division directors")', () => {
    const r = readDuties(textToBlocks('Manages the division directors of the engineering organization.'));
    expect(r.leadsStaff?.text).toMatch(/division directors/);
  });

  it('keeps a title that names its own function beside a borrowed IT word out unless the body names IT work', () => {
    const body =
      'Supervise busy circulation and reserve operations as well as assisting with our technology services that include poster printing and multimedia support.';
    const r = role('Supervisor - Circulation and Technology Services', body);
    expect(r).toMatchObject({ inScope: false, tier: null });
    expect(r.evidence[0]?.rule).toBe('title-borrowed-it-word');
    const it =
      'Supervises the help desk and manages Active Directory, Microsoft 365, Intune and the Cisco network for all branches.';
    expect(role('Supervisor - Circulation and Technology Services', it).inScope).toBe(true);
    const led =
      'Leads the Academic Technology group in ITS: the learning platforms team and a faculty help desk.';
    expect(role('Director of Academic Technology', led)).toMatchObject({ inScope: true, tier: 'director' });
  });

  it('reads technology training as a non-IT function named in the title ("Technology Training", "IT Training")', () => {
    const body = 'Oversee a team of technology trainers that deliver computer classes to library patrons.';
    expect(role('Associate Manager Technology Training Department', body).inScope).toBe(false);
    expect(role('IT Training and Application Manager', 'Designs training curricula.').inScope).toBe(false);
  });

  it('counts managers named "Tech" among the IT staff a borrowed "Technology & Data Director" leads', () => {
    const body =
      'This role will manage two union employees; a Data & Tech Manager and a Data & Analytics Manager, and advise on data infrastructure decisions.';
    expect(role('Interim Technology & Data Director', body)).toMatchObject({
      inScope: true,
      tier: 'director',
    });
  });
});

describe('tier from the span the body gives a supervisory or "head" title (unit ladder in the taxonomy)', () => {
  it('puts a specialist title whose body manages a division in the director tier, naming the sentence', () => {
    const r = role(
      'IT Cybersecurity Specialist (Security)',
      'Serves as the mission area Chief Information Security Officer and manages the cybersecurity division.',
    );
    expect(r).toMatchObject({ inScope: true, tier: 'director' });
    expect(r.evidence.find((e) => e.rule === 'body-span')?.text).toMatch(
      /^division: .*cybersecurity division/,
    );
  });

  it('reads a supervisory title by the unit it supervises: a division is director, a branch or section it-manager', () => {
    const branch = role(
      'Supervisory Information Technology Cybersecurity Specialist',
      'Supervises the Information Security Branch and manages the IT security budget.',
    );
    expect(branch).toMatchObject({ inScope: true, tier: 'it-manager' });
    const division = role('Supervisory IT Specialist', 'Manages the Enterprise Infrastructure Division.');
    expect(division.tier).toBe('director');
    const section = role('Supervisory IT Specialist', 'Supervises the Network Operations Section.');
    expect(section.tier).toBe('it-manager');
    // A bare team says nothing beyond the title: the title's tier stands.
    expect(role('Supervisory IT Specialist', 'Supervises the network team.').tier).toBe('it-manager');
  });

  it('makes a "Head" title head the unit the body places it in only when the title names that unit', () => {
    const placed =
      'This position is located in the Service Desk Operations Section, IT End User Services Division, Office of the Chief Information Officer.';
    const r = role('Supervisory IT Specialist (Head, Service Desk Operations)', placed);
    expect(r).toMatchObject({ inScope: true, tier: 'it-manager' });
    expect(r.evidence.map((e) => e.rule)).toContain('body-heads-unit');
    const elsewhere = 'This position is located in the IT Infrastructure Division of the agency.';
    expect(role('Head of Service Desk', elsewhere).tier).toBe('head-of-it');
  });
});

describe('"Database Manager" borrowed by fundraising and CRM jobs: the body decides', () => {
  it('keeps a fundraising database manager who supports a director out, and a manager of DBAs in', () => {
    const crm =
      'Support the Senior Director of Fundraising Data in maintaining and managing our Salesforce database and ensuring the integrity of its data.';
    expect(role('Salesforce Database Manager', crm)).toMatchObject({ inScope: false, tier: null });
    const dba = 'Manages a team of six database administrators and owns the database platform.';
    expect(role('Database Manager', dba)).toMatchObject({ inScope: true, tier: 'it-manager' });
  });
});

describe('titles that name no job, and C-level words beside a practitioner noun (round 5, second batch)', () => {
  const securityDuties = [
    'Key Responsibilities and Duties Include:',
    '• Develops, implements and monitors a strategic information security program, incident response and vulnerability management.',
    '• Manage the work of a team of operating systems programmers and analysts that are responsible for network system planning, configuration, installation and security.',
    '• Knowledge of firewalls, SIEM, EDR and Active Directory.',
  ].join('\n');

  it('reads a government description whose only heading is a metadata line by its duties, naming the lead sentence', () => {
    const r = role('=== JOB DETAILS ===', securityDuties);
    expect(r.inScope).toBe(true);
    expect(r.evidence[0]?.rule).toBe('title-not-a-job-name');
    expect(r.evidence.map((e) => e.text).join(' ')).toMatch(/team of operating systems programmers/);
  });

  it('keeps a metadata-line title out of scope when the duties lead no one', () => {
    const body =
      '• Install and troubleshoot LAN and WAN hardware, firewalls and VPN appliances.\n• Resolve desktop problems for staff.';
    expect(role('Job Description', body)).toMatchObject({ inScope: false, tier: null });
  });

  it('does not treat a job name as a metadata line', () => {
    // "Compounder" names a job (not IT): the body is not asked to make it an IT leader.
    expect(role('Chemical Compounder', securityDuties)).toMatchObject({ inScope: false });
  });

  it('puts a developer titled "Potential CTO" who leads no one out of scope, and says why', () => {
    const r = role(
      'Full Stack Developer - Potential CTO/Founders',
      'We are hiring up to three developers to build a platform for security services. Show us something you built.',
    );
    expect(r).toMatchObject({ inScope: false, tier: null });
    // "Potential CTO" is a career path: the title is a developer's, led by no one in the body.
    expect(r.evidence[0]).toMatchObject({ rule: 'title-no-leadership' });
  });

  it('keeps a "CTO / Lead Developer" in scope when the body says the job builds and leads the engineering team', () => {
    const r = role(
      'CTO / Lead Developer',
      'You will lead our engineering team of six developers and own the technology budget. We are a 40-person startup.',
    );
    expect(r.inScope).toBe(true);
    expect(r.evidence.map((e) => e.rule)).toContain('body-leads-it-staff');
  });

  it('leaves a plain C-level title to the title and the organisation size, without asking the body', () => {
    expect(
      role('Chief Technology Officer', 'We are a 40-person startup. You will write code daily.'),
    ).toMatchObject({
      inScope: true,
      tier: 'vp',
    });
  });
});

describe('a manager of a technical object ("Network Manager") is decided by the body', () => {
  it('puts a "Network Manager" who installs and secures the network alone out of scope, naming the object', () => {
    const body = [
      "The Network Manager will manage, maintain, document, and operate the Department of State's (Department) network.",
      '- Install, secure, maintain, troubleshoot, and repair LAN and WAN network hardware;',
      '- Resolve desktop and networking problems;',
      'Ability to organize, manage time, and follow-through under pressure.',
    ].join('\n');
    const r = role('Network Manager', body);
    expect(r).toMatchObject({ inScope: false, tier: null });
    expect(r.evidence[0]).toMatchObject({ rule: 'title-technical-object', text: 'network' });
  });

  it('keeps a "Network Manager" who leads a team of network engineers in scope at the title\'s tier', () => {
    const r = role(
      'Network Manager',
      'We are looking for a Network Manager to lead our team of four network engineers.',
    );
    expect(r).toMatchObject({ inScope: true, tier: 'it-manager' });
    expect(r.evidence.map((e) => e.rule)).toContain('body-leads-it-staff');
  });

  it('leaves titles whose object is not what the manager word names to the title ("Systems Support Manager")', () => {
    expect(role('Systems Support Manager', 'Support our users.')).toMatchObject({ inScope: true });
  });

  it('does not read a unit named in the possessive or as an alias as the staff led', () => {
    const read = readDuties(textToBlocks("Manage the Department of State's (Department) network."));
    expect(read.leadsStaff).toBeNull();
  });

  it('ranks an IT coordinator by the lead sentence that names the unit, not the first that names only staff', () => {
    const body = [
      'This includes managing the IT staff and identifying new technologies.',
      'Manages the Information Technology department staff, including training, and performance evaluation.',
    ].join('\n');
    const r = role('IT Coordinator', body);
    expect(r).toMatchObject({ inScope: true, tier: 'it-manager' });
    expect(r.evidence[1]).toMatchObject({ rule: 'body-leads-it-unit' });
  });
});
