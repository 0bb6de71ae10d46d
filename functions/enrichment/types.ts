/**
 * The shapes that cross module boundaries in the enrichment core.
 *
 * `Posting` is what every parser (HTML page, plain text, feeds, job-board APIs) produces;
 * `Listing` is the public record of ../shared/docs/contract.md that the classifier returns and
 * that the store, the API and the CLI pass on unchanged. Field names here are a public contract.
 */
import { z } from 'zod';

export const FORMATS = ['html', 'text', 'rss', 'atom', 'jsonfeed', 'greenhouse', 'lever', 'ashby'] as const;
export const FormatSchema = z.enum(FORMATS);
export type Format = z.infer<typeof FormatSchema>;

export const PERIODS = ['hour', 'day', 'week', 'month', 'year'] as const;
export const PeriodSchema = z.enum(PERIODS);
export type Period = z.infer<typeof PeriodSchema>;

export const SalaryKindSchema = z.enum(['base', 'ote', 'unknown']);
export type SalaryKind = z.infer<typeof SalaryKindSchema>;

export const SalarySourceSchema = z.enum(['jsonld', 'microdata', 'feed-field', 'text']);
export type SalarySource = z.infer<typeof SalarySourceSchema>;

/** One block of a posting's description: a heading, a paragraph or a list item, as plain text. */
export interface Block {
  readonly kind: 'heading' | 'paragraph' | 'item';
  readonly text: string;
  /** The nearest heading (or "Label:" lead-in) above this block, if any. */
  readonly section: string | null;
}

/**
 * Pay as a source states it in structured form (schema.org baseSalary, a job board's salary
 * field). Amounts are as posted, in `currency` per `period`; the salary module validates and
 * annualises them.
 */
export interface PostedPay {
  readonly min: number | null;
  readonly max: number | null;
  readonly currency: string | null;
  readonly period: Period | null;
  readonly kind?: SalaryKind;
  readonly source: SalarySource;
  readonly raw: string;
}

export interface SourceRef {
  readonly format: Format;
  readonly url: string | null;
  readonly externalId: string | null;
  readonly file: string | null;
}

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
  /** HTML (already unescaped to markup) or plain text. */
  readonly description: { readonly html: string } | { readonly text: string };
  readonly pay: PostedPay | null;
}

/** A posting as parsed from any source, before classification. */
export interface Posting {
  readonly source: SourceRef;
  readonly title: string;
  readonly company: string | null;
  readonly location: Location;
  readonly employmentType: string | null;
  readonly postedAt: string | null;
  /** The description as ordered blocks that keep their sections. */
  readonly blocks: readonly Block[];
  /** Structured pay, when the source has it; the text is searched otherwise. */
  readonly pay: PostedPay | null;
}

export const LocationSchema = z.object({
  text: z.string().nullable(),
  country: z.string().nullable(),
  remote: z.boolean().nullable(),
});
export type Location = z.infer<typeof LocationSchema>;

export const EvidenceSchema = z.object({ rule: z.string(), text: z.string() });
export type Evidence = z.infer<typeof EvidenceSchema>;

export const RoleSchema = z.object({
  family: z.string(),
  inScope: z.boolean(),
  tier: z.string().nullable(),
  confidence: z.number().min(0).max(1),
  evidence: z.array(EvidenceSchema),
  yearsExperience: z.object({ min: z.number().nullable(), max: z.number().nullable() }).nullable().optional(),
});
export type Role = z.infer<typeof RoleSchema>;

export const SkillMatchSchema = z.object({
  id: z.string(),
  label: z.string(),
  category: z.string(),
  evidence: z.string(),
});
export type SkillMatch = z.infer<typeof SkillMatchSchema>;

export const RequirementSchema = z.enum(['required', 'preferred', 'mentioned']);
export type Requirement = z.infer<typeof RequirementSchema>;

export const CertificationMatchSchema = z.object({
  id: z.string(),
  label: z.string(),
  requirement: RequirementSchema,
  evidence: z.string(),
});
export type CertificationMatch = z.infer<typeof CertificationMatchSchema>;

const RangeSchema = z.object({ min: z.number().nullable(), max: z.number().nullable() });

export const SalarySchema = z.object({
  min: z.number().nullable(),
  max: z.number().nullable(),
  currency: z.string().length(3),
  period: PeriodSchema,
  kind: SalaryKindSchema,
  annual: RangeSchema,
  annualUsd: RangeSchema.extend({ rateDate: z.string() }).nullable(),
  source: SalarySourceSchema,
  raw: z.string(),
});
export type Salary = z.infer<typeof SalarySchema>;

export const BandPositionSchema = z.enum(['below', 'within', 'overlaps', 'above', 'unknown']);
export type BandPosition = z.infer<typeof BandPositionSchema>;

export const BandSchema = z.object({
  tier: z.string(),
  min: z.number(),
  max: z.number(),
  openEnded: z.boolean(),
  currency: z.literal('USD'),
  position: BandPositionSchema,
  compaRatio: z.number().nullable(),
  source: z.string(),
});
export type Band = z.infer<typeof BandSchema>;

export const ListingSchema = z.object({
  id: z.string(),
  source: z.object({
    format: FormatSchema,
    url: z.string().nullable(),
    externalId: z.string().nullable(),
    file: z.string().nullable(),
  }),
  title: z.string(),
  company: z.string().nullable(),
  location: LocationSchema,
  employmentType: z.string().nullable(),
  postedAt: z.string().nullable(),
  role: RoleSchema,
  skills: z.array(SkillMatchSchema),
  certifications: z.array(CertificationMatchSchema),
  salary: SalarySchema.nullable(),
  band: BandSchema.nullable(),
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
  override readonly name = 'DocumentError';
}
