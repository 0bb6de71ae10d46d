/**
 * What a careers page says about its posting when it has no structured data: the title (h1,
 * og:title, <title>), the company and location from labelled fields ("Location: London
 * (hybrid)"), a "Company · City, ST · Hybrid" line, og:site_name and the <title> suffix, and the
 * main content as the description.
 */

import type { CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { normalizeEmploymentType, squash, toIsoDate } from '../../fields.ts';
import type { Block, Location, Provenance } from '../../types.ts';
import { nodesToBlocks, textToBlocks } from '../text-blocks.ts';
import { employerOfLabel, isEmployerLabel } from './employer-labels.ts';
import { isTagline } from './employer-phrases.ts';
import { buildLocation, looksLikeLocation, remoteFromText } from './location.ts';
import { findElements, nodeText } from './markup.ts';
import type { PageIndex } from './page-index.ts';
import { isFileName } from './page-owner.ts';
import { namesRole } from './text-sections.ts';
import { isRoleLine } from './title-line.ts';

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
  // The job's name as a labelled field: a recruitment table's row ("職種 | 作業員", "Functie | …").
  [
    /^(?:job title|position title|募集職種|職種|採用職種|functie|functietitel|stanowisko|pozice|pozisyon|befattning|stilling|tehtävänimike)$/iu,
    'title',
  ],
  [/^(job |work |office )?(location|locations|based in|city|office|where)$/i, 'location'],
  // The labels of the other languages the readers meet: a place of work, an employer.
  [
    /^(?:arbeitsort|standort|ort|lieu|ubicaci[oó]n|sede|miesto|místo|miejsce pracy|plaats|standplaats|werklocatie|勤務地|就業場所|místo výkonu práce|pracoviště|lokalizacja|arbetsort|arbejdssted|arbeidssted|työpaikan sijainti|çalışma yeri)$/iu,
    'location',
  ],
  [/^(?:hiring )?(?:company|employer|organi[sz]ation|client|agency)(?: name)?$/i, 'company'],
  [/^(?:arbeitgeber|unternehmen|employeur|entreprise|empresa|azienda|werkgever)$/iu, 'company'],
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
  /** Where each fact came from: a labelled field or byline, a heading, the site's identity. */
  readonly provenance: Provenance;
}

/** What the labelled-field scan found: the fields it filled are labelled, whatever fills the rest. */
function labelledSources(fields: PageFields): Provenance {
  return {
    ...(fields.company !== null ? { company: 'label' as const } : {}),
    ...(fields.location !== null ? { location: 'label' as const } : {}),
    ...(fields.employmentType !== null ? { employmentType: 'label' as const } : {}),
  };
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
  // The employer's label in any language the table knows.
  if (isEmployerLabel(squash(label))) {
    if (fields.company === null) fields.company = employerOfLabel(squash(label), v);
    return true;
  }
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
    // "Location:" over its value: the next element says it ("<p>Location:</p><ul><li>Sheffield …").
    if (readLabelOver(element, fields)) continue;
    // "<strong>Location: </strong>Leeds<br/><strong>Salary: </strong>…": a line of its own each.
    if (element.children.some((child) => child.type === 'tag' && child.name === 'br')) {
      for (const line of brLines(element)) readLine(fields, line);
      continue;
    }
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
    const labelled = readLine(fields, text);
    if (!labelled && !seenMetaLine && /[·•|]|\s[—–]\s/.test(text) && text.length <= 160) {
      seenMetaLine = readMetaLine(fields, text);
    }
  }
}

/** "Location: Leeds | Duration: 9 months": the labelled fields of one line; true if any was read. */
function readLine(fields: PageFields, text: string): boolean {
  let labelled = false;
  for (const segment of text.split(/\s+\|\s+|\s*·\s*|\s*•\s*/)) {
    const match = /^(\p{L}[\p{L} /]{1,30}?)\s*:\s*(.+)$/u.exec(squash(segment));
    if (match && assignLabel(fields, match[1] ?? '', match[2] ?? '')) labelled = true;
  }
  return labelled;
}

/** The lines of an element that breaks them with <br>, each bounded. */
function brLines(element: Element): string[] {
  const lines: string[] = [''];
  for (const child of element.children) {
    if (lines.length > 40) break;
    if (child.type === 'tag' && child.name === 'br') lines.push('');
    else lines[lines.length - 1] += nodeText(child, MAX_LINE_CHARS + 1);
  }
  return lines.map(squash).filter((line) => line !== '' && line.length <= MAX_LINE_CHARS);
}

const LABEL_ALONE = /^(\p{L}[\p{L} /]{1,30}?)\s*:$/u;

/** The next element after `element` among its parent's children, text between them aside. */
function nextElement(element: Element): Element | null {
  let node = element.next;
  while (node && node.type !== 'tag') {
    if (node.type === 'text' && node.data.trim() !== '') return null;
    node = node.next;
  }
  return node && node.type === 'tag' ? node : null;
}

/**
 * A label alone on its element ("Location:", or a heading "Location") over the element that
 * holds its value: a list's items joined ("Remote; Sheffield (UK); Athens (GR)"), else its text.
 */
function readLabelOver(element: Element, fields: PageFields): boolean {
  const text = squash(nodeText(element, 40));
  const heading = /^h[2-6]$/.test(element.name);
  const label = LABEL_ALONE.exec(text)?.[1] ?? (heading && text.length <= 30 ? text : null);
  if (!label) return false;
  const next = nextElement(element);
  if (!next) return false;
  const items =
    next.name === 'ul' || next.name === 'ol'
      ? next.children
          .filter((child): child is Element => child.type === 'tag' && child.name === 'li')
          .slice(0, 12)
          .map((li) => squash(nodeText(li, MAX_FIELD_CHARS)))
          .filter((item) => item !== '')
      : [squash(nodeText(next, MAX_FIELD_CHARS + 1))];
  return assignLabel(fields, label, items.join('; '));
}

const TITLE_SEPARATOR = /\s+(?:\||-|–|—|::|·|•)\s+/;
const GENERIC_SUFFIX = /^(careers?|jobs?|job board|job openings?|join us|work with us|open positions?)$/i;

/** "Careers at Acme", "Join the Technology Transformation Services", "Acme Careers": the name. */
function siteName(text: string): string {
  return squash(
    text.replace(/^(?:careers?\s+(?:at|@)|join(?:\s+us\s+at)?(?:\s+the)?)\s+|\s+(?:careers?|jobs?)$/gi, ''),
  );
}

/** The company and place a <title> names after the job: "IT Director - Sunrise School District". */
function readTitleSuffix(fields: PageFields, suffix: string): void {
  for (const raw of suffix.split(TITLE_SEPARATOR)) {
    const part = siteName(raw);
    if (part === '' || GENERIC_SUFFIX.test(part) || isTagline(part)) continue;
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

/** "© 2019-2025 Nubificus LTD. All Rights Reserved.", "Copyright 2024 Acme Inc": the holder. */
const COPYRIGHT =
  /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:(?:19|20)\d\d|present))?\s*,?\s*)?(?:by\s+)?(\p{L}[\p{L}\p{N}&'’. «»"“”-]{1,60}?)\s*(?:[.,|]\s|[.,|]?$|\s(?:all rights|alle rechte|tous droits|todos los derechos|tutti i diritti))/iu;
/** A name's legal form: the holder of such a name is a business, not a board's brand. */
const LEGAL_FORM =
  /\b(?:ltd|limited|llc|inc|plc|gmbh|ag|sa|sas|sarl|srl|spa|bv|nv|ab|as|oy|pty|corp|corporation|s\.?r\.?o|a\.?s)\.?$/i;
/** Legal forms written before the name or inside it: ООО «…», 株式会社…, …有限公司. */
const LEGAL_FORM_WORLD =
  /^(?:ООО|ЗАО|ОАО|ПАО|АО|ИП|PT\.?|CV\.?)\s|株式会社|有限会社|合同会社|有限公司|有限责任公司|有限責任公司|\sTbk\.?$/u;
/** A name that carries its legal form, as only a business's does. */
const hasLegalForm = (name: string) => LEGAL_FORM.test(name) || LEGAL_FORM_WORLD.test(name);

/**
 * The business a page names as its own in its head: the author it declares ("PT. Logique Digital
 * Indonesia") or a piece of its <title> ("採用情報 | 株式会社青野工業"), when that name carries a
 * legal form (an author without one may be a person, a title piece a product).
 */
function formalOwner(page: PageIndex): string | null {
  const author = squash(metaContent(page, 'author') ?? '');
  if (author.length >= 3 && author.length <= 80 && hasLegalForm(author)) return author;
  const title = textOf(page.title) ?? '';
  for (const piece of title.split(TITLE_SEPARATOR)) {
    const name = squash(piece);
    if (name.length >= 3 && name.length <= 80 && hasLegalForm(name)) return name;
  }
  return null;
}
const fold = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\b(?:ltd|limited|llc|inc|gmbh|plc|corp)\b/g, '')
    .trim();

/**
 * The business that owns the site, when the page names it as such: the copyright holder of its
 * footer, taken when its name carries a legal form ("bee42 solutions gmbh") or the page's
 * <title> or author name it too ("Nubificus Ltd"). A careers page of one employer says so; the
 * caller takes it last, after the posting's own fields and the site's declared name.
 */
function siteOwner(page: PageIndex): string | null {
  const author = metaContent(page, 'author');
  const title = textOf(page.title);
  let body: string | null = null;
  for (const footer of page.footers) {
    const match = COPYRIGHT.exec(squash(nodeText(footer, 4_000)));
    // "© 积沙旅行 2015": the year after the holder is no part of its name.
    const holder = squash(match?.[1] ?? '')
      .replace(/\s+(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?$/, '')
      .replace(/[.\s]+$/, '');
    if (holder.length < 2 || /\d{4}/.test(holder)) continue;
    const named = [author, title].some((name) => name && fold(name) !== '' && fold(name) === fold(holder));
    if (named || LEGAL_FORM.test(holder) || LEGAL_FORM_WORLD.test(holder)) return holder;
    // The page names the holder outside its footer too ("负责开发【积沙旅行】…"): the site's owner.
    if (!page.main) continue;
    body ??= squash(nodeText(page.main, 40_000));
    let inMain = false;
    for (let n: AnyNode | null = footer; n && !inMain; n = n.parent) inMain = n === page.main;
    if (body.split(holder).length - 1 >= (inMain ? 2 : 1)) return holder;
  }
  return null;
}

/** An image that is the site's logo: so its class, id or file says. */
const LOGO = /logo/i;
/** Alt texts that name no one: the picture itself. */
const GENERIC_ALT =
  /^(?:logo|home|image|img|picture|icon|site logo|company logo|brand|главная|логотип|首页|ロゴ)$/i;

/**
 * The name a page's logo shows (`<img class="logo" alt="Kaddio">`), read last: a careers page of
 * one employer wears its logo in the header.
 */
function logoName(page: PageIndex): string | null {
  let top: AnyNode | null = page.main;
  while (top?.parent) top = top.parent;
  if (!top) return null;
  const logo = findElements(
    top,
    (el) =>
      el.name === 'img' &&
      !!el.attribs.alt?.trim() &&
      (LOGO.test(el.attribs.class ?? '') ||
        LOGO.test(el.attribs.id ?? '') ||
        LOGO.test(el.attribs.src ?? '')),
    1,
  )[0];
  const alt = squash(logo?.attribs.alt ?? '').replace(/\s+(?:logo|логотип)$/i, '');
  // "logo.png": the image's file, not the name it shows.
  return alt.length >= 2 && alt.length <= 60 && !GENERIC_ALT.test(alt) && !isFileName(alt) && !namesRole(alt)
    ? alt
    : null;
}

/** The text of the h2 or h3 that directly follows an h1 (text between them aside), else null. */
function headingUnder(h1: Element): string | null {
  const next = nextElement(h1);
  if (!next || (next.name !== 'h2' && next.name !== 'h3')) return null;
  const text = textOf(next);
  return text === '' || text.length > 200 ? null : text;
}

/** A heading that names a role, or whose bracket does: "Crime fighter (KYC Analyst - starter)". */
function headingNamesRole(text: string): boolean {
  if (namesRole(text)) return true;
  const inner = /\(([^()]{2,100})\)\s*$/.exec(text)?.[1] ?? '';
  return inner !== '' && isRoleLine(inner.split(/\s+[-–]\s+/)[0] ?? inner);
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
  // A labelled job name ("職種: 作業員") beats a heading that names no role ("RECRUIT 採用情報").
  const labelledTitle = fields.title;
  // Anything the head or headings add below is read from a heading.
  const labelled = labelledSources(fields);
  const under = page.h1 ? headingUnder(page.h1) : null;
  if (h1 !== '' && under && !headingNamesRole(h1) && headingNamesRole(under) && h1.length <= 80) {
    // "<h1>ING Hubs Slovakia</h1><h2>KYC Analyst</h2>": the employer over the job it offers.
    fields.title = under;
    fields.company ??= h1;
  } else if (h1 !== '' && labelledTitle && !headingNamesRole(h1)) {
    fields.title = labelledTitle;
  } else if (h1 !== '') {
    fields.title = h1;
    if (headTitle?.startsWith(h1)) {
      readTitleSuffix(fields, headTitle.slice(h1.length).replace(/^\s*(?:\||-|–|—|::|·|•)\s*/, ''));
    }
  } else if (labelledTitle) {
    fields.title = labelledTitle;
  } else if (headTitle) {
    // "Vice President, IS - Lone Star Health - Careers": the site's own word says nothing.
    const parts = headTitle.split(TITLE_SEPARATOR);
    while (parts.length > 1 && GENERIC_SUFFIX.test(squash(parts[parts.length - 1] ?? ''))) parts.pop();
    // "Ditcham Park School – Where every child is known and valued": a name over its motto is the
    // site's own name, not a job's.
    if (
      parts.length === 2 &&
      isTagline(squash(parts[1] ?? '')) &&
      !headingNamesRole(squash(parts[0] ?? ''))
    ) {
      const name = siteName(parts[0] ?? '');
      if (name.length >= 2 && name.length <= 80) fields.company ??= name;
    }
    fields.title = parts.length > 1 ? (parts.slice(0, -1).join(' - ') ?? headTitle) : headTitle;
    if (parts.length > 1) readTitleSuffix(fields, parts[parts.length - 1] ?? '');
  }
  const declared = metaContent(page, 'og:site_name');
  const company =
    fields.company ??
    (declared ? siteName(declared) || null : null) ??
    siteOwner(page) ??
    formalOwner(page) ??
    logoName(page);
  const remote = remoteFromText(fields.arrangement) ?? remoteFromText(fields.location);
  return {
    title: fields.title,
    company,
    location: buildLocation(fields.location, null, remote),
    employmentType: normalizeEmploymentType(fields.employmentType),
    postedAt: toIsoDate(fields.postedAt),
    provenance: {
      title: 'heading',
      company: labelled.company ?? (fields.company !== null ? 'heading' : 'board'),
      location: labelled.location ?? 'heading',
      employmentType: 'label',
    },
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
    provenance: labelledSources(fields),
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
