import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textEmployer } from '../../../../../functions/enrichment/parse/formats/employer-evidence.ts';
import { isEmployerLabel } from '../../../../../functions/enrichment/parse/formats/employer-labels.ts';
import { parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';

const employer = (body: string, title: string | null = null) => textEmployer(body, title)?.value ?? null;
const companies = (content: string, file = 'post.md') =>
  parseDocument({ content, file }).map((p) => p.company);

/** Made-up capitalised names (letters only, so no real organisation is meant). */
const madeName = fc
  .tuple(
    fc.constantFrom('Qu', 'Zy', 'Vor', 'Bri', 'Tal', 'Mex'),
    fc.constantFrom('illwort', 'nthar', 'abex', 'oluma', 'endry'),
  )
  .map(([a, b]) => `${a}${b}`);

describe('labels naming the employer, in every language the table holds', () => {
  it('knows the label whatever its case, spacing or trailing colon', () => {
    for (const label of [
      'Company',
      'company name',
      'Empresa',
      'Unternehmen:',
      'Werkgever',
      'Firma',
      '公司',
      '会社名',
    ])
      expect(isEmployerLabel(label)).toBe(true);
    for (const label of ['Location', 'Salary', 'Standort', 'Über uns'])
      expect(isEmployerLabel(label)).toBe(false);
  });

  it("reads a labelled line in any of those languages as the posting's employer", () => {
    fc.assert(
      fc.property(
        madeName,
        fc.constantFrom('公司', 'Empresa', 'Unternehmen', 'Werkgever', 'Firma'),
        (name, label) => {
          const doc = `Senior Data Engineer\n\n- **${label}**: ${name} GmbH\n- Location: Berlin\n\nYou will build pipelines and own our warehouse, working with analysts.\n\nRequirements: SQL, Python.\n`;
          expect(companies(doc, 'job.txt')).toEqual([`${name} GmbH`]);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('reads a heading label over its emphasised value ("## Company" / "*Acme*")', () => {
    const doc =
      '# Senior Software Engineer\n\n## Company\n*Qullwort-AI*\n\n## Job Description\n\nAt Qullwort AI, we build software. You will write Python services and review code.\n';
    expect(companies(doc)).toEqual(['Qullwort-AI']);
  });
});

describe('front matter naming the employer', () => {
  it('gives every record of a body of many openings its employer, over a name read from a body line', () => {
    fc.assert(
      fc.property(madeName, (name) => {
        const doc = `---\ncompany: "${name}"\n---\n\n${name} Labs - Engineering roles - Remote - Full-Time\n\nCurrent openings:\n\n* Senior Software Engineer - Infrastructure ($200,000 - $250,000)\n* Staff Software Engineer - ML Ops ($250,000 - $330,000)\n`;
        const found = companies(doc);
        expect(found.length).toBeGreaterThanOrEqual(2);
        expect(new Set(found)).toEqual(new Set([name]));
      }),
      { numRuns: 15 },
    );
  });

  it('takes no switch (`job-title: false`) for the title', () => {
    const [posting] = parseDocument({
      content:
        '---\ntitle: Wissenschaftliche Hilfskraft\njob-title: false\nlocation: Magdeburg\n---\n\nDie Forschungsgruppe Vorabex an der Hochschule Talendry sucht Unterstützung für das Projekt.\n\nArbeitsaufgaben\n- Organisationsassistenz\n- Protokollführung\n\nBitte richten Sie Ihre Bewerbung bis zum 15.03. an bewerbung@example.org.\n',
      file: 'post.md',
    });
    expect(posting?.title).not.toBe('false');
    expect(posting?.company).toBe('Hochschule Talendry');
  });
});

describe("the employer in a document's own words", () => {
  it('reads the first field of a dash-separated "Who is hiring" header when a later field says how the job is held', () => {
    fc.assert(
      fc.property(madeName, fc.constantFrom('Full-time', 'Remote', 'ONSITE', 'Contract'), (name, term) => {
        expect(employer(`${name} - ${term} - Remote (EU time zone)\n\nWe build an AI system.`)).toBe(name);
      }),
      { numRuns: 25 },
    );
  });

  it("reads a name beside its own site's address, and a lone name over a line of terms", () => {
    expect(
      employer('Team Vorabex Digital (teamvorabex.com)\n\nLocation: Burbank, CA\n\nWe build apps.'),
    ).toBe('Team Vorabex Digital');
    expect(employer('Talendry - http://www.talendry.com/\n\nWe make games.')).toBe('Talendry');
    expect(employer('Quillwort\nFulltime in San Francisco or Portland, OR\n\nWe are 55 people.')).toBe(
      'Quillwort',
    );
    expect(employer('Careers - vorabex.com\n\nWe make games.')).toBeNull();
  });

  it('never reads a title\'s dashes as a header ("Lead - Platform - Data")', () => {
    expect(employer('Lead - Platform - Data\n\nWe build things.')).toBeNull();
  });

  it('does not run a name past the end of a sentence ("founders of Kaggle. We are hiring")', () => {
    const name = employer('Sumble is the newco from the founders of Kaggle. We are hiring engineers.');
    expect(name ?? '').not.toMatch(/\bWe\b/);
  });

  it('reads the hiring verb of the other languages from one table', () => {
    expect(employer('Le Vorabex recherche une développeuse web full-stack.')).toBe('Vorabex');
    expect(employer('Studio Talendry zoekt een senior developer.')).toBe('Studio Talendry');
    expect(employer('Quillwort Sp. z o.o. poszukuje programisty.')).toMatch(/^Quillwort/);
  });

  it('takes the organisation a unit belongs to, never the unit', () => {
    expect(employer('The Computer Science Department at Vorabex University is seeking a lecturer.')).toBe(
      'Vorabex University',
    );
    expect(
      employer(
        'Applications are invited for a Lecturer in the School of Computer Science, University of Talendry. The School teaches many students.',
      ),
    ).toBe('University of Talendry');
  });

  it('takes a unit that publishes its own opening when it names nothing above it', () => {
    expect(employer('Applications are invited to the Department of Vorabex Studies for a fellow.')).toBe(
      'Department of Vorabex Studies',
    );
  });

  it('reads a company by its legal form', () => {
    fc.assert(
      fc.property(madeName, fc.constantFrom('GmbH', 'Inc.', 'B.V.', 'S.A.', 'Ltda'), (name, form) => {
        // A sentence's stop after "Inc." may go with it: either way the company is the one named.
        expect(
          employer(`We make tools. ${name} ${form} builds software for farms.`)?.replace(/\.$/, ''),
        ).toBe(`${name} ${form}`.replace(/\.$/, ''));
      }),
      { numRuns: 25 },
    );
    expect(employer('募集要項です。株式会社クラフトマンソフトウェアでは仲間を募集しています。')).toBe(
      '株式会社クラフトマンソフトウェア',
    );
  });
});

describe('records of a data module', () => {
  it('take the employer of the wrapper that holds each job', () => {
    const content = `export default [{ job: { title: 'Senior Node.js Developer', description: 'Build our API with Node.js and Postgres for our mobile app.', url: 'https://example.org/jobs/1' }, company: { name: 'Vorabex' } }, { job: { title: 'Digital Marketing Specialist', description: 'Run our SEO and campaigns across markets in Asia.', url: 'https://example.org/jobs/2' }, company: { name: 'Talendry' } }];`;
    expect(companies(content, 'data.js')).toEqual(['Vorabex', 'Talendry']);
  });
});

describe('a title written after the employer', () => {
  it("leaves the employer out of the job's name", () => {
    const [posting] = parseDocument({
      content:
        '---\ntitle: "Vorabex University Faculty of Practice in Data Science"\nlocation: Cleveland, OH\n---\nVorabex University Faculty of Practice in Data Science\n\nCleveland OH - Onsite\n\nThe Department of Mathematics at Vorabex University invites applications for a Faculty of Practice position in Data Science. Teach undergraduate courses and mentor students. Apply at https://example.org/postings/1.\n',
      file: 'post.md',
    });
    expect(posting?.company).toBe('Vorabex University');
    expect(posting?.title).toBe('Faculty of Practice in Data Science');
  });
});
