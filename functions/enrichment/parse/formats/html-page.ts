/**
 * What a careers page says about its posting when it has no structured data: the title (h1,
 * og:title, <title>), the company and location from labelled fields ("Location: London
 * (hybrid)"), a "Company · City, ST · Hybrid" line, og:site_name and the <title> suffix, and the
 * main content as the description.
 */
import type { CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { normalizeEmploymentType, squash, toIsoDate } from '../../fields.ts';
import type { Block, Location } from '../../types.ts';
import { nodesToBlocks, textToBlocks } from '../text-blocks.ts';
import { buildLocation, looksLikeLocation, remoteFromText } from './location.ts';
import { findElements, nodeText } from './markup.ts';
import type { PageIndex } from './page-index.ts';

/** Elements dropped from the description: chrome, not content. */
const CHROME = new Set([
  'nav',
  'header',
  'footer',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'form',
  'aside',
  'button',
  'dialog',
]);
const FIELD_ELEMENTS = new Set([
  'p',
  'li',
  'dd',
  'span',
  'div',
  'td',
  'small',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'strong',
  'address',
]);
const LABEL_ELEMENTS = new Set(['dt', 'th']);
const MAX_FIELD_ELEMENTS = 400;
const MAX_FIELD_CHARS = 200;
/** Longest element text read for labelled fields and meta lines; longer ones are prose. */
const MAX_LINE_CHARS = 300;
/** Longest <title>, og:title or h1 read; no real one comes near. */
const MAX_HEAD_CHARS = 1_000;

const LABELS: readonly [RegExp, keyof PageFields][] = [
  [/^(job |work |office )?(location|locations|based in|city|office|where)$/i, 'location'],
  [/^(company|employer|organi[sz]ation|hiring (company|organi[sz]ation)|client|agency)$/i, 'company'],
  [
    /^(?:(?:employment|job|contract|position|work|role) type|employment|contract|schedule|job status)$/i,
    'employmentType',
  ],
  [
    /^(workplace|workplace type|work arrangement|work model|remote|working pattern|arrangement)$/i,
    'arrangement',
  ],
  [/^(?:(?:date )?posted(?: on)?|published|posting date|date)$/i, 'postedAt'],
];

export interface PageFields {
  title: string | null;
  company: string | null;
  location: string | null;
  arrangement: string | null;
  employmentType: string | null;
  postedAt: string | null;
}

export interface PageFacts {
  readonly title: string | null;
  readonly company: string | null;
  readonly location: Location;
  readonly employmentType: string | null;
  readonly postedAt: string | null;
}

function metaContent(page: PageIndex, key: string): string | null {
  const text = squash((page.meta.get(key) ?? '').slice(0, MAX_HEAD_CHARS));
  return text === '' ? null : text;
}

function textOf(element: Element | null): string {
  return element ? squash(nodeText(element, MAX_HEAD_CHARS)) : '';
}

function hasBlockChildren(element: Element): boolean {
  return element.children.some(
    (child) => child.type === 'tag' && /^(p|div|ul|ol|li|table|section|article|h[1-6]|dl)$/.test(child.name),
  );
}

/** A <dt>, a <th>, or the first of a two-cell table row ("Salary" | "£85,000"): a label over its value. */
function isLabelCell(element: Element): boolean {
  if (LABEL_ELEMENTS.has(element.name)) return true;
  if (element.name !== 'td' || element.parent?.type !== 'tag') return false;
  const cells = element.parent.children.filter(
    (child): child is Element => child.type === 'tag' && (child.name === 'td' || child.name === 'th'),
  );
  return cells.length === 2 && cells[0] === element;
}

function assignLabel(fields: PageFields, label: string, value: string): boolean {
  const v = squash(value);
  if (v === '' || v.length > MAX_FIELD_CHARS) return false;
  for (const [pattern, key] of LABELS) {
    if (!pattern.test(squash(label))) continue;
    if (fields[key] === null) fields[key] = v;
    return true;
  }
  return false;
}

/** "Meridian Credit Union · Madison, WI · Hybrid": a company, a place and an arrangement. */
function readMetaLine(fields: PageFields, text: string): boolean {
  const parts = text
    .split(/\s*[·•|]\s*|\s+[—–]\s+/)
    .map(squash)
    .filter((p) => p !== '');
  if (parts.length < 2 || parts.length > 5) return false;
  const place = parts.find((part) => looksLikeLocation(part) && remoteFromText(part) === null);
  const arrangement = parts.find((part) => remoteFromText(part) !== null && part.split(' ').length <= 3);
  if (!place && !arrangement) return false;
  const company = parts[0] !== place && parts[0] !== arrangement ? (parts[0] ?? null) : null;
  fields.location ??= place ?? null;
  fields.arrangement ??= arrangement ?? null;
  if (company && company.length <= 80 && !/\d{3}|[.!?]$/.test(company)) fields.company ??= company;
  return true;
}

const FIELD_HINT = /[:·•|—–]/;
/** An element an ATS marks as the location: Workday's data-automation-id="locations", class="job-location". */
const LOCATION_MARK = /(?:^|[\s_-])(?:job)?locations?(?:$|[\s_-])/i;
const MARK_ATTRIBUTES = ['data-automation-id', 'data-testid', 'data-qa', 'class', 'id', 'itemprop'] as const;

function markedAsLocation(element: Element): boolean {
  for (const name of MARK_ATTRIBUTES) {
    const value = element.attribs[name];
    if (value !== undefined && LOCATION_MARK.test(value)) return true;
  }
  return false;
}

function readFields($: CheerioAPI, root: Element, fields: PageFields): void {
  let seenMetaLine = false;
  for (const pair of findElements(root, isLabelCell, MAX_FIELD_ELEMENTS)) {
    const value = pair.name === 'dt' ? $(pair).next('dd') : $(pair).next('td');
    if (value.length > 0) {
      const label = nodeText(pair, MAX_LINE_CHARS).replace(/:\s*$/, '');
      assignLabel(fields, label, nodeText(value[0] as Element, MAX_FIELD_CHARS + 1));
    }
  }
  for (const element of findElements(root, (el) => FIELD_ELEMENTS.has(el.name), MAX_FIELD_ELEMENTS)) {
    if (hasBlockChildren(element)) continue;
    const raw = nodeText(element, MAX_LINE_CHARS * 4);
    if (fields.location === null && markedAsLocation(element)) {
      const place = squash(raw);
      if (place.length <= 80 && !place.includes(':') && !/^(?:locations?)?$/i.test(place))
        fields.location = place;
      continue;
    }
    // Only a "Label: value" or a "Company · City · Hybrid" line can say anything here.
    if (!FIELD_HINT.test(raw)) continue;
    const text = squash(raw);
    if (text === '' || text.length > MAX_LINE_CHARS) continue;
    let labelled = false;
    for (const segment of text.split(/\s+\|\s+|\s*·\s*|\s*•\s*/)) {
      const match = /^([A-Za-z][A-Za-z /]{1,30}?)\s*:\s*(.+)$/.exec(segment);
      if (match && assignLabel(fields, match[1] ?? '', match[2] ?? '')) labelled = true;
    }
    if (!labelled && !seenMetaLine && /[·•|]|\s[—–]\s/.test(text) && text.length <= 160) {
      seenMetaLine = readMetaLine(fields, text);
    }
  }
}

const TITLE_SEPARATOR = /\s+(?:\||-|–|—|::|·|•)\s+/;
const GENERIC_SUFFIX = /^(careers?|jobs?|job board|job openings?|join us|work with us|open positions?)$/i;

/** The company and place a <title> names after the job: "IT Director - Sunrise School District". */
function readTitleSuffix(fields: PageFields, suffix: string): void {
  for (const raw of suffix.split(TITLE_SEPARATOR)) {
    const part = squash(raw.replace(/^careers?\s+(at|@)\s+|\s+(careers?|jobs?)$/gi, ''));
    if (part === '' || GENERIC_SUFFIX.test(part)) continue;
    if (looksLikeLocation(part)) fields.location ??= part;
    else if (part.length <= 80) fields.company ??= part;
  }
}

/**
 * Drops navigation, headers, footers, scripts and forms from the main content in place (one
 * filter per parent, not a splice per element), so it is the last thing to read from the page.
 */
function dropChrome(root: Element): void {
  const parents = findElements(
    root,
    (el) => el.children.some((child) => child.type !== 'text' && isChrome(child)),
    undefined,
    isChrome,
  );
  for (const parent of [root, ...parents]) {
    parent.children = parent.children.filter((child) => !isChrome(child));
  }
}

/** The main content as HTML without chrome (see `dropChrome`). */
export function mainContentHtml($: CheerioAPI, root: Element | null): string {
  if (!root) return $.root().text();
  dropChrome(root);
  return $(root).html() ?? '';
}

/**
 * The main content as text blocks without chrome: the parsed DOM is walked once, never
 * serialised and parsed again.
 */
export function mainContentBlocks($: CheerioAPI, root: Element | null): readonly Block[] {
  if (!root) return textToBlocks($.root().text());
  dropChrome(root);
  return nodesToBlocks([root]);
}

function isChrome(node: AnyNode): boolean {
  return (node.type === 'tag' || node.type === 'script' || node.type === 'style') && CHROME.has(node.name);
}

/** Title, company, location, employment type and date read from the page itself. */
export function readPageFacts($: CheerioAPI, page: PageIndex): PageFacts {
  const root = page.main;
  const fields: PageFields = {
    title: null,
    company: null,
    location: null,
    arrangement: null,
    employmentType: null,
    postedAt: null,
  };
  const h1 = textOf(page.h1);
  const headTitle =
    metaContent(page, 'og:title') ?? metaContent(page, 'twitter:title') ?? (textOf(page.title) || null);
  if (root) readFields($, root, fields);
  if (h1 !== '') {
    fields.title = h1;
    if (headTitle?.startsWith(h1)) {
      readTitleSuffix(fields, headTitle.slice(h1.length).replace(/^\s*(?:\||-|–|—|::|·|•)\s*/, ''));
    }
  } else if (headTitle) {
    // "Vice President, IS - Lone Star Health - Careers": the site's own word says nothing.
    const parts = headTitle.split(TITLE_SEPARATOR);
    while (parts.length > 1 && GENERIC_SUFFIX.test(squash(parts[parts.length - 1] ?? ''))) parts.pop();
    fields.title = parts.length > 1 ? (parts.slice(0, -1).join(' - ') ?? headTitle) : headTitle;
    if (parts.length > 1) readTitleSuffix(fields, parts[parts.length - 1] ?? '');
  }
  const company = fields.company ?? metaContent(page, 'og:site_name');
  const remote = remoteFromText(fields.arrangement) ?? remoteFromText(fields.location);
  return {
    title: fields.title,
    company,
    location: buildLocation(fields.location, null, remote),
    employmentType: normalizeEmploymentType(fields.employmentType),
    postedAt: toIsoDate(fields.postedAt),
  };
}

/**
 * Company, location, employment type and date one part of a page states (a card, a section) in
 * labelled fields.
 */
export function readPartFacts($: CheerioAPI, elements: readonly Element[]): PageFacts {
  const fields: PageFields = {
    title: null,
    company: null,
    location: null,
    arrangement: null,
    employmentType: null,
    postedAt: null,
  };
  for (const element of elements) readFields($, element, fields);
  const remote = remoteFromText(fields.arrangement) ?? remoteFromText(fields.location);
  return {
    title: null,
    company: fields.company,
    location: buildLocation(fields.location, null, remote),
    employmentType: normalizeEmploymentType(fields.employmentType),
    postedAt: toIsoDate(fields.postedAt),
  };
}

/** Longest line of a card read as its place. */
const MAX_PLACE_LINE = 60;

/** The short lines of a part (a card's "Full-time", "Norwich", "£52,000"), its title aside, up to 12. */
export function partLines(elements: readonly Element[], title: string): string[] {
  const out: string[] = [];
  for (const element of elements) {
    for (const leaf of findElements(
      element,
      (el) => FIELD_ELEMENTS.has(el.name) && !hasBlockChildren(el),
      40,
    )) {
      const text = squash(nodeText(leaf, MAX_PLACE_LINE + 1));
      if (text !== '' && text !== title && out.length < 12) out.push(text);
    }
  }
  return out;
}

/**
 * Which line of a list's cards is the place: the position at which most cards' line names a
 * known place (so "Ipswich" is read where "Norwich" stands on the other cards); -1 if none.
 */
export function placeColumn(cards: readonly (readonly string[])[]): number {
  const hits = new Map<number, number>();
  for (const lines of cards) {
    for (const [i, line] of lines.entries()) {
      if (line.length <= MAX_PLACE_LINE && !line.includes(':') && looksLikeLocation(line))
        hits.set(i, (hits.get(i) ?? 0) + 1);
    }
  }
  let best = -1;
  let bestHits = 0;
  for (const [i, n] of hits) if (n > bestHits) [best, bestHits] = [i, n];
  return bestHits * 2 >= cards.length ? best : -1;
}

/** "BASF Jobs – Godrej One - Mumbai, Maharashtra": a list page's heading, the word for jobs, a place. */
const LIST_HEADING =
  /^(.{0,80}?\b(?:jobs?|careers?|vacancies|openings|positions|stellen(?:angebote)?|offres)\b)\s*(?:[|–—:]|\s-\s|\bin\b|\bat\b)\s*(.{2,120})$/i;

/** The place a list page's heading says all its postings are in, or null. */
export function listHeadingPlace(heading: string): string | null {
  const match = LIST_HEADING.exec(squash(heading));
  const place = squash(match?.[2] ?? '');
  return place !== '' && looksLikeLocation(place) ? place : null;
}
