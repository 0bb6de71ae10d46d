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

  it("puts a public employer's CIO in the cio tier although its department head count is small, and a nonprofit's CTO in vp", () => {
    expect(role('Chief Information Officer', 'A cabinet-level position leading 150 employees.').tier).toBe(
      'cio',
    );
    expect(role('Chief Technology Officer', 'Vital Voices is an international nonprofit.').tier).toBe('vp');
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
