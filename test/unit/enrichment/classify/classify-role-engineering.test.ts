import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyRole } from '../../../../functions/enrichment/classify/classify-role.ts';
import { engineeringKind } from '../../../../functions/enrichment/classify/engineering-kind.ts';
import { extractQualifications } from '../../../../functions/enrichment/classify/extract-qualifications.ts';
import { textToBlocks } from '../../../../functions/enrichment/parse/text-blocks.ts';
import { loadTaxonomy } from '../../../../functions/enrichment/taxonomy/load-taxonomy.ts';

const taxonomy = loadTaxonomy();
const scope = taxonomy.data.scope;
const role = (title: string, body = '', technicalSkillCount = 0) => {
  const blocks = textToBlocks(body);
  const { signals } = extractQualifications(title, blocks, taxonomy);
  return classifyRole(title, blocks, { technicalSkillCount, signals }, taxonomy);
};
const rules = (r: ReturnType<typeof role>) => r.evidence.map((e) => e.rule);

const kinds = scope.engineeringKinds;
const plain = (cues: readonly string[] | undefined) => (cues ?? []).filter((c) => !c.endsWith('*'));
const softwareCue = fc.constantFrom(...plain(kinds?.software));
const otherCue = fc.constantFrom(...plain(kinds?.other));

describe('which engineering a body describes', () => {
  it('reads several software cues and no other trade as software, and the reverse', () => {
    fc.assert(
      fc.property(fc.uniqueArray(softwareCue, { minLength: 2, maxLength: 6 }), (cues) => {
        expect(engineeringKind(`You will work on ${cues.join(', ')}.`, scope)?.kind).toBe('software');
      }),
    );
    fc.assert(
      fc.property(fc.uniqueArray(otherCue, { minLength: 2, maxLength: 6 }), (cues) => {
        expect(engineeringKind(`You will work on ${cues.join(', ')}.`, scope)?.kind).toBe('other');
      }),
    );
  });

  it('says nothing on one cue or a tie, and matches a German compound by its start', () => {
    expect(engineeringKind('We write software.', scope)).toBeNull();
    expect(engineeringKind('Hardware and software, firmware and cloud.', scope)).toBeNull();
    expect(engineeringKind('Luft- und Raumfahrttechnik, Maschinenbau.', scope)?.kind).toBe('other');
  });
});

const SHORT_SOFTWARE =
  'Lead a team of engineers building our APIs, cloud platform and distributed systems. Hire and grow the team.';
const HARDWARE =
  'Lead the teams that design our hardware, firmware and embedded electronics for automotive customers. ' +
  'Manage the mechanical engineering and manufacturing hand-over.';

describe('titles whose only IT word other trades share', () => {
  it.each([
    ['Director of Engineering', 'director'],
    ['Engineering Manager', 'it-manager'],
    ['Engineering Team Lead', 'team-lead'],
    ['ZFS Engineering Manager', 'it-manager'],
  ])('%s over a short software body is in scope (%s)', (title, tier) => {
    const r = role(title, SHORT_SOFTWARE);
    expect(r.inScope).toBe(true);
    expect(r.tier).toBe(tier);
  });

  it.each(['Head of Engineering', 'Director of Engineering', 'Director of Embedded Systems'])(
    '%s over a hardware body is out of scope, naming the cues',
    (title) => {
      const r = role(title, HARDWARE);
      expect(r.inScope).toBe(false);
      expect(rules(r)).toContain('body-other-engineering');
    },
  );

  it('a software body does not bring in a borrowed "Technical Director" who leads client projects', () => {
    const r = role(
      'Technical Director',
      'Serves as the project lead for clients: web, mobile apps and APIs, code reviews of the agency platform.',
    );
    expect(r.inScope).toBe(false);
  });

  it('keeps a title that names an IT function whatever the body builds', () => {
    expect(role('Director of Information Technology', HARDWARE).inScope).toBe(true);
  });
});

describe('a stack in the title names the IT domain', () => {
  it.each(['Lead Python Developer', 'Lead Java Developer', 'Lead Django Engineer'])(
    '%s is a team lead when the body leads developers, out when it leads no one',
    (title) => {
      expect(role(title, 'Leading a team of 4 to 6 python developers.').tier).toBe('team-lead');
      expect(role(title, 'You will design the schema and build REST APIs.').inScope).toBe(false);
    },
  );

  it('reads "tech lead" in a sentence as the name of a job, not a verb', () => {
    const r = role(
      'Lead Python Developer',
      'As a backend developer and tech lead you will play a key part in a small team.',
    );
    expect(r.inScope).toBe(false);
  });
});

describe('C-level titles and the size of the organisation', () => {
  it.each(['CTO (Backend Developer)', 'CTO - Python/Django', 'Chief Technology Officer (React, Node)'])(
    '%s names a hands-on job: a small organisation, vp',
    (title) => {
      const r = role(title, 'You will lead our small team of developers and own the architecture.');
      expect(r.inScope).toBe(true);
      expect(r.tier).toBe('vp');
    },
  );

  it('a large organisation outweighs the hands-on title', () => {
    expect(role('CTO - Python/Django', 'A Fortune 500 company. Lead the engineering teams.').tier).toBe(
      'cio',
    );
  });

  it('being a nonprofit or a university states no size: the C-level title keeps its tier', () => {
    expect(role('Chief Technology Officer', 'We are a nonprofit organization. Lead the IT team.').tier).toBe(
      'cio',
    );
    expect(role('Vice President and Chief Information Officer', 'The university seeks its CIO.').tier).toBe(
      'cio',
    );
    expect(role('Chief Technology Officer', 'A nonprofit of 40 staff. Lead the IT team.').tier).toBe('vp');
  });

  it.each([
    ['Head of Engineering (Progression to CTO)', 'head-of-it'],
    ['Engineering Manager - path to CTO', 'it-manager'],
    ['Lead Developer (potential future CTO)', 'team-lead'],
  ])('%s: a career path in the title is not the job (%s)', (title, tier) => {
    const r = role(
      title,
      'You will lead and grow our team of software developers and own our cloud platform.',
    );
    expect(r.inScope).toBe(true);
    expect(r.tier).toBe(tier);
  });
});

describe('teams led through a practice', () => {
  it('a delivery manager who leads the team in agile practices leads no one', () => {
    const r = role(
      'Delivery Manager',
      'You will lead the team in agile practises like weekly retrospectives and daily standups.',
    );
    expect(r.inScope).toBe(false);
  });
});

describe('titles that name no one rank, a pod, or a support line for outside developers', () => {
  it('a title that lists three ranks is decided by the body', () => {
    const title = 'Remote IT Epic Integration Director/VP/CIO';
    expect(
      role(title, 'Our client needs an Epic integration consultant for a 6-month engagement.').inScope,
    ).toBe(false);
    expect(role(title, 'You will manage the IT department and its 40 staff.').inScope).toBe(true);
  });

  it('a head of technology at a small organisation heads its IT: head-of-it, not vp', () => {
    const small = role(
      'Head of Tech & Development',
      'Our small agency of 20 people needs you to lead our developers.',
    );
    expect([small.inScope, small.tier]).toEqual([true, 'head-of-it']);
    expect(role('Head of Technology', 'A Fortune 500 company. Lead the technology teams.').tier).toBe('vp');
  });

  it('a pod lead over endpoint engineers leads a team', () => {
    const r = role(
      'Senior Endpoint Engineer - Modern Workplace Pod Lead',
      'You will lead the Modern Workplace pod of endpoint engineers and coach the pod members.',
    );
    expect([r.inScope, r.tier]).toEqual([true, 'team-lead']);
  });

  it('a developer support lead answers outside developers: out of scope', () => {
    const r = role(
      'Developer Support Lead',
      'Lead our team helping external developers integrate with our API.',
    );
    expect(r.inScope).toBe(false);
  });
});
