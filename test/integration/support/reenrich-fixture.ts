/**
 * What the re-enrichment suites share: a corpus of postings that exercises tiers, skills and
 * pay, the shipped taxonomy's sources, and edits of them (a band moved, a skill cue added).
 */

import { buildTaxonomy, type Posting, type Taxonomy } from '../../../functions/enrichment/index.ts';
import wagesJson from '../../../taxonomy/bls-oews-11-3021.json' with { type: 'json' };
import ratesJson from '../../../taxonomy/currency-rates.json' with { type: 'json' };
import familyJson from '../../../taxonomy/it-management.json' with { type: 'json' };
import { paragraphs } from '../../factories/postings.ts';

const TITLES = [
  'IT Manager',
  'Director of Information Technology',
  'Head of IT',
  'VP, Infrastructure & Operations',
  'Service Desk Supervisor',
  'Chief Information Officer',
  'IT Operations Manager',
  'Senior Systems Administrator',
  'Director of Nursing',
  'Infrastructure Team Lead',
];
const PLACES = [
  { text: 'Denver, CO', country: 'US', remote: false },
  { text: 'Austin, TX', country: 'US', remote: false },
  { text: 'Toronto, ON', country: 'CA', remote: false },
  { text: 'Remote (US)', country: 'US', remote: true },
];
/** Phrases no shipped cue matches: an edit that adds one as a cue moves listings that say it. */
export const NEW_CUES = ['on-call rota', 'vendor contracts', 'budget ownership', 'change advisory board'];
const STACK = ['Okta SSO', 'ServiceNow ITSM', 'Azure landing zones', 'VMware vSphere', 'Splunk SIEM', 'Jamf'];

/** Posting `i` of a deterministic corpus: titles, stacks, places and pay vary with i. */
export function corpusPosting(i: number): Posting {
  const pay = 80_000 + ((i * 7_919) % 180) * 1_000;
  return {
    source: { format: 'rss', url: `https://jobs.reenrich.example/p/${i}`, externalId: `p-${i}`, file: null },
    title: TITLES[i % TITLES.length] as string,
    company: `Company ${i % 37}`,
    location: PLACES[i % PLACES.length] as Posting['location'],
    employmentType: 'FULL_TIME',
    postedAt: new Date(Date.UTC(2026, 8, 1) + i * 3_600_000).toISOString(),
    blocks: paragraphs(
      `You will run ${STACK[i % STACK.length]} and ${STACK[(i * 5 + 1) % STACK.length]} for a team of ${3 + (i % 20)}.`,
      `You own the ${NEW_CUES[i % NEW_CUES.length]} and the ${NEW_CUES[(i + 1) % NEW_CUES.length]}.`,
      i % 4 === 3
        ? 'Competitive salary.'
        : `Salary: $${pay.toLocaleString('en-US')} - $${(pay + 30_000).toLocaleString('en-US')} per year.`,
    ),
    pay: null,
  };
}

export const SOURCES = { family: familyJson, rates: ratesJson, wages: wagesJson } as const;

export const shippedTaxonomy = (): Taxonomy => buildTaxonomy(structuredClone(SOURCES));

export interface TaxonomyEdit {
  /** Index of the tier whose band moves. */
  readonly tier: number;
  /** The band's new floor and ceiling, as factors of the old ones. */
  readonly scale: number;
  readonly widen: number;
  /** Index of the skill that gets a new cue, and which of NEW_CUES. */
  readonly skill: number;
  readonly cue: number;
}

/** The shipped taxonomy with one tier's band moved and one skill given a new cue. */
export function editedTaxonomy(edit: TaxonomyEdit): Taxonomy {
  const family = structuredClone(SOURCES.family) as unknown as {
    tiers: Array<{ band: { min: number; max: number } }>;
    skills: Array<{ cues: unknown[] }>;
  };
  const tier = family.tiers[edit.tier % family.tiers.length] as { band: { min: number; max: number } };
  const min = Math.round((tier.band.min * edit.scale) / 1000) * 1000;
  const max = Math.max(min + 5_000, Math.round((tier.band.max * edit.scale * edit.widen) / 1000) * 1000);
  tier.band = { ...tier.band, min, max };
  const skill = family.skills[edit.skill % family.skills.length] as { cues: unknown[] };
  skill.cues = [...skill.cues, NEW_CUES[edit.cue % NEW_CUES.length]];
  return buildTaxonomy({
    family,
    rates: structuredClone(SOURCES.rates),
    wages: structuredClone(SOURCES.wages),
  });
}
