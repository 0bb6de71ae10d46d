/**
 * Markdown structure shared by the readers of text documents that hold several postings
 * (text-sections.ts, role-list.ts): headings (ATX and setext, outside fenced code), a heading's
 * text as a title, whether it names a role, and the words that head a list of openings.
 */
import { squash } from '../../fields.ts';
import { namesRoleInOtherLanguage } from './offer-language.ts';
import { cleanTitle, isRoleLine, plainLine, withoutAttributes } from './title-line.ts';

/** Past this many headings the document is read as one posting: the scan stays bounded. */
const MAX_HEADINGS = 2_000;
/** "Position:", "Role:", "Job:", "Vacancy:" before a heading's job name. */
const POSITION_LABEL = /^(?:position|role|job|opening|vacancy)\s*:\s+/i;

export interface Heading {
  readonly line: number;
  /** Lines the heading takes (2 for a setext heading with its underline). */
  readonly span: number;
  readonly level: number;
  readonly text: string;
}

export const ATX = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
export const SETEXT = /^\s{0,3}(=+|-+)\s*$/;
export const FENCE = /^\s{0,3}(?:```|~~~)/;
export const BULLET = /^\s*(?:[-*+•]|\d{1,2}[.)])\s+/;

/** Headings of Markdown-like text, skipping fenced code. */
export function headingsOf(lines: readonly string[]): Heading[] {
  const out: Heading[] = [];
  let fenced = false;
  for (let i = 0; i < lines.length && out.length < MAX_HEADINGS; i++) {
    const line = lines[i] ?? '';
    if (FENCE.test(line)) fenced = !fenced;
    if (fenced) continue;
    const atx = ATX.exec(line);
    if (atx) {
      out.push({ line: i, span: 1, level: (atx[1] ?? '#').length, text: withoutAttributes(atx[2] ?? '') });
      continue;
    }
    const under = SETEXT.exec(lines[i + 1] ?? '');
    const underline = under?.[1] ?? '';
    // A setext underline: "===" (level 1) or "---" of three or more (level 2) under a text line.
    if (
      under &&
      (underline.startsWith('=') || underline.length >= 3) &&
      line.trim() !== '' &&
      !BULLET.test(line) &&
      !SETEXT.test(line) &&
      line.length <= 200
    ) {
      out.push({ line: i, span: 2, level: underline.startsWith('=') ? 1 : 2, text: withoutAttributes(line) });
      i++;
    }
  }
  return out;
}

/** A heading's text as a title: no link marks, tags or emphasis. */
export function headingTitle(text: string): string {
  // "Position: Project Manager": the label before a job's name is no part of it.
  const trimmed = text.trim().replace(POSITION_LABEL, '');
  const link = /^\[([^\]]+)\]\([^)]*\)/.exec(trimmed);
  return cleanTitle(plainLine(link ? `${link[1]}${trimmed.slice(link[0].length)}` : trimmed));
}

/**
 * "Lead a team of …", "Manage the …", "Lead and mentor a team": a duty that starts with a verb (or
 * two joined by "and") before its object, not a job's name. "Technology and Cybersecurity Project
 * Manager" joins two subjects of a title and has no object after them.
 */
const DUTY_START =
  /^\s*(?:\d{1,2}[.)]\s*)?[\p{L}-]+\s+(?:and\s+[\p{L}-]+\s+)?(?:a|an|the|our|your|their|its|all|with)\b/iu;

/**
 * Whether a heading names a role, as a job's heading does: "Network Engineer", "Cloud Native
 * Engineer (w/m)" (the note in brackets aside), "Desenvolvedor(a) Mobile Pleno", "Programista
 * .NET" (offer-language.ts's role nouns); not a duty ("Lead a team of …").
 */
export function namesRole(text: string): boolean {
  if (text.length > 200 || DUTY_START.test(text)) return false;
  const bare = text.replace(/\s*\([^)]*\)/g, '').trim();
  if (isRoleLine(bare || text)) return true;
  // A name, not a sentence that mentions one ("Szukamy programisty, który …").
  const words = bare.split(/\s+/).length;
  return words <= 8 && !/[.!?:;,]/.test(bare) && namesRoleInOtherLanguage(bare);
}

/** Characters of body text in lines [from, to), headings and blank lines aside. */
export function bodyChars(lines: readonly string[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n += squash(lines[i] ?? '').length;
  return n;
}

/** What heads or introduces a list of openings. */
export const OPENINGS_CUE =
  /\b(?:open(?:ings?)?\s+(?:positions?|roles?|jobs?)|positions?|openings?|vacanc(?:y|ies)|jobs?|careers?|hiring|recruiting|join (?:us|our team|the team)|work with us)\b/i;
