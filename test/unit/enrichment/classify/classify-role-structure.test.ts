/**
 * Scope and tier from the structure real postings share: a unit's name beside the job's name in
 * the title, "Lead" titles that need the body to show people led, individual contributors who
 * manage a few people, French titles and duties, the unit a director leads and what it does.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDuties } from '../../../../functions/enrichment/classify/body-duties.ts';
import { classifyRole } from '../../../../functions/enrichment/classify/classify-role.ts';
import { extractQualifications } from '../../../../functions/enrichment/classify/extract-qualifications.ts';
import { compileTitleModel } from '../../../../functions/enrichment/classify/title-model.ts';
import { textToBlocks } from '../../../../functions/enrichment/parse/text-blocks.ts';
import { loadTaxonomy } from '../../../../functions/enrichment/taxonomy/load-taxonomy.ts';

const taxonomy = loadTaxonomy();
const titles = compileTitleModel(taxonomy.data.scope);
const role = (title: string, body: string) => {
  const blocks = textToBlocks(body);
  const { skills, signals } = extractQualifications(title, blocks, taxonomy);
  const technicalSkillCount = skills.filter((s) => s.category !== 'delivery-leadership').length;
  return classifyRole(title, blocks, { technicalSkillCount, signals }, taxonomy);
};
const rules = (r: { evidence: readonly { rule: string }[] }) => r.evidence.map((e) => e.rule);

const IT_DIRECTOR_BODY =
  'You will lead the network, infrastructure and service desk teams and report to the Commissioner.';
const NON_IT_DIRECTOR_BODY =
  'You will lead the fundraising and donor relations teams and report to the board.';

describe("a unit's or product's name beside the job's name is not a function of its own", () => {
  it('lets the body decide a "Director" set off from its unit by a dash, both ways', () => {
    expect(role('Centers of Excellence - Director', IT_DIRECTOR_BODY)).toMatchObject({
      inScope: true,
      tier: 'director',
    });
    const out = role('Centers of Excellence - Director', NON_IT_DIRECTOR_BODY);
    expect(out).toMatchObject({ inScope: false, tier: null });
    expect(rules(out)).toContain('title-generic');
  });

  it('reads "Team Lead - GC Notify" and "Login.gov: Deputy Director" from their bodies', () => {
    expect(
      role('Team Lead - GC Notify', 'Lead and manage the people of an agile software delivery team.'),
    ).toMatchObject({ inScope: true, tier: 'team-lead' });
    expect(
      role(
        'Login.gov: Deputy Director',
        'Serves as a second-level supervisor for the delivery organization, spanning product management, design and full stack engineering.',
      ),
    ).toMatchObject({ inScope: true, tier: 'head-of-it' });
  });

  it('still reads a non-IT function in a part set off by a dash ("Team Lead - Partnerships Business Development")', () => {
    expect(
      role('Team Lead - Partnerships Business Development', 'Lead a small team of engineers and analysts.')
        .inScope,
    ).toBe(false);
  });

  it('holds for any name set off by a dash: the body decides, as for a bare "Director"', () => {
    const word = fc.stringMatching(/^[A-Z][a-z]{3,9}$/);
    const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(name, fc.constantFrom(' - ', ': ', ' | '), (unit, sep) => {
        const title = `${unit}${sep}Director`;
        const a = titles.analyze(title);
        fc.pre(!a.strongDomain && !a.weakDomain && !a.excludedBy);
        expect(role(title, IT_DIRECTOR_BODY)).toMatchObject({ inScope: true, tier: 'director' });
        expect(role(title, NON_IT_DIRECTOR_BODY).inScope).toBe(false);
      }),
      { numRuns: 40 },
    );
  });
});

describe('"Lead" titles: the body says whether the job leads people or only work', () => {
  it('keeps a "Technical Lead" with no one to manage out, and puts one who manages engineers in as team-lead', () => {
    const ic = role('Technical Lead', 'Own the solution architecture and review code.');
    expect(ic).toMatchObject({ inScope: false, tier: null });
    expect(rules(ic)).toContain('title-lead-of-work');
    expect(
      role(
        'Technical Lead',
        'Manage a team of five software engineers: hiring, 1:1s and performance reviews.',
      ),
    ).toMatchObject({ inScope: true, tier: 'team-lead' });
  });

  it('puts "Lead Support Officer" who leads the support team in scope, and a "Lead Developer" who leads no one out', () => {
    expect(
      role('Lead Support Officer', 'Lead the support officers team of 3, assigning service desk tickets.'),
    ).toMatchObject({ inScope: true, tier: 'team-lead' });
    expect(role('Lead Developer', 'Write and review code for our web applications.').inScope).toBe(false);
  });

  it('keeps a "Cloud Platform Lead" out when the posting says it supervises no one', () => {
    const r = role(
      'Cloud Platform Lead',
      'Capable of building and managing technical teams. Supervisory status: No.',
    );
    expect(r.inScope).toBe(false);
    expect(rules(r)).toContain('body-leads-no-one');
  });

  it("puts a lead who owns all of the organisation's IT in the it-manager tier, and a lead of one IT team in team-lead", () => {
    const whole = role(
      'IT Operations and Security Lead',
      'This position is responsible for all internal IT operations and security needs of the organization.',
    );
    expect(whole).toMatchObject({ inScope: true, tier: 'it-manager' });
    expect(rules(whole)).toContain('body-owns-it');
    expect(
      role(
        'Infrastructure Lead',
        'Lead the infrastructure team of four engineers and run the IT operations rota.',
      ),
    ).toMatchObject({ inScope: true, tier: 'team-lead' });
  });

  it('does not read "the needs of the organization" as an organisation the job leads', () => {
    expect(
      readDuties(textToBlocks('Responsible for the security needs of the organization.')).leadsStaff,
    ).toBeNull();
    expect(
      readDuties(textToBlocks('Serves as a supervisor for the delivery organization.')).leadsStaff?.rule,
    ).toBe('body-leads-staff');
  });
});

describe("an individual contributor's title stays one unless the body gives it a team", () => {
  it('does not make a manager of an architect with up to three reports, nor of an analyst who guides juniors', () => {
    expect(role('Cyber Security Architect', 'Manages up to 3 directly managed staff.').inScope).toBe(false);
    expect(
      role('Service Desk Analyst', 'Line manage more junior members of the team, helping them develop.')
        .inScope,
    ).toBe(false);
    expect(role('IT Specialist', 'Leads cross functional teams and develops guidelines.').inScope).toBe(
      false,
    );
    expect(role('Network Engineer', 'Ability to manage contractor and supplier staff.').inScope).toBe(false);
  });

  it('still puts a network administrator who supervises the network staff in scope', () => {
    expect(
      role('Network Administrator', 'Supervises a team of 8 network technicians and assigns their work.'),
    ).toMatchObject({ inScope: true, tier: 'team-lead' });
  });
});

describe('French titles and duties', () => {
  it('reads "Chef du développement logiciel", "Chef de l’ingénierie" and "Chef d’équipe"', () => {
    expect(
      role('Chef du développement logiciel', 'Soutenir et encadrer les développeuses et développeurs.'),
    ).toMatchObject({ inScope: true, tier: 'head-of-it' });
    expect(role('Chef de l’ingénierie', 'Diriger notre équipe d’ingénierie.')).toMatchObject({
      inScope: true,
      tier: 'head-of-it',
    });
    expect(
      role(
        'Chef d’équipe - Notification GC',
        'Diriger et gérer les membres d’une équipe de livraison numérique multidisciplinaire.',
      ),
    ).toMatchObject({ inScope: true, tier: 'team-lead' });
  });

  it('reads "Directeur ou directrice des pratiques numériques" from the teams it directs', () => {
    expect(
      role(
        'Directeur ou directrice des pratiques numériques',
        'Apporter une expérience de la direction d’équipes chargées de la prestation logicielle.',
      ),
    ).toMatchObject({ inScope: true, tier: 'director' });
    expect(role('Chef de cuisine', 'Diriger la brigade de cuisine.').inScope).toBe(false);
  });
});

describe('the unit a leader leads, and what that unit does', () => {
  it("counts a named unit's directors as IT staff when the posting describes the unit's work as technology", () => {
    const r = role(
      'Director',
      "18F is an office that builds software and digital services for agencies. Manages 18F's division directors.",
    );
    expect(r).toMatchObject({ inScope: true, tier: 'director' });
    expect(r.evidence.find((e) => e.rule === 'body-leads-it-unit-staff')?.text).toMatch(
      /18F's division directors/,
    );
  });

  it("keeps a named unit's directors out when the unit is described as another function", () => {
    expect(
      role(
        'Director',
        "Acme Giving is the foundation that raises funds for schools. Manages Acme Giving's division directors.",
      ).inScope,
    ).toBe(false);
  });

  it('reads the public-sector executive ladder: commissioner, assistant and deputy assistant commissioner', () => {
    const body = 'Supervises large teams of software engineers and the cloud platform staff.';
    expect(role('Assistant Commissioner', body)).toMatchObject({ inScope: true, tier: 'vp' });
    expect(role('Deputy Assistant Commissioner', body)).toMatchObject({ inScope: true, tier: 'director' });
    expect(role('Deputy Assistant Commissioner', NON_IT_DIRECTOR_BODY).inScope).toBe(false);
  });

  it('puts a Head of Engineering in head-of-it and reads product security as IT security', () => {
    expect(role('Head of Engineering', 'Lead our engineering team.').tier).toBe('head-of-it');
    expect(
      role('Platform and Product Security Director', 'Lead a team of cybersecurity and fraud professionals.'),
    ).toMatchObject({ inScope: true, tier: 'director' });
  });

  it('does not read the small businesses an employer serves as its size', () => {
    const body =
      "For over 50 years we have served the Nation's small business owners and lent to small businesses.";
    expect(role('Chief Information Officer', body).tier).toBe('cio');
  });

  it('keeps every staff sentence it saw, not only the first', () => {
    const read = readDuties(
      textToBlocks('Line manage more junior members of the team. Supervise the service desk technicians.'),
    );
    expect(read.staffLed.map((e) => e.text)).toEqual([
      'Line manage more junior members of the team.',
      'Supervise the service desk technicians.',
    ]);
  });
});
