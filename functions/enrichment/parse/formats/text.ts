/**
 * A plain-text posting: the first line is the title; a short second line such as
 * "Company - Location" or "Company | City, ST (on-site 3 days)" gives the company and place;
 * "Label: value" lines near the top fill in the rest; everything else is the description.
 */

import { normalizeEmploymentType, squash, toIsoDate } from '../../fields.ts';
import { holdsPay } from '../../pay/index.ts';
import type { FieldSource, Provenance, RawPosting } from '../../types.ts';
import { NotAPostingError } from '../../types.ts';
import { pickSource, type Sourced } from '../provenance.ts';
import { textEmployer } from './employer-evidence.ts';
import { isEmployerLabel, isLocationLabel } from './employer-labels.ts';
import { headerFields, readHeaderLine } from './header-line.ts';
import { readLabelledPosts } from './labelled-posts.ts';
import { assertPostingCount } from './limits.ts';
import { buildLocation, looksLikeLocation, remoteFromText } from './location.ts';
import { OPENINGS_CUE } from './markdown-headings.ts';
import { markupText } from './markup.ts';
import { announcesPost, type NoticeReading, readNotice } from './notice-posts.ts';
import { NO_OPENINGS } from './offer-language.ts';
import { isDatedLine } from './page-owner.ts';
import { readPostTable } from './post-table.ts';
import { buildRawPosting, type ParseContext } from './posting.ts';
import { refuseUnlessOffer } from './posting-evidence.ts';
import { headerNamesRoles } from './role-list.ts';
import { namesRole, shownText, splitTextSections } from './text-sections.ts';
import {
  beforeInlineLabel,
  isMetadataLine,
  OPENING_NUMBER,
  pickTitleLine,
  plainLine,
  splitBracketedEmployer,
  type TitlePick,
  withoutAttributes,
} from './title-line.ts';
import { appendsEmployer, createTitleSplitter, dashedEmployer, ROLE_WORD } from './title-split.ts';

const HEADER_LINES = 12;
/** A Markdown or plain-text list item. */
const LIST_ITEM = /^\s*(?:[-*+•]|\d{1,2}[.)])\s+\S/;
const LABELS: readonly [RegExp, 'title' | 'company' | 'location' | 'type' | 'posted' | 'arrangement'][] = [
  [/^(?:job )?title|position|role$/i, 'title'],
  [/^(?:hiring )?(?:company|employer|organi[sz]ation|client|agency)(?: name)?$/i, 'company'],
  // The place's labels in every language are employer-labels.ts's (isLocationLabel, read first); a
  // text's "Office:" line is its place too.
  [/^office$/i, 'location'],
  [/^(?:(?:employment|job|contract) type|employment|schedule)$/i, 'type'],
  [/^(?:(?:date )?posted|published)$/i, 'posted'],
  [/^(?:workplace(?: type)?|work arrangement|remote)$/i, 'arrangement'],
];
/** "Location: Leeds", "公司：Baton", "Unternehmen: isento GmbH": a short label, a colon, its value. */
const LABEL_LINE = /^\s*(\p{L}[\p{L} ]{1,24}?)\s*[:：]\s*(\S.{0,150})$/u;
const ARRANGEMENT_WORDS = /\b(?:fully |100% )?(?:remote|hybrid|on-?site|in[- ]office|in[- ]person)\b/gi;
const ROLE_HINT =
  /\b(manager|director|head|lead|engineer|officer|chief|vp|administrator|analyst|specialist)\b/i;

/** Longest first line read as a title: no title is longer, and the patterns below stay cheap. */
const MAX_TITLE_LINE = 500;

function cleanTitleLine(line: string): string {
  return squash(
    withoutAttributes(line.slice(0, MAX_TITLE_LINE))
      .replace(OPENING_NUMBER, '')
      .replace(/^\s*(?:#{1,6}\s+|\*{1,2}|title\s*:\s*|job title\s*:\s*)/i, '')
      .replace(/\*{1,2}$/, ''),
  );
}

/** A line of five or more =, -, *, _ or ~: what a list of openings puts between them. */
const SEPARATOR_LINE = /^\s*(?:[=*_~-]\s*){5,}$/;
const OPENING_ROLE =
  /\b(?:manager|director|head|lead|engineer|officer|chief|vp|administrator|analyst|specialist|developer|architect|technician|supervisor|consultant|coordinator|scientist|programmer|designer|executive|cio|cto|ciso)\b/i;
const OPENING_LABEL = /^\s*(?:client|company|employer|location|based in|salary|comp|rate|pay)\s*:/i;

/**
 * An agency's list of openings split at its separator lines: the parts that open like a posting
 * (a short role line that is numbered, or followed by a company line or a "Client:" label).
 * Null unless two parts do: a single posting may use separators between its own sections.
 */
function splitOpenings(lines: readonly string[]): string[][] | null {
  if (!lines.some((line) => SEPARATOR_LINE.test(line))) return null;
  const parts: string[][] = [[]];
  for (const line of lines) {
    if (SEPARATOR_LINE.test(line)) parts.push([]);
    else parts[parts.length - 1]?.push(line);
  }
  const openings = parts.filter((part) => {
    const content = part.filter((line) => line.trim() !== '');
    const first = content[0] ?? '';
    const title = cleanTitleLine(first);
    if (title.length > 100 || /[.!?]$/.test(title) || !OPENING_ROLE.test(title)) return false;
    const second = content[1] ?? '';
    // A numbered role line or a "Client:" label under it: a company-looking line alone is not
    // enough ("Your Line Manager" / "Sarah Jones, our CIO" is a section of one posting).
    return OPENING_NUMBER.test(first) || OPENING_LABEL.test(second);
  });
  return openings.length >= 2 ? openings : null;
}

/** The lower-case words a name may hold between its capitalised ones, in the readers' languages. */
const NAME_JOINER =
  /^(?:of|for|and|the|on|in|at|by|de|del|della|di|da|do|dos|das|du|des|la|le|les|los|las|el|y|e|et|i|und|für|der|van|von|voor|het|en|och|og|&|an|zu|zum|zur|am|im|s\.?a\.?|gmbh|ltd|inc|llc|plc|co|e\.?v\.?|ag)\.?$/i;

interface Header {
  company: string | null;
  location: string | null;
  arrangement: string | null;
}

/** "Harborview Veterinary Partners - Remote (US)" → company and place; null when the line is prose. */
function readCompanyLine(line: string): Header | null {
  const text = squash(line);
  // "#### San Francisco, CA" under a Markdown title: a place in a heading is the place, never a name.
  const heading = /^#{1,6}[ \t]+(.+)$/.exec(text)?.[1];
  if (heading !== undefined && looksLikeLocation(heading))
    return { company: null, location: heading, arrangement: null };
  // Any other heading is a section's or the role's ("### Senior Drupal - PHP ontwikkelaar"), not a name.
  if (heading !== undefined) return null;
  if (text.length === 0 || text.length > 120 || /[.!?:;]$/.test(text) || /^[a-z]/.test(text)) return null;
  // "Listed on 2026-02-28" under a board item's title: when it was listed, never who lists it.
  if (LABEL_LINE.test(text) || isMetadataLine(text) || isDatedLine(text)) return null;
  const parts = text.split(/\s+[|·•]\s+|\s*[·•]\s*|\s+[-–—]\s+/).filter((p) => p !== '');
  if (parts.length === 1) {
    if (looksLikeLocation(text)) return { company: null, location: text, arrangement: null };
    // "Contoso, Seattle, WA": a company, then a place, split by the first comma.
    const comma = text.indexOf(',');
    // ("San Francisco, CA" is read whole above; a place before the comma is never a company.)
    if (
      comma > 0 &&
      looksLikeLocation(squash(text.slice(comma + 1))) &&
      !looksLikeLocation(text.slice(0, comma))
    ) {
      return {
        company: text.slice(0, comma).trim(),
        location: squash(text.slice(comma + 1)),
        arrangement: null,
      };
    }
    // "DocNetwork (Ann Arbor, Michigan)": a name, then its place in brackets.
    const bracket = /^(.+?)\s*\(([^()]{2,60})\)$/.exec(text);
    if (bracket?.[1] && bracket[2] && looksLikeLocation(bracket[2]) && !looksLikeLocation(bracket[1]))
      return { company: bracket[1], location: bracket[2], arrangement: null };
    const words = text.split(' ');
    // "Condiciones Personal a honorarios" under a call's title: a name writes its words in
    // capitals, its joiners aside ("Bank of America", "Ministerio de Salud"); a phrase does not.
    const phrase = words.slice(1).some((w) => /^\p{Ll}/u.test(w) && !NAME_JOINER.test(w));
    return words.length <= 6 && !phrase && !ROLE_HINT.test(text) && /^[A-Z0-9]/.test(text)
      ? { company: text, location: null, arrangement: null }
      : null;
  }
  if (parts.length > 4) return null;
  const header: Header = { company: null, location: null, arrangement: null };
  for (const [index, part] of parts.entries()) {
    const place = squash(part.replace(/\([^)]*\)/g, ''));
    const arrangement = remoteFromText(part);
    if (index === 0 && arrangement === null && !looksLikeLocation(place)) {
      // "Software Developer/Web Developer | NewsNow.co.uk | London": roles first are no name.
      if (!part.split(/\s*(?:\/|,|;|\s&\s)\s*/).every((name) => namesRole(name))) header.company = part;
      continue;
    }
    if (arrangement !== null) header.arrangement ??= part;
    const where = squash(part.replace(ARRANGEMENT_WORDS, '').replace(/[()[\],-]/g, ' '));
    if (looksLikeLocation(place) && where !== '') header.location ??= part;
  }
  return header.company || header.location || header.arrangement ? header : null;
}

/** A line that is only HTML tags or comments (bounded: a line of text is not scanned twice). */
const MARKUP_ONLY = /^[ \t]*(?:<[!/]?[A-Za-z-][^<>]{0,2000}>[ \t]*)+$/;

/**
 * The posting in a plain-text document, or each opening of an agency's list of them; [] when it
 * has no line to take as the title.
 */
export function parseText(text: string, ctx: ParseContext, defaults: TextDefaults = {}): RawPosting[] {
  const decoded = decodePlainText(text);
  // A line of markup alone (a Markdown post's photo `<img …>`, a `<!-- credit -->`) is no text a
  // reader reads: blank, so it is never the title and paragraphs around it stay apart.
  const lines = decoded.split(/\r\n|\r|\n/).map((line) => (MARKUP_ONLY.test(line) ? '' : line));
  // The employer the document's own words name, for postings no field names one of.
  // Read once (a document of many sections that names no employer asks for it once per section).
  let employer: Sourced<string> | null | undefined;
  const documentEmployer = (urls: readonly string[] = []): Sourced<string> | null => {
    if (employer === undefined) employer = textEmployer(decoded, defaults.documentTitle ?? null, urls);
    return employer;
  };
  if (!ctx.declaredPosting) refuseNoOpenings(lines);
  // A call's table of posts ("CANTIDAD | CARGO | SIGLA"): one posting per row.
  const table = ctx.declaredPosting ? null : readPostTable(decoded);
  if (table) return noticePostings(table, lines, ctx, documentEmployer());
  // A notice or an article that announces posts in its sentences ("X is recruiting for a Y",
  // "vagas de A e de B", "The five jobs are:" over bullets): one posting per post, the body that
  // recruits as its employer. Read before the section readers (which take "A and B" for two
  // headings' roles) in plain prose; a text with headings of its own is left to them.
  const notice =
    ctx.declaredPosting || titledByRole(lines) || structured(decoded) ? null : readNotice(decoded);
  if (notice) return noticePostings(notice, lines, ctx, notice.employer ? null : documentEmployer());
  const openings = splitOpenings(lines);
  if (openings) {
    assertPostingCount(openings.length);
    return openings.flatMap((part) => parseOne(part, ctx, defaults));
  }
  const split = splitTextSections(
    lines,
    !namesOwnRole(lines, defaults.documentTitle ?? null),
    defaults.documentTitle ?? cleanTitleLine(lines.find((line) => line.trim() !== '') ?? ''),
  );
  // Posts one after the other, each a head over the same labelled fields ("POST 31/279 : ARTISAN"
  // over "SALARY :", "CENTRE :", "DUTIES :"): one posting per head, where the sections found fewer.
  const labelled = ctx.declaredPosting ? null : readLabelledPosts(decoded);
  if (labelled && labelled.posts.length > (split?.sections.length ?? 1))
    return noticePostings(labelled, lines, ctx, documentEmployer());
  if (!split) {
    const postings = parseOne(lines, ctx, defaults);
    // A text read as one posting with nothing declaring it one must show it is an offer; the
    // employer its words name is added after, so that a post naming its writer is not an offer.
    const offers = ctx.declaredPosting ? postings : postings.map(refuseUnlessOffer);
    return offers.map((p) => {
      const found = p.company ? null : documentEmployer();
      if (!found) return p;
      // "John Carroll University Faculty of Practice in Data Science": the employer the text names,
      // written before the role in the title line, is not part of the title.
      const rest = p.title.startsWith(`${found.value} `) ? p.title.slice(found.value.length + 1).trim() : '';
      const title = found.value.includes(' ') && ROLE_WORD.test(rest) ? rest : p.title;
      return { ...p, title, company: found.value, provenance: { ...p.provenance, company: found.from } };
    });
  }
  assertPostingCount(split.sections.length);
  // What the intro says (a "Location:" line, an employer) every posting shares; failing a label,
  // a first line such as "Acme | All positions are remote | https://acme.example" names it.
  const facts = introFacts(split.intro);
  const firstLine = split.intro.find((line) => line.trim() !== '') ?? '';
  const titles = split.sections.map((section) => section.title ?? '');
  const header = HEADER_FIELDS.test(firstLine)
    ? readCompanyLine(headerOwnFields(firstLine, titles))
    : { company: null, location: introPlace(split.intro), arrangement: null };
  const headed = header?.company && !OPENINGS_CUE.test(header.company) ? header.company : null;
  // A "Location" heading of the document is a label; the place in its header line ("Acme |
  // Berlin / Remote | Full-time") yields to a sentence saying every position is remote.
  const place = facts.location ?? split.shared?.location ?? null;
  const shared = {
    company: facts.company ?? headed ?? split.shared?.company ?? null,
    location:
      place ??
      (ALL_REMOTE.test(decoded.slice(0, 20_000)) || (!header?.location && remoteFromText(header?.arrangement))
        ? 'Remote'
        : (header?.location ?? null)),
    locationFrom: facts.location ? facts.locationFrom : place ? ('label' as const) : ('inferred' as const),
  };
  // A list whose titles all end in " - <a name>" appends each one's employer, as a feed does.
  const byDash = appendsEmployer(split.sections.map((section) => section.title ?? ''));
  const urls = split.sections.flatMap((section) => (section.url ? [section.url] : []));
  return split.sections.flatMap((section) => {
    const dashed = byDash && section.title ? dashedEmployer(section.title, false) : null;
    const named = section.company ?? dashed?.company ?? defaults.company ?? shared.company;
    const found = named ? null : documentEmployer(urls);
    return parseOne(section.lines, ctx, {
      company: named ?? found?.value ?? null,
      location: section.location ?? defaults.location ?? shared.location,
      provenance: {
        company: pickSource(
          [section.company, 'heading'],
          [dashed?.company, 'inferred'],
          [defaults.company, defaults.provenance?.company ?? 'inferred'],
          [shared.company, 'label'],
          [found?.value, found?.from],
        ),
        location: pickSource(
          [section.location, 'label'],
          [defaults.location, defaults.provenance?.location ?? 'inferred'],
          [shared.location, shared.locationFrom],
        ),
      },
      title: dashed?.title ?? section.title,
      url: section.url,
      record: section.record ?? false,
    });
  });
}

/**
 * A first line of fields: "Acme | Berlin | Full-time", "FlightAware - https://… - Houston, TX",
 * "Lob (YC S13) -- San Francisco, CA -- Full-time" (a line of text, not a heading or markup).
 */
const HEADER_FIELDS = /^[\p{L}\d.].*\S\s+(?:[|·•]|--?|[–—])\s+\S/u;

/** A header line's fields without its links and long notes in brackets (what the company is). */
function withoutHeaderLinks(line: string): string {
  return line
    .replace(/\s*\(\s*<?https?:\/\/[^)\s]+\s*\)/g, '')
    .replace(/\s*(?:[|·•]|--?|[–—])\s*<?https?:\/\/\S+/g, '')
    .replace(/\s*\([^)]{30,}\)/g, '')
    .replace(/\s--\s/g, ' - ');
}

/** Most fields of a header line read for its employer and place: the name, a place, an arrangement. */
const MAX_HEADER_FIELDS = 4;

/**
 * A header line's fields that say who hires and where, for the postings it heads: a field that
 * names the roles ("Senior Software Engineers, Senior Designers, and more!", "Backend,
 * Fullstack, or Android": the titles the split found in it) is theirs, not the employer's; past
 * four fields, only the name and those that are a place or an arrangement are kept.
 */
function headerOwnFields(line: string, titles: readonly string[]): string {
  const cleaned = withoutHeaderLinks(line);
  // A line of dashes ("Acme - Backend Engineer, Data Engineer - Denver, CO") is read at its fields too.
  const dashed = cleaned.includes('|') ? [] : headerFields(cleaned);
  if (!cleaned.includes('|') && dashed.length < 3) return cleaned;
  const text = dashed.length >= 3 ? dashed.join(' | ') : cleaned;
  // A link in a field ("ONSITE https://www.usds.gov/") is the employer's site, neither name nor place.
  const fields = text
    .split(/\s*\|\s*/)
    .map((field) => squash(field.replace(/<?https?:\/\/\S+>?/g, ' ')))
    .filter((field) => field !== '');
  const names = titles.map((title) => title.toLowerCase()).filter((title) => title.length >= 3);
  const own = fields.filter((field, k) => {
    const lower = field.toLowerCase();
    const parts = field.split(/\s*(?:,|;|\/|\s&\s|\s+and\s+|\s+or\s+)\s*/).filter((part) => part !== '');
    const named = names.some((name) => lower.includes(name));
    // The first field is the employer's unless it is the roles themselves ("Software Developer/Web
    // Developer | NewsNow.co.uk | London").
    if (k === 0) return !(named && parts.every((part) => namesRole(part)));
    return !named && !parts.some((part) => namesRole(part));
  });
  const kept =
    own.length > MAX_HEADER_FIELDS
      ? own.filter((field, k) => k === 0 || looksLikeLocation(field) || remoteFromText(field) !== null)
      : own;
  return kept.slice(0, MAX_HEADER_FIELDS).join(' | ');
}

/**
 * A first line that is only a place and notes on the work: "San Francisco, CA (full-time, H1B
 * welcome)", "Miami, FL. FULL-TIME, INTERN.": the place, else null.
 */
function placeLine(line: string): string | null {
  const text = squash(line.replace(/\s*\([^()]{0,120}\)/g, ' ')).replace(EMPLOYMENT_LEAD, '');
  if (text.length > 120) return null;
  const place = (text.split(/[.;]\s+|\s+(?:[|·•–—]|--?)\s+/)[0] ?? '').replace(/[.;,]$/, '');
  return looksLikeLocation(place) && remoteFromText(place) === null ? place : null;
}

/** "Fulltime in …", "Full-time, onsite in …": how the work is done, before where. */
const EMPLOYMENT_LEAD =
  /^(?:(?:full|part)[- ]?time|contract|permanent|onsite|on-site|interns?(?:hips?)?)(?:[\s,&/]+(?:(?:full|part)[- ]?time|contract|permanent|onsite|on-site|interns?(?:hips?)?))*\s*,?\s*(?:in|at|based in)?\s+/i;

/** The place the first or second line of a list's intro states ("Kongregate" / "Fulltime in Portland, OR"). */
function introPlace(intro: readonly string[]): string | null {
  const [first = '', second = ''] = intro.filter((line) => line.trim() !== '');
  return (
    placeLine(first) ?? (second.length <= 60 && !/[.!?:]$/.test(second.trim()) ? placeLine(second) : null)
  );
}

/** Refuses a document that says it lists no openings ("not a list of vacancies", "no open positions"). */
function refuseNoOpenings(lines: readonly string[]): void {
  const no = NO_OPENINGS.exec(shownText(lines).slice(0, 100_000));
  if (no) throw new NotAPostingError(`not-a-posting: it says "${no[0]}"`);
}

/**
 * Whether the document is titled with a role (its front matter title, else its first line):
 * then it is one posting, and links to other roles in it are not postings of its own.
 */
function namesOwnRole(lines: readonly string[], documentTitle: string | null): boolean {
  const first = lines.find((line) => line.trim() !== '');
  // "Acme | Engineering Manager, Senior Product Engineer | London": a header naming several roles,
  // under a front matter title that repeats them or not.
  if (first !== undefined && headerNamesRoles(first)) return false;
  if (documentTitle) return namesRole(documentTitle) || namesRole(afterColon(documentTitle));
  return first !== undefined && namesRole(cleanTitleLine(first));
}

/**
 * A text with a structure of its own, left to the section readers: a Markdown heading, a setext
 * or reStructuredText underline, a list item that is a role's name ("* Software Engineer").
 */
const HEADED = /^(?:#{1,6}[ \t]+\S|[=\-#*~^"+]{3,}[ \t]*$)/m;
const ROLE_ITEM = /^[ \t]*(?:[-*+•]|\d{1,2}[.)])[ \t]+([^\n]{2,60})$/gm;

/** A labelled title ("Title: Election Technology Specialist"): a posting's own field. */
const TITLE_LABEL = /^[ \t]*(?:job[ \t]+)?title[ \t]*:/im;

function structured(text: string): boolean {
  if (HEADED.test(text) || TITLE_LABEL.test(text)) return true;
  // A role's name alone on its line ("Security Software Engineer:", "Election Technology
  // Specialist (ITS3)"): a list or a posting of its own, not prose.
  for (const line of text.slice(0, 20_000).split('\n')) {
    const bare = line.trim().replace(/:$/, '').trim();
    if (
      bare.length >= 3 &&
      bare.length <= 60 &&
      !/[.!?,;]$/.test(bare) &&
      namesRole(bare) &&
      !announcesPost(bare)
    )
      return true;
  }
  for (const m of text.slice(0, 20_000).matchAll(ROLE_ITEM)) {
    const name = (m[1] ?? '').split(/\s+[-–—|(]\s*|,\s/)[0] ?? '';
    if (name.split(/\s+/).length <= 6 && namesRole(name)) return true;
  }
  return false;
}

/** A first line that titles the text with a role ("IT Manager", not "Government seeks a CIO"). */
function titledByRole(lines: readonly string[]): boolean {
  const line = lines.find((l) => l.trim() !== '') ?? '';
  // "Baton | NYC | Senior Software Engineer, Staff Engineer": a comment's header line of fields
  // heads postings, as a role title does.
  const head = line.replace(/<[^>]{0,300}>/g, ' ');
  if (readHeaderLine(head) !== null) return true;
  const first = cleanTitleLine(line);
  return first.length <= 100 && namesRole(first) && !announcesPost(first);
}

/** One posting per post a notice names: its own line (a list item) first, then the whole text. */
function noticePostings(
  notice: NoticeReading,
  lines: readonly string[],
  ctx: ParseContext,
  found: Sourced<string> | null,
): RawPosting[] {
  assertPostingCount(notice.posts.length);
  const text = lines.join('\n').trim();
  const company = notice.employer ?? found?.value ?? null;
  // A place the text's first lines state ("Miami, FL. FULL-TIME, INTERN."), shared by every post.
  const place = introPlace(lines.filter((line) => line.trim() !== '').slice(0, 2));
  return notice.posts.flatMap((post) => {
    const raw = buildRawPosting(
      {
        title: post.title,
        company,
        location: buildLocation(place, null, remoteFromText(place)),
        description: { text: post.own ? `${post.own}\n\n${text}` : text },
        provenance: {
          title: 'inferred',
          ...(place ? { location: 'inferred' as const } : {}),
          ...(company ? { company: notice.employer ? 'inferred' : (found?.from ?? 'inferred') } : {}),
        },
      },
      ctx,
    );
    return raw ? [raw] : [];
  });
}

function afterColon(text: string): string {
  return text.slice(text.lastIndexOf(':') + 1).trim();
}

/**
 * Company and location the labelled lines of a document's intro state; failing a "Location:"
 * line, the place its heading or opening lines say all its jobs are in ("startup jobs in
 * Victoria BC", "Jobs – Leeds").
 */
function introFacts(intro: readonly string[]): {
  company: string | null;
  location: string | null;
  locationFrom: FieldSource;
} {
  const found: Partial<Record<'company' | 'location', string>> = {};
  for (const line of intro.slice(0, 200)) {
    const label = labelOf(line);
    if (label && (label.key === 'company' || label.key === 'location')) found[label.key] ??= label.value;
  }
  const locationFrom: FieldSource = found.location ? 'label' : 'inferred';
  if (!found.location) {
    for (const line of intro.slice(0, 20)) {
      const place = listPlace(plainLine(line));
      if (place) {
        found.location = place;
        break;
      }
    }
  }
  return { company: found.company ?? null, location: found.location ?? null, locationFrom };
}

/** "Both of these positions are remote", "All positions are full time and remote": every posting's place. */
const ALL_REMOTE =
  /\b(?:all|both|these)\s+(?:of\s+(?:these|our|the)\s+)?(?:positions|roles|jobs|openings)\s+(?:are|will be)\s+(?:[\p{L}-]+\s+(?:and\s+)?){0,3}?remote\b/iu;

/** "A list of startup jobs in Victoria BC.": the place a document's line says its jobs are in. */
function listPlace(line: string): string | null {
  if (line.length > 300) return null;
  const match =
    /\b(?:jobs?|careers?|vacancies|openings|positions|roles)\s+(?:in|across|around)\s+((?:[A-Z][\p{L}.'-]*,?\s*){1,4})/u.exec(
      line,
    );
  // The place ends with its sentence: "… in Victoria BC. This list …".
  const place = squash((match?.[1] ?? '').split(/[.;:!?(]/)[0]?.replace(/[,\s]+$/, '') ?? '');
  // "Victoria BC" is "Victoria, BC" written without its comma.
  const known = looksLikeLocation(place) || looksLikeLocation(place.replace(/\s+([A-Z]{2})$/, ', $1'));
  return place !== '' && known ? place : null;
}

/** A Markdown link's words for the link: "[Acme Health](https://acme.example)" → "Acme Health". */
function linkText(value: string): string {
  return value.includes('](') ? value.replace(/\[([^\]]{1,200})\]\s?\([^)\s]{0,2048}\)/g, '$1') : value;
}

/** A "Label: value" line of one of LABELS, with its value. */
function labelOf(line: string): { key: (typeof LABELS)[number][1]; value: string } | null {
  const match = LABEL_LINE.exec(line.replace(/^\s*(?:[-*•]\s+)?(?:\*\*)?/, '').replace(/\*\*/, ''));
  if (!match) return null;
  // The employer's label in any language the table knows ("公司", "Empresa", "Werkgever").
  const key = isEmployerLabel(match[1] ?? '')
    ? 'company'
    : isLocationLabel(match[1] ?? '')
      ? 'location'
      : LABELS.find(([pattern]) => pattern.test(match[1] ?? ''))?.[1];
  return key ? { key, value: beforeInlineLabel(squash(linkText(match[2] ?? ''))) } : null;
}

/** What the document around the text says (its front matter): used where the text says nothing. */
export interface TextDefaults {
  readonly company?: string | null;
  readonly location?: string | null;
  /** The title the document's structure gives (a section's heading): taken as it is. */
  readonly title?: string | null;
  /** The posting's own URL, where the structure gives one (an index's link). */
  readonly url?: string | null;
  /** A record of a list (a result card): a short line of it that names a place is its place. */
  readonly record?: boolean;
  /** Where `company` and `location` came from (inferred when not said). */
  readonly provenance?: Provenance;
  /** The document's own title (a post's front matter title): evidence of its employer and kind. */
  readonly documentTitle?: string | null;
}

/** Lines of a record read for its place: a card states it near its title. */
const RECORD_FIELD_LINES = 6;

/** The first short line of a record's head that is only a place ("Manchester", "Leeds, UK"). */
function recordPlace(lines: readonly string[], from: number): string | null {
  let seen = 0;
  for (let i = from; i < lines.length && seen < RECORD_FIELD_LINES; i++) {
    const line = squash(lines[i] ?? '');
    if (line === '') continue;
    seen++;
    if (line.length <= 80 && !line.includes(':') && looksLikeLocation(line)) return line;
  }
  return null;
}

/** An entity as text would show it: "&pound;" → "£"; up to 32 characters, the longest named one. */
const ENTITY = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/gi;
/** A Markdown backslash escape: "$170,000 \\- $208,000". */
const MARKDOWN_ESCAPE = /\\([\\`*_{}[\]()#+\-.!|~<>$])/g;
/** "<p>", "</p>", "<br>", "<br/>" with no attributes. */
const BARE_BREAK = /<\/?p>|<br\s*\/?>/gi;
/**
 * Plain text as a person reads it, before anything else reads it: HTML entities decoded,
 * Markdown escapes dropped, bare paragraph tags made breaks, curly quotes and non-breaking spaces
 * made plain.
 * @example decodePlainText('&pound;35,000 \\- &pound;40,000') // '£35,000 - £40,000'
 */
export function decodePlainText(text: string): string {
  let out = text;
  if (out.includes('&')) out = out.replace(ENTITY, (entity) => markupText(entity) || entity);
  if (out.includes('\\')) out = out.replace(MARKDOWN_ESCAPE, '$1');
  // A bare paragraph or line-break tag in text (a comment archived with its "<p>" marks) breaks
  // the text where it stands, as it shows.
  if (out.includes('<')) out = out.replace(BARE_BREAK, (tag) => (/^<br/i.test(tag) ? '\n' : '\n\n'));
  return out
    .replace(/[\u2018-\u201b]/g, "'")
    .replace(/[\u201c-\u201e]/g, '"')
    .replace(/[\u00a0\u202f\u2007]/g, ' ');
}

/** Longest fallback title: a document with no title line gives its first words, not its first page. */
const MAX_FALLBACK_TITLE = 120;

/** The first sentence of a line, cut at a word boundary: the last resort for a title. */
function firstWords(line: string): string {
  const text = cleanTitleLine(line);
  const sentence = /^(.{3,}?[.!?])\s/.exec(text)?.[1] ?? text;
  if (sentence.length <= MAX_FALLBACK_TITLE) return sentence;
  const cut = sentence.lastIndexOf(' ', MAX_FALLBACK_TITLE);
  return sentence.slice(0, cut > 20 ? cut : MAX_FALLBACK_TITLE);
}

/** Labels that stand alone on a line over their value ("Employer" / "Baltimore County"). */
const BARE_LABELS: readonly [RegExp, 'company' | 'location' | 'type'][] = [
  [/^(?:company|employer|organi[sz]ation|hiring organi[sz]ation|agency)$/i, 'company'],
  [/^(?:(?:job |work )?location|based in)$/i, 'location'],
  [/^(?:(?:employment|job|contract) type)$/i, 'type'],
];

function parseOne(input: readonly string[], ctx: ParseContext, defaults: TextDefaults = {}): RawPosting[] {
  // A title the structure gave (a section's heading) heads the section's lines.
  const given = defaults.title ? squash(defaults.title) : '';
  const lines = given ? [given, ...input] : input;
  const firstIndex = lines.findIndex((line) => line.trim() !== '');
  if (firstIndex === -1) return [];
  const pick: TitlePick | null = given
    ? { title: given, line: 0, from: 'heading' }
    : pickTitleLine(lines, firstIndex);
  const titleIndex = pick?.line ?? firstIndex;
  let title = pick?.title ?? firstWords(lines[firstIndex] ?? '');
  const labels: Partial<Record<(typeof LABELS)[number][1], string>> = {};
  let header: Header | null = null;
  let bodyStart = titleIndex + 1;

  const next = lines.findIndex((line, i) => i > titleIndex && line.trim() !== '');
  // A labelled title sits among other labels: the line under it is not the company's.
  // A line heading a list ("Arbeitsaufgaben" over "- Organisationsassistenz") is a section's heading.
  const headsList = next !== -1 && LIST_ITEM.test(lines[next + 1] ?? '');
  if (pick?.from !== 'label' && !pick?.partOfLine && next !== -1 && next <= titleIndex + 2 && !headsList) {
    header = readCompanyLine(lines[next] ?? '');
    if (header) bodyStart = next + 1;
  }
  const headEnd = Math.max(firstIndex, titleIndex) + HEADER_LINES;
  for (let i = firstIndex; i < Math.min(lines.length, headEnd); i++) {
    const line = lines[i] ?? '';
    const label = labelOf(line);
    if (label) {
      labels[label.key] ??= label.value;
      continue;
    }
    // "## Company" over "*CARDO-AI*": a label alone on its line (a heading, bold) over its value.
    const bareLabel = line.trim().replace(/^#{1,6}\s+|^[*_]+|[*_]+$/g, '');
    const bare: 'company' | 'location' | 'type' | undefined = isEmployerLabel(bareLabel)
      ? 'company'
      : BARE_LABELS.find(([pattern]) => pattern.test(bareLabel))?.[1];
    const value = bare ? squash(lines[i + 1] ?? '').replace(/^[*_]+(.+?)[*_]+$/, '$1') : '';
    if (bare && value !== '' && value.length <= 120 && !labelOf(value)) labels[bare] ??= value;
  }
  // A block of "Label: value" lines under the title is header, not description.
  while (
    bodyStart < lines.length &&
    ((lines[bodyStart] ?? '').trim() === '' || labelOf(lines[bodyStart] ?? ''))
  ) {
    bodyStart++;
  }
  // "🚀 We're hiring! Technology Manager – Fired Up Burger Co.": the title line carries the company.
  const bracketed = splitBracketedEmployer(title);
  const split = createTitleSplitter([])(bracketed.title);
  title = split.title;

  const place =
    labels.location ??
    header?.location ??
    pick?.location ??
    split.location ??
    (defaults.record ? recordPlace(lines, titleIndex + 1) : null) ??
    defaults.location ??
    null;
  const remote =
    remoteFromText(labels.arrangement) ??
    remoteFromText(header?.arrangement) ??
    remoteFromText(place) ??
    (/\bremote\b/i.test(`${title} ${lines[titleIndex] ?? ''}`) ? true : null);
  // Lines above the title (metadata, a pay line, a summary) are part of the posting's text.
  // So is pay on the title line or the company line under it ("Acme - Lead SWE - Toronto -
  // $130,000 – $210,000 CAD"): those lines are read for their fields, and pay is one of them.
  const titleLine = lines[titleIndex] ?? '';
  // Kept for its pay, not again for its title: the role is read from the title once.
  const named = [title, afterColon(defaults.documentTitle ?? '')].find(
    (t) => t !== '' && t.length < titleLine.length / 2 && titleLine.includes(t),
  );
  const payPart = named ? titleLine.replace(named, '') : titleLine;
  const titlePay = !pick?.partOfLine && !given && holdsPay(payPart) ? [payPart] : [];
  // A title cut from the first words of a longer line (a posting that opens with a sentence):
  // the whole line is the posting's text too, not only the words the title kept.
  const cutLine = !pick && !given && squash(cleanTitleLine(titleLine)).length > title.length + 1;
  const headerLine = header && next < bodyStart ? (lines[next] ?? '') : '';
  const headerPay = headerLine && holdsPay(headerLine) ? [headerLine] : [];
  const body = pick?.partOfLine
    ? lines.slice(firstIndex)
    : titleIndex === firstIndex
      ? [...(cutLine ? [titleLine] : titlePay), ...headerPay, ...lines.slice(bodyStart)]
      : [...lines.slice(firstIndex, titleIndex), ...titlePay, ...lines.slice(titleIndex + 1)];
  return [
    buildRawPosting(
      {
        title,
        company:
          labels.company ??
          header?.company ??
          pick?.company ??
          bracketed.company ??
          split.company ??
          defaults.company ??
          null,
        location: buildLocation(place ?? (remote ? 'Remote' : null), null, remote),
        employmentType: normalizeEmploymentType(labels.type),
        postedAt: toIsoDate(labels.posted),
        description: { text: body.join('\n').trim() },
        url: defaults.url ?? null,
        provenance: {
          title: given ? 'heading' : (pick?.from ?? 'inferred'),
          // A line under the title ("Acme - Leeds") or the title's own words are read, not labelled.
          company: pickSource(
            [labels.company, 'label'],
            [header?.company ?? pick?.company ?? bracketed.company ?? split.company, 'inferred'],
            [defaults.company, defaults.provenance?.company ?? 'inferred'],
          ),
          location: pickSource(
            [labels.location, 'label'],
            [header?.location ?? pick?.location ?? split.location, 'inferred'],
            [defaults.record ? place : null, 'inferred'],
            [defaults.location, defaults.provenance?.location ?? 'inferred'],
          ),
          employmentType: labels.type ? 'label' : undefined,
        },
      },
      ctx,
    ),
  ].filter((posting): posting is RawPosting => posting !== null);
}
