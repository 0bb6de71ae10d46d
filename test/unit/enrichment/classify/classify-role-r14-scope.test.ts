/**
 * Round 14 (scope and tier of leaders): an executive's class name in brackets is no hands-on job;
 * Russian and Japanese leader titles are read; a short part after a leader's title names the line
 * it serves; a boss a rung above its noun lets a director be a director; a title naming a site
 * beside its IT word heads the site's IT.
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

describe("an executive's class name beside a C-level title", () => {
  const strategy =
    'Salary Range: $12,000 - $19,000 per month\nYou will provide strategic direction for the Information Systems Division of the agency.\nDevelop and oversee an agency wide information systems strategy.';

  it('reads "(Chief Information Administrator N)" as the class, not a hands-on administrator', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Information Systems Director', 'IT Director', 'Technology Director'),
        fc.constantFrom('Chief Information Administrator', 'Executive Administrator', 'Deputy Administrator'),
        fc.constantFrom('1', '2', '3', 'II'),
        (job, cls, level) => {
          const r = role(`${job}/Chief Information Officer (${cls} ${level})`, strategy);
          expect(r.inScope).toBe(true);
          expect(r.tier).toBe('cio');
        },
      ),
      { numRuns: 30 },
    );
  });

  it('keeps a practitioner beside a C-level title a doer until the body leads people', () => {
    for (const title of ['CTO / Senior Developer', 'Chief Technology Officer (Backend Developer)'])
      expect(role(title, 'Writes the backend services and reviews pull requests.').inScope).toBe(false);
  });
});

describe('Russian and Japanese leader titles', () => {
  it('reads the head of an IT department, however the department is written', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Руководитель', 'Начальник'),
        fc.constantFrom('отдела IT', 'IT-отдела', 'ИТ-отдела', 'отдела информационных технологий'),
        (head, unit) => {
          const r = role(`${head} ${unit}`, 'Обязанности: руководство отделом, бюджет ИТ.');
          expect(r.inScope).toBe(true);
          expect(r.tier).toBe('head-of-it');
        },
      ),
      { numRuns: 16 },
    );
    expect(role('ИТ-директор', 'Обязанности: ИТ-стратегия.').tier).toBe('director');
  });

  it('leaves the heads of other departments and a project manager out', () => {
    for (const title of [
      'Руководитель отдела продаж',
      'Начальник отдела закупок',
      'Руководитель отдела маркетинга',
      'Руководитель проектов',
    ])
      expect(role(title, 'Обязанности: руководство командой.').inScope).toBe(false);
  });

  it('reads a municipal 〜監 post over IT, and not a sales head or an IT audit job', () => {
    const r = role('IT改革監', '市のITシステムの統括を担当します。');
    expect(r.inScope).toBe(true);
    expect(r.tier).toBe('cio');
    expect(role('営業部長', '営業部を統括します。').inScope).toBe(false);
    expect(role('IT監査担当', '内部監査を担当します。').inScope).toBe(false);
  });
});

describe('a short part after a leader title that names its own function', () => {
  const body =
    'We are a 40-person startup. The VP of Engineering leads our engineering team of 15 software engineers, owns the architecture of our backend services and hires engineering managers.';

  it('reads the part as the line served, whatever separator and line', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(' - ', ' – ', ' | ', ': '),
        fc.constantFrom('Product', 'Sales'),
        (sep, line) => {
          const r = role(`VP of Engineering${sep}${line}`, body);
          expect(r.inScope).toBe(true);
        },
      ),
      { numRuns: 8 },
    );
  });

  it('still reads a leader of the function itself out', () => {
    for (const title of ['VP of Product', 'VP - Product', 'Head of Product - Engineering'])
      expect(role(title, body).inScope).toBe(false);
  });
});

describe('a boss a rung above its own noun', () => {
  it('lets a director report to an executive or senior director', () => {
    for (const boss of ['Executive Director, Information Technology', 'Senior Director of IT'])
      expect(role('IT Director', `The IT Director reports to the ${boss} and leads 45 IT staff.`).tier).toBe(
        'director',
      );
  });

  it('still puts a director under another IT director a rung below', () => {
    expect(role('Director of IT Operations', 'Reports to: Director of Information Technology.').tier).toBe(
      'head-of-it',
    );
  });
});

describe('a title that names a site beside its IT word', () => {
  const body = 'Leads the IT staff at the site and owns the site IT budget.';

  it("heads the site's IT, whatever the site word and form", () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Site', 'Plant', 'Campus', 'Location', 'Factory'),
        fc.constantFrom('IT {} Leader', 'IT {} Operations Manager', '{} IT Manager', 'MTY - IT {} Leader'),
        (site, form) => {
          const r = role(form.replace('{}', site), body);
          expect(r.inScope).toBe(true);
          expect(r.tier).toBe('head-of-it');
        },
      ),
      { numRuns: 40 },
    );
  });

  it("reads a manager of one function of the site's IT, and non-IT site jobs, as before", () => {
    expect(role('IT Site Infrastructure Manager', body).tier).toBe('it-manager');
    expect(role('Site IT Support Lead', body).tier).toBe('team-lead');
    expect(role('Site Reliability Engineering Manager', body).tier).not.toBe('head-of-it');
    expect(role('Plant Manager', 'Leads production, maintenance and quality at the plant.').inScope).toBe(
      false,
    );
  });
});
