/**
 * A freelance engagement's manager title is a role in a client's project unless the body says the
 * job leads staff or owns the whole IT function; German duty sentences count as lead sentences.
 */
import { describe, expect, it } from 'vitest';
import { readDuties } from '../../../../functions/enrichment/classify/body-duties.ts';
import { classifyRole } from '../../../../functions/enrichment/classify/classify-role.ts';
import {
  engagementLeads,
  freelanceEngagement,
} from '../../../../functions/enrichment/classify/engagement.ts';
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
const rules = (r: { evidence: readonly { rule: string }[] }) => r.evidence.map((e) => e.rule);

const FREELANCE = '## Details\n- **Vertragsart:** Freiberuflich\n- **Branche:** IT\n\n## Beschreibung\n';

describe('a freelance engagement', () => {
  it('is marked by a contract-type line, a freelance opportunity, temporary agency work or a project duration', () => {
    for (const text of [
      '- **Vertragsart:** Freiberuflich',
      'Stellentyp: freiberuflich',
      'Freelance Opportunity: Program Manager',
      '"IT Service Manager" in Arbeitnehmerüberlassung!!',
      'Projektdauer: 6 Monate mit Option auf Verlängerung',
    ])
      expect(freelanceEngagement(textToBlocks(text))?.rule, text).toBe('body-freelance-engagement');
  });

  it('is not marked by a permanent post, a contractor word or an interim title alone', () => {
    for (const text of [
      '- **Vertragsart:** Festanstellung',
      'This is a full-time permanent role; we work with contractors and vendors.',
      'Interim IT Director, reporting to the CFO, leading a team of 12.',
    ])
      expect(freelanceEngagement(textToBlocks(text)), text).toBeNull();
  });

  it('keeps an IT manager who leads a team, in German or English, in scope', () => {
    const german = role(
      'Erfahrener Interim SAP Teamleiter',
      `${FREELANCE}Leitung des SAP-Teams.\n• Führung eines Teams aus internen und externen SAP-Fachkräften\n• Aktives Customizing in Logistikmodulen`,
    );
    expect(german.inScope).toBe(true);
    const english = role(
      'IT Manager',
      `${FREELANCE}You will lead the IT team of six administrators and own the IT budget.`,
    );
    expect(english).toMatchObject({ inScope: true });
  });

  it('puts a freelance manager title whose body leads no one out, naming the engagement', () => {
    const out = role(
      'IT-Manager ISO (m/w/d)',
      `${FREELANCE}Ihre Aufgaben:\n- Aufbau eines ISMS nach ISO 27001\n- Durchführung von Audits und Risikoanalysen\n- Erfahrung mit Führungsaufgaben von Vorteil`,
    );
    expect(out).toMatchObject({ inScope: false, tier: null });
    expect(rules(out)).toContain('body-freelance-engagement');
  });

  it('does not let a permanent IT manager posting with the same body fall out', () => {
    expect(
      role('IT Manager', 'Ihre Aufgaben:\n- Aufbau eines ISMS nach ISO 27001\n- Durchführung von Audits')
        .inScope,
    ).toBe(true);
  });
});

describe('German lead sentences', () => {
  it('reads "Führung eines Teams" and "leitet die Abteilung" as staff led, "mit Mitarbeitern" as beside', () => {
    const led = readDuties(textToBlocks('Führung eines Teams aus internen und externen SAP-Fachkräften.'));
    expect(led.leadsIt?.rule).toBe('body-leads-it-staff');
    expect(engagementLeads(led)).not.toBeNull();
    expect(
      readDuties(textToBlocks('Sie leiten die IT-Abteilung mit 12 Mitarbeitenden.')).leadsIt,
    ).not.toBeNull();
    const beside = readDuties(textToBlocks('Sie führen Gespräche mit Mitarbeitern der Fachbereiche.'));
    expect(beside.leadsStaff).toBeNull();
  });

  it('does not read "Führungserfahrung" (experience asked) as a lead sentence', () => {
    const read = readDuties(textToBlocks('Führungserfahrung und Erfahrung mit SAP SuccessFactors'));
    expect(read.leadsStaff).toBeNull();
    expect(engagementLeads(read)).toBeNull();
  });
});
