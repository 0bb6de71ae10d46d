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

/**
 * The officers who open a public body's call or are named as the one who recruits: "Dyrektor
 * Rządowego Centrum Bezpieczeństwa poszukuje", "O Diretor Presidente da Agência …", "The Director
 * of the National Archives is seeking". The body they head is the employer, not the office.
 */
const OFFICERS: readonly string[] = [
  'Director',
  'Director General',
  'Directora',
  'Diretor',
  'Diretora',
  'Diretor Presidente',
  'Direttore',
  'Direttrice',
  'Dyrektor',
  'Dyrektor Generalny',
  'Direktor',
  'Directeur',
  'Directrice',
  'President',
  'Presidente',
  'Président',
  'Prezes',
  'Chief Executive',
  'Secretary',
  'Secretário',
  'Secretario',
  'Alcalde',
  'Alcaldesa',
  'Sindaco',
  'Mayor',
  'Rector',
  'Rettore',
  'Reitor',
  'Rektor',
  'Leiter',
  'Leiterin',
];

/** Joiners between an office and the body it heads ("Director of", "Diretor Presidente da"). */
const OFFICE_JOINER = "(?:of|for|da|do|de|di|del|della|dello|des|du|der|van|voor|the|la|el|il|l['’])";

/**
 * A leading office before the body it heads, matched on a name as written: group 0 is the part
 * to drop ("Dyrektor ", "Diretor Presidente da ", "Director of the ").
 */
export const OFFICE_LEAD = new RegExp(
  String.raw`^(?:(?:${OFFICERS.map((w) => w.replace(/ /g, String.raw`[ \t]+`)).join('|')})[ \t]+)+(?:${OFFICE_JOINER}[ \t]+){0,2}(?=\p{Lu})`,
  'u',
);

/**
 * Words that say a body only runs the selection, not the job: the exam board or organiser of a
 * public competition ("executado pelo Cebraspe", "site do Instituto AOCP, organizador do
 * concurso", "organizzato da", "conducted by"). Read just before or after an organisation's name.
 */
const ORGANISER_BEFORE: readonly string[] = [
  'executad[oa] pel[oa]',
  'realizad[oa] pel[oa]',
  'organizad[oa] pel[oa]',
  'aplicad[oa] pel[oa]',
  'de responsabilidade d[oa]',
  'sob responsabilidade d[oa]',
  'banca',
  'banca organizadora',
  'site d[oa]',
  'portal d[oa]',
  'organizad[oa] por',
  'gestionad[oa] por',
  'organizzat[oa] da',
  'gestit[oa] da',
  'organisé par',
  'conducted by',
  'administered by',
  'run by',
  'handled by',
  'managed by',
];
const ORGANISER_AFTER: readonly string[] = [
  'organizador',
  'organizadora',
  'banca',
  'responsável pel[oa] (?:concurso|processo|seleção)',
  'organiser',
  'organizer',
  'exam board',
];

/** An organiser cue ending just before a name (the text before it, up to 60 characters, is tested). */
export const ORGANISER_LEAD = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:${ORGANISER_BEFORE.join('|')})[ \t]*(?:\(|:)?[ \t]*(?:(?:the|o|a|os|as|la|el|il|lo|le|l['’])[ \t]+)?$`,
  'iu',
);
/** An organiser cue right after a name (", organizador do concurso", " – a banca responsável"). */
export const ORGANISER_TAIL = new RegExp(
  String.raw`^[ \t]*(?:\([^)]{0,30}\)[ \t]*)?[,–—-][ \t]*(?:(?:o|a|the|la|el|il)[ \t]+)?(?:${ORGANISER_AFTER.join('|')})(?![\p{L}])`,
  'iu',
);

/**
 * Words that end a public body's name in a heading written in capitals: the kind of document
 * that follows it ("COMPANHIA … DA BAHIA PROCESSO SELETIVO", "COMUNE DI X BANDO DI CONCORSO").
 */
export const DOCUMENT_KIND =
  /^(?:PROCESSO|SELETIVO|EDITAL|CONCURSO|CONCORSO|BANDO|AVVISO|CONVOCATORIA|CONVOCAT[ÒO]RIA|BASES|RESOLUCI[ÓO]N|ANUNCIO|EDICTO|OPOSICIONES|VACANCY|ANNOUNCEMENT|NOTICE|RECRUTEMENT|RECRUITMENT|PROVINCIA|PROV[ÍI]NCIA|PORTARIA|AVISO|OGŁOSZENIE|STELLENAUSSCHREIBUNG|UTLYSNING|SELEÇÃO|SELECCI[ÓO]N)$/u;
