/**
 * The light check of the taxonomy files, run at every cold start before zod is asked. Validating
 * the shipped files with zod took ~20 ms of each cold start (building the schema objects, then
 * zod's parser running cold over ~2,000 values), a third of the consumer's module load; this
 * walk takes ~3 ms.
 *
 * It restates taxonomy/schema.ts, which stays the statement of the shape and the source of the
 * error messages, and it may only ever be the stricter of the two: whatever it is unsure of (a
 * string zod would trim, keys out of the schema's order, a symbol key ...) it hands to zod by
 * returning `undefined`, and what it accepts it returns exactly as zod would (defaults filled
 * in, keys in schema order), sharing the unchanged parts with its input.
 * test/unit/taxonomy-fast-path.test.ts holds it to zod on the shipped files and on mutations of
 * every field.
 */
import {
  BAND_PERIODS,
  COUNTRY_CODE_PATTERN,
  CURRENCY_CODE_PATTERN,
  type CurrencyRates,
  checkTaxonomyReferences,
  ID_PATTERN,
  PAY_BASES,
  RATE_DATE_PATTERN,
  SOURCE_KINDS,
  type TaxonomyData,
  type WageReference,
} from '../../taxonomy/schema.ts';

/** Thrown inside the walk only, and caught below: the files need zod's verdict. */
const MISMATCH = new Error('the taxonomy needs the full schema check');
const fail = (): never => {
  throw MISMATCH;
};

type Read<T = unknown> = (value: unknown) => T;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

/** z.string() */
const string: Read<string> = (v) => (typeof v === 'string' ? v : fail());
/** NonEmpty: zod trims, so a string with anything to trim is left to zod. */
const text: Read<string> = (v) => (typeof v === 'string' && v.length > 0 && v.trim() === v ? v : fail());
const id: Read<string> = (v) => (typeof v === 'string' && ID_PATTERN.test(v) ? v : fail());
const pattern =
  (re: RegExp): Read<string> =>
  (v) =>
    typeof v === 'string' && re.test(v) ? v : fail();
/** z.string().check(z.length(2)): two code points, so not one surrogate pair. */
const twoChars: Read<string> = (v) =>
  typeof v === 'string' &&
  v.length === 2 &&
  !((v.charCodeAt(0) & 0xfc00) === 0xd800 && (v.charCodeAt(1) & 0xfc00) === 0xdc00)
    ? v
    : fail();
const number: Read<number> = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : fail());
const atLeastZero: Read<number> = (v) => (number(v) >= 0 ? (v as number) : fail());
const positive: Read<number> = (v) => (number(v) > 0 ? (v as number) : fail());
/** z.int(): a safe integer. */
const int: Read<number> = (v) => (Number.isSafeInteger(v) ? (v as number) : fail());
const positiveInt: Read<number> = (v) => (int(v) > 0 ? (v as number) : fail());
const boolean: Read<boolean> = (v) => (typeof v === 'boolean' ? v : fail());
const oneOf =
  <T>(values: readonly T[]): Read<T> =>
  (v) =>
    values.includes(v as T) ? (v as T) : fail();
const nullable =
  <T>(read: Read<T>): Read<T | null> =>
  (v) =>
    v === null ? null : read(v);

/** z.array(read) with z.minLength(min). */
function list<T>(read: Read<T>, min = 0): Read<T[]> {
  return (v) => {
    if (!Array.isArray(v) || v.length < min) return fail();
    let out: T[] | undefined;
    for (let i = 0; i < v.length; i++) {
      const raw: unknown = v[i];
      const value = read(raw);
      if (value !== raw && out === undefined) out = v.slice(0, i) as T[];
      if (out !== undefined) out[i] = value;
    }
    return out ?? (v as T[]);
  };
}

/** z.record(key, read) whose key schema passes keys through unchanged. */
function record<T>(key: Read<string>, read: Read<T>): Read<Record<string, T>> {
  return (v) => {
    if (!isRecord(v)) return fail();
    const keys = Object.keys(v);
    // zod walks Reflect.ownKeys: a symbol or hidden key, or __proto__, is its business.
    if (Reflect.ownKeys(v).length !== keys.length) return fail();
    let out: Record<string, T> | undefined;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i] as string;
      if (k === '__proto__' || key(k) !== k) return fail();
      const raw = v[k];
      const value = read(raw);
      if (value !== raw && out === undefined) {
        out = {};
        for (let j = 0; j < i; j++) out[keys[j] as string] = v[keys[j] as string] as T;
      }
      if (out !== undefined) out[k] = value;
    }
    return out ?? (v as Record<string, T>);
  };
}

interface Optional {
  readonly optional: Read;
}
interface Defaulted {
  readonly read: Read;
  readonly default: unknown;
}
type Field = Read | Optional | Defaulted;
const optional = (read: Read): Optional => ({ optional: read });
const withDefault = (read: Read, value: unknown): Defaulted => ({ read, default: value });

/**
 * z.strictObject(shape) with an optional refinement. zod builds the output in the shape's key
 * order; the input is returned when that would change nothing. An input whose keys stand in
 * another order is left to zod.
 */
function strictObject<T>(shape: Readonly<Record<string, Field>>, refine?: (value: T) => boolean): Read<T> {
  const keys = Object.keys(shape);
  const position = new Map(keys.map((k, i) => [k, i]));
  // Parallel arrays, not an object per field: fewer shapes for cold property loads.
  const reads: Read[] = [];
  const ifAbsent: ('fail' | 'skip' | 'default')[] = [];
  const defaults: unknown[] = [];
  for (const k of keys) {
    const f = shape[k] as Field;
    if (typeof f === 'function') {
      reads.push(f);
      ifAbsent.push('fail');
    } else if ('optional' in f) {
      reads.push(f.optional);
      ifAbsent.push('skip');
    } else {
      reads.push(f.read);
      ifAbsent.push('default');
    }
    defaults.push(typeof f === 'object' && 'default' in f ? f.default : undefined);
  }
  const n = keys.length;
  const copy = (v: Record<string, unknown>, end: number) => {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < end; i++) {
      const k = keys[i] as string;
      if (k in v) out[k] = v[k];
    }
    return out;
  };
  /** Field `i` is absent: zod fills a default, skips an optional, fails a required field. */
  const absent = (v: Record<string, unknown>, i: number, out: Record<string, unknown> | undefined) => {
    const mode = ifAbsent[i];
    if (mode === 'fail') return fail();
    if (mode === 'skip') return out;
    const filled = out ?? copy(v, i);
    filled[keys[i] as string] = defaults[i];
    return filled;
  };
  // One for...in pass, reading `v[k]` by the loop's own key: V8 serves that from the object's
  // enum cache, which matters in code that runs once, before anything is optimised.
  return (v) => {
    if (!isRecord(v)) return fail();
    let out: Record<string, unknown> | undefined;
    let next = 0;
    for (const k in v) {
      const at = keys[next] === k ? next : position.get(k);
      if (at === undefined || at < next) return fail();
      for (; next < at; next++) out = absent(v, next, out);
      const raw = v[k];
      // Present but undefined is zod's business (JSON has no undefined).
      const value = raw === undefined ? fail() : (reads[at] as Read)(raw);
      if (value !== raw && out === undefined) out = copy(v, at);
      if (out !== undefined) out[k] = value;
      next = at + 1;
    }
    for (; next < n; next++) out = absent(v, next, out);
    const result = (out ?? v) as T;
    return refine && !refine(result) ? fail() : result;
  };
}

// The shapes of taxonomy/schema.ts, in its order.

const cueObject = strictObject({
  text,
  caseSensitive: withDefault(boolean, false),
  context: optional(list(text, 1)),
});
/** CueSchema: z.union([NonEmpty, object]); a string can only be the first. */
const cue: Read = (v) => (typeof v === 'string' ? text(v) : cueObject(v));

const years = strictObject<{ min: number; max: number | null }>(
  { min: atLeastZero, max: nullable(atLeastZero), source: text },
  (y) => y.max === null || y.max >= y.min,
);

/** BandBasisDefSchema's year: z.int() from 1990 to 2100. */
const bandYear: Read<number> = (v) => (int(v) >= 1990 && (v as number) <= 2100 ? (v as number) : fail());

const band = strictObject<{ min: number; max: number }>(
  {
    min: positive,
    max: positive,
    openEnded: boolean,
    currency: oneOf(['USD']),
    bonusPct: nullable(strictObject({ min: number, max: number })),
    basis: strictObject({
      country: pattern(COUNTRY_CODE_PATTERN),
      currency: pattern(CURRENCY_CODE_PATTERN),
      period: oneOf(BAND_PERIODS),
      kind: oneOf(PAY_BASES),
      year: nullable(bandYear),
    }),
    source: strictObject({ ref: text, title: text, publisher: text, year: nullable(bandYear) }),
    note: optional(string),
  },
  (b) => b.max >= b.min,
);

const tier = strictObject({
  id,
  label: text,
  rank: positiveInt,
  typicalTitles: list(text, 1),
  experience: years,
  band,
});

const guideLevel = strictObject({
  id,
  label: text,
  experience: years,
  salary: strictObject({ min: nullable(number), max: nullable(number), median: nullable(number) }),
  tiers: list(id, 1),
  source: text,
});

const titleRule = strictObject({
  cue: text,
  tier: id,
  priority: int,
  implicitDomain: withDefault(boolean, false),
  cLevel: withDefault(boolean, false),
});

const scope = strictObject({
  domainCues: list(text, 1),
  weakDomainCues: list(text),
  excludedModifiers: list(text),
  nonItFunctions: list(text),
  individualContributor: list(text),
  titleSynonyms: record(string, string),
  titleRules: list(titleRule, 1),
  smallOrgMaxEmployees: positiveInt,
  smallOrgCues: list(text),
  largeOrgCues: list(text),
});

const skill = strictObject({ id, label: text, category: id, cues: list(cue, 1) });
const certification = strictObject({ id, label: text, issuer: optional(text), cues: list(cue, 1) });

const family = strictObject<TaxonomyData>(
  {
    family: strictObject({ id, label: text, soc: text, description: text }),
    sources: record(text, strictObject({ title: text, kind: oneOf(SOURCE_KINDS), note: optional(string) })),
    tiers: list(tier, 1),
    guideLevels: list(guideLevel),
    scope,
    skillCategories: list(strictObject({ id, label: text }), 1),
    skills: list(skill, 1),
    certifications: list(certification, 1),
    requirementCues: strictObject({ required: list(text, 1), preferred: list(text, 1) }),
  },
  (t) => {
    checkTaxonomyReferences(t, fail);
    return true;
  },
);

const rates = strictObject<CurrencyRates>(
  {
    rateDate: pattern(RATE_DATE_PATTERN),
    source: text,
    usdPerUnit: record(pattern(CURRENCY_CODE_PATTERN), positive),
  },
  (r) => r.usdPerUnit.USD === 1,
);

const wage = nullable(positive);
const wages = strictObject<WageReference>({
  source: text,
  occupation: strictObject({ soc: text, title: text }),
  national: strictObject({
    employment: positiveInt,
    annual: strictObject({ p10: wage, p25: wage, median: wage, p75: wage, p90: wage }),
    topCoded: record(string, number),
  }),
  states: list(
    strictObject({
      state: twoChars,
      name: text,
      employment: nullable(number),
      annual: strictObject({ p25: wage, median: wage, p75: wage }),
    }),
  ),
});

/** The three taxonomy files, as zod would parse them. */
export interface ParsedTaxonomyFiles {
  readonly data: TaxonomyData;
  readonly rates: CurrencyRates;
  readonly wages: WageReference;
}

/**
 * What TaxonomySchema, CurrencyRatesSchema and WageReferenceSchema would return for the raw
 * files, or `undefined` when the light check cannot vouch for them: then parse them with zod,
 * which either accepts them or names the broken field.
 * @example parseTaxonomyFast({ family, rates, wages }) ?? parseWithZod(...)
 */
export function parseTaxonomyFast(sources: {
  readonly family: unknown;
  readonly rates: unknown;
  readonly wages: unknown;
}): ParsedTaxonomyFiles | undefined {
  try {
    return { data: family(sources.family), rates: rates(sources.rates), wages: wages(sources.wages) };
  } catch (error) {
    if (error === MISMATCH) return undefined;
    throw error;
  }
}
