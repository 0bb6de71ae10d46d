/**
 * Which line of a text posting is the job's name. Documents open with all sorts of lines before
 * it (a site name, "Job Description", "Department: Technology", a requisition number, a date,
 * "This position is no longer available"); a person skips them and reads, in this order:
 * a labelled title ("Position Title: …", "Job title" over its value), the first short line that
 * names a role, a heading, and failing all of those the role a sentence names ("seeks a
 * Director of Information Technology to …").
 */
import { squash } from '../../fields.ts';
import type { FieldSource } from '../provenance.ts';
import { readHeaderLine } from './header-line.ts';
import { ROLE_FRAME } from './offer-language.ts';
import {
  gendered,
  hiredRole,
  holdsSentenceEnd,
  keepsQualifier,
  QUALIFIER,
  roleWithUnit,
  splitAfterMark,
  tableRowAsLabel,
} from './title-evidence.ts';
import { CJK_ROLE_WORD, CYRILLIC_ROLE_WORD, ROLE_WORD } from './title-split.ts';

export interface TitlePick {
  /** The employer and the place a header line of fields gives beside the role ("Acme | Engineer | Berlin"). */
  readonly company?: string | null;
  readonly location?: string | null;
  readonly title: string;
  /** Index of the line the title was read from. */
  readonly line: number;
  readonly from: FieldSource;
  /** The title was read out of a longer line (a sentence, a line of labels): the line stays text. */
  readonly partOfLine?: boolean;
}

/** How far down a labelled title or a role line is looked for (non-empty lines). */
const HEAD_LINES = 40;
/** How far down a role line is taken without a label: past this it is body text. */
const ROLE_LINES = 25;
const MAX_TITLE_CHARS = 150;
/** Characters of prose read for a role a sentence names. */
const PROSE_CHARS = 6_000;

/** "5. POSITION TITLE:", "Job Title:", "Designation :": labels whose value is the job's name. */
const TITLE_LABEL =
  /^\s*(?:\d{1,2}[.)]\s*)?(job[ _-]?title|position[ _-]?title|title of (?:the )?(?:position|post|role)|vacancy[ _-]?title|post[ _-]?title|role[ _-]?title|(?:job|position|post)[ _-]?designation|job[ _-]?name|title|designation|position|role|post|vacancy|job)\s*:\s*(.*)$/i;
/** Labels that only sometimes name the job ("Position: Full-time"): their value must name a role. */
const LOOSE_LABEL = /^(?:designation|position|role|post|vacancy|job)$/i;
/** A label standing on its own line over its value ("Job title" / "Project Manager (II)"). */
const TITLE_LABEL_ALONE = /^\s*(?:job|position|post|vacancy|role)[ _-]?title\s*:?\s*$/i;

/** A labelled title inside a long line, up to the next "Label:" or the line's end. */
const INLINE_TITLE_LABEL = /\b(?:job|position|post|vacancy|role)\s+title\s*:\s*/i;
/** The value after it: up to a "Reports to:"-style label (a capital, then lower-case words). */
const INLINE_TITLE_VALUE = /^(\S.{1,149}?)(?=\s+[A-Z][a-z]+(?:\s+[a-z]+){0,2}\s*:|\s*$)/;

function inlineTitle(text: string): string | null {
  const label = INLINE_TITLE_LABEL.exec(text);
  if (!label) return null;
  return INLINE_TITLE_VALUE.exec(text.slice(label.index + label[0].length, label.index + 400))?.[1] ?? null;
}
/** Any "Label: value" line: metadata, not the job's name. */
const LABEL_LINE = /^\s*[\p{L}][\p{L}\d /&().'#-]{0,40}?\s*:\s*\S/u;
/** Lines that head a section or describe the page, never the job. */
const SECTION_LINE =
  /^(?:job|position|role|vacancy|post)?\s*(?:description|summary|overview|details|profile|information|specification|advert|posting|announcement)s?$|^(?:about(?: (?:us|the (?:role|job|position|company|team|organi[sz]ation)))?|duties|responsibilities|requirements|qualifications|benefits|how to apply|apply now|apply|share|print|back|home|menu|careers?|jobs?|vacancies|employer|location|salary|department|closing date|deadline)\b/i;
/** Requisition numbers, dates, money and other lines a title never is. */
const CODE_LINE =
  /^(?:req(?:uisition)?|ref(?:erence)?|job|vacancy|position|announcement|solicitation)\s*(?:no\.?|number|#|id)\b|\b(?:19|20)\d\d\b.*\b(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:mon|tue|wed|thu|fri|sat|sun)\w*,|^\W*\d[\d\s/.:-]*$|[$£€¥₹]\s?\d|https?:\/\//i;
/** Page chrome at a title's end: "… Job in Atlanta, GA", "… Job", "… Vacancy". */
const TITLE_CHROME = /\s+(?:job|vacancy|opening)(?:\s+(?:in|at)\s+.{1,60})?$/i;
/**
 * A head-count in brackets after the title, as Japanese and Korean write it: "Kubernetesエンジニア
 * （1名）", "（業務委託1名）", "(2명)": how many are hired, no part of the job's name. ("IT Support
 * Technician (2 positions)" keeps its note: the English titles' readers decide on it.)
 */
const HEAD_COUNT = /\s*[(（][^()（）\d]{0,12}?\d{1,3}\s*(?:名|명|人)\s*[)）]\s*$/u;
/** Emoji and symbols a page sets before a line as its bullet: "(emoji) Role: …", "(pin) Location: …". */
const LEADING_SYMBOLS = /^(?:[\p{Extended_Pictographic}\p{So}\s]|\uFE0F|\u200D)+/u;
/** A reference number after a title: ", Ref No. 01/26/10", " - Ref: ABC/12". */
const REFERENCE_AFTER = /\s*[,;–—-]\s*ref(?:erence)?\.?\s*(?:no\.?|number|#)?\s*:?\s*[\w/.-]*\d[\w/.-]*\s*$/i;
/** Tags before the title: "[Hibrido / Barueri] Systems Support Manager". */
const LEADING_TAGS = /^(?:\[[^\]]{1,60}\]\s*)+/;

/** "ROLE 1:", "Position #2 -", "3)": how a list of openings numbers them. */
export const OPENING_NUMBER =
  /^\s*(?:(?:role|position|job|opening|vacancy)\s*(?:#\s*)?\d+\s*[:.)–—-]|#?\d{1,2}[.)]|#\d{1,2}\b)\s*/i;

const BULLET_LINE = /^\s*(?:[-*•·▪◦●–]|\d{1,2}[.)])\s+\S/;

/**
 * The attribute list Pandoc, kramdown and Hugo let a heading end with: "{#careers}",
 * "{: .lead}", "{ class="section-header my-4" }". It is markup, no part of the heading's text.
 */
const ATTRIBUTE_LIST = /\s*\{:?(?:\s*(?:[#.][\w-]+|[\w-]+=(?:"[^"]*"|'[^']*'|[^\s"'}]+)))+\s*\}\s*$/;

export function withoutAttributes(text: string): string {
  return text.endsWith('}') ? text.replace(ATTRIBUTE_LIST, '') : text;
}

/** A Markdown heading that opens with a link: its words, not its address, are what a reader sees. */
const HEADING_LINK = /^(\s*#{1,6}\s+)\[([^\]]{1,200})\]\([^)\s]{0,2048}\)/;

/** A line as a person reads it: no Markdown heading marks, emphasis or leading tags. */
export function plainLine(line: string): string {
  return squash(
    line
      .slice(0, 1_000)
      // A heading that is a link ("# [Golang Team Leader](https://…)") reads as the link's words.
      .replace(HEADING_LINK, '$1$2')
      .replace(/^\s*(?:#{1,6}\s+|>\s*)/, '')
      .replace(ATTRIBUTE_LIST, '')
      .replace(OPENING_NUMBER, '')
      .replace(/^\s*(?:\*\*|__)(.*?)(?:\*\*|__)\s*$/, '$1')
      .replace(/^\s*\*\*|\*\*\s*$/g, ''),
  );
}

/**
 * Marks a page draws around a title, not part of its words: a bullet before it ("●サーバーエンジニア",
 * "■ 営業"), an accordion's open/close mark after it ("Python开发工程师<span>+</span>", "Android ▼").
 * A "+" after a Latin letter or another "+" is a name's own ("C++", "Notepad++").
 */
const LEADING_MARK = /^[●○◆◇■□▶▷►▸•・※★☆◎]\s*/u;
const TRAILING_MARK = /(?:\s+[+＋▼▾▲▴›»]|(?<![\p{Script=Latin}\d+])[+＋▼▾▲▴])\s*$/u;

/** Longest text read for a role frame: a heading, never a paragraph. */
const MAX_FRAMED = 200;

/** A title without tags before it and page chrome after it. */
export function cleanTitle(text: string): string {
  // "Jako Tech Lead będziesz:", "As a Data Engineer you will": the name the frame holds.
  const framed = text.length <= MAX_FRAMED ? ROLE_FRAME.exec(squash(text).replace(/[:：]$/, '')) : null;
  if (framed?.[1]) return cleanTitle(framed[1]);
  const t = squash(
    text
      .replace(LEADING_TAGS, '')
      .replace(TITLE_CHROME, '')
      .replace(HEAD_COUNT, '')
      .trim()
      .replace(LEADING_MARK, '')
      .replace(TRAILING_MARK, ''),
  );
  return t === '' ? squash(text) : t;
}

/** Bars between a job's name and the notes after it. */
const BAR = /\s+[|¦]\s+/;

/**
 * "Senior Software Developer | Backend | Remotly": a job's name before the bars that add its team
 * or workplace (short parts naming no role); a title whose other parts name a role stays whole.
 */
export function nameBeforeBars(title: string): string {
  if (!BAR.test(title)) return title;
  const [first = '', ...rest] = title.split(BAR);
  if (!isRoleLine(first)) return title;
  const notes = rest.every((part) => part.split(/\s+/).length <= 3 && !isRoleLine(part));
  return notes ? first : title;
}

function isSentence(text: string): boolean {
  // (A sentence run into the next one, "… website.About the Director Position:", is one too.)
  return /[.!?;,]$/.test(text) || text.split(' ').length > 14 || holdsSentenceEnd(text);
}

/** A page's navigation over the posting: "<< Back", "« Back to jobs", "← All openings". */
const NAVIGATION_LINE = /^(?:<{2,}|[«‹←]+)\s*\S.{0,40}$/;

/** Whether a line is metadata a person skips: a label, a section name, a code, a date, an amount, navigation. */
export function isMetadataLine(text: string): boolean {
  return (
    LABEL_LINE.test(text) || SECTION_LINE.test(text) || CODE_LINE.test(text) || NAVIGATION_LINE.test(text)
  );
}

/** A short line that names a role, and nothing else. */
export function isRoleLine(text: string): boolean {
  return (
    text.length >= 2 &&
    text.length <= MAX_TITLE_CHARS &&
    !isSentence(text) &&
    !isMetadataLine(text) &&
    (ROLE_WORD.test(text) || CJK_ROLE_WORD.test(text) || CYRILLIC_ROLE_WORD.test(text))
  );
}

/** "Project Manager ¦ Islington ¦ £23.82ph": the part that names the role. */
function rolePart(text: string): string {
  const parts = text.split(/\s+[|¦•·]\s+/);
  if (parts.length < 2) return text;
  return parts.find((part) => ROLE_WORD.test(part)) ?? text;
}

function labelledTitle(text: string): string | null {
  const match = TITLE_LABEL.exec(text);
  if (!match) return null;
  const value = beforeInlineLabel(squash(match[2] ?? ''));
  if (value === '' || value.length > MAX_TITLE_CHARS) return null;
  if (LOOSE_LABEL.test(match[1] ?? '') && !ROLE_WORD.test(value)) return null;
  return value;
}

/**
 * Capitalised words ending in a role word, as a sentence names the job it is about: "seeks a
 * Director of Information Technology to", "The Senior System Engineer role", "As an I&IT
 * Project Manager". Bounded and linear: each word is matched once.
 */
const NAMED_ROLE =
  /\b(?:[Ss]eeks?|[Ss]eeking|[Hh]iring|[Rr]ecruiting|[Ll]ooking for|for|[Aa]s|[Tt]he|is|be our|[Aa]n?)\s+((?:(?:[A-Z][\w&/.'-]*|of|and|&|for|the)\s+){0,6}(?:[A-Z][\w&/.'-]*))/g;

/** Words before a role that make it someone else's: "reports to the Chief Operating Officer". */
const OTHER_ROLE =
  /(?:reports?|reporting|report|direction of|supervision of|under|with|by|from|to)\s+(?:the\s+|our\s+|a\s+)?$/i;

function acronym(phrase: string): string {
  return phrase
    .split(' ')
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('');
}

/** The role a text's sentences keep naming ("The primary role of IT Administrators is …"), or null. */
export function roleInProse(lines: readonly string[], start = 0): TitlePick | null {
  const counts = new Map<string, { count: number; line: number; qualifier: string }>();
  let chars = 0;
  for (const [index, line] of lines.entries()) {
    if (chars > PROSE_CHARS) break;
    chars += line.length;
    if (LABEL_LINE.test(line) && line.length < 120) continue;
    const text = line.slice(0, 2_000);
    for (const match of text.matchAll(NAMED_ROLE)) {
      // "Director of Information Technology to design": trailing lower-case words are not in it;
      // "As the Project Director": nor are leading ones.
      const phrase = (match[1] ?? '')
        .replace(/[.,'-]+$/, '')
        .replace(/(?:\s+(?:of|and|&|for|the))+$/, '')
        .replace(/^(?:(?:of|and|&|for|the)\s+)+/, '');
      const words = phrase.split(' ');
      if (!ROLE_WORD.test(phrase) || words.length > 7) continue;
      const cueEnd = (match.index ?? 0) + match[0].length - (match[1] ?? '').length;
      if (OTHER_ROLE.test(text.slice(Math.max(0, cueEnd - 30), cueEnd))) continue;
      const seen = counts.get(phrase);
      // "Manager (IT)", "Chief Information Officer (CIO/Director II)": the unit or class in
      // brackets after the name, the first time the text gives one, is part of it.
      const after = QUALIFIER.exec(text.slice((match.index ?? 0) + match[0].length));
      const qualifier =
        seen?.qualifier ||
        (after && keepsQualifier(phrase, after[1] ?? '') ? ` (${squash(after[1] ?? '')})` : '');
      counts.set(phrase, { count: (seen?.count ?? 0) + 1, line: seen?.line ?? start + index, qualifier });
    }
  }
  // "Chief Information Officer" and "CIO" are one role: the acronym's mentions count for the name.
  for (const [phrase, entry] of counts) {
    const short = counts.get(acronym(phrase));
    if (phrase.includes(' ') && short && acronym(phrase).length >= 2) {
      entry.count += short.count;
      counts.delete(acronym(phrase));
    }
  }
  let best: { phrase: string; count: number; line: number; qualifier: string } | null = null;
  for (const [phrase, { count, line, qualifier }] of counts) {
    // The role the text keeps naming; a longer name of it wins a tie ("Chief Information Officer" over "CIO").
    if (!best || count > best.count || (count === best.count && phrase.length > best.phrase.length))
      best = { phrase, count, line, qualifier };
  }
  return best
    ? { title: best.phrase + best.qualifier, line: best.line, from: 'inferred', partOfLine: true }
    : null;
}

/**
 * The job's name in a text posting's lines, from `start`; null when no line can be it (the
 * caller then falls back to its first line, cut short).
 */
export function pickTitleLine(lines: readonly string[], start = 0): TitlePick | null {
  const head: { text: string; index: number }[] = [];
  for (let i = start; i < lines.length && head.length < HEAD_LINES; i++) {
    const text = plainLine(lines[i] ?? '');
    if (text !== '') head.push({ text, index: i });
  }
  for (const [n, { text, index }] of head.entries()) {
    // A document with no line breaks: "… Position Title: IT SERVICE DESK ANALYST Reports to: …".
    const inline = text.length > 300 ? inlineTitle(text.slice(0, PROSE_CHARS)) : null;
    if (inline) return { title: cleanTitle(inline), line: index, from: 'label', partOfLine: true };
    // ("| Job Title: | Deputy Director: ICT |": a table row labels it as a line does.)
    // ("<emoji> Role: Manager (IT)": an emoji before a label is the page's bullet.)
    const labelled = labelledTitle(tableRowAsLabel(text) ?? text.replace(LEADING_SYMBOLS, ''));
    if (labelled) return { title: cleanTitle(labelled), line: index, from: 'label' };
    const next = head[n + 1];
    if (
      TITLE_LABEL_ALONE.test(text) &&
      next &&
      !isMetadataLine(next.text) &&
      next.text.length <= MAX_TITLE_CHARS
    )
      return { title: cleanTitle(next.text), line: next.index, from: 'label' };
  }
  for (const { text, index } of head.slice(0, ROLE_LINES)) {
    // A bulleted line is an item of a list (a duty, a requirement), never the job's name.
    if (BULLET_LINE.test(lines[index] ?? '')) continue;
    // "Acme | Engineering Manager | Berlin": the field that names the role, the employer beside it.
    const header = readHeaderLine(cleanTitle(text));
    const role = header?.roles[0];
    if (header && role && isRoleLine(cleanTitle(role)))
      return {
        title: cleanTitle(role),
        line: index,
        from: 'inferred',
        company: header.employer,
        location: header.place,
      };
    const cleaned = cleanTitle(rolePart(beforeInlineLabel(cleanTitle(text))));
    const heading = /^\s*#{1,6}\s/.test(lines[index] ?? '');
    if (isRoleLine(cleaned)) return { title: cleaned, line: index, from: heading ? 'heading' : 'inferred' };
    // "Assistant Director: Information Communication Technology (ict)": a role and its unit.
    // (A reference number after it is the post's code, no part of its name: ", Ref No. 01/26/10".)
    const unitTitle = cleaned.replace(REFERENCE_AFTER, '');
    if (roleWithUnit(unitTitle, ROLE_WORD) && !isSentence(unitTitle))
      return { title: unitTitle, line: index, from: heading ? 'heading' : 'inferred' };
    // "<Employer> recrute un.e <role> (h/f) / Cand. avant …": the role the employer's sentence hires.
    const hired = hiredRole(text);
    if (hired && (isRoleLine(hired.title) || gendered(hired.title)))
      return {
        title: cleanTitle(hired.title),
        line: index,
        from: 'inferred',
        company: hired.company,
        partOfLine: true,
      };
    // A gender mark or an inclusive ending ("Chargé de projet H/F", "Projektmanager/-in") marks a
    // job's name in words the role list does not know.
    // ("Systemadministrator:in" is a gendered name, no "Label: value" line.)
    const unlabelled = cleaned.replace(/(\p{Ll}):(in(?:nen)?)(?![\p{L}])/gu, '$1$2');
    if (
      gendered(cleaned) &&
      !isSentence(cleaned) &&
      !isMetadataLine(unlabelled) &&
      cleaned.length <= MAX_TITLE_CHARS
    ) {
      const { title, rest } = splitAfterMark(cleaned);
      return { title, line: index, from: heading ? 'heading' : 'inferred', company: rest };
    }
  }
  // A short first line that is not metadata: a title in words the role list does not know.
  // (Under the page's navigation too: "<< Back" over "servicedesk medewerker".)
  const first = head.find(({ text }) => !isMetadataLine(text));
  const opening = head.find(({ text }) => !NAVIGATION_LINE.test(text));
  if (first && first === opening && !isSentence(first.text) && first.text.length <= 100) {
    const heading = /^\s*#{1,6}\s/.test(lines[first.index] ?? '');
    return { title: cleanTitle(first.text), line: first.index, from: heading ? 'heading' : 'inferred' };
  }
  return roleInProse(lines.slice(start, start + HEAD_LINES * 4), start);
}

/** "IT Infrastructure Manager Job Category: Infrastructure": the line before a label inside it. */
export function beforeInlineLabel(text: string): string {
  // ("Deputy Director: Information and Communication Technology": a role word before the colon
  // heads the role's unit, no label.)
  const label = /\s+((?:[A-Z][a-z]+\s+)?[A-Z][a-z]+)\s*:\s.*$/.exec(text);
  if (!label || ROLE_WORD.test((label[1] ?? '').split(/\s+/).pop() ?? '')) return text;
  const cut = text.slice(0, label.index);
  return cut !== text && cut.trim() !== '' ? cut : text;
}

/** "Analista de Infraestrutura na [DISYS]": a bracketed employer after a preposition. */
const BRACKETED_EMPLOYER = /^(.*\S)\s+\p{L}{1,4}\s+\[([^\]]{2,60})\]$/u;

/** A title and the employer it names in brackets after it, if it does. */
export function splitBracketedEmployer(title: string): { title: string; company: string | null } {
  const match = BRACKETED_EMPLOYER.exec(title);
  return match
    ? { title: squash(match[1] ?? ''), company: squash(match[2] ?? '') }
    : { title, company: null };
}

/** A Markdown heading line, with or without the space after its "#" ("#Product Lead"). */
const MARKDOWN_HEADING = /^[ \t]{0,3}#{1,6}[ \t]*([^#\s][^\n]{1,200}?)[ \t]*#*[ \t]*$/gm;

/**
 * A Markdown heading of a text body that a longer document title ends with: "EPA Innovation
 * Fellow - Cloud Architect/Infrastructure Engineer" over "#Cloud Architect/Infrastructure
 * Engineer" is the job's name with its programme in front; the heading is the title as the
 * posting writes it. Null when no heading of the first 20 is such an ending.
 */
export function markdownHeadingEnding(body: string, documentTitle: string): string | null {
  const title = squash(documentTitle);
  let n = 0;
  for (const match of body.slice(0, 65_536).matchAll(MARKDOWN_HEADING)) {
    if (++n > 20) break;
    const text = squash((match[1] ?? '').replace(/\*{1,2}|_{2}/g, ''));
    if (text.length >= 3 && text.length < title.length && title.endsWith(text)) {
      // The part before it ends in a separator: "Fellow - Product Lead", not "Senior Product Lead".
      if (/(?:\s[-–—|:]|:)\s*$/.test(title.slice(0, title.length - text.length))) return text;
    }
  }
  return null;
}
