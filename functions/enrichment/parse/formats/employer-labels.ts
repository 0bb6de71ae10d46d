/**
 * The words documents put before an employer's name, in one table: a labelled line ("Company:
 * Acme", "公司: Baton", "Unternehmen: isento GmbH", "Werkgever: Gemeente Utrecht"), a bare label
 * over its value, a front matter key (`company:`, `company_name:`, `empresa:`) and an HTML
 * `<dt>`. Every reader of labels asks this table, so a language added here is read everywhere.
 */

/** Labels naming the employer, lower case, one space between words. */
const EMPLOYER_LABELS: readonly string[] = [
  // English
  'company',
  'company name',
  'employer',
  'employer name',
  'hiring company',
  'hiring organisation',
  'hiring organization',
  'organisation',
  'organization',
  'organisation name',
  'organization name',
  'client',
  'agency',
  'org',
  // A school's or institution's own page names it under its kind ("School Name and Address:").
  'school',
  'school name',
  'school name and address',
  'employing school',
  'institution',
  'institution name',
  // German, Dutch, the Nordic and Slavic languages
  'unternehmen',
  'arbeitgeber',
  'firma',
  'firmenname',
  'werkgever',
  'bedrijf',
  'organisatie',
  'arbetsgivare',
  'företag',
  'arbejdsgiver',
  'virksomhed',
  'arbeidsgiver',
  'pracodawca',
  'zaměstnavatel',
  'společnost',
  'zamestnávateľ',
  'spoločnosť',
  'работодатель',
  'компания',
  'роботодавець',
  'компанія',
  // Romance languages
  'empresa',
  'empleador',
  'entidad',
  // A public body's call names the body under its kind ("Entidad publicadora", "Institución /
  // Entidad", "Órgão", "Ente", "Behörde"): the body that recruits.
  'entidad publicadora',
  'entidad convocante',
  'institución',
  'instituição',
  'entidade',
  'órgão',
  'orgão',
  'orgao',
  'organismo',
  'organo',
  'amministrazione',
  'behörde',
  'dienststelle',
  'instytucja',
  'urząd',
  'jednostka',
  'virksomhet',
  'entreprise',
  'employeur',
  'société',
  'societe',
  'azienda',
  'società',
  'societa',
  'datore di lavoro',
  'ente',
  'empregador',
  'angajator',
  'companie',
  // Turkish, Greek
  'şirket',
  'işveren',
  'εταιρεία',
  'εργοδότης',
  // Chinese, Japanese, Korean
  '公司',
  '公司名称',
  '雇主',
  '用人单位',
  '招聘单位',
  '單位',
  '单位',
  '会社',
  '会社名',
  '企業',
  '企業名',
  '社名',
  '募集企業',
  '회사',
  '회사명',
  '기업',
  '기업명',
];

const BY_LABEL = new Set(EMPLOYER_LABELS);

/** The label as the table writes it: case and inner spacing aside, trailing punctuation off. */
function normalise(label: string): string {
  return label
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .replace(/[\s:：*_]+$/u, '')
    .trim();
}

/**
 * Whether a label names the employer ("Company", "公司", "Unternehmen", "Hiring organization").
 * @example isEmployerLabel('Empresa') // true
 */
export function isEmployerLabel(label: string): boolean {
  const key = normalise(label);
  // "Institución / Entidad": a label of two names for the same slot.
  return BY_LABEL.has(key) || (key.includes('/') && key.split(/\s*\/\s*/).some((part) => BY_LABEL.has(part)));
}

/** Front matter keys naming the employer, as `front-matter.ts` writes keys (`company-name`). */
export const EMPLOYER_KEYS: readonly string[] = EMPLOYER_LABELS.map((label) => label.replace(/ /g, '-'));

/** A label that gives the employer's address after its name ("School Name and Address"). */
const WITH_ADDRESS = /\baddress\b|\badresse\b|\bdirecci[oó]n\b|\bindirizzo\b|\badres\b/i;

/**
 * The employer a labelled value names: under a label that adds the address, the name before it
 * ("St Robert of Newminster School, Biddick Lane, Washington" → "St Robert of Newminster School").
 * @example employerOfLabel('School Name and Address', 'Acme School, 1 High St') // 'Acme School'
 */
export function employerOfLabel(label: string, value: string): string {
  if (!WITH_ADDRESS.test(label)) return value;
  const name = value.split(/\s*[,;\n]\s*/)[0]?.trim() ?? '';
  return name.length >= 2 ? name : value;
}

/**
 * Labels naming where the job is, lower case, one space between words: "Location:", "Ort:",
 * "Место:", "Локация:", "Ubicación:", "CENTRE :" (a South African public service post's office).
 */
const LOCATION_LABELS: readonly string[] = [
  'location',
  'job location',
  'work location',
  'based in',
  'centre',
  'center',
  'duty station',
  'ort',
  'arbeitsort',
  'dienstort',
  'einsatzort',
  'standort',
  'место',
  'место работы',
  'локация',
  'город',
  'місто',
  'місце роботи',
  'локація',
  'ubicación',
  'ubicacion',
  'lugar',
  'lugar de trabajo',
  'localización',
  'localização',
  'local de trabalho',
  'lieu',
  'lieu de travail',
  'sede',
  'località',
  'lokalizacja',
  'miejsce pracy',
  'standplaats',
  'werkplek',
  'plaats',
  '勤務地',
  '工作地点',
  '工作地點',
  '地点',
];
const LOCATION_BY_LABEL = new Set(LOCATION_LABELS);

/**
 * Whether a label names the job's place ("Location", "Ort", "Место", "Ubicación").
 * @example isLocationLabel('Локация') // true
 */
export function isLocationLabel(label: string): boolean {
  return LOCATION_BY_LABEL.has(normalise(label));
}
