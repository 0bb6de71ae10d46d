/**
 * Titles and employers as keys (job identity, issue 18): a title's words with case, typography,
 * abbreviations and arrangement words folded; an employer without its legal form; the
 * `<employer>|<title>` readings a store indexes; whether two titles of one opening name one job.
 */
import { squash } from '../fields.ts';
import { foldText } from './body-signature.ts';

const ROLE_WORD =
  /\b(manager|mgr|director|head|lead|leader|engineer|administrator|admin|analyst|officer|chief|vp|vice president|president|specialist|technician|developer|architect|consultant|coordinator|supervisor|designer|scientist|associate|assistant|executive|intern|cio|cto|ciso|principal|advisor|adviser|strategist|controller|programmer|tester|operator|planner|owner|partner|superintendent)\b/i;

/** Words that say how or where a job is worked, not which job it is. */
const ARRANGEMENT =
  /\b(?:remote|hybrid|on-?site|in-office|full[- ]time|permanent|m\/[fw]\/[dx]|f\/m\/[dx]|h\/f|all genders)\b/gi;
/** Title tails that qualify the job rather than name an employer: "IT Manager - Infrastructure". */
const QUALIFIER_TAIL =
  /^(?:remote|hybrid|on-?site|contract|temporary|temp|interim|part[- ]time|full[- ]time|permanent|senior|junior|urgent|new|us|usa|uk|emea|apac|eu|it|infrastructure|operations|security|cloud|network|networks|applications|enterprise|corporate|digital|data|support|service desk|end user|platform|systems|technology|ii|iii|iv|[a-z]{2,3}\d?)(?:\s+(?:and|&|\/)\s+\S+)?$/i;

const ABBREVIATIONS: ReadonlyArray<[RegExp, string]> = [
  [/\bsr\b\.?/g, 'senior'],
  [/\bsnr\b\.?/g, 'senior'],
  [/\bjr\b\.?/g, 'junior'],
  [/\bmgr\b\.?/g, 'manager'],
  [/\bdir\b\.?/g, 'director'],
  [/\bassoc\b\.?/g, 'associate'],
  [/\bmngr\b\.?/g, 'manager'],
  [/&/g, ' and '],
  [/\bvice president\b/g, 'vp'],
];

/** A title's words in order: case, typography, abbreviations and arrangement words folded. */
export function titleWords(title: string): string[] {
  let t = squash(
    title
      .slice(0, 1_000)
      .normalize('NFKC')
      .toLowerCase()
      .replace(/\([^)]*\)/g, (p) => (ARRANGEMENT.test(p) ? ' ' : p)),
  );
  ARRANGEMENT.lastIndex = 0;
  t = t.replace(ARRANGEMENT, ' ');
  for (const [from, to] of ABBREVIATIONS) t = t.replace(from, to);
  return foldText(t)
    .split(' ')
    .filter((w) => w !== '' && w !== 'and' && w !== 'the' && w !== 'of');
}

/** A title as words: case, typography, abbreviations, word order and arrangement words do not count. */
export function normalizeTitle(title: string): string {
  return [...new Set(titleWords(title))].sort().join(' ').slice(0, 160);
}

/** An employer as a key: "ACME, Inc." and "Acme" are one (legal forms and punctuation dropped). */
export function employerKey(name: string | null | undefined): string {
  if (!name) return '';
  return foldText(name)
    .replace(
      /\b(?:inc|incorporated|llc|l l c|ltd|limited|corp|corporation|co|company|plc|gmbh|ag|sa|s a|bv|nv|pty|pte|llp|lp)\b/g,
      ' ',
    )
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 100);
}

/**
 * The record's `<employer>|<title>` readings: the company with the title as given, and, when
 * the title ends in an employer ("IT Manager - Harbourline Freight", "IT Manager at Acme"), that
 * employer with the rest of the title. The most specific reading is last.
 */
export function titleReadings(title: string, company: string | null): string[] {
  const readings: string[] = [];
  const own = employerKey(company);
  const whole = normalizeTitle(title);
  if (own && whole) readings.push(`${own}|${whole}`);
  const split = /^(.*\S)\s+(?:[-–—|@·:]|at)\s+(.+)$/u.exec(squash(title.normalize('NFKC')));
  if (split) {
    const head = split[1] as string;
    const tail = (split[2] as string).trim();
    const tailKey = employerKey(tail);
    if (
      ROLE_WORD.test(head) &&
      !ROLE_WORD.test(tail) &&
      !QUALIFIER_TAIL.test(tail) &&
      tail.length <= 80 &&
      tailKey !== ''
    ) {
      const reading = `${tailKey}|${normalizeTitle(head)}`;
      if (!readings.includes(reading)) readings.push(reading);
    }
  }
  return readings;
}

/** Words that make one title another job's: a level, a grade, a seniority, a supervisory role. */
const LEVEL_WORD =
  /^(?:senior|junior|lead|leader|principal|staff|head|chief|director|deputy|associate|assistant|intern|trainee|apprentice|graduate|manager|supervisor|supervisory|vp|svp|evp|executive|expert|fellow|i|ii|iii|iv|v|vi|entry|mid|gs\d{1,2}|grade|level|band|\d{1,2})$/;

/** A title's words without the plural's s: "Senior Developers" and "Senior Developer" are one. */
const singular = (w: string) => (w.length > 4 && /[^s]s$/.test(w) ? w.slice(0, -1) : w);

/**
 * Whether two titles of one opening (a shared requisition) name the same job: one title's words
 * are the other's plus words that only qualify it (an office, a series name such as "IT
 * Specialist", an acronym of words the other spells out), never a level or a grade.
 */
export function compatibleTitles(a: string, b: string): boolean {
  const wa = a.split(' ').filter(Boolean).map(singular);
  const wb = b.split(' ').filter(Boolean).map(singular);
  if (wa.length === 0 || wb.length === 0) return false;
  const sa = new Set(wa);
  const sb = new Set(wb);
  let onlyA = wa.filter((w) => !sb.has(w));
  let onlyB = wb.filter((w) => !sa.has(w));
  // "OA Oversight Branch Chief" and "Office of Acquisition Oversight Branch Chief".
  const initials = (ws: string[]) => ws.map((w) => w[0]).join('');
  if (onlyA.length === 1 && onlyB.length >= 2 && onlyA[0] === initials(onlyB)) onlyA = onlyB = [];
  if (onlyB.length === 1 && onlyA.length >= 2 && onlyB[0] === initials(onlyA)) onlyA = onlyB = [];
  if (onlyA.length > 0 && onlyB.length > 0) return false;
  const extra = [...onlyA, ...onlyB];
  const shared = wa.filter((w) => sb.has(w)).length;
  return shared > 0 && !extra.some((w) => LEVEL_WORD.test(w));
}
