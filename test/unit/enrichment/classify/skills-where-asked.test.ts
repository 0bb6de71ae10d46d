import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQualifications } from '../../../../functions/enrichment/classify/extract-qualifications.ts';
import { textToBlocks } from '../../../../functions/enrichment/parse/text-blocks.ts';
import { loadTaxonomy } from '../../../../functions/enrichment/taxonomy/load-taxonomy.ts';

const taxonomy = loadTaxonomy();
const skillIds = (text: string, title = 'Platform Engineer') =>
  extractQualifications(title, textToBlocks(text), taxonomy).skills.map((s) => s.id);

/** Skill words and the id each names. */
const SKILL_WORDS = [
  ['CI/CD', 'ci-cd'],
  ['Kubernetes', 'kubernetes'],
  ['Terraform', 'terraform'],
  ['Docker', 'docker'],
  ['Azure', 'azure'],
  ['agile', 'agile'],
] as const;

describe('a sentence whose subject is the employer tells how it works, not what it asks', () => {
  const openers = ['We', 'Our team', 'Our engineers', 'At Acme, we', 'Wir', 'Unser Team', 'Vi', 'Nous'];
  const verbs = [
    'practice',
    'use',
    'run everything on',
    'build with',
    'favor',
    'jobber mye med',
    'setzt auf',
  ];

  it('names no skill of the job, in any language or phrasing', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...openers),
        fc.constantFrom(...verbs),
        fc.constantFrom(...SKILL_WORDS),
        (opener, verb, [word, id]) => {
          expect(skillIds(`${opener} ${verb} ${word}.`)).not.toContain(id);
        },
      ),
    );
  });

  it('still counts when the same sentence addresses the candidate or asks for the skill', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...openers),
        fc.constantFrom(
          (w: string) => `, and you will own ${w}`,
          (w: string) => ` and need someone with experience with ${w}`,
          (w: string) => `, so knowledge of ${w} is required`,
        ),
        fc.constantFrom(...SKILL_WORDS),
        (opener, tail, [word, id]) => {
          expect(skillIds(`${opener} ship weekly${tail(word)}.`)).toContain(id);
        },
      ),
    );
  });

  it('leaves duties and requirements written to the candidate alone', () => {
    expect(skillIds('You will build CI/CD pipelines and infrastructure as code.')).toContain('ci-cd');
    expect(skillIds('Du kennst Azure und Kubernetes.')).toEqual(
      expect.arrayContaining(['azure', 'kubernetes']),
    );
    expect(skillIds('Our ideal candidate has run Kubernetes in production.')).toContain('kubernetes');
  });
});

describe('the preamble before the first section speaks of the job only where a sentence does', () => {
  const programme =
    'The Government Digital Services team aims to modernise government. This agile, open platform will consist of containers, Kubernetes and an API gateway.';

  it('a programme described before the sections is no evidence', () => {
    const ids = skillIds(
      `${programme}\n\n## Responsibilities\n\n- Maintain the Terraform code of the platform`,
    );
    expect(ids).toContain('terraform');
    expect(ids).not.toContain('kubernetes');
    expect(ids).not.toContain('agile');
    expect(ids).not.toContain('api-management');
  });

  it('a preamble sentence about the job, or one about the candidate, counts', () => {
    expect(
      skillIds(`As a Platform Engineer you will run Kubernetes.\n\n## Requirements\n\n- Linux`),
    ).toContain('kubernetes');
    expect(skillIds(`The Platform Engineer runs Kubernetes.\n\n## Requirements\n\n- Linux`)).toContain(
      'kubernetes',
    );
  });

  it('without sections there is no preamble: the whole text is read as before', () => {
    expect(skillIds(programme)).toContain('kubernetes');
  });

  it('a bold label ends the preamble; prose that runs on to a late lead-in is no preamble', () => {
    const labelled = `${programme}\n\n**Requisitos:**\n\n- Docker\n- Plataforma cloud (GCP, AWS ou Azure)`;
    expect(skillIds(labelled)).toEqual(expect.arrayContaining(['docker', 'gcp', 'aws', 'azure']));
    const prose = [
      'Our platform team keeps the lights on.',
      'The role runs the Kubernetes clusters and the Terraform code.',
      'The team builds new services every month.',
      'Requests come from every product team.',
      'Location: Oslo',
    ].join('\n\n');
    expect(skillIds(prose)).toEqual(expect.arrayContaining(['kubernetes', 'terraform']));
  });
});

describe('sections about the employer, its stack and its offer, in several languages', () => {
  it.each([
    ['### Dafür bieten wir Dir\n\n- Agile Zusammenarbeit mit einem motivierten Team', 'agile'],
    [
      '## Our current tech stack is comprised of:\n\n- Terraform for infra as code\n- AWS for hosting',
      'terraform',
    ],
    ['## Unser aktueller Technologie-Stack\n\n- Container: Docker (Windows), Kubernetes, Helm', 'kubernetes'],
    ['#### Hva kan vi tilby deg?\n\n- Et IT-miljø som jobber agilt og smidig med Kanban', 'agile'],
    ['### Oferujemy:\n\n- Pracę z Kubernetes i AWS', 'kubernetes'],
  ])('%s names no skill', (text, id) => {
    expect(skillIds(`## Requirements\n\n- Linux administration\n\n${text}`)).not.toContain(id);
  });

  it('a lead-in under a job heading is still the job', () => {
    expect(skillIds('## Requirements\n\n- Container: Docker and Kubernetes')).toEqual(
      expect.arrayContaining(['docker', 'kubernetes']),
    );
  });
});

describe('duties name a skill in so many words', () => {
  it('leading a team, however the team is described', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'Lead',
          'You will lead',
          'Manage',
          'Experience managing',
          'Supervise',
          'Build and lead',
        ),
        fc.constantFrom(
          'a team',
          'the development team',
          'an outstanding engineering team',
          'teams',
          'a small team',
        ),
        fc.constantFrom('', ' of 8 engineers', ' of IT professionals', ' across two sites'),
        (verb, team, rest) => {
          expect(skillIds(`${verb} ${team}${rest}.`)).toContain('team-leadership');
        },
      ),
    );
  });

  it('not when the team is another phrase’s object or a possessive', () => {
    expect(skillIds('Manage stakeholders across teams.')).not.toContain('team-leadership');
    expect(skillIds('Help manage the team’s backlog in Jira.')).not.toContain('team-leadership');
    expect(skillIds('Report to the team lead.')).not.toContain('team-leadership');
  });

  it('handling production incidents, not security incidents', () => {
    expect(skillIds('Comfortable with responding to production incidents.')).toContain('incident-management');
    expect(skillIds('Respond to security incidents.')).not.toContain('incident-management');
  });
});

describe('a word that describes a practice is not the skill', () => {
  it.each([
    ['Set up infrastructure as code with Ansible.', 'devops'],
    ['Develop the platform in sprints with the team.', 'scrum'],
  ])('%s', (text, id) => {
    expect(skillIds(text)).not.toContain(id);
  });

  it('the skill itself still counts', () => {
    expect(skillIds('Experience with DevOps and Scrum.')).toEqual(
      expect.arrayContaining(['devops', 'scrum']),
    );
  });
});
