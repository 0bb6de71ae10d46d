/**
 * The shape of taxonomy/pay-transparency.json: the laws that require pay in a job posting, each
 * with where it applies, from when, what it requires and its source. Data beside the taxonomy;
 * functions/enrichment/pay-transparency.ts reads it.
 */
import * as z from 'zod/mini';

const NonEmpty = z.string().check(z.trim(), z.minLength(1));
const IsoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

export const JurisdictionSchema = z.strictObject({
  /** US-NYC, US-CA, CA-ON, EU: what a flag's `jurisdiction` says. */
  id: z.string().check(z.regex(/^[A-Z]{2}(?:-[A-Z]{2,3})?$/)),
  label: NonEmpty,
  /** The country a location must be in (ISO 3166-1 alpha-2); null when `countries` lists them. */
  country: z.nullable(z.string().check(z.regex(/^[A-Z]{2}$/))),
  /** Several countries (the EU's member states). */
  countries: z.array(z.string().check(z.regex(/^[A-Z]{2}$/))),
  /** Place names matched in the location text, whole words, any case. */
  terms: z.array(NonEmpty),
  /** Region codes matched in the location text as written ("Denver, CO"), exact case. */
  codes: z.array(z.string().check(z.regex(/^[A-Z]{2}$/))),
  /** The law covers remote jobs that people in the place could fill. */
  appliesToRemote: z.boolean(),
  /** Postings from this date on are covered. */
  effective: IsoDate,
  requires: z.enum(['range']),
  rule: NonEmpty,
  source: NonEmpty,
  /** A legal ceiling on the range's width, in a currency, for pay up to a level. */
  maxSpread: z.nullable(
    z.strictObject({
      currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
      maxWidth: z.number().check(z.positive()),
      appliesBelowMax: z.number().check(z.positive()),
    }),
  ),
});
export type Jurisdiction = z.infer<typeof JurisdictionSchema>;

export const PayTransparencyRulesSchema = z.strictObject({
  version: NonEmpty,
  note: z.string(),
  commonPractice: z.strictObject({
    /** Flag a range whose (max - min) / min is over this. */
    maxSpread: z.number().check(z.positive()),
    rule: NonEmpty,
    source: NonEmpty,
  }),
  jurisdictions: z.array(JurisdictionSchema).check(z.minLength(1)),
});
export type PayTransparencyRules = z.infer<typeof PayTransparencyRulesSchema>;
