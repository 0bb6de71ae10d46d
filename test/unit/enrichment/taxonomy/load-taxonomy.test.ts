import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildTaxonomy,
  loadTaxonomy,
  TaxonomyError,
} from '../../../../functions/enrichment/taxonomy/load-taxonomy.ts';
import { PayTransparencyRulesSchema } from '../../../../taxonomy/pay-transparency-schema.ts';
import { PayVocabularySchema } from '../../../../taxonomy/pay-vocabulary-schema.ts';
import {
  NoticeVocabularySchema,
  OfferVocabularySchema,
  PlaceNamesSchema,
} from '../../../../taxonomy/reader-vocabulary-schema.ts';
import { CurrencyRatesSchema, TaxonomySchema, WageReferenceSchema } from '../../../../taxonomy/schema.ts';

const dir = join(import.meta.dirname, '../../../../taxonomy');
const read = (file: string): unknown => JSON.parse(readFileSync(join(dir, file), 'utf8'));
const sources = () => ({
  family: read('it-management.json'),
  rates: read('currency-rates.json'),
  wages: read('bls-oews-11-3021.json'),
});

// The public ids of ../shared/docs/taxonomy-spec.md: never renamed or dropped.
const SPEC_TIERS = ['team-lead', 'it-manager', 'head-of-it', 'director', 'vp', 'cio'];
const SPEC_CERTS = [
  'pmp',
  'pgmp',
  'prince2',
  'itil',
  'aws-solutions-architect',
  'azure-solutions-architect',
  'azure-administrator',
  'ccsp',
  'cissp',
  'cism',
  'cisa',
  'safe',
  'csm',
  'finops-practitioner',
];
const SPEC_SKILLS =
  `aws azure gcp kubernetes docker terraform serverless vmware hyper-v linux windows-server networking cisco
  palo-alto cloudflare microsoft-365 google-workspace intune jamf endpoint-management okta entra-id active-directory iam mfa
  pam zero-trust siem splunk crowdstrike sentinelone edr vulnerability-management patch-management dlp encryption
  incident-response email-security soc2 iso-27001 hipaa pci-dss gdpr ccpa nist-csf itsm servicenow jira confluence
  freshservice incident-management cmdb help-desk disaster-recovery business-continuity backup observability sre datadog
  solarwinds snowflake bigquery redshift dbt fivetran airflow power-bi tableau looker data-governance etl data-warehouse
  mulesoft boomi workato ipaas rpa api-management sql-server oracle-database mysql erp crm sap oracle-erp netsuite
  dynamics-365 salesforce workday hris agile scrum devops ci-cd project-management program-management
  portfolio-management it-strategy enterprise-architecture vendor-management budgeting finops license-management
  team-leadership stakeholder-management change-management risk-management powershell bash`
    .split(/\s+/)
    .filter(Boolean);

describe('taxonomy data', () => {
  it('validates every JSON file under taxonomy/', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.sort()).toEqual([
      'bls-oews-11-3021.json',
      'currency-rates.json',
      'it-management.json',
      'notice-language.json',
      'offer-language.json',
      'pay-transparency.json',
      'pay-vocabulary.json',
      'place-names.json',
    ]);
    expect(() => buildTaxonomy(sources())).not.toThrow();
    const rules = JSON.parse(readFileSync(join(dir, 'pay-transparency.json'), 'utf8'));
    expect(PayTransparencyRulesSchema.safeParse(rules).error).toBeUndefined();
    const vocabulary = JSON.parse(readFileSync(join(dir, 'pay-vocabulary.json'), 'utf8'));
    expect(PayVocabularySchema.safeParse(vocabulary).error).toBeUndefined();
    for (const [file, schema] of [
      ['offer-language.json', OfferVocabularySchema],
      ['notice-language.json', NoticeVocabularySchema],
      ['place-names.json', PlaceNamesSchema],
    ] as const)
      expect(schema.safeParse(read(file)).error, file).toBeUndefined();
  });

  // loadTaxonomy() indexes the shipped files without parsing them at cold start: this is the
  // check that stands in for that parse, so the loaded data is exactly the schema's output.
  it.each([
    ['it-management.json', TaxonomySchema],
    ['currency-rates.json', CurrencyRatesSchema],
    ['bls-oews-11-3021.json', WageReferenceSchema],
  ] as const)('ships %s exactly as the schema parses it, and loads it so', (file, schema) => {
    const raw = read(file);
    const parsed = schema.safeParse(raw);
    expect(parsed.error?.issues).toBeUndefined();
    expect(parsed.data).toStrictEqual(raw);
    const t = loadTaxonomy();
    const loaded = {
      'it-management.json': t.data,
      'currency-rates.json': t.rates,
      'bls-oews-11-3021.json': t.wages,
    };
    expect(loaded[file]).toStrictEqual(parsed.data);
  });

  it('gives the shipped taxonomy the same version whether loaded or built from the files', () => {
    expect(loadTaxonomy().version).toBe(buildTaxonomy(sources()).version);
  });

  it('contains every tier, skill and certification id the spec makes public', () => {
    const t = loadTaxonomy();
    expect(t.tiers.map((x) => x.id)).toEqual(SPEC_TIERS);
    expect(SPEC_SKILLS.filter((id) => !t.skillById.has(id))).toEqual([]);
    expect(SPEC_CERTS.filter((id) => !t.certificationById.has(id))).toEqual([]);
  });

  it('keeps the guide bands, each naming the guide it came from', () => {
    const t = loadTaxonomy();
    const band = (id: string) => t.tierById.get(id)?.band;
    expect(band('team-lead')).toMatchObject({
      min: 90_000,
      max: 125_000,
      basis: { country: 'US', currency: 'USD', period: 'year', kind: 'base' },
      source: { ref: '003_74a22d4982f44b84.txt', publisher: 'Jobicy' },
    });
    expect(band('director')).toMatchObject({
      min: 175_000,
      max: 240_000,
      openEnded: true,
      source: { ref: '000_e95c086c1fb477a6.txt', publisher: 'Assessment.com (MAPP Career Assessment)' },
    });
    // A band the guide states as total pay says so in its basis.
    expect(band('vp')?.basis.kind).toBe('total');
    expect(band('cio')).toMatchObject({ min: 300_000, max: 700_000, openEnded: true });
    expect(t.data.guideLevels.map((l) => l.id)).toEqual(['junior', 'mid', 'senior']);
  });

  it('carries the BLS OEWS May 2023 wages for 11-3021 with the top-coded p90', () => {
    const { wages } = loadTaxonomy();
    expect(wages.national.annual).toMatchObject({ p10: 101_590, median: 169_510, p75: 214_050, p90: null });
    expect(wages.national.topCoded.p90).toBe(239_200);
    expect(wages.states.find((s) => s.state === 'AZ')?.annual.median).toBe(163_230);
  });

  it('names the file and the field when the data is broken', () => {
    const broken = structuredClone(sources());
    ((broken.family as { tiers: unknown[] }).tiers[2] as { band: { max: number } }).band.max = 1;
    expect(() => buildTaxonomy(broken)).toThrowError(TaxonomyError);
    expect(() => buildTaxonomy(broken)).toThrowError(/it-management\.json: tiers\.2\.band/);
  });

  it('validates the translation table: lower-case keys, one-word Chinese keys, English values', () => {
    const synonyms = (s: ReturnType<typeof sources>) =>
      (s.family as { scope: { titleSynonyms: Record<string, string> } }).scope.titleSynonyms;
    const upper = structuredClone(sources());
    synonyms(upper).Leiter = 'head';
    expect(() => buildTaxonomy(upper)).toThrowError(/scope\.titleSynonyms\.Leiter: Invalid key/);
    const spaced = structuredClone(sources());
    synonyms(spaced)['資訊 主管'] = 'it manager';
    expect(() => buildTaxonomy(spaced)).toThrowError(/scope\.titleSynonyms\.資訊 主管: Invalid key/);
    const untranslated = structuredClone(sources());
    synonyms(untranslated).teamleiter = '組長';
    expect(() => buildTaxonomy(untranslated)).toThrowError(
      /titleSynonyms\.teamleiter: a title synonym translates to English/,
    );
    const empty = structuredClone(sources());
    synonyms(empty).leiter = ' ';
    expect(() => buildTaxonomy(empty)).toThrowError(TaxonomyError);
  });

  it('rejects a skill in an unknown category and a rule for an unknown tier', () => {
    const s = structuredClone(sources());
    ((s.family as { skills: unknown[] }).skills[0] as { category: string }).category = 'astrology';
    expect(() => buildTaxonomy(s)).toThrowError(/skills\.0\.category: unknown category astrology/);
  });

  it('rejects a grade rule for an unknown tier, an unknown source, a floor above its ceiling or overlapping grades', () => {
    const grades = (s: ReturnType<typeof sources>) =>
      (s.family as { scope: { gradeTiers: Record<string, unknown>[] } }).scope.gradeTiers;
    const unknownTier = structuredClone(sources());
    (grades(unknownTier)[0] as { ceiling: string }).ceiling = 'overlord';
    expect(() => buildTaxonomy(unknownTier)).toThrowError(
      /scope\.gradeTiers\.0\.ceiling: unknown tier overlord/,
    );
    const unknownSource = structuredClone(sources());
    (grades(unknownSource)[1] as { source: string }).source = 'hearsay';
    expect(() => buildTaxonomy(unknownSource)).toThrowError(
      /scope\.gradeTiers\.1\.source: unknown source hearsay/,
    );
    const upsideDown = structuredClone(sources());
    Object.assign(grades(upsideDown)[0] as object, { floor: 'cio' });
    expect(() => buildTaxonomy(upsideDown)).toThrowError(/floor cio is above ceiling/);
    const overlapping = structuredClone(sources());
    grades(overlapping).push({ plan: 'GS', minGrade: 12, maxGrade: 13, ceiling: 'vp', source: 'opm-grades' });
    expect(() => buildTaxonomy(overlapping)).toThrowError(/overlaps the GS grades/);
  });

  it('reads files the light check leaves to zod as zod does', () => {
    const padded = structuredClone(sources());
    (padded.family as { family: { label: string } }).family.label = '  IT Management  ';

    const t = buildTaxonomy(padded);

    expect(t.data.family.label).toBe('IT Management');
    expect(t.tiers.map((x) => x.id)).toEqual(SPEC_TIERS);
  });

  it('keeps the version the sha256 of the three files as JSON, so stored versions stay valid', () => {
    const s = sources();
    const expected = createHash('sha256')
      .update(JSON.stringify([s.family, s.rates, s.wages]))
      .digest('hex')
      .slice(0, 12);

    expect(buildTaxonomy(s).version).toBe(expected);
  });

  it('gives a new version for any data change and the same version for the same data', () => {
    const a = buildTaxonomy(sources());
    const b = buildTaxonomy(sources());
    const changed = structuredClone(sources());
    (changed.rates as { usdPerUnit: Record<string, number> }).usdPerUnit.EUR = 1.5;
    expect(a.version).toBe(b.version);
    expect(buildTaxonomy(changed).version).not.toBe(a.version);
  });
});
