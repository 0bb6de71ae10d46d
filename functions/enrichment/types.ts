/**
 * The shapes that cross module boundaries in the enrichment core.
 *
 * `Posting` is what every parser (HTML page, plain text, feeds, job-board APIs) produces;
 * `Listing` is the public record of ../shared/docs/contract.md that the classifier returns and
 * that the store, the API and the CLI pass on unchanged. Field names here are a public contract.
 */
import * as z from 'zod/mini';

export const FORMATS = [
  'html',
  'text',
  'rss',
  'atom',
  'xml',
  'jsonfeed',
  'greenhouse',
  'lever',
  'ashby',
  'json',
  'yaml',
  'module',
  'csv',
  'tsv',
] as const;
export const FormatSchema = z.enum(FORMATS);
export type Format = z.infer<typeof FormatSchema>;

export const PERIODS = ['hour', 'day', 'week', 'month', 'year'] as const;
export const PeriodSchema = z.enum(PERIODS);
export type Period = z.infer<typeof PeriodSchema>;

export const SalaryKindSchema = z.enum(['base', 'ote', 'unknown']);
export type SalaryKind = z.infer<typeof SalaryKindSchema>;

export const SalarySourceSchema = z.enum(['jsonld', 'microdata', 'rdfa', 'feed-field', 'text']);
export type SalarySource = z.infer<typeof SalarySourceSchema>;

/**
 * Where a field of a posting came from, shared by every format: a structured field (JSON-LD,
 * microdata, RDFa, a feed's or a board's field for it), a labelled line ("Location: Leeds", a
 * `<dt>`/`<dd>` pair), a heading (the page's h1 or <title>, a section's heading), the board's or
 * feed's identity (its token, channel title, site name), or inferred from the text around it (a
 * line under the title, a bracket in the title, an applicant-location requirement, a pay sentence).
 */
export const FIELD_SOURCES = ['structured', 'label', 'heading', 'board', 'inferred'] as const;
export const FieldSourceSchema = z.enum(FIELD_SOURCES);
export type FieldSource = z.infer<typeof FieldSourceSchema>;

/** The fields whose origin a record states: each present only when the field has a value. */
export const ProvenanceSchema = z.object({
  title: z.optional(FieldSourceSchema),
  company: z.optional(FieldSourceSchema),
  location: z.optional(FieldSourceSchema),
  employmentType: z.optional(FieldSourceSchema),
  salary: z.optional(FieldSourceSchema),
});
export type Provenance = z.infer<typeof ProvenanceSchema>;
export type ProvenancedField = keyof Provenance;

/** One block of a posting's description: a heading, a paragraph or a list item, as plain text. */
export const BlockSchema = z.object({
  kind: z.enum(['heading', 'paragraph', 'item']),
  text: z.string(),
  /** The nearest heading (or "Label:" lead-in) above this block, if any. */
  section: z.nullable(z.string()),
});
export type Block = Readonly<z.infer<typeof BlockSchema>>;

/**
 * Pay as a source states it in structured form (schema.org baseSalary, a job board's salary
 * field). Amounts are as posted, in `currency` per `period`; the salary module validates and
 * annualises them.
 */
export const PostedPaySchema = z.object({
  min: z.nullable(z.number()),
  max: z.nullable(z.number()),
  currency: z.nullable(z.string()),
  period: z.nullable(PeriodSchema),
  kind: z.optional(SalaryKindSchema),
  source: SalarySourceSchema,
  raw: z.string(),
});
export type PostedPay = Readonly<z.infer<typeof PostedPaySchema>>;

/**
 * Something the reader of a record should know about how it was read: `document-truncated` when
 * its document broke off part-way (the detail says where and what was lost).
 */
export const WarningSchema = z.object({ id: z.string(), detail: z.string() });
export type Warning = z.infer<typeof WarningSchema>;

export const SourceRefSchema = z.object({
  format: FormatSchema,
  url: z.nullable(z.string()),
  externalId: z.nullable(z.string()),
  file: z.nullable(z.string()),
});
export type SourceRef = Readonly<z.infer<typeof SourceRefSchema>>;

/**
 * A posting as a format parser (HTML page, text, feed, job board) splits it out of a document:
 * the description still as the source gave it. The core turns it into a `Posting`.
 */
export interface RawPosting {
  readonly source: SourceRef;
  readonly title: string;
  readonly company: string | null;
  readonly location: Location;
  readonly employmentType: string | null;
  readonly postedAt: string | null;
  /**
   * HTML (already unescaped to markup), plain text, or blocks when the parser already walked
   * the markup (a careers page's main content: no need to serialise and parse it again).
   */
  readonly description:
    | { readonly html: string }
    | { readonly text: string }
    | { readonly blocks: readonly Block[] };
  readonly pay: PostedPay | null;
  /** How the document was read, when the record should say (a cut-off document). */
  readonly warnings?: readonly Warning[];
  /** Where each field came from (`buildRawPosting` fills it for every format). */
  readonly provenance?: Provenance;
}

export const LocationSchema = z.object({
  text: z.nullable(z.string()),
  country: z.nullable(z.string()),
  remote: z.nullable(z.boolean()),
});
export type Location = z.infer<typeof LocationSchema>;

/**
 * A posting as parsed from any source, before classification: the description as ordered text
 * blocks that keep their sections, and structured pay when the source has it. This is what the
 * ingest side sends through the queue and what the classifier reads: no HTML left in it.
 */
/** What a posting says about itself, kept as is from the posting into its listing. */
const PostingFacts = {
  source: SourceRefSchema,
  title: z.string(),
  company: z.nullable(z.string()),
  location: LocationSchema,
  employmentType: z.nullable(z.string()),
  postedAt: z.nullable(z.string()),
};

export const PostingSchema = z.object({
  ...PostingFacts,
  blocks: z.array(BlockSchema),
  pay: z.nullable(PostedPaySchema),
  warnings: z.optional(z.array(WarningSchema)),
  provenance: z.optional(ProvenanceSchema),
});
export type Posting = z.infer<typeof PostingSchema>;

export const EvidenceSchema = z.object({ rule: z.string(), text: z.string() });
export type Evidence = z.infer<typeof EvidenceSchema>;

export const RoleSchema = z.object({
  family: z.string(),
  inScope: z.boolean(),
  tier: z.nullable(z.string()),
  confidence: z.number().check(z.gte(0), z.lte(1)),
  evidence: z.array(EvidenceSchema),
  yearsExperience: z.optional(
    z.nullable(z.object({ min: z.nullable(z.number()), max: z.nullable(z.number()) })),
  ),
});
export type Role = z.infer<typeof RoleSchema>;

export const RequirementSchema = z.enum(['required', 'preferred', 'mentioned']);
export type Requirement = z.infer<typeof RequirementSchema>;

/**
 * Whether the posting requires a skill or prefers it: from the sentence's wording ("required",
 * "ideally", "a plus") or the section it stands in ("Essential", "Minimum qualifications" vs
 * "Desirable", "Nice to have"); a skill the job's duties name is required.
 */
export const SkillRequirementSchema = z.enum(['required', 'preferred']);
export type SkillRequirement = z.infer<typeof SkillRequirementSchema>;

export const SkillMatchSchema = z.object({
  id: z.string(),
  label: z.string(),
  category: z.string(),
  // Absent only on listings stored before it existed; `job-enrich reenrich` adds it.
  requirement: z.optional(SkillRequirementSchema),
  evidence: z.string(),
});
export type SkillMatch = z.infer<typeof SkillMatchSchema>;

export const CertificationMatchSchema = z.object({
  id: z.string(),
  label: z.string(),
  requirement: RequirementSchema,
  evidence: z.string(),
});
export type CertificationMatch = z.infer<typeof CertificationMatchSchema>;

const RangeSchema = z.object({ min: z.nullable(z.number()), max: z.nullable(z.number()) });

/** Annual figures; `assumption` says how a non-yearly rate was annualised ("2,080 hours a year"). */
export const AnnualPaySchema = z.extend(RangeSchema, {
  // Defaults read listings stored before these fields existed; `job-enrich reenrich` rewrites them.
  assumption: z._default(z.nullable(z.string()), null),
});
export type AnnualPay = z.infer<typeof AnnualPaySchema>;

export const SalarySchema = z.object({
  min: z.nullable(z.number()),
  max: z.nullable(z.number()),
  currency: z.string().check(z.length(3)),
  period: PeriodSchema,
  kind: SalaryKindSchema,
  annual: AnnualPaySchema,
  /** A contract, day or hourly rate: not a salary, so never set against a salaried band. */
  contract: z._default(z.boolean(), false),
  annualUsd: z.nullable(z.extend(RangeSchema, { rateDate: z.string() })),
  source: SalarySourceSchema,
  raw: z.string(),
});
export type Salary = z.infer<typeof SalarySchema>;

export const BandPositionSchema = z.enum(['below', 'within', 'overlaps', 'above', 'unknown']);
export type BandPosition = z.infer<typeof BandPositionSchema>;

/** What a band's figures are: the country, currency, period, pay kind and year they describe. */
export const BandBasisSchema = z.object({
  country: z.string(),
  currency: z.string(),
  period: PeriodSchema,
  kind: z.enum(['base', 'total']),
  year: z.nullable(z.int()),
});
export type BandBasis = z.infer<typeof BandBasisSchema>;

/** Why a posting's pay is not set against its band. */
export const BandReasonSchema = z.enum(['no-pay', 'country', 'currency', 'contract-rate']);
export type BandReason = z.infer<typeof BandReasonSchema>;

/** A citation a person can check. `year` is null when the source is undated. */
export const CitationSchema = z.object({
  title: z.string(),
  publisher: z.string(),
  year: z.nullable(z.int()),
});
export type Citation = z.infer<typeof CitationSchema>;

export const BandSchema = z.object({
  tier: z.string(),
  min: z.number(),
  max: z.number(),
  openEnded: z.boolean(),
  /** The band's currency: USD for the shipped bands; an operator's own may be GBP, EUR... */
  currency: z.string().check(z.length(3)),
  // The defaults read bands stored before basis and comparability existed (all US, USD, yearly,
  // compared as they were); `job-enrich reenrich` brings them to the taxonomy in force.
  basis: z._default(BandBasisSchema, () => ({
    country: 'US',
    currency: 'USD',
    period: 'year' as const,
    kind: 'base' as const,
    year: null,
  })),
  /** False when the posting's pay is not on the band's basis; `reason` says why. */
  comparable: z._default(z.boolean(), true),
  reason: z._default(z.nullable(BandReasonSchema), null),
  position: BandPositionSchema,
  compaRatio: z.nullable(z.number()),
  /** Where the posted midpoint falls between band min (0) and max (1); null when not comparable. */
  penetration: z._default(z.nullable(z.number()), null),
  /** A citation; a stored band of old names its source file, read as the title. */
  source: z.union([
    CitationSchema,
    z.pipe(
      z.string(),
      z.transform((title: string) => ({ title, publisher: 'unknown', year: null })),
    ),
  ]),
});
export type Band = z.infer<typeof BandSchema>;

/** A pay-transparency finding and the rule it comes from (pay-transparency.ts). */
export const PayFlagSchema = z.object({
  id: z.enum([
    'pay-range-missing',
    'pay-range-no-minimum',
    'pay-range-no-maximum',
    'pay-range-too-wide',
    'pay-range-wider-than-practice',
  ]),
  rule: z.string(),
  /** US-NYC, US-CA, CA-ON, EU …, or common-practice. */
  jurisdiction: z.string(),
  source: z.string(),
  /** What in this posting raised it. */
  detail: z.string(),
});
export type PayFlag = z.infer<typeof PayFlagSchema>;

export const ListingSchema = z.object({
  id: z.string(),
  ...PostingFacts,
  role: RoleSchema,
  skills: z.array(SkillMatchSchema),
  certifications: z.array(CertificationMatchSchema),
  salary: z.nullable(SalarySchema),
  band: z.nullable(BandSchema),
  flags: z._default(z.array(PayFlagSchema), () => []),
  /** Present when the record's document was not read whole: `{ id: 'document-truncated', detail }`. */
  warnings: z.optional(z.array(WarningSchema)),
  /** Where title, company, location, employment type and salary came from (absent on listings stored before it existed). */
  provenance: z.optional(ProvenanceSchema),
  taxonomyVersion: z.string(),
  enrichedAt: z.string(),
});
export type Listing = z.infer<typeof ListingSchema>;

/** An input document: the content plus whatever the caller knows about it. */
export interface DocumentInput {
  readonly content: string | Uint8Array;
  /** `auto` (the default) sniffs the content, helped by `contentType`. */
  readonly format?: Format | 'auto';
  readonly contentType?: string | null;
  /** Where the document came from: a file name and/or the URL it was fetched from. */
  readonly file?: string | null;
  readonly url?: string | null;
}

/** A document that cannot be read as postings: unknown shape, hostile or over the limits. */
export class DocumentError extends Error {
  override readonly name: string = 'DocumentError';
}

/**
 * A readable document that is not a job posting (an "About us" page, a blog post, a careers
 * landing page with no opening): refused with the reason `not-a-posting` instead of stored.
 */
export class NotAPostingError extends DocumentError {
  override readonly name = 'NotAPostingError';
  readonly reason = 'not-a-posting' as const;
}
