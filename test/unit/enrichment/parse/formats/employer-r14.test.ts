import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textEmployer } from '../../../../../functions/enrichment/parse/formats/employer-evidence.ts';
import { isEmployerLabel } from '../../../../../functions/enrichment/parse/formats/employer-labels.ts';
import { parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';
import { sqlSeedRows } from '../../../../../functions/enrichment/parse/formats/sql-rows.ts';

const employer = (body: string) => textEmployer(body, null)?.value ?? null;

/** Made-up place names (letters only, so no real body is meant). */
const madePlace = fc
  .tuple(
    fc.constantFrom('Qu', 'Zy', 'Vor', 'Bri', 'Tal', 'Mex'),
    fc.constantFrom('illa', 'onte', 'abra', 'oluma'),
  )
  .map(([a, b]) => `${a}${b}`);

/** A public body of each language, as a call names it: its kind, a joiner, its place. */
const BODIES: readonly [string, string][] = [
  ['Ayuntamiento', 'de'],
  ['Comune', 'di'],
  ['Prefeitura', 'de'],
  ['Ministério', 'da'],
  ['Servicio', 'de Salud'],
  ['Agência', 'de'],
  ['Ajuntament', 'de'],
];

describe('the public body that recruits, named in its call', () => {
  it('reads the body a call names in running text, in its own language', () => {
    fc.assert(
      fc.property(fc.constantFrom(...BODIES), madePlace, ([kind, joiner], place) => {
        const body = `${kind} ${joiner} ${place}`;
        const text = `Boletín nº 12\n\nSe convoca proceso selectivo. Por resolución del ${body} se aprueban las bases para una plaza de técnico informático.`;
        expect(employer(text)).toBe(body);
      }),
    );
  });

  it('reads a body named in capitals in the heading as the text would write it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(['AYUNTAMIENTO', 'DE'], ['COMUNE', 'DI'], ['COMPANHIA', 'DE DADOS DO']),
        madePlace,
        ([kind, joiner], place) => {
          const text = `${kind} ${joiner} ${place.toUpperCase()} BANDO DI CONCORSO\n\nse convoca una plaza de técnico informático.`;
          const got = employer(text) ?? '';
          expect(got.toLowerCase()).toBe(`${kind} ${joiner} ${place}`.toLowerCase());
          expect(got.slice(0, 1)).toBe(kind.slice(0, 1));
          expect(got.slice(1, 2)).toBe(kind.slice(1, 2).toLowerCase());
        },
      ),
    );
  });

  it('takes no field label in capitals for a body ("AGENCY REFERENCE/FILE NO:")', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('AGENCY', 'MINISTRY', 'DEPARTMENT', 'SERVICE'),
        fc.constantFrom('REFERENCE/FILE NO', 'CODE', 'CONTACT'),
        (kind, field) => {
          const text = `1. IDENTIFICATION\n\nAGENCY:\n\nDepartment of Personnel Management\n\n${kind} ${field}:\n\nStructure Approved Date:\n`;
          expect(employer(text)).toBe('Department of Personnel Management');
        },
      ),
    );
  });

  it('never takes the exam board that runs the selection, wherever it is named', () => {
    fc.assert(
      fc.property(madePlace, fc.boolean(), (place, boardFirst) => {
        const board = 'As inscrições são feitas no site do Instituto Quillwort, organizador do concurso.';
        const call = `O Ministério da ${place} abriu concurso para analista de tecnologia da informação.`;
        const text = boardFirst ? `${board} ${call}` : `${call} ${board}`;
        expect(employer(text)).toBe(`Ministério da ${place}`);
      }),
    );
    expect(
      employer('O concurso será executado pelo Centro Zylex de Seleção. A Prefeitura de Quonte convoca.'),
    ).toBe('Prefeitura de Quonte');
  });

  it('takes the body an office heads, not the office, as the one that recruits', () => {
    expect(employer('Dyrektor Quillwort Centrum Bezpieczeństwa poszukuje informatyka do biura.')).toBe(
      'Quillwort Centrum Bezpieczeństwa',
    );
    expect(employer('The Director of the Zylex Trust is seeking a head of IT.')).toBe('Zylex Trust');
  });

  it('reads "X has published an advert for" and a department "of State" whole', () => {
    expect(employer('Quillwort Health has published an advert for a chief information officer.')).toBe(
      'Quillwort Health',
    );
    expect(
      employer('VACANCY ANNOUNCEMENT\nUnited States Department of State\nAn Equal Opportunity Employer'),
    ).toBe('United States Department of State');
  });

  it('reads a call\'s labels for the body: "Entidad publicadora", "Institución / Entidad"', () => {
    expect(isEmployerLabel('Entidad publicadora')).toBe(true);
    expect(isEmployerLabel('Institución / Entidad')).toBe(true);
    expect(isEmployerLabel('Salary / Pay')).toBe(false);
  });
});

/** A company name with the characters SQL and PHP strings must keep: quotes, commas, brackets. */
const companyName = fc
  .tuple(
    fc.constantFrom('Quill', 'Zyl', "O'Vor", 'Bri, Tal', 'Mex (EU)'),
    fc.constantFrom(' Labs', ' & Co', ' GmbH'),
  )
  .map(([a, b]) => `${a}${b}`);
const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;
const phpString = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

describe('job records kept as data in SQL, Python and PHP', () => {
  it('reads every row of an INSERT, each with its own company', () => {
    fc.assert(
      fc.property(
        fc.array(companyName, { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        (companies, oneStatement) => {
          const rows = companies.map(
            (c, i) => `(${sqlString(`Engineer ${i}`)}, ${sqlString(c)}, NULL, ${i})`,
          );
          const sql = oneStatement
            ? `-- seed\nINSERT INTO jobs (title, company, salary, rank)\n  VALUES\n    ${rows.join(',\n    ')};`
            : rows.map((r) => `INSERT INTO \`jobs\` (title, company, salary, rank) VALUES ${r};`).join('\n');
          const data = sqlSeedRows(sql) as { jobs: Record<string, unknown>[] };
          expect(data.jobs.map((r) => r.company)).toEqual(companies);
          expect(data.jobs[0]?.salary).toBeNull();
        },
      ),
    );
  });

  it('reads no rows from a schema alone, and refuses it as no posting', () => {
    const schema =
      'CREATE TABLE jobs (\n  id INT PRIMARY KEY,\n  title VARCHAR(255),\n  company VARCHAR(255)\n);\n';
    expect(sqlSeedRows(schema)).toBeNull();
    expect(() => parseDocument({ content: schema, file: 'schema.sql' })).toThrow(/not-a-posting/);
  });

  it("reads a PHP file's keyed arrays as postings, each with its company", () => {
    fc.assert(
      fc.property(
        fc.array(companyName, { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        (companies, longForm) => {
          const open = longForm ? 'array(' : '[';
          const close = longForm ? ')' : ']';
          const items = companies.map(
            (c, i) =>
              `  ${open}'title' => 'Software Developer ${i + 1}', 'company' => ${phpString(c)}, 'tags' => ${open}'php', 'sql'${close}${close}`,
          );
          const php = `<?php\n// jobs\nreturn ${open}\n${items.join(',\n')}\n${close};\n`;
          const postings = parseDocument({ content: php, file: 'jobs.php' });
          expect(postings.map((p) => p.company)).toEqual(companies);
        },
      ),
    );
  });

  it("reads a Python module's literals, True and None included, into postings with their company", () => {
    const py =
      "from typing import Dict, List\n\njobs: List[Dict] = [\n    {'title': 'Data Engineer', 'company': 'Quillwort', 'remote': True, 'salary': None},\n    {'title': 'QA Engineer', 'company': 'Zylex', 'remote': False, 'salary': None},\n]\n";
    const postings = parseDocument({ content: py, file: 'jobs.py' });
    expect(postings.map((p) => [p.title, p.company])).toEqual([
      ['Data Engineer', 'Quillwort'],
      ['QA Engineer', 'Zylex'],
    ]);
  });

  it('reads plain prose that opens with a SQL word as text, not as data', () => {
    expect(sqlSeedRows('Select Quillwort is hiring an IT manager. Insert your CV below.')).toBeNull();
  });
});
