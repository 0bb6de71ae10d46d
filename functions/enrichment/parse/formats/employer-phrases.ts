/**
 * The phrases in which a page names who it speaks for, in the languages the readers meet, as data:
 * - "We are Acme - a studio in Wrocław", "Nazywamy się Acme i jesteśmy …", "Jesteśmy Acme i od
 *   1992 …", "Wir sind Acme, …": the writer says who "we" are (the name then a separator: a dash,
 *   a comma, a stop, "and"/"i"/"und"/"y"/"et"; never "We are Hiring!");
 * - "Karriere bei Acme", "Praca w Acme", "Carrières chez Acme", "Werken bij Acme": a heading or
 *   title that names the place of work (English "Careers at Acme" is read with the role phrases).
 * The name itself is matched by the caller's pattern (`name`), so one notion of a name holds.
 */

/** "We are" as each language writes it, before the name. */
const WE_ARE: readonly string[] = [
  'We are',
  "We're",
  'Nazywamy się',
  'Jesteśmy',
  'Wir sind',
  'Somos',
  'Nous sommes',
  'Siamo',
  'Wij zijn',
  'We zijn',
  'Vi är',
  'Vi er',
  'Jsme',
  'Sme',
];

/** What follows a name "we" are: a dash, a comma, a stop, a colon, or "and" in the same languages. */
const AFTER_NAME = String.raw`(?=[ \t]*(?:[-–—,.:;(]|$)|[ \t]+(?:and|i|oraz|und|y|e|et|en|och|og|a)[ \t])`;

/** "Work at" as a heading or title says it in the other languages, before the name. */
const WORK_AT: readonly string[] = [
  'Karriere bei',
  'Jobs bei',
  'Arbeiten bei',
  'Arbeiten für',
  'Praca w',
  'Pracuj w',
  'Kariera w',
  'Carrières chez',
  'Carrière chez',
  'Travailler chez',
  'Rejoignez',
  'Trabaja en',
  'Trabajar en',
  'Trabalhe na',
  'Trabalhe no',
  'Lavora con',
  'Lavorare in',
  'Lavora in',
  'Werken bij',
  'Vacatures bij',
  'Jobba på',
  'Jobba hos',
  'Práce v',
  'Kariéra v',
];

const phrase = (words: string): string => words.replace(/ /g, String.raw`[ \t]+`);

/** "We are Acme - …" in any of the languages, the name (`name`, one capture group) as group 1. */
export function weArePattern(name: string): RegExp {
  return new RegExp(
    String.raw`(?:^|[.!?][ \t]+|\n)[ \t]*(?:${WE_ARE.map(phrase).join('|')})[ \t]+${name}${AFTER_NAME}`,
    'mu',
  );
}

/** "Karriere bei Acme", "Praca w Acme" at the start of a line or title, the name as group 1. */
export function workAtPattern(name: string): RegExp {
  return new RegExp(
    String.raw`(?:^|\n)[ \t]*(?:#{1,6}[ \t]+)?(?:${WORK_AT.map(phrase).join('|')})[ \t]+${name}`,
    'mu',
  );
}

/**
 * A piece of a <title> that is a motto, not a name: "Where every child is known and valued" (four
 * words or more, most in lower case). An organisation's name is written in capitals.
 * @example isTagline('Where every child is known and valued') // true
 */
export function isTagline(piece: string): boolean {
  const words = piece.trim().split(/\s+/);
  if (words.length < 4) return false;
  const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  return lower * 2 > words.length;
}
