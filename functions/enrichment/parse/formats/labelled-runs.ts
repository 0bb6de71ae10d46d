/**
 * Adverts pasted one after another into one text (a person's notes of two university ads, a
 * page of "Vaga 1 … Vaga 2 …", two offers of one employer one under the other), found by what
 * repeats: each advert heads its parts with the same labels ("Ihre Aufgaben:", "Ihr Profil:";
 * "Responsibilities:", "Requirements:"), so the run of labels starts again where the next advert
 * starts. Each run follows a short head block (an employer line, the job's name, its terms);
 * the head block is where its posting starts, and the line of it that names a role is its title.
 * - No headings are needed: plain label lines ("Ihre Aufgaben:") or bold, bulleted or Markdown
 *   ones ("**Requisitos:**", "- requisitos:", "### Wymagania") are all labels;
 * - one advert's labels in sequence ("Aufgaben", "Profil", "Wir bieten") are one run, however many;
 * - each run reads as an offer on its own and its head names a different role: one role's
 *   sections never read as two postings, and the same role pasted twice stays one.
 */
import { squash } from '../../fields.ts';
import { looksLikeLocation } from './location.ts';
import { headingTitle, namesRole } from './markdown-headings.ts';
import { COUNTED_LABEL } from './offer-language.ts';
import { readsAsOffer, sectionLabelKind, titleNamesRole } from './posting-evidence.ts';
import type { SplitText, TextSection } from './text-sections.ts';

/** Longest line read as a label ("Zakres obowiązków:"): a longer one is text. */
const MAX_LABEL_LINE = 64;
/** Most lines in a head block, and the longest of them: an advert's head is short. */
const MAX_HEAD_LINES = 6;
const MAX_HEAD_LINE = 150;
/** Least text of a run of its own: a mention is not an advert. */
const MIN_RUN_CHARS = 120;
/** Most adverts read this way: a longer list is a board, read by the readers of lists. */
const MAX_RUNS = 12;
/** A bullet, bold or heading mark before a label, and a colon or bold mark after it. */
const LABEL_MARKS = /^\s*(?:[-*+•]\s+)?(?:#{1,6}\s+)?(?:\*\*|__)?|(?:\*\*|__)?\s*[:：]?\s*(?:\*\*|__)?\s*$/g;
const LIST_ITEM = /^\s*(?:[-*+•]|\d{1,2}[.)])\s+/;

interface Label {
  readonly at: number;
  readonly kind: number;
}

/** The kind of offer section a line heads, when the line is a label and nothing else. */
function labelKind(line: string): number | null {
  if (line.length > MAX_LABEL_LINE) return null;
  const trimmed = line.trim();
  // Cheap first: a label ends with a colon, or is a heading or a bold line.
  const marked =
    /[:：](?:\*\*|__)?$/.test(trimmed) ||
    trimmed.startsWith('#') ||
    /^(?:\*\*|__).*(?:\*\*|__)$/.test(trimmed);
  if (!marked) return null;
  return sectionLabelKind(trimmed.replace(LABEL_MARKS, ''));
}

/** The lines of the head block just before line `at`: the nearest non-blank lines, list items aside. */
function headBlock(lines: readonly string[], at: number, floor: number): [number, number] | null {
  let end = at;
  while (end > floor && (lines[end - 1] ?? '').trim() === '') end--;
  let start = end;
  while (
    start > floor &&
    end - start < MAX_HEAD_LINES &&
    (lines[start - 1] ?? '').trim() !== '' &&
    !LIST_ITEM.test(lines[start - 1] ?? '') &&
    labelKind(lines[start - 1] ?? '') === null
  )
    start--;
  return start < end ? [start, end] : null;
}

interface HeadTitle {
  readonly title: string;
  /** The head's line that names it, and whether a counter stands before the name ("Vaga 2 - "). */
  readonly at: number;
  readonly counted: boolean;
}

/** The job's name in a head block: its first line that names a role. */
function headTitle(lines: readonly string[], [from, to]: [number, number]): HeadTitle | null {
  for (let at = from; at < to; at++) {
    const line = lines[at] ?? '';
    if (line.length > MAX_HEAD_LINE) return null;
    const plain = squash(headingTitle(line.replace(/^\s*(?:#{1,6}\s+)?(?:\*\*|__)?/, '')));
    const text = plain
      .replace(COUNTED_LABEL, '')
      .replace(/(?:\*\*|__)$/, '')
      .trim();
    if (text && titleNamesRole(text)) return { title: text, at, counted: text.length < plain.length };
  }
  return null;
}

/** A field separator of a head line: "Banco ABC - Remoto", "Universität X – Fakultät Y", "Acme | Berlin". */
const FIELD_SEPARATOR = /\s+[-–—|·]\s+/;
const EMPLOYER_FIELD = /^\p{Lu}[\p{L}\p{M}&.' ]{1,58}\p{L}\.?$/u;

/**
 * The employer a head block names beside the job's name: the first field of another of its lines
 * that is a name (capitalised, no figures) and neither a place nor a role.
 */
function headEmployer(
  lines: readonly string[],
  [from, to]: [number, number],
  titleAt: number,
): string | null {
  for (let at = from; at < to; at++) {
    if (at === titleAt) continue;
    const field = squash((lines[at] ?? '').replace(/\*\*|__/g, '').split(FIELD_SEPARATOR)[0] ?? '');
    if (
      EMPLOYER_FIELD.test(field) &&
      !looksLikeLocation(field) &&
      !namesRole(field) &&
      !titleNamesRole(field)
    )
      return field;
  }
  return null;
}

/**
 * The adverts of a text pasted one after another (see the module comment), or null when its labels
 * do not repeat as runs, each after a head naming a role of its own.
 */
export function labelledRuns(lines: readonly string[]): SplitText | null {
  const labels: Label[] = [];
  for (const [at, line] of lines.entries()) {
    const kind = labelKind(line);
    if (kind !== null) labels.push({ at, kind });
  }
  if (labels.length < 4) return null;
  // A run starts where the first label's kind comes again after other labels.
  const first = labels[0]?.kind;
  const starts = labels.filter(
    (label, i) => label.kind === first && (i === 0 || labels[i - 1]?.kind !== first),
  );
  if (starts.length < 2 || starts.length > MAX_RUNS) return null;
  const sections: TextSection[] = [];
  const heads: number[] = [];
  const named: HeadTitle[] = [];
  let floor = 0;
  for (const [i, start] of starts.entries()) {
    const next = starts[i + 1]?.at ?? lines.length;
    const kinds = new Set(
      labels.filter((label) => label.at >= start.at && label.at < next).map((l) => l.kind),
    );
    if (kinds.size < 2) return null;
    // The head is the nearest block above the labels, or one or two above it where a paragraph
    // of description stands between the job's name and its first label.
    let head = headBlock(lines, start.at, floor);
    let title = head ? headTitle(lines, head) : null;
    for (let tries = 0; head && !title && tries < 2; tries++) {
      head = headBlock(lines, head[0], floor);
      title = head ? headTitle(lines, head) : null;
    }
    if (!head || !title) return null;
    heads.push(head[0]);
    named.push(title);
    sections.push({ lines: [], title: title.title, company: headEmployer(lines, head, title.at), url: null });
    floor = start.at + 1;
  }
  const titles = new Set(sections.map((section) => section.title?.toLowerCase()));
  if (titles.size !== sections.length) return null;
  const out: TextSection[] = [];
  for (const [i, section] of sections.entries()) {
    const from = heads[i] ?? 0;
    // The next advert's head ends this one (its last run's text runs up to it).
    const to = heads[i + 1] ?? lines.length;
    // A counter before the job's name numbers the adverts; it names no employer of the job.
    const head = named[i];
    const own = lines
      .slice(from, to)
      .map((line, at) => (head?.counted && from + at === head.at ? head.title : line));
    const text = own.join('\n');
    if (squash(text).length < MIN_RUN_CHARS || !readsAsOffer(text)) return null;
    out.push({ ...section, lines: own });
  }
  return { intro: lines.slice(0, heads[0] ?? 0), sections: out };
}
