/**
 * The marks that make a line the job's name, or keep it from being one, as a person reads them
 * in an excerpt whose first line is not the title:
 *
 * - a gender or inclusive-writing mark ("(h/f)", "H/F", "(m/w/d)", "Chargé·e", "Chargé.e",
 *   "Chargé (e)", "Projektmanager/-in"): only a job's name carries one;
 * - a sentence glued to the next one ("… Services website.About the Director Position:"): a
 *   page's text run together, never a name;
 * - an employer's sentence that holds the name ("Le Département du Pas-de-Calais recrute un.e
 *   Chargé.e de mission culture (h/f) / Cand. avant 31-07-22"): the name after the hiring words
 *   and their article, the employer before them;
 * - a table row that labels the name ("| Job Title: | Deputy Director: ICT |").
 */
import { squash } from '../../fields.ts';
import { SOUGHT_NOW } from './offer-language.ts';

/**
 * A gender mark or an inclusive ending after a lower-case letter: "(h/f)", "(m/w/d)", "H/F",
 * "m/f/d", "Chargé·e", "adjoint·e", "Directeur·trice", "Chargé.e", "Chargé (e)", "Referent/-in",
 * "Admin*in", "Leiter:innen".
 */
const GENDER =
  /\((?:[mwfdhxv*]\s*\/\s*){1,3}[mwfdhxv*]\)|(?<![\p{L}/])(?:[HF]\s?\/\s?[FH]|[mwf]\/[mwf](?:\/[dx])?)(?![\p{L}/])|\p{Ll}[·•.](?:e|trice|rice|euse|ice|ne|le|te|ère|fe)s?(?![\p{L}.])|\p{Ll}\s?\((?:e|ne|le|te|fe)\)|\p{Ll}\/-?in(?:nen)?(?![\p{L}])|\p{Ll}[*:_]in(?:nen)?(?![\p{L}])/u;

/** Whether a line carries a gender mark or an inclusive ending, as only a job's name does. */
export function gendered(text: string): boolean {
  return GENDER.test(text);
}

/**
 * A full stop, question or exclamation mark glued between a lower-case word and a capital, no
 * space after it: two sentences (or a sentence and the next section's label) run together where
 * a page's markup was lost ("… Services website.About the Director Position:"). A short word
 * before the stop is an abbreviation or a domain ("Dept.Head", "cloud.gov").
 */
const SENTENCE_INSIDE = /(?<![\p{L}])\p{Ll}{4,}[.!?]\p{Lu}\p{Ll}/u;

/** Whether a line runs one sentence into the next: page text, never a job's name. */
export function holdsSentenceEnd(text: string): boolean {
  return SENTENCE_INSIDE.test(text);
}

/**
 * An article or count before the hired role: "un", "une", "un.e", "un·e", "un(e)", "a", "an",
 * "eine/n", "einen", "een", "una", "um", "uma", "1". The role starts after it.
 */
const ARTICLE =
  /^(?:un(?:[.·(]?e\)?|\/une)?|une|an?|ein(?:e|en|er)?(?:\/n|\(n\)|\/r)?|een|una?|uma?|\d{1,2})\s+/iu;
/** Where the hired role's name ends: a slash or a dash before a note, a date, an instruction. */
const NAME_END = /\s+[/|]\s+|\s+[–—-]\s+(?=cand|apply|deadline|clôture|date|bis\b|avant\b)|[.!?](?:\s|$)/iu;
/** Longest employer before the hiring words, and longest role after them, in words. */
const MAX_EMPLOYER_WORDS = 10;
const MAX_ROLE_WORDS = 14;
/** Who speaks when the words before "is hiring" are no employer's name. */
const PRONOUN = /^(?:we|they|he|she|it|il|elle|on|nous|wir|sie|er|es|ellos|nosotros|noi|wij)$/iu;

/** What the hired one will do, after the name: "… Network Engineer to run …", "… qui pilotera …". */
const PURPOSE = /\s(?:to|who|which|that|qui|pour|um|zu)\s+\p{Ll}/u;

export interface HiredRole {
  readonly title: string;
  readonly company: string | null;
}

/**
 * The role an employer's sentence on a title line hires ("Le Département du Pas-de-Calais
 * recrute un.e Chargé.e de mission culture (h/f) / Cand. avant 31-07-22", "Acme is hiring a
 * Platform Engineer"), and the employer it names first; null for any other line. The hiring words
 * are offer-language.ts's (SOUGHT_NOW); the name must start with a capital and end before the
 * sentence goes on.
 */
export function hiredRole(line: string): HiredRole | null {
  if (line.length > 300) return null;
  const sought = SOUGHT_NOW.exec(line);
  if (!sought || sought.index === 0) return null;
  const before = squash(line.slice(0, sought.index)).replace(/[,:]$/, '');
  const words = before.split(' ');
  if (words.length > MAX_EMPLOYER_WORDS || !/^\p{Lu}/u.test(before) || PRONOUN.test(words[0] ?? ''))
    return null;
  if (/[.!?;]/.test(before.replace(/\b\p{L}{1,3}\./gu, ''))) return null;
  // A sentence that goes on past the line ("… is hiring a Network Engineer to run our network,")
  // names the role in prose: the body's reader takes it there.
  if (/[,;:]\s*$/.test(line)) return null;
  const after = line
    .slice(sought.index + sought[0].length)
    .trimStart()
    .replace(ARTICLE, '');
  const end = NAME_END.exec(after);
  const title = squash(end ? after.slice(0, end.index) : after).replace(/[,:;]$/, '');
  const titleWords = title.split(' ').length;
  if (!/^\p{Lu}/u.test(title) || titleWords > MAX_ROLE_WORDS || title.length < 3) return null;
  if (PURPOSE.test(title)) return null;
  return { title, company: before };
}

/** A Markdown or text table row of two cells: "| Job Title: | Deputy Director: ICT |". */
const TABLE_ROW = /^\s*\|\s*([^|]{1,60}?)\s*\|\s*([^|]{1,200}?)\s*\|?\s*$/;

/** A two-cell table row as the "Label: value" line it stands for, or null for any other line. */
export function tableRowAsLabel(line: string): string | null {
  if (!line.includes('|')) return null;
  const row = TABLE_ROW.exec(line);
  if (!row) return null;
  const label = (row[1] ?? '').replace(/\s*:$/, '');
  const value = row[2] ?? '';
  if (label === '' || value === '' || /^[-:\s]+$/.test(value)) return null;
  return `${label}: ${value}`;
}

/**
 * A qualifier in brackets right after a role's name, as the posting writes its unit, grade or
 * class: "Manager (IT)", "Project Director (PPS-10)", "Chief Information Officer (CIO/Director
 * II)". An acronym of the name ("(CIO)") or a head-count ("(2 posts)") adds nothing to it.
 */
export const QUALIFIER = /^\s?\(([^()\n]{1,40})\)/;

/** Whether a bracketed qualifier belongs to the name: not its acronym ("(CIO)", "(Deputy CISO)"), not a count, not a gender mark. */
export function keepsQualifier(name: string, qualifier: string): boolean {
  const q = qualifier.trim();
  if (/^\d+\s*(?:posts?|positions?|vacanc(?:y|ies)|openings?|persons?)?$/i.test(q)) return false;
  if (gendered(`x(${q})`) || /^[mwfdhx](?:\s*\/\s*[mwfdhx]){1,3}$/i.test(q)) return false;
  const words = name.split(/\s+/);
  const initials = words
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('')
    .toUpperCase();
  const own = new Set(words.map((w) => w.toLowerCase()));
  // Each of its words is one of the name's or an acronym of some of its words: the name again.
  return !q
    .split(/[\s/]+/)
    .every((w) => own.has(w.toLowerCase()) || (/^\p{Lu}{2,}$/u.test(w) && initials.includes(w)));
}

/**
 * A role's name with its unit after a colon, as South African and other public posts write it:
 * "Deputy Director: Information and Communication Technology", "Assistant Director: ICT". The
 * words before the colon end in a role word; a label ("Job Category: …") does not.
 */
export function roleWithUnit(text: string, roleWord: RegExp): boolean {
  const match = /^([\p{L}][\p{L} .&-]{1,40}?)\s*:\s+\S.{1,100}$/u.exec(text);
  if (!match) return false;
  const head = (match[1] ?? '').trim().split(/\s+/);
  return head.length <= 4 && roleWord.test(head[head.length - 1] ?? '');
}

/** The last gender mark of a line and a separator after it: what follows is the employer or the place. */
const AFTER_MARK = new RegExp(`(${GENDER.source})\\s+[-–—|/]\\s+(\\S.{0,80})$`, 'u');

/**
 * A gendered name with the employer or place after it: "Chargé de projet H/F - Conseils
 * départementaux" is the name up to its mark and "Conseils départementaux".
 */
export function splitAfterMark(text: string): { title: string; rest: string | null } {
  const match = AFTER_MARK.exec(text);
  if (!match || match.index === undefined) return { title: text, rest: null };
  const end = match.index + (match[1] ?? '').length;
  return { title: text.slice(0, end).trim(), rest: squash(match[match.length - 1] ?? '') };
}
