import { describe, expect, it } from 'vitest';
import { classifyRole } from '../../../../functions/enrichment/classify/classify-role.ts';
import { extractQualifications } from '../../../../functions/enrichment/classify/extract-qualifications.ts';
import {
  statedBudgets,
  statedHeadcount,
  statedHeadcounts,
} from '../../../../functions/enrichment/classify/org-scale.ts';
import { statedYears } from '../../../../functions/enrichment/classify/stated-years.ts';
import { textToBlocks } from '../../../../functions/enrichment/parse/text-blocks.ts';
import { loadTaxonomy } from '../../../../functions/enrichment/taxonomy/load-taxonomy.ts';

const taxonomy = loadTaxonomy();
/** The role of a posting; the role signals come from the same pass that finds skills, as in enrichment. */
const byTitle = (title: string, body = '', technicalSkillCount = 0) => {
  const blocks = textToBlocks(body);
  const { signals } = extractQualifications(title, blocks, taxonomy);
  return classifyRole(title, blocks, { technicalSkillCount, signals }, taxonomy);
};

describe('classifyRole by title', () => {
  it.each([
    ['IT Manager', 'it-manager'],
    ['Manager, Information Technology', 'it-manager'],
    ['IS Manager', 'it-manager'],
    ['Mgr, IT Ops', 'it-manager'],
    ['Data Center Manager', 'it-manager'],
    ['Service Desk Manager', 'it-manager'],
    ['Software Development Manager', 'it-manager'],
    ['Information Security Manager', 'it-manager'],
    ['Sr. IT Manager', 'head-of-it'],
    ['Senior Manager, IT Infrastructure', 'head-of-it'],
    ['Head of Information Technology', 'head-of-it'],
    ['Associate Director, IT', 'head-of-it'],
    ['Dir. of I.T.', 'director'],
    ['MIS Director', 'director'],
    ['Sr. Director, Information Systems', 'director'],
    ['Director, Infrastructure & Operations', 'director'],
    ['Executive Director, Information Technology', 'director'],
    ['Interim IT Director (Contract)', 'director'],
    ['AVP, Information Technology', 'director'],
    ['VP, Information Technology', 'vp'],
    ['SVP, Technology', 'vp'],
    ['Head of Technology', 'vp'],
    ['Deputy CIO', 'vp'],
    ['Associate CIO', 'vp'],
    ['SAP Manager', 'it-manager'],
    ['Chief Information Officer', 'cio'],
    ['EVP & Chief Information Officer', 'cio'],
    ['CISO', 'cio'],
    ['IT Team Lead - Infrastructure', 'team-lead'],
    ['Help Desk Supervisor', 'team-lead'],
    ['Assistant IT Manager', 'team-lead'],
    ['Network Operations Center Supervisor', 'team-lead'],
    ['Head of Technology Services', 'head-of-it'],
    // Titles in German, French, Spanish, Portuguese and Dutch.
    ['IT-Leiter (m/w/d)', 'head-of-it'],
    ['Leiter IT', 'head-of-it'],
    ['Teamleiter IT-Support', 'team-lead'],
    ['Responsable informatique (H/F)', 'it-manager'],
    ["Directeur des systèmes d'information", 'cio'],
    ['Gerente de TI', 'it-manager'],
    ['Jefe de Sistemas', 'it-manager'],
    ['Responsable de Equipo de Soporte IT', 'team-lead'],
    ['Supervisory Information Technology Specialist (INFRA)', 'it-manager'],
    ['Kierownik Działu IT', 'it-manager'],
    ['Diretor de TI', 'director'],
    ['Hoofd IT', 'head-of-it'],
  ])('puts "%s" in the %s tier', (title, tier) => {
    const role = byTitle(title);
    expect(role).toMatchObject({ inScope: true, tier, family: 'it-management' });
    expect(role.evidence[0]).toEqual({ rule: 'title', text: title });
  });

  it.each([
    'Senior Systems Administrator',
    'Help Desk Technician II',
    'Lead Systems Engineer',
    'Cloud Architect',
    'IT Project Manager',
    'IT Program Manager',
    'Technical Project Manager',
    'Cybersecurity Project Manager',
    'Senior Product Manager, Identity',
    'Cloud Product Director',
    'Sales Director, IT Solutions',
    'IT Account Manager',
    'Director of Nursing',
    'Provider Network Manager',
    'Chief Financial Officer',
    'General Manager',
    'Executive Assistant to the CIO',
    'IT Coordinator',
    'Director of Business Development, IT Services',
    'Head of Product',
    'IT Audit Manager',
    // The IT word names what the job sells, staffs or serves.
    'Director of IT Sales',
    'Head of Technology Sales EMEA',
    'Director, IT Recruiting',
    'Senior Recruitment Consultant – IT Leadership (CIO / IT Director Search)',
    'Marketing Specialist, Office of the CTO',
    'Gerente de Ventas',
    'Director de Recursos Humanos',
  ])('keeps "%s" out of scope with no tier', (title) => {
    expect(byTitle(title)).toMatchObject({ inScope: false, tier: null });
  });
});

describe('classifyRole from the body', () => {
  it('places the CIO of a 220-person company in the vp tier', () => {
    const role = byTitle(
      'Chief Information Officer',
      'Harborview is a 220-person network of veterinary hospitals.',
    );
    expect(role.tier).toBe('vp');
    expect(role.evidence).toContainEqual({ rule: 'org-size', text: '220-person' });
  });

  it('places the CIO of a startup hiring its first CIO in the vp tier', () => {
    expect(byTitle('CIO', 'A Series B fintech startup looking for our first CIO.').tier).toBe('vp');
  });

  it('reads a startup or co-founder CTO title as the vp tier', () => {
    expect(byTitle('CTO (startup)').tier).toBe('vp');
    expect(byTitle('Co-founder & CTO').tier).toBe('vp');
  });

  it('keeps the CIO of a 12,000-employee public company in the cio tier', () => {
    expect(
      byTitle('Chief Information Officer', 'A publicly traded insurer with 12,000 employees.').tier,
    ).toBe('cio');
  });

  it('does not read the size of the team the role leads as the size of the company', () => {
    expect(byTitle('CTO', 'You will lead a team of 40 engineers at a Fortune 500 retailer.').tier).toBe(
      'cio',
    );
  });

  it('does not let "reports to the CIO" in the body change an IT Manager tier', () => {
    expect(byTitle('IT Manager', 'This role reports to the Chief Information Officer.').tier).toBe(
      'it-manager',
    );
  });

  it('counts a weak title word only when the body shows IT work', () => {
    expect(byTitle('Director of Operations', 'Run the plant and logistics.').inScope).toBe(false);
    // Working beside IT on one system is not IT work.
    expect(
      byTitle('Operations Director', 'Own the WMS/TMS roadmap with IT. Experience with SAP EWM is a plus.', 1)
        .inScope,
    ).toBe(false);
    const it = byTitle('Security Manager', 'Own our SIEM, EDR and IT vulnerability management.', 3);
    expect(it).toMatchObject({ inScope: true, tier: 'it-manager' });
    expect(it.confidence).toBeLessThan(0.9);
  });

  it('keeps a titled job out of scope when the body calls it an individual contributor role', () => {
    const role = byTitle(
      'Director, Enterprise Architecture',
      'We use Director as a career level. This is an individual contributor role with no direct reports.',
    );
    expect(role).toMatchObject({ inScope: false, tier: null });
    expect(role.evidence[0]?.rule).toBe('body-individual-contributor');
    expect(byTitle('IT Manager', 'Lead a team of 6 individual contributors and grow them.').inScope).toBe(
      true,
    );
    // A one-person IT team still owns the IT function.
    expect(
      byTitle('IT Manager', 'You will be our one-person IT team, with no direct reports; own the IT budget.')
        .inScope,
    ).toBe(true);
  });

  it('keeps a job whose own pay is quota and commission out of scope, whatever its title', () => {
    const role = byTitle(
      'Network Manager - Enterprise Accounts',
      'Own a $2.4M annual quota across 40 enterprise accounts. Base $70k-$85k plus uncapped commission.',
    );
    expect(role).toMatchObject({ inScope: false, tier: null });
    expect(role.evidence[0]).toEqual({ rule: 'body-sales-role', text: 'annual quota, uncapped commission' });
    // An IT job that supports sales names one of them, not its own pay.
    expect(
      byTitle('IT Manager', 'Support the sales team: CRM, quota dashboards and the commission plan.').inScope,
    ).toBe(true);
    expect(byTitle('IT Manager', 'Support the sales team with Salesforce and storage quotas.').inScope).toBe(
      true,
    );
  });

  it('keeps IT jobs that name commissions or individual contributors for other reasons in scope', () => {
    expect(
      byTitle(
        'IT Manager',
        'A people leadership position, not an individual contributor role. Lead 6 engineers.',
      ).inScope,
    ).toBe(true);
    expect(
      byTitle(
        'IT Manager',
        'Run the prospecting tools and commission structure reporting for our sales floor. Pay: £95,000 OTE.',
      ).inScope,
    ).toBe(true);
  });

  it("counts the word IT as the job's own work, not as the department a business job works beside", () => {
    expect(byTitle('Security Manager', 'Lead the IT security team; own our SIEM.', 1)).toMatchObject({
      inScope: true,
      tier: 'it-manager',
    });
  });

  it('reports the years of experience the posting asks for', () => {
    expect(
      statedYears(textToBlocks('Requirements: 10+ years of infrastructure experience, 5 in management.')),
    ).toEqual({
      min: 10,
      max: null,
    });
    expect(statedYears(textToBlocks('You bring 7-12 years of experience in IT.'))).toEqual({
      min: 7,
      max: 12,
    });
    expect(statedHeadcount('We have 1,100 employees and 45 staff in IT')?.count).toBe(1100);
  });
});

describe('organisation scale for a C-level title beyond a head count (round 5)', () => {
  it('reads a head count of the IT function as the span, not the size of the organisation', () => {
    expect(
      statedHeadcounts('The Department of Technology has 70 employees and serves the city.'),
    ).toMatchObject({
      org: null,
      it: { count: 70 },
    });
    expect(
      statedHeadcounts('Lead a team of 40 IT professionals at a company of 3,000 employees.'),
    ).toMatchObject({
      org: { count: 3000 },
      it: { count: 40 },
    });
  });

  it('places the CIO who leads a large IT function in the cio tier, even at a nonprofit', () => {
    const r = byTitle(
      'Chief Information Officer',
      'A nonprofit health network. The CIO leads a department of 70 IT staff across 12 sites.',
    );
    expect(r.tier).toBe('cio');
    expect(r.evidence).toContainEqual({ rule: 'org-size', text: '70 IT staff' });
  });

  it('reads the budget: a $120 million operating budget is large, an annual budget of £6m small', () => {
    expect(byTitle('Chief Technology Officer', 'We run on a $120 million operating budget.').tier).toBe(
      'cio',
    );
    const small = byTitle('Chief Technology Officer', 'Our annual budget is currently c.£6m.');
    expect(small.tier).toBe('vp');
    expect(small.evidence.find((e) => e.rule === 'org-size')?.text).toMatch(/£6m/);
    expect(statedBudgets('Manage an IT budget of $12 million.').it?.count).toBe(12_000_000);
  });

  it('places a CTO who leads a team of three in the vp tier', () => {
    expect(byTitle('Chief Technology Officer', 'You will manage a team of 3 developers.').tier).toBe('vp');
  });
});

describe('being a nonprofit states no size (round 10)', () => {
  it.each([
    'We are a not-for-profit organization serving families.',
    'A registered charity working across the region.',
    'Family Promise is a 501(c)(3) organization.',
  ])('keeps the CTO of "%s" in the cio tier when no size is stated', (body) => {
    expect(byTitle('Chief Technology Officer', body).tier).toBe('cio');
  });

  it('a small nonprofit by its head count is still vp', () => {
    expect(byTitle('Chief Technology Officer', 'A registered charity of 30 staff.').tier).toBe('vp');
  });
});

describe('the staff a C-level job manages is its span, not the size of the organisation', () => {
  it('reads "manage a staff of about 70 full-time employees and about 120 contract staff" as the IT span', () => {
    const body =
      'The CIO oversees the Office of the CIO with executives who together manage a staff of about 70 full-time employees and about 120 contract staff.';
    expect(statedHeadcounts(body)).toMatchObject({ org: null, it: { count: 120 } });
    expect(byTitle('Chief Information Officer', body).tier).toBe('cio');
  });
});

describe('a staff noun that modifies an acronym', () => {
  it('reads "the branch WAN" as a network run, not a branch led', () => {
    expect(byTitle('Head of IT Infrastructure', 'Run the branch WAN on SD-WAN and firewalls.').tier).toBe(
      'head-of-it',
    );
  });
});
