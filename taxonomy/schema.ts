/**
 * The taxonomy's schema. The taxonomy is data (the JSON files beside this one); this module is
 * the only place that says what shape that data must have, so a broken file fails at load with
 * the path of the broken field instead of misclassifying quietly.
 */
import { z } from 'zod';

const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case');
const NonEmpty = z.string().trim().min(1);

/** A lexicon cue: plain text, or text with matching options. */
export const CueSchema = z.union([
  NonEmpty,
  z
    .object({
      text: NonEmpty,
      /** Match the letters' case exactly (for short or ambiguous words: "Go", "Teams", "SAFe"). */
      caseSensitive: z.boolean().default(false),
      /** Count the cue only when one of these words stands in the same block. */
      context: z.array(NonEmpty).min(1).optional(),
    })
    .strict(),
]);
export type Cue = z.infer<typeof CueSchema>;

const YearsSchema = z
  .object({ min: z.number().min(0), max: z.number().min(0).nullable(), source: NonEmpty })
  .strict()
  .refine((y) => y.max === null || y.max >= y.min, { message: 'max must be >= min' });

export const BandDefSchema = z
  .object({
    min: z.number().positive(),
    max: z.number().positive(),
    /** The guide writes "+": the band is open above its max. */
    openEnded: z.boolean(),
    currency: z.literal('USD'),
    bonusPct: z.object({ min: z.number(), max: z.number() }).strict().nullable(),
    /** "base" or "total" compensation, as the guide states it. */
    basis: z.enum(['base', 'total']),
    source: NonEmpty,
    note: z.string().optional(),
  })
  .strict()
  .refine((b) => b.max >= b.min, { message: 'band max must be >= min' });
export type BandDef = z.infer<typeof BandDefSchema>;

export const TierSchema = z
  .object({
    id: Id,
    label: NonEmpty,
    /** Position on the ladder, 1 = lowest. */
    rank: z.number().int().positive(),
    typicalTitles: z.array(NonEmpty).min(1),
    experience: YearsSchema,
    band: BandDefSchema,
  })
  .strict();
export type Tier = z.infer<typeof TierSchema>;

export const GuideLevelSchema = z
  .object({
    id: Id,
    label: NonEmpty,
    experience: YearsSchema,
    salary: z.object({ min: z.number().nullable(), max: z.number().nullable(), median: z.number().nullable() }),
    /** The tier this level corresponds to, for comparison. */
    tiers: z.array(Id).min(1),
    source: NonEmpty,
  })
  .strict();

/** A title rule: when `cue` stands in a normalised title, the posting is (at least) this tier. */
export const TitleRuleSchema = z
  .object({
    cue: NonEmpty,
    tier: Id,
    /** Higher wins when several rules match the same title. */
    priority: z.number().int(),
    /** The cue names the IT function itself ("chief information officer"): no domain word needed. */
    implicitDomain: z.boolean().default(false),
    /** A C-level title: the organisation's size decides between `vp` and `cio`. */
    cLevel: z.boolean().default(false),
  })
  .strict();
export type TitleRule = z.infer<typeof TitleRuleSchema>;

export const ScopeSchema = z
  .object({
    /** Title words that name an IT function. */
    domainCues: z.array(NonEmpty).min(1),
    /** Title words that may name an IT function; the body must show IT work to count them. */
    weakDomainCues: z.array(NonEmpty),
    /** Words before a leadership noun that make it another job ("project manager", "sales director"). */
    excludedModifiers: z.array(NonEmpty),
    /** Non-IT functions: a title led by one of these is out of scope. */
    nonItFunctions: z.array(NonEmpty),
    /** Individual-contributor nouns: without a leadership word the role is out of scope. */
    individualContributor: z.array(NonEmpty),
    /** Abbreviations and spellings rewritten before matching ("sr" -> "senior"). */
    titleSynonyms: z.record(z.string(), z.string()),
    titleRules: z.array(TitleRuleSchema).min(1),
    /** At or under this many employees, a C-level title is the `vp` tier (guide 000). */
    smallOrgMaxEmployees: z.number().int().positive(),
    smallOrgCues: z.array(NonEmpty),
    largeOrgCues: z.array(NonEmpty),
  })
  .strict();

export const SkillSchema = z
  .object({ id: Id, label: NonEmpty, category: Id, cues: z.array(CueSchema).min(1) })
  .strict();
export type Skill = z.infer<typeof SkillSchema>;

export const CertificationSchema = z
  .object({ id: Id, label: NonEmpty, issuer: NonEmpty.optional(), cues: z.array(CueSchema).min(1) })
  .strict();
export type Certification = z.infer<typeof CertificationSchema>;

export const TaxonomySchema = z
  .object({
    family: z
      .object({ id: Id, label: NonEmpty, soc: NonEmpty, description: NonEmpty })
      .strict(),
    sources: z.record(
      NonEmpty,
      z.object({ title: NonEmpty, kind: z.enum(['guide', 'dataset']), note: z.string().optional() }).strict(),
    ),
    tiers: z.array(TierSchema).min(1),
    guideLevels: z.array(GuideLevelSchema),
    scope: ScopeSchema,
    skillCategories: z.array(z.object({ id: Id, label: NonEmpty }).strict()).min(1),
    skills: z.array(SkillSchema).min(1),
    certifications: z.array(CertificationSchema).min(1),
    requirementCues: z
      .object({ required: z.array(NonEmpty).min(1), preferred: z.array(NonEmpty).min(1) })
      .strict(),
  })
  .strict()
  .superRefine((t, ctx) => {
    const tierIds = new Set(t.tiers.map((x) => x.id));
    const categories = new Set(t.skillCategories.map((c) => c.id));
    const dup = (ids: string[], path: string) => {
      const seen = new Set<string>();
      ids.forEach((id, i) => {
        if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [path, i, 'id'], message: `duplicate id ${id}` });
        seen.add(id);
      });
    };
    dup(
      t.tiers.map((x) => x.id),
      'tiers',
    );
    dup(
      t.skills.map((x) => x.id),
      'skills',
    );
    dup(
      t.certifications.map((x) => x.id),
      'certifications',
    );
    t.skills.forEach((s, i) => {
      if (!categories.has(s.category))
        ctx.addIssue({ code: 'custom', path: ['skills', i, 'category'], message: `unknown category ${s.category}` });
    });
    t.scope.titleRules.forEach((r, i) => {
      if (!tierIds.has(r.tier))
        ctx.addIssue({ code: 'custom', path: ['scope', 'titleRules', i, 'tier'], message: `unknown tier ${r.tier}` });
    });
    t.guideLevels.forEach((l, i) => {
      for (const tier of l.tiers)
        if (!tierIds.has(tier))
          ctx.addIssue({ code: 'custom', path: ['guideLevels', i, 'tiers'], message: `unknown tier ${tier}` });
    });
    for (const [path, source] of [
      ...t.tiers.flatMap((x, i) => [
        [['tiers', i, 'band', 'source'], x.band.source],
        [['tiers', i, 'experience', 'source'], x.experience.source],
      ]),
      ...t.guideLevels.map((x, i) => [['guideLevels', i, 'source'], x.source]),
    ] as [(string | number)[], string][]) {
      if (!(source in t.sources)) ctx.addIssue({ code: 'custom', path, message: `unknown source ${source}` });
    }
  });
export type TaxonomyData = z.infer<typeof TaxonomySchema>;

export const CurrencyRatesSchema = z
  .object({
    rateDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    source: NonEmpty,
    /** US dollars for one unit of each currency (ISO 4217). */
    usdPerUnit: z.record(z.string().regex(/^[A-Z]{3}$/), z.number().positive()),
  })
  .strict()
  .refine((r) => r.usdPerUnit.USD === 1, { message: 'usdPerUnit.USD must be 1', path: ['usdPerUnit', 'USD'] });
export type CurrencyRates = z.infer<typeof CurrencyRatesSchema>;

const Wage = z.number().positive().nullable();
export const WageReferenceSchema = z
  .object({
    source: NonEmpty,
    occupation: z.object({ soc: NonEmpty, title: NonEmpty }).strict(),
    national: z
      .object({
        employment: z.number().int().positive(),
        annual: z.object({ p10: Wage, p25: Wage, median: Wage, p75: Wage, p90: Wage }).strict(),
        /** BLS's "#": the percentile is at least this much (the top of its published scale). */
        topCoded: z.record(z.string(), z.number()),
      })
      .strict(),
    states: z.array(
      z
        .object({
          state: z.string().length(2),
          name: NonEmpty,
          employment: z.number().nullable(),
          annual: z.object({ p25: Wage, median: Wage, p75: Wage }).strict(),
        })
        .strict(),
    ),
  })
  .strict();
export type WageReference = z.infer<typeof WageReferenceSchema>;
