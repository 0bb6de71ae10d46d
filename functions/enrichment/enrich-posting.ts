/**
 * The classify half of enrichment: a parsed posting in, the public listing record out
 * (../shared/docs/contract.md). Pure and HTML-free: the caller passes the taxonomy and the clock.
 */
import { createHash, hash } from 'node:crypto';
import { classifyRole, extractQualifications, payCountryFromSignals } from './classify/index.ts';
import { compareToBand, extractSalary, payTransparencyFlags } from './pay/index.ts';
import type { Taxonomy } from './taxonomy/index.ts';
import type { Block, FieldSource, Listing, Posting, Salary } from './types.ts';

export interface EnrichContext {
  readonly taxonomy: Taxonomy;
  /** The clock, for `enrichedAt`. */
  readonly now: Date;
}

/** A section or lead-in that names pay: "Salary:", "Compensation", "Pay range". */
const PAY_SECTION = /\b(?:salary|salaries|pay|compensation|remuneration|wages?|rate|package|stipend)\b/i;
const MAX_PAY_SECTION_CHARS = 60;

/**
 * Where pay came from: a structured field (JSON-LD, microdata, RDFa, a feed's salary field), a
 * labelled line ("Salary: £50,000 – £60,000"), the text under a pay heading, or a sentence.
 */
function salaryProvenance(salary: Salary, blocks: readonly Block[]): FieldSource {
  if (salary.source !== 'text') return 'structured';
  const probe = salary.raw.slice(0, 40);
  const block = blocks.find((b) => b.text.includes(probe));
  const section = block?.section ?? null;
  if (!block || section === null || section.length > MAX_PAY_SECTION_CHARS || !PAY_SECTION.test(section))
    return 'inferred';
  // A "Label:" lead-in starts its block's text; a heading stands above it.
  return block.text.startsWith(section) ? 'label' : 'heading';
}

/** Skill categories that name technology (not leadership practices): evidence of IT work. */
const LEADERSHIP_CATEGORY = 'delivery-leadership';

/**
 * A URL the URL parser would hand back unchanged but for trailing slashes: lower-case http(s),
 * a lower-case DNS name (last label a word, so no IPv4 reading applies), no port, and a path
 * of plain characters with no query or fragment. Dot segments are ruled out separately, and so
 * are punycode labels, which the parser may refuse (its refusal keeps the URL as it was).
 */
const PLAIN_URL = /^https?:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z][a-z0-9-]*(?:\/[\w.~/-]*)?$/;
const DOT_SEGMENT = /\/\.\.?(?:\/|$)/;

/** `text` without its trailing slashes; a regex costs time squared on a long run of slashes inside the text. */
function withoutTrailingSlashes(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 47) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** The form of a posting URL its id is taken from: no fragment, no tracking parameters, no trailing slash. */
export function normalizeUrl(url: string): string {
  // Most posting URLs are plain; parsing each costs more than hashing it.
  if (PLAIN_URL.test(url) && !DOT_SEGMENT.test(url) && !url.includes('xn--'))
    return withoutTrailingSlashes(url);
  try {
    const u = new URL(url);
    u.hash = '';
    for (const key of [...u.searchParams.keys()])
      if (/^(utm_|gh_src$|ref$|source$)/i.test(key)) u.searchParams.delete(key);
    return `${u.protocol}//${u.host.toLowerCase()}${withoutTrailingSlashes(u.pathname)}${u.search}`;
  } catch {
    return url.trim();
  }
}

/**
 * A stable id for a source posting: the same posting (same URL, or same board id, or the same
 * text when it has neither) always gets the same id, whichever run or format delivered it.
 */
export function listingId(posting: Posting): string {
  if (posting.source.url) return digest(`url:${normalizeUrl(posting.source.url)}`);
  if (posting.source.externalId)
    return digest(`ext:${posting.source.format}:${posting.company ?? ''}:${posting.source.externalId}`);
  // Nothing identifies it but what it says: all of it, so two postings that share a title and
  // an opening (a fragment pasted twice with a different salary at the end) never share an id.
  const h = createHash('sha256');
  h.update(`text:${posting.title}\n${posting.company ?? ''}\n${posting.location.text ?? ''}\n`);
  for (const b of posting.blocks) h.update(`${b.text}\n`);
  if (posting.pay) h.update(`pay:${posting.pay.raw}`);
  return h.digest('base64url').slice(0, 22);
}

function digest(key: string): string {
  return hash('sha256', key, 'base64url').slice(0, 22);
}

let lastClock = { time: Number.NaN, iso: '' };

/** `now` as ISO 8601, formatted once per clock reading: a batch or a feed shares one `now`. */
function isoTime(now: Date): string {
  const time = now.getTime();
  if (time !== lastClock.time) lastClock = { time, iso: now.toISOString() };
  return lastClock.iso;
}

/**
 * Enriches one parsed posting: role and tier, skills, certifications, salary and band.
 * @example enrichPosting(posting, { taxonomy: loadTaxonomy(), now: new Date() }).role.tier // 'director'
 */
export function enrichPosting(posting: Posting, ctx: EnrichContext): Listing {
  const { taxonomy } = ctx;
  const { skills, certifications, signals } = extractQualifications(
    posting.title,
    posting.blocks,
    taxonomy,
    posting.company,
  );
  const technicalSkillCount = skills.filter((s) => s.category !== LEADERSHIP_CATEGORY).length;
  const role = classifyRole(posting.title, posting.blocks, { technicalSkillCount, signals }, taxonomy);
  const salary = extractSalary(
    {
      blocks: posting.blocks,
      pay: posting.pay,
      // The location's country code, else its words ("Perth, WA"), which the pay module reads.
      countryHint: posting.location.country ?? posting.location.text,
      title: posting.title,
      payCountry: payCountryFromSignals(signals),
      company: posting.company,
    },
    taxonomy.rates,
  );
  const tier = role.tier ? taxonomy.tierById.get(role.tier) : undefined;
  return {
    id: listingId(posting),
    source: posting.source,
    title: posting.title,
    company: posting.company,
    location: posting.location,
    employmentType: posting.employmentType,
    postedAt: posting.postedAt,
    role,
    skills,
    certifications,
    salary,
    band: tier ? compareToBand(salary, tier, posting.location.country) : null,
    flags: payTransparencyFlags(
      { location: posting.location, salary, postedAt: posting.postedAt },
      isoTime(ctx.now),
    ),
    ...(posting.warnings?.length ? { warnings: posting.warnings } : {}),
    provenance: {
      ...posting.provenance,
      ...(salary ? { salary: salaryProvenance(salary, posting.blocks) } : {}),
    },
    taxonomyVersion: taxonomy.version,
    enrichedAt: isoTime(ctx.now),
  };
}
