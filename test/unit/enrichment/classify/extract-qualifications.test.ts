import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQualifications } from '../../../../functions/enrichment/classify/extract-qualifications.ts';
import { htmlToBlocks, textToBlocks } from '../../../../functions/enrichment/parse/text-blocks.ts';
import { loadTaxonomy } from '../../../../functions/enrichment/taxonomy/load-taxonomy.ts';

const taxonomy = loadTaxonomy();
const fromHtml = (html: string) => extractQualifications('IT Manager', htmlToBlocks(html), taxonomy);
const certs = (q: ReturnType<typeof fromHtml>) =>
  Object.fromEntries(q.certifications.map((c) => [c.id, c.requirement]));

describe('extractQualifications: certifications', () => {
  it('reads the requirement from the sentence the certification stands in', () => {
    const q = fromHtml(
      '<p>Requirements: 5+ years in IT. CompTIA Security+ or CISSP a plus.</p><p>CISM required.</p>',
    );
    expect(certs(q)).toEqual({ cissp: 'preferred', cism: 'required' });
  });

  it('reads the requirement from the section when the sentence has no cue', () => {
    const q = fromHtml(
      '<h3>Minimum qualifications</h3><ul><li>PMP</li></ul><h3>Nice to have</h3><ul><li>ITIL 4 Foundation</li></ul>',
    );
    expect(certs(q)).toEqual({ pmp: 'required', itil: 'preferred' });
  });

  it('marks a certification named outside any requirement as mentioned', () => {
    const q = fromHtml('<p>Our team holds CISSP and CISA credentials across the board.</p>');
    expect(certs(q)).toEqual({ cissp: 'mentioned', cisa: 'mentioned' });
  });

  it('tells each certification in a mixed sentence by its nearest cue', () => {
    const q = extractQualifications(
      'IT Director',
      textToBlocks('CISSP required; PRINCE2 Practitioner desirable.'),
      taxonomy,
    );
    expect(certs(q)).toEqual({ cissp: 'required', prince2: 'preferred' });
  });

  it('needs a credential word for a framework: ITIL practices are a skill, not a certification', () => {
    const q = fromHtml('<p>Run incident and change management on ITIL practices in ServiceNow.</p>');
    expect(q.certifications).toEqual([]);
    expect(q.skills.map((s) => s.id)).toEqual(expect.arrayContaining(['itsm', 'servicenow']));
  });

  it('takes a framework that a requirement word stands right after as the credential asked for', () => {
    expect(certs(fromHtml('<p>ITIL required.</p><p>ScrumMaster certification.</p>'))).toEqual({
      itil: 'required',
      csm: 'mentioned',
    });
    expect(certs(fromHtml('<p>Requirements: ServiceNow. ITIL 4 preferred.</p>'))).toEqual({
      itil: 'preferred',
    });
    expect(fromHtml('<p>Experience with ITIL practices required.</p>').certifications).toEqual([]);
  });

  it('reads requirement words and credential words in other languages', () => {
    expect(certs(fromHtml('<p>Certificação ITIL 4 desejável.</p>'))).toEqual({ itil: 'preferred' });
    expect(certs(fromHtml('<p>ITIL v4 Foundation von Vorteil.</p>'))).toEqual({ itil: 'preferred' });
    expect(certs(fromHtml('<p>CISSP / CISM would be an added advantage.</p>'))).toEqual({
      cissp: 'preferred',
      cism: 'preferred',
    });
    expect(certs(fromHtml('<p>Certification PMP obligatoire.</p>'))).toEqual({ pmp: 'required' });
  });

  it('lets "qualifications" decide only when the sentence has no other cue', () => {
    expect(certs(fromHtml('<p>PRINCE2 or ITIL qualifications desirable.</p>'))).toEqual({
      prince2: 'preferred',
      itil: 'preferred',
    });
    expect(certs(fromHtml('<p>ITIL 4 Foundation is een pré; CISSP mile widziane.</p>'))).toEqual({
      itil: 'preferred',
      cissp: 'preferred',
    });
    expect(certs(fromHtml('<p>PMP qualifications.</p>'))).toEqual({ pmp: 'required' });
  });

  it('reads "or equivalent" and "must hold" as required', () => {
    expect(certs(fromHtml('<p>CISSP or equivalent.</p><p>You must hold a PMP.</p>'))).toEqual({
      cissp: 'required',
      pmp: 'required',
    });
  });

  it('quotes the sentence a certification came from as evidence', () => {
    const q = fromHtml('<p>Lead the team. PMP required. Travel 10%.</p>');
    expect(q.certifications[0]?.evidence).toBe('PMP required.');
  });
});

describe('extractQualifications: skills', () => {
  it('finds skills by id with label, category and evidence', () => {
    const q = fromHtml('<ul><li>Own Okta, Jamf and Intune for 900 people</li></ul>');
    expect(q.skills.map((s) => s.id)).toEqual(['okta', 'jamf', 'intune']);
    expect(q.skills[0]).toMatchObject({
      label: 'Okta',
      category: 'identity-security',
      evidence: 'Own Okta, Jamf and Intune for 900 people',
    });
  });

  it('resolves ambiguous words from context or leaves them out', () => {
    const erp = fromHtml('<p>Consolidate SAP and Oracle into one ERP.</p>').skills.map((s) => s.id);
    expect(erp).toContain('oracle-erp');
    expect(erp).not.toContain('oracle-database');
    const none = fromHtml(
      '<p>Our office is near the Oracle stadium; Teams meetings on Fridays.</p>',
    ).skills.map((s) => s.id);
    expect(none).toEqual([]);
  });

  it('reads Azure AD as Entra ID and not as Azure plus Active Directory', () => {
    expect(fromHtml('<p>Migrate Azure AD joined devices</p>').skills.map((s) => s.id)).toEqual(['entra-id']);
  });

  it('reads a bare DR, NOC, backup, tickets or monitoring only beside the words that make it IT work', () => {
    const ids = (html: string) => fromHtml(html).skills.map((s) => s.id);
    expect(ids('<p>Run quarterly DR failovers to our second site.</p>')).toEqual(['disaster-recovery']);
    expect(ids('<p>Report to Dr. Patel, our DR coordinator for the clinic.</p>')).toEqual([]);
    expect(ids('<p>Staff our 24/7 NOC and handle network incidents.</p>')).toEqual(['networking']);
    // A vendor named at the head of a networking phrase stays a skill of its own.
    expect(ids('<p>Own Cisco switching and routing.</p>')).toEqual(['cisco', 'networking']);
    expect(ids('<p>Fortinet SD-WAN with Starlink backup links.</p>')).toEqual(['networking']);
    expect(ids('<p>Own backups and restores for 40 servers.</p>')).toEqual(['backup']);
    expect(ids('<p>Salaire brut annuel + tickets restaurant.</p>')).toEqual([]);
    expect(ids('<p>Close tickets for 900 users across four sites.</p>')).toEqual(['help-desk']);
    expect(ids('<p>Monitoring of grant conditions and reporting to the board.</p>')).toEqual([]);
    expect(ids('<p>Monitoring and alerting for every production service.</p>')).toEqual(['observability']);
    expect(ids('<p>Mise en conformité RGPD; DSGVO-konforme Prozesse.</p>')).toEqual(['gdpr']);
    expect(ids('<p>Deploy CrowdStrike endpoint protection.</p>')).toEqual(['crowdstrike', 'edr']);
  });

  it('does not take a skill the posting rules out', () => {
    const ids = (html: string) => fromHtml(html).skills.map((s) => s.id);
    expect(ids('<p>An individual contributor role with no direct reports.</p>')).toEqual([]);
    expect(ids('<p>Manage 6 direct reports; no Kubernetes, plenty of VMware.</p>')).toEqual([
      'team-leadership',
      'vmware',
    ]);
    expect(ids('<p>Servicedesk en centre de services; plan de reprise après sinistre (PRA).</p>')).toEqual([
      'help-desk',
      'disaster-recovery',
    ]);
  });

  it('reads "no" as a negation only in English text, and past an article', () => {
    const ids = (html: string) => fromHtml(html).skills.map((s) => s.id);
    expect(ids('<p>Experiência no Azure e no Intune. Conhecimento no ServiceNow.</p>')).toEqual([
      'azure',
      'intune',
      'servicenow',
    ]);
    expect(ids('<p>The stack has no Kubernetes and no VMware.</p>')).toEqual([]);
    expect(
      extractQualifications(
        'IT Manager',
        htmlToBlocks('<p>A people leadership position, not an individual contributor role.</p>'),
        taxonomy,
      ).signals,
    ).toEqual([]);
  });

  it('lists each skill once however often it is named', () => {
    const q = fromHtml('<p>Splunk dashboards.</p><p>Splunk alerts.</p>');
    expect(q.skills.filter((s) => s.id === 'splunk')).toHaveLength(1);
  });
});

describe('extractQualifications: whether a skill is required or preferred', () => {
  const asked = (q: ReturnType<typeof fromHtml>) =>
    Object.fromEntries(q.skills.map((s) => [s.id, s.requirement]));

  it('reads the section a skill stands in', () => {
    const q = fromHtml(
      '<h3>Minimum qualifications</h3><ul><li>Administer Okta for 900 people</li></ul>' +
        '<h3>Nice to have</h3><ul><li>Terraform modules for our AWS accounts</li></ul>',
    );
    expect(asked(q)).toEqual({ okta: 'required', terraform: 'preferred', aws: 'preferred' });
  });

  it('reads the wording of the sentence before the section', () => {
    const q = fromHtml(
      '<h3>Requirements</h3><ul><li>Experience with a major cloud provider (preferably AWS).</li>' +
        '<li>Kubernetes experience is a must; Jamf a plus.</li></ul>',
    );
    expect(asked(q)).toEqual({ aws: 'preferred', kubernetes: 'required', jamf: 'preferred' });
  });

  it('reads "ideally" and "preferably" as qualifying what follows them only', () => {
    const q = fromHtml(
      '<ul><li>Experience with CRM databases, ideally Salesforce.</li><li>Windows Server administration, preferably with Intune.</li></ul>',
    );
    expect(asked(q)).toEqual({
      crm: 'required',
      salesforce: 'preferred',
      'windows-server': 'required',
      intune: 'preferred',
    });
  });

  it('takes a skill the duties name as required', () => {
    const q = fromHtml("<h3>What you'll do</h3><ul><li>Run our Intune and Jamf fleet.</li></ul>");
    expect(asked(q)).toEqual({ intune: 'required', jamf: 'required' });
  });

  it('does not read "requirements" as a noun in a sentence as requiring the skill', () => {
    const q = fromHtml(
      '<h3>Bonus points</h3><ul><li>Translate business requirements into Terraform.</li></ul>',
    );
    expect(asked(q)).toEqual({ terraform: 'preferred' });
  });

  it('reads Markdown headings left in text by their level, and lines that are only a cue', () => {
    const text = [
      '### Specialist skills and requirements',
      '#### Essential',
      '* configuring and managing Linux servers',
      '#### Desirable',
      '* continuous integration for our services',
      '### Working here',
      '* Okta single sign-on for every tool',
      'Desirable',
      '* Splunk dashboards',
    ].join('\n');
    const q = extractQualifications('Web Operations Manager', textToBlocks(text), taxonomy);
    expect(asked(q)).toMatchObject({
      linux: 'required',
      'ci-cd': 'preferred',
      okta: 'required',
      splunk: 'preferred',
    });
  });

  it('does not take a short line that names a skill as a heading', () => {
    const q = fromHtml('<p>AWS a plus</p><ul><li>Run Jamf for 900 people</li></ul>');
    expect(asked(q)).toEqual({ aws: 'preferred', jamf: 'required' });
  });

  it('keeps a skill required when any part of the posting requires it', () => {
    const q = fromHtml(
      '<h3>Nice to have</h3><ul><li>Splunk alerting</li></ul><h3>Essential</h3><ul><li>Splunk administration</li></ul>',
    );
    expect(q.skills).toEqual([
      expect.objectContaining({ id: 'splunk', requirement: 'required', evidence: 'Splunk administration' }),
    ]);
    const first = fromHtml(
      '<h3>Essential</h3><ul><li>Splunk administration</li></ul><h3>Desirable</h3><ul><li>Splunk alerting</li></ul>',
    );
    expect(first.skills).toEqual([
      expect.objectContaining({ id: 'splunk', requirement: 'required', evidence: 'Splunk administration' }),
    ]);
  });

  it('gives every skill under a preferred heading as preferred and under a required one as required', () => {
    const lines = [
      'Okta administration',
      'Jamf enrolment',
      'Terraform modules',
      'Splunk dashboards',
      'ServiceNow workflows',
    ];
    const headings = {
      preferred: ['Nice to have', 'Desirable', 'Preferred qualifications', 'Bonus points'],
      required: ['Requirements', 'Essential', 'Minimum qualifications', 'Must have'],
    } as const;
    fc.assert(
      fc.property(
        fc.constantFrom('preferred' as const, 'required' as const),
        fc.nat(3),
        fc.subarray(lines, { minLength: 1 }),
        (want, which, items) => {
          const heading = headings[want][which] as string;
          const q = fromHtml(`<h2>${heading}</h2><ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`);
          expect(q.skills).toHaveLength(items.length);
          for (const skill of q.skills) expect(skill.requirement).toBe(want);
        },
      ),
      { numRuns: 40 },
    );
  });
});
