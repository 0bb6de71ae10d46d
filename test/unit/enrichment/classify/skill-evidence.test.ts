import { describe, expect, it } from 'vitest';
import { extractQualifications } from '../../../../functions/enrichment/classify/extract-qualifications.ts';
import { textToBlocks } from '../../../../functions/enrichment/parse/text-blocks.ts';
import { loadTaxonomy } from '../../../../functions/enrichment/taxonomy/load-taxonomy.ts';

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
  ])('does not take %j as %s', (text, id) => {
    expect(skillIds(text)).not.toContain(id);
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

  it('does not read knowledge of the ITIL framework under "Desirable qualifications" as the ITIL credential', () => {
    expect(
      certIds(
        'Desirable qualifications include cloud platforms. Knowledge of the ITIL framework would be an advantage.',
      ),
    ).not.toContain('itil');
  });
});
