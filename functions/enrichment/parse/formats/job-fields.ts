/**
 * The one table of a job record's fields, whatever the source calls them: each field's key
 * synonyms, folded (lower case, letters and digits only), shared by the JSON, YAML and CSV
 * readers. A key that is none of them exactly may still be one written in the plural or
 * misspelt by a letter ("company names", "job tittles", "lacations"): `fieldKey` resolves it.
 */
import { PAY_RANGE_KEYS } from '../../pay/index.ts';

/**
 * The one definition of a job record's fields: each field's key synonyms, folded (lower case,
 * letters and digits only). The first synonym present wins.
 */
export const JOB_FIELDS = {
  title: [
    'title',
    'position',
    'positiontitle',
    'positionname',
    'jobtitle',
    'jobname',
    'jobposition',
    'vacancytitle',
    'vacancyname',
    'headline',
    'designation',
    'roletitle',
    'rolename',
    'jobrole',
    'name',
    'role',
    'job',
    'text',
    // A site's list whose one field names the job: `- jobs: '[60% Time] Communications Manager'`.
    'jobs',
    // The same field in the language of a board's own export (Polish, Spanish, Portuguese, German, French, Italian).
    'stanowisko',
    'puesto',
    'titulo',
    'cargo',
    'vaga',
    'stellentitel',
    'intitule',
    'posizione',
  ],
  company: [
    'company',
    'companyname',
    'organization',
    'organisation',
    'organizationname',
    'employer',
    'employername',
    'hiringorganization',
    'hiringcompany',
    'companytitle',
    'brand',
    'client',
    'advertiser',
    // Research and public-sector boards name who hires by its kind of body.
    'institution',
    'institutionname',
    'hostinstitution',
    'hostorganization',
    'org',
    'orgname',
    'agency',
    'agencyname',
    'hiringagency',
    'firm',
    // The same field in the language of a board's own export (Polish, Spanish, Portuguese, German, French, Italian).
    'pracodawca',
    'empresa',
    'unternehmen',
    'arbeitgeber',
    'entreprise',
    'employeur',
    'azienda',
  ],
  location: [
    'location',
    'joblocation',
    'candidaterequiredlocation',
    'positionlocationdisplay',
    'positionlocation',
    'locations',
    'actualcity',
    'city',
    // A board's search answer names the place by its city's name beside its id (rabota.ua's `cityName`, `cityId`).
    'cityname',
    'townname',
    'region',
    'place',
    'town',
    'workplaceaddress',
    'address',
    // The same field in the language of a board's own export (Polish, Spanish, Portuguese, German, French, Italian).
    'lokalizacja',
    'miasto',
    'ubicacion',
    'ciudad',
    'localizacao',
    'cidade',
    'standort',
    'arbeitsort',
    'lieu',
    'ville',
    'localita',
    'sede',
  ],
  country: ['country', 'countrycode', 'jobcountry', 'countryname'],
  description: [
    'description',
    'descriptionhtml',
    'content',
    'jobdescription',
    'body',
    'summary',
    'jobsummary',
    'overview',
    'descriptionplain',
    'plaindescription',
    'fulldescription',
    'descriptiontext',
    'snippet',
    'excerpt',
    'teaser',
    'details',
    // A job board's comment thread kept as data (a Hacker News "Who is hiring?" index).
    'commentbody',
    'commenttext',
  ],
  url: [
    'url',
    'joburl',
    'positionuri',
    'applyurl',
    'applicationurl',
    'applylink',
    'hostedurl',
    'absoluteurl',
    'redirecturl',
    'webpageurl',
    'joblink',
    'applicationlink',
    'permalink',
    'jobpostingurl',
    'postingurl',
    'sourceurl',
    'detailurl',
    'canonicalurl',
    'link',
    'href',
  ],
  /** A job description kept as a file beside the list (`file: dg-frontend-2017.pdf`). */
  document: ['file', 'pdf', 'attachment', 'jobdescriptionfile'],
  id: ['id', 'jobid', 'matchedobjectid', 'positionid', 'slug', 'reference'],
  date: [
    'dateposted',
    'date',
    'posted',
    'publicationdate',
    'publicationstartdate',
    'publishedat',
    'pubdate',
    'createdat',
    'created',
    'postedat',
    'posteddate',
    'postedon',
    'datecreated',
    'dateadded',
    'listingdate',
    'publisheddate',
  ],
  type: ['employmenttype', 'jobtype', 'positionschedule', 'contracttype'],
  remote: ['remote', 'isremote'],
  // Scrapers' exports: JobSpy's `min_amount`/`max_amount`/`interval`, `salary_lower`/`salary_upper`.
  min: [
    'salarymin',
    'minsalary',
    'salaryfrom',
    'annualsalaryfrom',
    'minimumrange',
    'payfrom',
    'salarylow',
    'salarylower',
    'minamount',
    'jobminsalary',
    'paymin',
    ...PAY_RANGE_KEYS.map(([low]) => low.replace(/-/g, '')),
  ],
  max: [
    'salarymax',
    'maxsalary',
    'salaryto',
    'annualsalaryto',
    'maximumrange',
    'payto',
    'salaryhigh',
    'salaryupper',
    'maxamount',
    'jobmaxsalary',
    'paymax',
    ...PAY_RANGE_KEYS.map(([, high]) => high.replace(/-/g, '')),
  ],
  currency: [
    'salarycurrency',
    'currency',
    'currencycode',
    'paycurrency',
    'jobsalarycurrency',
    'compensationcurrency',
  ],
  period: [
    'salaryperiod',
    'salaryinterval',
    'salaryunit',
    'payperiod',
    'interval',
    'period',
    'jobsalaryperiod',
    'payinterval',
    'rateintervalcode',
    'salarytype',
    'paytype',
  ],
  salary: [
    'salary',
    'salarydisplay',
    'salaryrange',
    'salarytext',
    'positionremuneration',
    'compensation',
    'pay',
    'wage',
    // The same field in the language of a board's own export (Polish, Spanish, Portuguese, German, French, Italian).
    'wynagrodzenie',
    'pensja',
    'salario',
    'sueldo',
    'remuneracion',
    'gehalt',
    'salaire',
    'stipendio',
    'retribuzione',
  ],
} as const satisfies Record<string, readonly string[]>;

export type JobField = keyof typeof JOB_FIELDS;

/**
 * The type names of records that source code builds by calling them (`Job(title = …)`,
 * `Vacancy.create!(…)`): a job's (its fields read as a job's), or a plain container's (`Item`,
 * `Entry`: no type of its own). Any other type (`User`, `Course`, `WorkExperience`) is no job.
 */
export const JOB_TYPE_NAME =
  /job|vacanc|posting|opening|position|offer|career|opportunit|listing|advert|stelle|oferta|vaga|emploi|lowongan|вакан/i;
export const PLAIN_TYPE_NAME =
  /^(?:item|entry|record|row|data|model|result|element|node|card|dto|doc|document|object|hit)s?$/i;

/** A key as the table writes it: lower case, letters and digits only. */
export const foldKey = (key: string): string => key.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Every synonym, folded, to the first field that lists it. */
const SYNONYM_FIELD: ReadonlyMap<string, JobField> = (() => {
  const out = new Map<string, JobField>();
  for (const field of Object.keys(JOB_FIELDS) as JobField[])
    for (const name of JOB_FIELDS[field]) if (!out.has(name)) out.set(name, field);
  return out;
})();

/** Shortest key read with a letter wrong: shorter ones ("date", "type") are other words a letter away. */
const MIN_FUZZY_KEY = 7;

/** Whether two words differ by at most one letter added, dropped or changed. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const resolved = new Map<string, string | null>();

/** A folded key that is the nouns of an opening followed by `name` or `title`: the job's title. */
const OPENING_NAME = /^(?:job|opening|posting|vacancy|position|requisition|req|advert)+(?:name|title)$/;

/**
 * The synonym a folded key stands for: itself when the table lists it, else the singular of a
 * plural ("companynames"), else the one synonym a letter away ("jobtittle", "lacation"); null
 * for a key that names no field.
 */
export function fieldKey(key: string): string | null {
  if (SYNONYM_FIELD.has(key)) return key;
  const known = resolved.get(key);
  if (known !== undefined) return known;
  let found: string | null = null;
  const singular = key.endsWith('s') ? key.slice(0, -1) : key;
  if (SYNONYM_FIELD.has(singular)) found = singular;
  // The opening's own name under a compound key (`jobOpeningName`, `postingTitle`, `requisitionTitle`).
  else if (OPENING_NAME.test(key)) found = 'title';
  else if (singular.length >= MIN_FUZZY_KEY) {
    const near = [...SYNONYM_FIELD.keys()].filter(
      (name) => name.length >= MIN_FUZZY_KEY && oneEditApart(singular, name),
    );
    // Two synonyms a letter away: the key could be either, so it is neither.
    if (near.length === 1) found = near[0] as string;
  }
  if (resolved.size < 10_000) resolved.set(key, found);
  return found;
}

/** The field a folded key names, through `fieldKey`. */
export function fieldOfKey(key: string): JobField | null {
  const name = fieldKey(key);
  return name === null ? null : (SYNONYM_FIELD.get(name) ?? null);
}

type JsonRecord = Record<string, unknown>;

/**
 * A record's own keys, folded, to their values (the first of each folded key); a key written in
 * the plural or a letter off a synonym also answers to that synonym, when its value is one
 * line of words: a list under "positions" is a list of jobs, and "positions": "3" a count, not a title.
 */
export function foldedKeys(record: JsonRecord): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const keys = Object.keys(record).slice(0, 200);
  for (const key of keys) {
    const folded = foldKey(key);
    if (!out.has(folded)) out.set(folded, record[key]);
  }
  for (const key of keys) {
    const value = record[key];
    // A count ("positions": "3") is no title: only words are read under a near name.
    if (typeof value !== 'string' || !/\p{L}/u.test(value)) continue;
    const name = fieldKey(foldKey(key));
    if (name !== null && !out.has(name)) out.set(name, value);
  }
  return out;
}

/** The first of `names` the record holds with a value. */
export function pick(keys: Map<string, unknown>, names: readonly string[]): unknown {
  for (const name of names) {
    const value = keys.get(name);
    if (value !== undefined && value !== null && value !== '') return value;
  }
  return undefined;
}
