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
  return BY_LABEL.has(normalise(label));
}

/** Front matter keys naming the employer, as `front-matter.ts` writes keys (`company-name`). */
export const EMPLOYER_KEYS: readonly string[] = EMPLOYER_LABELS.map((label) => label.replace(/ /g, '-'));
