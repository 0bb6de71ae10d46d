/**
 * A first line of fields, as a comment or a short post heads an offer: "Acme | Engineering
 * Manager | Berlin | REMOTE | $150k", "Wolf Games — Director of Engineering — Remote (US) —
 * Contract", "Topliner - Senior Developer - Remote - $80k/year". One reader says which field
 * names the role (or roles), which the employer and which the place; the rest (a contract type,
 * a visa note, pay, a link) is the posting's text, read elsewhere for what it holds.
 */

import { squash } from '../../fields.ts';
import { holdsPay } from '../../pay/index.ts';
import { looksLikeLocation, remoteFromText } from './location.ts';
import { namesRole } from './markdown-headings.ts';

export interface HeaderLine {
  /** Every field, in order, trimmed. */
  readonly fields: readonly string[];
  /** The fields that name a role, in order (their stack notes aside): the postings' titles. */
  readonly roles: readonly string[];
  /** The field that names the employer, or null. */
  readonly employer: string | null;
  /** The first field that is a place or an arrangement ("Remote (US/Canada)"), or null. */
  readonly place: string | null;
}

/** Longest line read as a header: a longer first line is prose. */
const MAX_HEADER = 400;
const BAR = /\s*[|¦]\s*/;
const LONG_DASH = /\s+[–—]\s+/;
const DASH = /\s+-{1,2}\s+/;
/** Longest field of a line split at dashes; a longer one is a clause of prose. */
const MAX_DASH_FIELD = 150;
/** Words of a sentence: a full stop inside, or a verb a field never has. */
const SENTENCE = /\.\s+\p{Lu}|\b(?:is|are|isn't|aren't|was|were|we|they|you|our)\b/iu;
const LINK = /^<?(?:https?:\/\/|www\.)\S+$/i;
/** "acme.io", "NewsNow.co.uk": a site's name standing for its owner. */
const DOMAIN = /^[\p{L}\d][\p{L}\d-]*(?:\.[\p{L}\d-]+)*\.[a-z]{2,6}$/iu;
/** "Company: Adyen", "Employer – Acme": the employer's own label inside a field. */
const EMPLOYER_LABEL = /^(?:company|employer|organi[sz]ation)\s*[:–-]\s*(\S.*)$/i;
/** Fields that state the terms, not who or where: "Full-time", "ONSITE", "VISA", "Contract". */
const TERMS =
  /^(?:(?:full|part)[\s-]?time|ft|pt|permanent|contract(?:or)?|freelance|intern(?:ship)?s?|visa|h-?1b|relocation|multiple (?:roles|positions|openings)|various roles)\b/i;
/** A field that only says how the work is done: "ONSITE", "Remote", "Hybrid", "In-office". */
const ARRANGEMENT_ONLY =
  /^(?:fully\s+|100%\s+)?(?:remote|hybrid|on-?site|in[\s-]?(?:office|person))(?:\s*(?:\/|\+|&|or|and)\s*(?:remote|hybrid|on-?site))*\s*$/i;
/** A trailing note in brackets that lists a stack ("(C/Linux)", "(React/Node/AWS)", "(Go, Rust)"). */
const STACK_NOTE = /\s*\(([^()]{2,120})\)\s*$/;

/** The fields of a line split at its strongest separator: bars, else long dashes, else " - ". */
export function headerFields(line: string): string[] {
  const text = squash(line);
  if (text.length > MAX_HEADER) return [];
  const separator = BAR.test(text) ? BAR : LONG_DASH.test(text) ? LONG_DASH : DASH;
  const fields = text
    .split(separator)
    .map((field) => squash(field))
    .filter((field) => field !== '' && !/^[*•]+$/.test(field));
  // Dashes inside a sentence ("The role isn't listed yet - they are responsible for …") part
  // clauses, not fields: a field is short and says no sentence.
  const clause = (field: string) => field.length > MAX_DASH_FIELD || SENTENCE.test(field);
  if (separator === BAR || !fields.some(clause)) return fields;
  // "Acme - Role - Denver, CO - Salaries listed on the req, but it is 140k-180k": a note in words
  // after three fields closes the line; the fields before it stand.
  const head = fields.slice(0, -1);
  return head.length >= 3 && !head.some(clause) ? head : [];
}

/** A place or an arrangement; "PrairieLearn (Remote US)" is a name with its place in brackets. */
function isPlace(field: string): boolean {
  const outside = squash(field.replace(/\([^)]*\)/g, ' '));
  if (outside !== '' && looksLikeLocation(outside)) return true;
  return remoteFromText(outside === '' ? field : outside) !== null;
}

function isTerms(field: string): boolean {
  return TERMS.test(field) && !namesRole(field);
}

/** A role field without the stack it lists in brackets: "Senior Full Stack (React/Node)" → "Senior Full Stack". */
export function withoutStackNote(field: string): string {
  const note = STACK_NOTE.exec(field);
  if (!note || !/[/,+]/.test(note[1] ?? '') || namesRole(note[1] ?? '')) return field;
  return field.slice(0, note.index).trim() || field;
}

function namesRoleField(field: string): boolean {
  return namesRole(field) || namesRole(withoutStackNote(field));
}

/**
 * The header a line is, or null when it is none: three or more fields one of which names a role,
 * or two where the first is not a role and the second is ("Global Partners — Senior Director,
 * Data Engineering"), so that a title that holds a separator ("Director of IT - Infrastructure",
 * "Engineering Manager | Payments") stays one title.
 */
export function readHeaderLine(line: string): HeaderLine | null {
  const fields = headerFields(line);
  if (fields.length < 2) return null;
  const kinds = fields.map((field) => {
    const labelled = EMPLOYER_LABEL.exec(field)?.[1];
    if (labelled) return { field: squash(labelled), kind: 'employer' as const };
    if (LINK.test(field)) return { field, kind: 'link' as const };
    if (namesRoleField(field)) return { field, kind: 'role' as const };
    if (isPlace(field)) return { field, kind: 'place' as const };
    if (isTerms(field)) return { field, kind: 'terms' as const };
    if (holdsPay(field)) return { field, kind: 'pay' as const };
    return { field, kind: 'other' as const };
  });
  const roleAt = kinds.findIndex((k) => k.kind === 'role');
  if (roleAt < 0) return null;
  if (fields.length === 2 && roleAt !== 1) return null;
  const labelled = kinds.find((k) => k.kind === 'employer');
  // The employer: a labelled field, else the first field when it is no role, place or term, else
  // a site's name among the fields ("Seattle | … | CTO | DroneSeed.co").
  const first = kinds[0];
  // "PrairieLearn (Remote US)": the name without the place it gives in brackets.
  const named = first?.field.replace(/\s*\(([^()]{2,80})\)\s*$/, (note, inner: string) =>
    isPlace(inner) ? '' : note,
  );
  const employer =
    labelled?.field ??
    (first && first.kind === 'other' ? named || first.field : null) ??
    kinds.find((k) => k.kind === 'other' && DOMAIN.test(k.field))?.field ??
    null;
  const roles = kinds.filter((k) => k.kind === 'role').map((k) => withoutStackNote(k.field));
  // A field that names a place ("SF, NYC or Remote in US") before one that only says "ONSITE".
  const places = kinds.filter((k) => k.kind === 'place').map((k) => k.field);
  const place = places.find((field) => !ARRANGEMENT_ONLY.test(field)) ?? places[0] ?? null;
  return { fields, roles, employer, place };
}

/** A posting a header line of its own heads: its role, employer and place, and the lines it spans. */
export interface HeaderSection {
  readonly title: string;
  readonly company: string | null;
  readonly location: string | null;
  /** The header line and the lines under it, up to the next header line. */
  readonly from: number;
  readonly to: number;
}

/** A list item's mark at a line's start. */
const BULLET = /^\s*[-*+•]\s/;

/** Most lines scanned for header lines: a comment is short. */
const MAX_SCAN_LINES = 2_000;

/**
 * Postings that each open with a header line of their own ("EnergyHub | Director of Engineering
 * | REMOTE (US) | Salary $225k" over "EnergyHub | Engineering Manager | … | Salary $195k"; two
 * blocks between rules, each "… | role | … | pay"): two or more lines that start a paragraph,
 * each a header of three or more fields naming one role, the roles all different. Each posting
 * spans its line to the next one; one that names no employer takes the one the others name.
 * [] otherwise.
 */
export function headerSections(lines: readonly string[]): HeaderSection[] {
  const heads: { line: number; read: HeaderLine }[] = [];
  for (let i = 0; i < lines.length && i < MAX_SCAN_LINES; i++) {
    const text = lines[i] ?? '';
    // A bulleted line is an item of a list ("- Engineering Manager - Platform ($200,000 - $250,000): …").
    if (text.trim() === '' || text.length > MAX_HEADER || BULLET.test(text)) continue;
    const before = (lines[i - 1] ?? '').trim();
    if (i > 0 && before !== '' && !/^(?:[-=*_]\s*){3,}$/.test(before)) continue;
    const read = readHeaderLine(text.replace(/\[([^\]]{1,200})\]\([^)\s]{0,2048}\)/g, '$1'));
    if (read && read.fields.length >= 3 && read.roles.length === 1) heads.push({ line: i, read });
  }
  if (heads.length < 2) return [];
  const titles = new Set(heads.map((head) => (head.read.roles[0] ?? '').toLowerCase()));
  if (titles.size !== heads.length) return [];
  const employers = new Set(heads.flatMap((head) => (head.read.employer ? [head.read.employer] : [])));
  // Several employers' headers are a list of companies' posts, not one comment's roles.
  if (employers.size > 1) return [];
  const shared = [...employers][0] ?? null;
  return heads.map((head, k) => ({
    title: head.read.roles[0] ?? '',
    company: head.read.employer ?? shared,
    location: head.read.place,
    from: head.line,
    to: heads[k + 1]?.line ?? lines.length,
  }));
}
