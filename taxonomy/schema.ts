/**
 * The taxonomy's schema. The taxonomy is data (the JSON files beside this one); this module is
 * the only place that says what shape that data must have, so a broken file fails at load with
 * the path of the broken field instead of misclassifying quietly.
 */
import * as z from 'zod/mini';

const Id = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case'));
const NonEmpty = z.string().check(z.trim(), z.minLength(1));

/** A lexicon cue: plain text, or text with matching options. */
export const CueSchema = z.union([
  NonEmpty,
  z.strictObject({
    text: NonEmpty,
    /** Match the letters' case exactly (for short or ambiguous words: "Go", "Teams", "SAFe"). */
    caseSensitive: z._default(z.boolean(), false),
    /** Count the cue only when one of these words stands in the same block. */
    context: z.optional(z.array(NonEmpty).check(z.minLength(1))),
  }),
]);
export type Cue = z.infer<typeof CueSchema>;

const YearsSchema = z
  .strictObject({
    min: z.number().check(z.gte(0)),
    max: z.nullable(z.number().check(z.gte(0))),
    source: NonEmpty,
  })
  .check(z.refine((y) => y.max === null || y.max >= y.min, 'max must be >= min'));

const Positive = z.number().check(z.positive());

export const BandDefSchema = z
  .strictObject({
    min: Positive,
    max: Positive,
    /** The guide writes "+": the band is open above its max. */
    openEnded: z.boolean(),
    currency: z.literal('USD'),
    bonusPct: z.nullable(z.strictObject({ min: z.number(), max: z.number() })),
    /** "base" or "total" compensation, as the guide states it. */
    basis: z.enum(['base', 'total']),
    source: NonEmpty,
    note: z.optional(z.string()),
  })
  .check(z.refine((b) => b.max >= b.min, 'band max must be >= min'));
export type BandDef = z.infer<typeof BandDefSchema>;

export const TierSchema = z.strictObject({
  id: Id,
  label: NonEmpty,
  /** Position on the ladder, 1 = lowest. */
  rank: z.int().check(z.positive()),
  typicalTitles: z.array(NonEmpty).check(z.minLength(1)),
  experience: YearsSchema,
  band: BandDefSchema,
});
export type Tier = z.infer<typeof TierSchema>;

export const GuideLevelSchema = z.strictObject({
  id: Id,
  label: NonEmpty,
  experience: YearsSchema,
  salary: z.strictObject({
    min: z.nullable(z.number()),
    max: z.nullable(z.number()),
    median: z.nullable(z.number()),
  }),
  /** The tiers this level corresponds to, for comparison. */
  tiers: z.array(Id).check(z.minLength(1)),
  source: NonEmpty,
});

/** A title rule: when `cue` stands in a normalised title, the posting is (at least) this tier. */
export const TitleRuleSchema = z.strictObject({
  cue: NonEmpty,
  tier: Id,
  /** Higher wins when several rules match the same title. */
  priority: z.int(),
  /** The cue names the IT function itself ("chief information officer"): no domain word needed. */
  implicitDomain: z._default(z.boolean(), false),
  /** A C-level title: the organisation's size decides between `vp` and `cio`. */
  cLevel: z._default(z.boolean(), false),
});
export type TitleRule = z.infer<typeof TitleRuleSchema>;

export const ScopeSchema = z.strictObject({
  /** Title words that name an IT function. */
  domainCues: z.array(NonEmpty).check(z.minLength(1)),
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
  titleRules: z.array(TitleRuleSchema).check(z.minLength(1)),
  /** At or under this many employees, a C-level title is the `vp` tier (guide 000). */
  smallOrgMaxEmployees: z.int().check(z.positive()),
  smallOrgCues: z.array(NonEmpty),
  largeOrgCues: z.array(NonEmpty),
});

export const SkillSchema = z.strictObject({
  id: Id,
  label: NonEmpty,
  category: Id,
  cues: z.array(CueSchema).check(z.minLength(1)),
});
export type Skill = z.infer<typeof SkillSchema>;

export const CertificationSchema = z.strictObject({
  id: Id,
  label: NonEmpty,
  issuer: z.optional(NonEmpty),
  cues: z.array(CueSchema).check(z.minLength(1)),
});
export type Certification = z.infer<typeof CertificationSchema>;

const NonEmptyList = z.array(NonEmpty).check(z.minLength(1));

export const TaxonomySchema = z
  .strictObject({
    family: z.strictObject({ id: Id, label: NonEmpty, soc: NonEmpty, description: NonEmpty }),
    sources: z.record(
      NonEmpty,
      z.strictObject({ title: NonEmpty, kind: z.enum(['guide', 'dataset']), note: z.optional(z.string()) }),
    ),
    tiers: z.array(TierSchema).check(z.minLength(1)),
    guideLevels: z.array(GuideLevelSchema),
    scope: ScopeSchema,
    skillCategories: z.array(z.strictObject({ id: Id, label: NonEmpty })).check(z.minLength(1)),
    skills: z.array(SkillSchema).check(z.minLength(1)),
    certifications: z.array(CertificationSchema).check(z.minLength(1)),
    requirementCues: z.strictObject({ required: NonEmptyList, preferred: NonEmptyList }),
  })
  .check(
    z.superRefine((t, ctx) => {
      const tierIds = new Set(t.tiers.map((x) => x.id));
      const categories = new Set(t.skillCategories.map((c) => c.id));
      const dup = (ids: string[], path: string) => {
        const seen = new Set<string>();
        ids.forEach((id, i) => {
          if (seen.has(id))
            ctx.addIssue({ code: 'custom', path: [path, i, 'id'], message: `duplicate id ${id}` });
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
          ctx.addIssue({
            code: 'custom',
            path: ['skills', i, 'category'],
            message: `unknown category ${s.category}`,
          });
      });
      t.scope.titleRules.forEach((r, i) => {
        if (!tierIds.has(r.tier))
          ctx.addIssue({
            code: 'custom',
            path: ['scope', 'titleRules', i, 'tier'],
            message: `unknown tier ${r.tier}`,
          });
      });
      t.guideLevels.forEach((l, i) => {
        for (const tier of l.tiers)
          if (!tierIds.has(tier))
            ctx.addIssue({
              code: 'custom',
              path: ['guideLevels', i, 'tiers'],
              message: `unknown tier ${tier}`,
            });
      });
      for (const [path, source] of [
        ...t.tiers.flatMap((x, i) => [
          [['tiers', i, 'band', 'source'], x.band.source],
          [['tiers', i, 'experience', 'source'], x.experience.source],
        ]),
        ...t.guideLevels.map((x, i) => [['guideLevels', i, 'source'], x.source]),
      ] as [(string | number)[], string][]) {
        if (!(source in t.sources))
          ctx.addIssue({ code: 'custom', path, message: `unknown source ${source}` });
      }
    }),
  );
export type TaxonomyData = z.infer<typeof TaxonomySchema>;

export const CurrencyRatesSchema = z
  .strictObject({
    rateDate: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
    source: NonEmpty,
    /** US dollars for one unit of each currency (ISO 4217). */
    usdPerUnit: z.record(z.string().check(z.regex(/^[A-Z]{3}$/)), Positive),
  })
  .check(
    z.refine((r) => r.usdPerUnit.USD === 1, {
      message: 'usdPerUnit.USD must be 1',
      path: ['usdPerUnit', 'USD'],
    }),
  );
export type CurrencyRates = z.infer<typeof CurrencyRatesSchema>;

const Wage = z.nullable(Positive);
export const WageReferenceSchema = z.strictObject({
  source: NonEmpty,
  occupation: z.strictObject({ soc: NonEmpty, title: NonEmpty }),
  national: z.strictObject({
    employment: z.int().check(z.positive()),
    annual: z.strictObject({ p10: Wage, p25: Wage, median: Wage, p75: Wage, p90: Wage }),
    /** BLS's "#": the percentile is at least this much (the top of its published scale). */
    topCoded: z.record(z.string(), z.number()),
  }),
  states: z.array(
    z.strictObject({
      state: z.string().check(z.length(2)),
      name: NonEmpty,
      employment: z.nullable(z.number()),
      annual: z.strictObject({ p25: Wage, median: Wage, p75: Wage }),
    }),
  ),
});
export type WageReference = z.infer<typeof WageReferenceSchema>;
