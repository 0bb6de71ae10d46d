/**
 * The taxonomy's schema. The taxonomy is data (the JSON files beside this one); this module is
 * the only place that says what shape that data must have, so a broken file fails at load with
 * the path of the broken field instead of misclassifying quietly.
 *
 * The files shipped in this repository are checked against it by the tests
 * (test/unit/enrichment/taxonomy/load-taxonomy.test.ts), which also hold each shipped file equal
 * to what the schema makes of it; a cold start then only indexes them, because zod parsing them
 * there would take the consumer's module load past 1.5 × a bare cheerio/slim import. A taxonomy
 * from anywhere else goes through the schema at run time (`buildTaxonomy`). Each schema is built
 * on first use (`z.lazy`), so a start that loads only the shipped files never builds them.
 *
 * Optional booleans are absent rather than defaulted to false, so the schema's output for a
 * shipped file is the file itself.
 */
import * as z from 'zod/mini';

/** Ids are kebab-case. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SOURCE_KINDS = ['guide', 'dataset', 'spec'] as const;
/** "base" or "total" compensation, as a guide states it. */
export const PAY_BASES = ['base', 'total'] as const;
export const RATE_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const CURRENCY_CODE_PATTERN = /^[A-Z]{3}$/;

const Id = z.lazy(() => z.string().check(z.regex(ID_PATTERN, 'ids are kebab-case')));
const NonEmpty = z.lazy(() => z.string().check(z.trim(), z.minLength(1)));

/** A lexicon cue: plain text, or text with matching options. */
export const CueSchema = z.lazy(() =>
  z.union([
    NonEmpty,
    z.strictObject({
      text: NonEmpty,
      /** Match the letters' case exactly (for short or ambiguous words: "Go", "Teams", "SAFe"). */
      caseSensitive: z.optional(z.boolean()),
      /** Count the cue only when one of these words stands in the same block. */
      context: z.optional(z.array(NonEmpty).check(z.minLength(1))),
      /**
       * Count the cue only when none of these words stands in its sentence: "change management"
       * beside "incident, problem" is ITIL's change process, not organisational change.
       */
      notContext: z.optional(z.array(NonEmpty).check(z.minLength(1))),
      /**
       * Count the cue only when none of these words stands right before it: "more agile",
       * "highly agile" are the everyday adjective, not the delivery method.
       */
      notAfter: z.optional(z.array(NonEmpty).check(z.minLength(1))),
      /**
       * Count the cue only when none of these words stands right after it: "a small agile team"
       * describes the team the job joins, not a method asked of the candidate.
       */
      notBefore: z.optional(z.array(NonEmpty).check(z.minLength(1))),
    }),
  ]),
);
export type Cue = z.infer<typeof CueSchema>;

const YearsSchema = z.lazy(() =>
  z
    .strictObject({
      min: z.number().check(z.gte(0)),
      max: z.nullable(z.number().check(z.gte(0))),
      source: NonEmpty,
    })
    .check(z.refine((y) => y.max === null || y.max >= y.min, 'max must be >= min')),
);

const Positive = z.lazy(() => z.number().check(z.positive()));

/** The periods a band may be stated per (the salary periods of functions/enrichment/types.ts). */
export const BAND_PERIODS = ['hour', 'day', 'week', 'month', 'year'] as const;
export const COUNTRY_CODE_PATTERN = /^[A-Z]{2}$/;

export const BandBasisDefSchema = z.lazy(() =>
  z.strictObject({
    /** ISO 3166-1 alpha-2 of the labour market the figures describe. */
    country: z.string().check(z.regex(COUNTRY_CODE_PATTERN)),
    currency: z.string().check(z.regex(CURRENCY_CODE_PATTERN)),
    period: z.enum(BAND_PERIODS),
    /** "base" or "total" compensation, as the guide states it. */
    kind: z.enum(PAY_BASES),
    /** The year the figures describe; null when the guide is undated. */
    year: z.nullable(z.int().check(z.gte(1990), z.lte(2100))),
  }),
);
export type BandBasisDef = z.infer<typeof BandBasisDefSchema>;

export const BandSourceDefSchema = z.lazy(() =>
  z.strictObject({
    ref: NonEmpty,
    title: NonEmpty,
    publisher: NonEmpty,
    /** Year of publication; null when the guide carries no date. */
    year: z.nullable(z.int().check(z.gte(1990), z.lte(2100))),
  }),
);

/** A band's fields but its currency. */
const bandFields = () => ({
  min: Positive,
  max: Positive,
  /** The guide writes "+": the band is open above its max. */
  openEnded: z.boolean(),
  bonusPct: z.nullable(z.strictObject({ min: z.number(), max: z.number() })),
  /** What the band's figures are: where, in which money, per what, base or total, of when. */
  basis: BandBasisDefSchema,
  /** A citation a person can check; `ref` names the entry of `sources` it came from. */
  source: BandSourceDefSchema,
  note: z.optional(z.string()),
});

type BandShape = { min: number; max: number; currency: string; basis: { currency: string } };
const bandChecks = () =>
  [
    z.refine<BandShape>((b) => b.max >= b.min, { message: 'band max must be >= min', path: ['max'] }),
    z.refine<BandShape>((b) => b.basis.currency === b.currency, {
      message: "must be the band's currency",
      path: ['basis', 'currency'],
    }),
  ] as const;

/**
 * A tier's reference band: in US dollars, the one GET /benchmarks and GET /taxonomy show beside
 * the annual USD percentiles.
 */
export const BandDefSchema = z.lazy(() =>
  z.strictObject({ ...bandFields(), currency: z.literal('USD') }).check(...bandChecks()),
);
/**
 * A band for another country or currency (an operator's own: GB in GBP, DE in EUR). The currency
 * must be one the rate table (currency-rates.json) knows.
 */
export const LocalBandDefSchema = z.lazy(() =>
  z
    .strictObject({
      ...bandFields(),
      currency: z.string().check(z.regex(CURRENCY_CODE_PATTERN, 'must be an ISO 4217 code such as GBP')),
    })
    .check(...bandChecks()),
);
export type BandDef = z.infer<typeof BandDefSchema>;
export type LocalBandDef = z.infer<typeof LocalBandDefSchema>;

export const TierSchema = z.lazy(() =>
  z.strictObject({
    id: Id,
    label: NonEmpty,
    /** Position on the ladder, 1 = lowest. */
    rank: z.int().check(z.positive()),
    typicalTitles: z.array(NonEmpty).check(z.minLength(1)),
    experience: YearsSchema,
    band: BandDefSchema,
    /**
     * Bands for other countries or currencies. A posting's pay is set against the band (this list
     * or `band`) whose basis has the posting's country and currency; a tier has at most one band
     * for each country and currency.
     */
    bands: z.optional(z.array(LocalBandDefSchema)),
  }),
);
export type Tier = z.infer<typeof TierSchema>;

export const GuideLevelSchema = z.lazy(() =>
  z.strictObject({
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
  }),
);

/** A title rule: when `cue` stands in a normalised title, the posting is (at least) this tier. */
export const TitleRuleSchema = z.lazy(() =>
  z.strictObject({
    cue: NonEmpty,
    tier: Id,
    /** Higher wins when several rules match the same title. */
    priority: z.int(),
    /** The cue names the IT function itself ("chief information officer"): no domain word needed. */
    implicitDomain: z.optional(z.boolean()),
    /** A C-level title: the organisation's size decides between `vp` and `cio`. */
    cLevel: z.optional(z.boolean()),
    /**
     * The cue names leadership of work as often as of people ("Lead", "Technical Lead"): the body
     * must show the job leads staff or owns an IT function, else it is an individual contributor.
     */
    bodyConfirms: z.optional(z.boolean()),
    /**
     * The cue says only that the job supervises or heads something ("Supervisory IT Specialist",
     * "Head, Service Desk Operations"): the unit the body says it leads (`unitTiers`) decides the tier.
     */
    spanDecides: z.optional(z.boolean()),
    /**
     * The cue says the job heads a unit ("Head, Service Desk Operations"): with no unit led named,
     * the unit the body places the position in is the one it heads.
     */
    headsUnit: z.optional(z.boolean()),
    /**
     * The cue names the head of a whole body ("Director General"): qualified by an IT unit in
     * brackets or after a separator ("Director General (IT)"), the job heads that unit of the
     * body, at this tier (unit-qualified-head.ts).
     */
    unitQualifiedTier: z.optional(Id),
  }),
);
export type TitleRule = z.infer<typeof TitleRuleSchema>;

export const ScopeSchema = z.lazy(() =>
  z.strictObject({
    /** Title words that name an IT function. */
    domainCues: z.array(NonEmpty).check(z.minLength(1)),
    /** Title words that may name an IT function; the body must show IT work to count them. */
    weakDomainCues: z.array(NonEmpty),
    /**
     * Domain cues that non-IT jobs borrow in their titles ("Technology Manager", "Manager of
     * Technical Services" in a library, "Technology Training"): a title whose only IT words are
     * these is generic, and the body decides (taxonomy spec: generic, borrowed or misleading titles).
     * Each must also be a domain cue.
     */
    borrowedDomainCues: z.optional(z.array(NonEmpty)),
    /**
     * Words that, right before a manager's noun, name an IT process or practice the job runs
     * rather than an IT function it heads ("IT Service Manager", "Transition Manager", "Disaster
     * Recovery Manager"): such a title is misleading until the body shows staff led or the whole IT
     * function owned (taxonomy spec: a misleading title is decided by the body; docs/taxonomy.md).
     */
    processManagerWords: z.optional(z.array(NonEmpty)),
    /**
     * Staff who serve the employer's customers ("customer support engineers", "sales engineers"):
     * leading them is not leading IT staff (taxonomy spec: a vendor's support manager is out).
     */
    customerFacingStaff: z.optional(z.array(NonEmpty)),
    /**
     * A support unit that serves the employer's customers (customer-desk.ts): the title's unit
     * words ("service desk", "help desk"), cues that the body sells products ("marketed by the
     * company", "our products") and cues of the customers served ("customer loyalty", "CSAT"). A
     * head of such a desk answers a vendor's help line (taxonomy spec: out of scope).
     */
    vendorSupport: z.optional(
      z.strictObject({
        unitWords: z.array(NonEmpty),
        productCues: z.array(NonEmpty),
        customerCues: z.array(NonEmpty),
      }),
    ),
    /** Words before a leadership noun that make it another job ("project manager", "sales director"). */
    excludedModifiers: z.array(NonEmpty),
    /** Non-IT functions: a title led by one of these is out of scope. */
    nonItFunctions: z.array(NonEmpty),
    /** Individual-contributor nouns: without a leadership word the role is out of scope. */
    individualContributor: z.array(NonEmpty),
    /**
     * Abbreviations, spellings and translations rewritten before matching ("sr" -> "senior",
     * "leiter" -> "head", "經理" -> "manager"): the translation table. A key is what a title writes,
     * in lower case (titles are lower-cased before lookup); a key in Han characters is one word
     * (Chinese titles are split into these words, longest first). A value is English title words.
     */
    titleSynonyms: z.record(TitleSynonymKey, TitleSynonymValue),
    titleRules: z.array(TitleRuleSchema).check(z.minLength(1)),
    /** At or under this many employees, a C-level title is the `vp` tier (guide 000). */
    smallOrgMaxEmployees: z.int().check(z.positive()),
    smallOrgCues: z.array(NonEmpty),
    /**
     * Words of a title that name a career path, not the job ("Head of Engineering (Progression to
     * CTO)", "Lead Developer - Path to CTO"): a leadership cue right after one is what the job may
     * become, so the title rules do not read it.
     */
    growthPathWords: z.optional(z.array(NonEmpty)),
    /**
     * One practitioner's discipline a head's title may name ("Head of Web Development", "Head of
     * QA", "Head Frontend Developer"): the trade of one team inside IT, not an IT function. A head
     * of one is the team's manager (`it-manager`), not the Head of IT, unless the body leads
     * managers. The practitioner's stack (`engineeringKinds.stack`) counts too.
     */
    disciplineDomains: z.optional(z.array(NonEmpty)),
    /**
     * Words that name a site of the organisation ("site", "plant", "campus", "location"): beside
     * the title's IT word and before its leader's noun ("IT Site Operations Manager", "MTY - IT
     * Site Leader", "Plant IT Manager"), the job heads that site's IT, the spec's "IT Manager
     * heading a site" (`head-of-it`), unless a word between names one IT function of the site
     * ("IT Site Infrastructure Manager") (site-head.ts). Lower case.
     */
    siteUnits: z.optional(z.array(NonEmpty)),
    /**
     * Plural units of an organisation an IT head may lead the IT of ("properties", "hotels",
     * "countries", "subsidiaries", "sites"): a manager's body that
     * leads IT across several of them heads a group's IT, the spec's `head-of-it`
     * (multi-site-span.ts). Lower case.
     */
    multiSiteUnits: z.optional(z.array(NonEmpty)),
    /**
     * What kind of engineering a body describes, for titles whose only IT word is one other trades
     * share ("Engineering Manager", "Director of Embedded Systems"): `software` cues (code,
     * platforms, services, stacks) and `other` cues (hardware, firmware, vehicles, plants). A body
     * that names several of one kind and fewer of the other is that kind. A cue ending in `*`
     * matches as a word's start (German compounds: "Raumfahrt*").
     */
    engineeringKinds: z.optional(
      z.object({
        /** Title words the body decides both ways: software engineering in, another trade out. */
        titleWords: z.array(NonEmpty),
        /**
         * Title words that another trade's body takes out of scope but a software body does not
         * bring in ("Technical Director" of an agency leads client projects, not an IT function).
         */
        sharedTitleWords: z.optional(z.array(NonEmpty)),
        software: z.array(NonEmpty),
        other: z.array(NonEmpty),
        /**
         * A practitioner's stack ("Python", "Django", "Backend"): beside a C-level title it says
         * the job is a hands-on one, a small organisation's ("CTO - Python/Django").
         */
        stack: z.optional(z.array(NonEmpty)),
        minCues: z.int().check(z.positive()),
      }),
    ),
    /**
     * Selling functions ("sales", "vendas", "comercial", "business development"): named right after
     * a leader's words ("Team Lead Sales IT Distribution", "Gerente Comercial TI"), the function is
     * what the job leads and the IT words that follow are what it sells (title-parts.ts).
     */
    commercialFunctions: z.optional(z.array(NonEmpty)),
    /**
     * Which kind of unit a body says a title's IT word is, for words IT shares with other trades
     * ("Director, Security Operations Center" over alarms and guards, "Data Center Start Up Manager"
     * over contractors and commissioning, "Head of Travel Infrastructure" over rail and roads):
     * each entry's `titleWords` (the title's IT word, lower-case), the `it` cues of the IT unit and
     * the `other` cues of the other trade's. A body naming at least `minCues` distinct `other` cues
     * and more of them than of `it` cues leads the other trade's unit: out of scope (unit-kind.ts).
     */
    unitKinds: z.optional(
      z.array(
        z.object({
          titleWords: z.array(NonEmpty),
          it: z.array(NonEmpty),
          other: z.array(NonEmpty),
          minCues: z.int().check(z.positive()),
        }),
      ),
    ),
    largeOrgCues: z.array(NonEmpty),
    /**
     * The span ladder: the tier of a job by what its body says it leads ("manages the Cybersecurity
     * Division" = director, "supervises the Information Security Branch" = head-of-it), read when the
     * title says only that the job supervises (an individual contributor's title with a supervisory
     * body, or a rule with `spanDecides`). `unit` is the noun led, lower-case.
     */
    /**
     * Organisation scale beyond a head count, for a C-level title: the IT staff the job leads and
     * the budgets it states. An IT function of `largeMinItStaff` people or more, an IT budget of
     * `largeMinItBudget` or an organisation budget or revenue of `largeMinBudget` or more is a
     * large organisation (`cio`); an organisation budget up to `smallMaxBudget`, or an IT team of
     * `smallMaxItStaff` or fewer, a small one (`vp`). Amounts in the posting's currency units.
     */
    orgScale: z.optional(
      z.strictObject({
        largeMinItStaff: z.int().check(z.positive()),
        smallMaxItStaff: z.int().check(z.positive()),
        largeMinItBudget: z.number().check(z.positive()),
        largeMinBudget: z.number().check(z.positive()),
        smallMaxBudget: z.number().check(z.positive()),
        source: NonEmpty,
      }),
    ),
    unitTiers: z.optional(z.array(z.strictObject({ unit: NonEmpty, tier: Id, source: NonEmpty }))),
    /**
     * Public-sector pay grades as evidence of tier where the title is generic: a posting graded in
     * `plan` (US federal "GS", "SES"), at a grade from `minGrade` to `maxGrade` when given, is at
     * most the `ceiling` tier and at least the `floor` tier (docs/taxonomy.md#opm-grades).
     */
    gradeTiers: z.optional(
      z.array(
        z.strictObject({
          plan: NonEmpty,
          minGrade: z.optional(z.int().check(z.positive())),
          maxGrade: z.optional(z.int().check(z.positive())),
          ceiling: z.optional(Id),
          floor: z.optional(Id),
          source: NonEmpty,
        }),
      ),
    ),
  }),
);

export const SkillSchema = z.lazy(() =>
  z.strictObject({
    id: Id,
    label: NonEmpty,
    category: Id,
    cues: z.array(CueSchema).check(z.minLength(1)),
    /**
     * Words that, in the job's own title, name the skill as the job's work: a "Technical Project
     * Manager" does project management whether or not the body says the words. Read in the title only.
     */
    titleCues: z.optional(z.array(NonEmpty).check(z.minLength(1))),
    /**
     * The skill named as a duty: one of `verbs`, up to three words that are no preposition, then
     * one of `objects` ("lead a team of 8 engineers", "Lead the development team", "responding to
     * production incidents"). Read where the skill's cues are read, with the same evidence rules.
     */
    duties: z.optional(
      z.strictObject({
        verbs: z.array(NonEmpty).check(z.minLength(1)),
        objects: z.array(NonEmpty).check(z.minLength(1)),
        /**
         * Phrases through which a verb reaches its object, in the words' gap: "directs and
         * evaluates the work of subordinate staff", "evaluates the performance of assigned staff".
         */
        links: z.optional(z.array(NonEmpty).check(z.minLength(1))),
      }),
    ),
  }),
);
export type Skill = z.infer<typeof SkillSchema>;

export const CertificationSchema = z.lazy(() =>
  z.strictObject({
    id: Id,
    label: NonEmpty,
    issuer: z.optional(NonEmpty),
    cues: z.array(CueSchema).check(z.minLength(1)),
  }),
);
export type Certification = z.infer<typeof CertificationSchema>;

const HAN_CHAR = /[\u3400-\u9fff\uf900-\ufaff]/;
/** A translation table key: lower case, trimmed, one word when written in Han characters. */
const TitleSynonymKey = z.string().check(
  z.trim(),
  z.minLength(1),
  z.refine(
    (k) => k === k.toLowerCase(),
    'a title synonym is written in lower case (titles are lower-cased first)',
  ),
  z.refine((k) => !(HAN_CHAR.test(k) && /\s/.test(k)), 'a Chinese title word has no spaces'),
);
/** English title words a synonym stands for. */
const TitleSynonymValue = z.string().check(
  z.trim(),
  z.minLength(1),
  z.refine((v) => !HAN_CHAR.test(v), 'a title synonym translates to English title words'),
);
const NonEmptyList = z.lazy(() => z.array(NonEmpty).check(z.minLength(1)));

/**
 * What tells a skill the job asks for from a word that only stands in the posting
 * (functions/enrichment/classify/extract-qualifications.ts). Phrases are matched whole-word and
 * case-insensitively.
 */
export const SkillEvidenceSchema = z.lazy(() =>
  z.strictObject({
    /** Headings of text about the employer, its benefits or how to apply: no skill of the job is there. */
    orgSections: NonEmptyList,
    /** Headings that begin like `orgSections` but are about the job ("About the role"). */
    jobSections: NonEmptyList,
    /**
     * Headings of a list of the job's duties or requirements ("Responsibilities", "What you'll
     * lead", "Deine Aufgaben"): an item under one is governed by the heading ("Our move to zero
     * trust" is a thing the job leads), so an "Our …" in it is no employer's practice.
     */
    dutySections: z.optional(NonEmptyList),
    /** Words that make a sentence in such a section ask something of the candidate ("you'll need", "experience with"). */
    askWords: NonEmptyList,
    /** People and roles: a skill's words right before one name a kind of colleague ("site reliability engineers"). */
    roleNouns: NonEmptyList,
    /** Capitalised words that head the name of a post or unit ("Head of SRE", "Office of Disaster Recovery"). */
    unitHeads: NonEmptyList,
    /** Phrases before a team or function the job works with, not in ("liaise with the service desk"). */
    liaison: NonEmptyList,
    /**
     * Nouns that present what an employer sells ("Acme is a leading provider of endpoint
     * management solutions"): a sentence "… is/are a … <noun> of/in …" that asks nothing of the
     * candidate names the employer's products, not the job's skills.
     */
    sellerNouns: z.optional(NonEmptyList),
    /**
     * Phrases that open a list of teams the job works with ("interact with", "in cooperation
     * with"): a skill's words in that list, when a team noun ends it ("Development and SRE
     * teams", "network and server staff"), name the other team, not the job's work.
     */
    collaboration: z.optional(NonEmptyList),
    /** Nouns for a group of people that a list of skill words may name: "teams", "staff". */
    teamNouns: z.optional(NonEmptyList),
    /**
     * Phrases before a list of the roles a recruiter hires for ("recruitment for", "hiring for"):
     * skill words in that list name roles, not the job's work.
     */
    hiringFor: z.optional(NonEmptyList),
    /**
     * Phrases before a list of the organisations the employer's people come from or its backers
     * ("alumni from CrowdStrike, Google", "backed by … who have built technologies at Palo Alto
     * Networks"): names in that list are organisations, not the job's tools.
     */
    pedigreeWords: z.optional(NonEmptyList),
    /**
     * Verbs of an employer serving others ("helps", "provides", "advocates") and the others it
     * serves ("organizations", "clients", "others"): "Acme helps organizations reduce risk
     * through incident response services" tells what the employer does for its clients; it asks
     * nothing of the candidate.
     */
    serviceVerbs: z.optional(NonEmptyList),
    clientNouns: z.optional(NonEmptyList),
    /**
     * Words that open a sentence whose subject is the employer ("We practice CI/CD", "Our
     * platform runs on Kubernetes", "Wir setzen auf Azure", "Vi jobber mye med Docker"): such a
     * sentence tells how the employer works, not what it asks of the candidate, unless it
     * addresses the candidate (`candidateWords`, `askWords`).
     */
    employerSubjects: z.optional(NonEmptyList),
    /**
     * Words that address the candidate or name the job in a sentence ("you", "du", "vous", "the
     * ideal candidate", "looking for", "this role"): a sentence with one of them speaks of the
     * job, whatever its subject.
     */
    candidateWords: z.optional(NonEmptyList),
    /**
     * Nouns for the employer's clients or partners ("clients", "customers", "partners", "Kunden")
     * and words that open a list of them ("such as", "include", "including"): a sentence naming
     * the employer's clients or partners ("Our clients include Cisco and Google") names firms, not
     * skills, unless it speaks of the job.
     */
    portfolioNouns: z.optional(NonEmptyList),
    listingWords: z.optional(NonEmptyList),
    /**
     * Kinds of job whose title decides what sense a word of the body has: a job whose title names
     * one of `titleWords` (and none of `unlessTitle`) is not asked `notSkills` by its body's words.
     * A SOC analyst's incidents are security incidents (incident-response, not the service-
     * management process incident-management); a backend developer's on-call incidents and API
     * endpoints are the product's, not an IT service's or a device fleet's.
     */
    /**
     * Support given to systems, not people: "provision of ICT support to the Core Banking Systems
     * and other Business systems" is application support, not a help desk. A cue of one of
     * `skills` that ends in "support" and whose object (after "to", "for" or "of", within a few
     * words) is one of `objects` does not name the skill.
     */
    systemSupport: z.optional(z.strictObject({ skills: NonEmptyList, objects: NonEmptyList })),
    titleSenses: z.optional(
      z.array(
        z.strictObject({
          titleWords: NonEmptyList,
          unlessTitle: z.optional(NonEmptyList),
          notSkills: NonEmptyList,
        }),
      ),
    ),
  }),
);
export type SkillEvidence = z.infer<typeof SkillEvidenceSchema>;

const TaxonomyFieldsSchema = z.lazy(() =>
  z.strictObject({
    family: z.strictObject({ id: Id, label: NonEmpty, soc: NonEmpty, description: NonEmpty }),
    sources: z.record(
      NonEmpty,
      z.strictObject({ title: NonEmpty, kind: z.enum(SOURCE_KINDS), note: z.optional(z.string()) }),
    ),
    tiers: z.array(TierSchema).check(z.minLength(1)),
    guideLevels: z.array(GuideLevelSchema),
    scope: ScopeSchema,
    skillCategories: z.array(z.strictObject({ id: Id, label: NonEmpty })).check(z.minLength(1)),
    skills: z.array(SkillSchema).check(z.minLength(1)),
    certifications: z.array(CertificationSchema).check(z.minLength(1)),
    requirementCues: z.strictObject({ required: NonEmptyList, preferred: NonEmptyList }),
    skillEvidence: z.optional(SkillEvidenceSchema),
  }),
);

export const TaxonomySchema = z.lazy(() =>
  TaxonomyFieldsSchema.check(
    z.superRefine((t, ctx) =>
      checkTaxonomyReferences(t, (path, message) => ctx.addIssue({ code: 'custom', path, message })),
    ),
  ),
);
export type TaxonomyData = z.infer<typeof TaxonomyFieldsSchema>;

/**
 * The checks across the family file that no single field can make: unique ids, and every
 * category, tier and source named where it is used. Calls `report` once per problem, in file
 * order. Shared by TaxonomySchema and the light check that runs at every cold start.
 */
/**
 * The tier ids the classifier and the public contract name (listings' `role.tier`, the
 * `?tier=` filters): every taxonomy must define each of them. It may add its own.
 */
export const LADDER_TIER_IDS = ['team-lead', 'it-manager', 'head-of-it', 'director', 'vp', 'cio'] as const;

/** Every band of a tier with its path in the file: the reference band, then `bands`. */
export function bandsOfTier(
  tier: Tier,
  index: number,
): { band: BandDef | LocalBandDef; path: (string | number)[] }[] {
  return [
    { band: tier.band, path: ['tiers', index, 'band'] },
    ...(tier.bands ?? []).map((band, j) => ({ band, path: ['tiers', index, 'bands', j] })),
  ];
}

const overlaps = (a: BandDef | LocalBandDef, b: BandDef | LocalBandDef) =>
  (a.openEnded || a.max >= b.min) && (b.openEnded || b.max >= a.min);

export function checkTaxonomyReferences(
  t: TaxonomyData,
  report: (path: (string | number)[], message: string) => void,
): void {
  const unique = (items: readonly { id: string }[], path: string) => {
    const seen = new Set<string>();
    items.forEach(({ id }, i) => {
      if (seen.has(id)) report([path, i, 'id'], `duplicate id ${id}`);
      seen.add(id);
    });
    return seen;
  };
  const tierIds = unique(t.tiers, 'tiers');
  for (const id of LADDER_TIER_IDS)
    if (!tierIds.has(id))
      report(['tiers'], `missing tier ${id} (each of ${LADDER_TIER_IDS.join(', ')} is required)`);
  unique(t.skills, 'skills');
  unique(t.certifications, 'certifications');
  const categories = new Set<string>();
  for (const c of t.skillCategories) categories.add(c.id);
  t.skills.forEach((s, i) => {
    if (!categories.has(s.category)) report(['skills', i, 'category'], `unknown category ${s.category}`);
  });
  t.scope.titleRules.forEach((r, i) => {
    if (!tierIds.has(r.tier)) report(['scope', 'titleRules', i, 'tier'], `unknown tier ${r.tier}`);
    if (r.unitQualifiedTier !== undefined && !tierIds.has(r.unitQualifiedTier))
      report(['scope', 'titleRules', i, 'unitQualifiedTier'], `unknown tier ${r.unitQualifiedTier}`);
  });
  (t.scope.unitTiers ?? []).forEach((u, i) => {
    if (!tierIds.has(u.tier)) report(['scope', 'unitTiers', i, 'tier'], `unknown tier ${u.tier}`);
  });
  const domainCues = new Set(t.scope.domainCues.map((c) => c.toLowerCase()));
  (t.scope.borrowedDomainCues ?? []).forEach((c, i) => {
    if (!domainCues.has(c.toLowerCase()))
      report(['scope', 'borrowedDomainCues', i], `borrowed cue ${c} is not a domain cue`);
  });
  t.guideLevels.forEach((l, i) => {
    for (const tier of l.tiers)
      if (!tierIds.has(tier)) report(['guideLevels', i, 'tiers'], `unknown tier ${tier}`);
  });
  const known = (source: string) => Object.hasOwn(t.sources, source);
  t.tiers.forEach((x, i) => {
    const bands = bandsOfTier(x, i);
    bands.forEach(({ band, path }, j) => {
      if (!known(band.source.ref)) report([...path, 'source', 'ref'], `unknown source ${band.source.ref}`);
      const { country, currency } = band.basis;
      const earlier = bands
        .slice(0, j)
        .find((e) => e.band.basis.country === country && e.band.basis.currency === currency);
      if (earlier)
        report(
          path,
          `${overlaps(earlier.band, band) ? 'overlaps' : 'repeats'} the ${country} ${currency} band at ` +
            `${earlier.path.join('.')}: a tier has one band per country and currency`,
        );
    });
    if (!known(x.experience.source))
      report(['tiers', i, 'experience', 'source'], `unknown source ${x.experience.source}`);
  });
  t.guideLevels.forEach((x, i) => {
    if (!known(x.source)) report(['guideLevels', i, 'source'], `unknown source ${x.source}`);
  });
  const scale = t.scope.orgScale;
  if (scale && !known(scale.source))
    report(['scope', 'orgScale', 'source'], `unknown source ${scale.source}`);
  t.scope.unitTiers?.forEach((u, i) => {
    if (!known(u.source)) report(['scope', 'unitTiers', i, 'source'], `unknown source ${u.source}`);
  });
  const rank = new Map(t.tiers.map((x, i) => [x.id, i]));
  t.scope.gradeTiers?.forEach((g, i) => {
    const path = ['scope', 'gradeTiers', i];
    if (!known(g.source)) report([...path, 'source'], `unknown source ${g.source}`);
    for (const key of ['ceiling', 'floor'] as const) {
      const tier = g[key];
      if (tier !== undefined && !tierIds.has(tier)) report([...path, key], `unknown tier ${tier}`);
    }
    if (g.minGrade !== undefined && g.maxGrade !== undefined && g.minGrade > g.maxGrade)
      report(path, `minGrade ${g.minGrade} is above maxGrade ${g.maxGrade}`);
    if (g.ceiling === undefined && g.floor === undefined) report(path, 'a grade needs a ceiling or a floor');
    if (g.ceiling && g.floor && (rank.get(g.floor) ?? 0) > (rank.get(g.ceiling) ?? 0))
      report(path, `floor ${g.floor} is above ceiling ${g.ceiling}`);
  });
  t.scope.gradeTiers?.forEach((g, i) => {
    t.scope.gradeTiers?.slice(0, i).forEach((e, j) => {
      const lo = (x: typeof g) => x.minGrade ?? 0;
      const hi = (x: typeof g) => x.maxGrade ?? Number.POSITIVE_INFINITY;
      if (e.plan === g.plan && lo(e) <= hi(g) && lo(g) <= hi(e))
        report(['scope', 'gradeTiers', i], `overlaps the ${g.plan} grades at scope.gradeTiers.${j}`);
    });
  });
}

/**
 * Each band's currency must be one the rate table converts: reports every band whose currency
 * `usdPerUnit` lacks. Apart from TaxonomySchema because the rates are another file.
 */
export function checkBandCurrencies(
  t: TaxonomyData,
  rates: CurrencyRates,
  report: (path: (string | number)[], message: string) => void,
): void {
  t.tiers.forEach((x, i) => {
    for (const { band, path } of bandsOfTier(x, i))
      if (!Object.hasOwn(rates.usdPerUnit, band.currency))
        report(
          [...path, 'currency'],
          `unknown currency ${band.currency} (currency-rates.json has no rate for it)`,
        );
  });
}

export const CurrencyRatesSchema = z.lazy(() =>
  z
    .strictObject({
      rateDate: z.string().check(z.regex(RATE_DATE_PATTERN)),
      source: NonEmpty,
      /** US dollars for one unit of each currency (ISO 4217). */
      usdPerUnit: z.record(z.string().check(z.regex(CURRENCY_CODE_PATTERN)), Positive),
    })
    .check(
      z.refine((r) => r.usdPerUnit.USD === 1, {
        message: 'usdPerUnit.USD must be 1',
        path: ['usdPerUnit', 'USD'],
      }),
    ),
);
export type CurrencyRates = z.infer<typeof CurrencyRatesSchema>;

const Wage = z.lazy(() => z.nullable(Positive));
export const WageReferenceSchema = z.lazy(() =>
  z.strictObject({
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
  }),
);
export type WageReference = z.infer<typeof WageReferenceSchema>;
