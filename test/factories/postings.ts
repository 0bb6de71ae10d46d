/**
 * Posting and listing factories: a Posting as ingest queues it (description as text blocks),
 * and a Listing as the enrichment core returns it (built directly, so store tests do not
 * depend on the classifier).
 */
import type { Block, Listing, Posting } from '../../functions/enrichment/index.ts';

/** Blocks from paragraphs, all in one section. */
export function paragraphs(...texts: string[]): Block[] {
  return texts.map((text) => ({ kind: 'paragraph', text, section: null }));
}

/** A director-level posting from a careers feed. */
export function buildPosting(overrides: Partial<Posting> = {}): Posting {
  return {
    source: {
      format: 'rss',
      url: 'https://careers.saltmarsh.example/jobs/8812',
      externalId: 'job-8812',
      file: null,
    },
    title: 'Director, IT Operations',
    company: 'Saltmarsh Software',
    location: { text: 'Seattle, WA', country: 'US', remote: false },
    employmentType: 'FULL_TIME',
    postedAt: '2026-11-19T15:30:00Z',
    blocks: paragraphs(
      'Lead our IT operations team of 14 across service desk, infrastructure and identity (Okta, Entra ID).',
      'Salary: $190,000 – $230,000 USD per year.',
    ),
    pay: null,
    ...overrides,
  };
}

let counter = 0;

/** A complete, schema-valid listing; `id` defaults to a fresh one. */
export function buildListing(overrides: Partial<Listing> = {}): Listing {
  counter += 1;
  const tier = overrides.role?.tier === undefined ? 'director' : overrides.role.tier;
  return {
    id: `listing-${counter.toString().padStart(6, '0')}`,
    source: {
      format: 'rss',
      url: `https://careers.saltmarsh.example/jobs/${counter}`,
      externalId: `job-${counter}`,
      file: null,
    },
    title: 'Director, IT Operations',
    company: 'Saltmarsh Software',
    location: { text: 'Seattle, WA', country: 'US', remote: false },
    employmentType: 'FULL_TIME',
    postedAt: '2026-11-19T15:30:00.000Z',
    role: {
      family: 'it-management',
      inScope: tier !== null,
      tier,
      confidence: 0.92,
      evidence: [{ rule: 'title', text: 'Director, IT Operations' }],
    },
    skills: [
      { id: 'okta', label: 'Okta', category: 'identity-security', evidence: 'identity (Okta, Entra ID)' },
      { id: 'itsm', label: 'ITSM', category: 'service-operations', evidence: 'service desk' },
    ],
    certifications: [
      { id: 'itil', label: 'ITIL', requirement: 'preferred', evidence: 'ITIL 4 Foundation a plus' },
    ],
    salary: {
      min: 190000,
      max: 230000,
      currency: 'USD',
      period: 'year',
      kind: 'base',
      annual: { min: 190000, max: 230000, assumption: null },
      contract: false,
      annualUsd: { min: 190000, max: 230000, rateDate: '2026-11-01' },
      source: 'text',
      raw: '$190,000 – $230,000 USD per year',
    },
    band:
      tier === null
        ? null
        : {
            tier,
            min: 175000,
            max: 240000,
            openEnded: true,
            currency: 'USD',
            basis: { country: 'US', currency: 'USD', period: 'year', kind: 'base', year: null },
            comparable: true,
            reason: null,
            position: 'within',
            compaRatio: 0.98,
            penetration: 0.46,
            source: {
              title: 'Snapshot: What a CIS (IT) Manager Actually Does',
              publisher: 'Assessment.com (MAPP Career Assessment)',
              year: null,
            },
          },
    flags: [],
    taxonomyVersion: 'tax-v1',
    enrichedAt: '2026-11-20T08:00:00.000Z',
    ...overrides,
  };
}

/** A listing paid `annualUsd` (min = max), with the band position given. */
export function buildPaidListing(annualUsd: number, overrides: Partial<Listing> = {}): Listing {
  const base = buildListing(overrides);
  return {
    ...base,
    salary: base.salary && {
      ...base.salary,
      min: annualUsd,
      max: annualUsd,
      annual: { min: annualUsd, max: annualUsd, assumption: null },
      annualUsd: { min: annualUsd, max: annualUsd, rateDate: '2026-11-01' },
    },
    ...overrides,
  };
}
