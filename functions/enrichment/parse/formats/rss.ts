/**
 * RSS 2.0 (and RSS 1.0/RDF) feeds: each `<item>` one posting. The title may carry the company
 * ("IT Manager at Acme", "IT Manager (Acme)"); `content:encoded` is preferred to `description`;
 * CDATA and entity-escaped HTML both come out as markup; job-board extensions such as
 * `<company>`, `<location>`, `<job:employmentType>`, `<salary>` and Adzuna's `<adz:country>` are
 * read when present. Aggregators (Indeed) name the employer in `<source>` and join title, company
 * and place with dashes: "Head of IT - Aire Valley Housing - Leeds".
 */

import { normalizeEmploymentType, squash, toIsoDate } from '../../fields.ts';
import { makePay, parsePayText, periodFromUnit } from '../../pay/index.ts';
import type { RawPosting } from '../../types.ts';
import { pickSource } from '../provenance.ts';
import { statedEmployer } from './employer-evidence.ts';
import { feedEmployer, labelledLines } from './feed-identity.ts';
import { assertPostingCount } from './limits.ts';
import { buildLocation, looksLikeLocation } from './location.ts';
import { hasMarkup, htmlToText, markupText, unescapeMarkup } from './markup.ts';
import { buildRawPosting, type ParseContext } from './posting.ts';
import { withoutNews } from './posting-evidence.ts';
import {
  appendsEmployer,
  createTitleSplitter,
  DASH,
  dashedEmployer,
  looksLikeCompany,
  type SplitTitle,
} from './title-split.ts';
import { readXmlItems, type XmlField } from './xml-items.ts';
import { localName, prefixOf } from './xml-nodes.ts';

interface ItemFields {
  title: string | null;
  link: string | null;
  guid: string | null;
  date: string | null;
  description: string | null;
  encoded: string | null;
  company: string | null;
  location: string | null;
  country: string | null;
  /** RSS 2.0 `<source>`: the channel an item came from, which aggregators fill with the employer. */
  source: string | null;
  type: string | null;
  salary: string | null;
  /** An XML job feed's place in parts (Indeed's `<city>`, `<state>`), for items with no `<location>`. */
  city: string | null;
  region: string | null;
}

/** The field's text, trimmed; null when empty. */
function textOf(field: XmlField): string | null {
  const text = field.text.trim();
  return text === '' ? null : text;
}

/** The field's text on one line, or null. */
function lineOf(field: XmlField): string | null {
  const text = textOf(field);
  return text === null ? null : squash(text);
}

function readItem(item: readonly XmlField[]): ItemFields {
  const fields: ItemFields = {
    title: null,
    link: null,
    guid: null,
    date: null,
    description: null,
    encoded: null,
    company: null,
    location: null,
    country: null,
    source: null,
    type: null,
    salary: null,
    city: null,
    region: null,
  };
  for (const child of item) {
    switch (localName(child)) {
      case 'title':
        fields.title ??= htmlToText(textOf(child) ?? '') || null;
        break;
      case 'link':
      case 'url':
        fields.link ??= lineOf(child) ?? child.attribs.href ?? null;
        break;
      case 'guid':
      case 'id':
      case 'referencenumber':
      case 'requisitionid':
      case 'jobid':
        fields.guid ??= lineOf(child);
        break;
      case 'pubdate':
      case 'date':
      case 'published':
        fields.date ??= lineOf(child);
        break;
      case 'description':
      case 'summary':
        fields.description ??= textOf(child);
        break;
      case 'encoded':
        if (prefixOf(child) === 'content') fields.encoded ??= textOf(child);
        break;
      case 'company':
      case 'companyname':
      case 'employer':
      case 'hiringorganization':
        fields.company ??= lineOf(child);
        break;
      case 'location':
      case 'joblocation':
        fields.location ??= lineOf(child);
        break;
      case 'country':
        fields.country ??= lineOf(child);
        break;
      case 'city':
        fields.city ??= lineOf(child);
        break;
      case 'state':
      case 'region':
        fields.region ??= lineOf(child);
        break;
      case 'source':
        fields.source ??= lineOf(child);
        break;
      case 'employmenttype':
      case 'jobtype':
        fields.type ??= lineOf(child);
        break;
      case 'salary':
      case 'compensation':
        fields.salary ??= lineOf(child);
        break;
    }
  }
  return fields;
}

/** "Denver, CO": the place an XML job feed gives in parts, when it gives no `<location>`. */
function placeOf(item: ItemFields): string | null {
  if (item.location) return item.location;
  const parts = [item.city, item.region].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(', ') : null;
}

function periodInText(text: string): ReturnType<typeof periodFromUnit> {
  const word =
    /\b(?:per|an|a|each|\/)\s*(hour|hr|day|week|month|year|yr|annum)\b|\b(hourly|daily|weekly|monthly|annual|annually|yearly)\b/i.exec(
      text,
    );
  return periodFromUnit(word?.[1] ?? word?.[2]);
}

/**
 * "Head of IT - Aire Valley Housing - Leeds": the title, company and place an aggregator joins with
 * dashes. Split only when the last part reads as a place and the one before names the item's
 * company or source, or (with no company field) reads as a name: "IT Manager - Infrastructure -
 * Leeds" and "Head of IT - Service Desk Manager - Leeds" stay whole.
 */
function splitDashedTitle(title: string, item: ItemFields): SplitTitle | null {
  const dashes = [...title.matchAll(DASH)];
  if (dashes.length < 2) return null;
  const [before, last] = dashes.slice(-2);
  if (!before || !last) return null;
  const place = title.slice(last.index + last[0].length).trim();
  const company = title.slice(before.index + before[0].length, last.index).trim();
  if (!looksLikeLocation(place)) return null;
  const same = (name: string | null) => name !== null && name.toLowerCase() === company.toLowerCase();
  const named = same(item.company) || same(item.source);
  if (!named && (item.company !== null || !looksLikeCompany(company))) return null;
  return { title: title.slice(0, before.index).trim(), company, location: place };
}

/** The feed's own employer: its channel's title or author, when its items do not name theirs. */
function channelEmployer(head: readonly XmlField[]): string | null {
  for (const name of ['author', 'managingeditor', 'creator', 'publisher', 'title']) {
    const field = head.find((f) => localName(f) === name);
    // RSS's managingEditor is "jobs@acme.com (Acme Careers)": the name is in the parentheses.
    const text = field ? (lineOf(field)?.replace(/^\S+@\S+\s*\((.*)\)$/, '$1') ?? null) : null;
    const employer = text && !/@/.test(text) ? feedEmployer(text) : null;
    if (employer) return employer;
  }
  return null;
}

/** The employer an item's own words state (a hiring sentence, "We are Acme"), from its first lines. */
function itemTextEmployer(body: string, title: string): string | null {
  if (body === '') return null;
  const head = body.slice(0, ITEM_TEXT_CHARS * 2);
  // A line break or a block's end is a line of the text ("…<br/>Neuro Labs ищет …").
  const text = (
    hasMarkup(head)
      ? markupText(head.replace(/<(?:br|\/p|\/div|\/li|\/h[1-6])\b[^>]{0,40}>/gi, '$&\n'))
      : head
  ).slice(0, ITEM_TEXT_CHARS);
  return statedEmployer(text, title)?.value ?? null;
}
/** Characters of an item's text read for its employer: a post names it early. */
const ITEM_TEXT_CHARS = 3_000;

/**
 * A site's navigation or action a scraper took for an item ("Apply Now", "(Read more)", "Help",
 * "View all New Opportunities", "My Submissions"): never a job's title.
 */
const CHROME_TITLE =
  /^\W*(?:help|apply(?: now)?|\(?read more\)?|opportunities|vacancies|view all\b.{0,40}|go to profile|my submissions|site ?map)\W*$/i;

function isChrome(title: string): boolean {
  return CHROME_TITLE.test(squash(title));
}

/** Postings from an RSS feed; [] for a feed without items. */
export function parseRss(text: string, ctx: ParseContext): RawPosting[] {
  const feed = readXmlItems(text, 'item');
  const items = feed.items;
  assertPostingCount(items.length);
  const fields = items.map(readItem);
  const dashed = fields.map((f) => (f.title ? splitDashedTitle(squash(f.title), f) : null));
  const byDash = appendsEmployer(fields.map((f) => squash(f.title ?? '')).filter((t) => t !== ''));
  const split = createTitleSplitter(fields.map((f, i) => dashed[i]?.title ?? f.title ?? ''));
  const seen = new Set<string>();
  const drafts = fields.map((item, index) => {
    if (!item.title || isChrome(item.title)) return null;
    // A scraper's feed repeats an item (the same title at the same link): one posting. Different
    // titles at one link (a list page) stay apart.
    const key = `${squash(item.title).toLowerCase()}\n${item.link ?? item.guid ?? index}`;
    if (seen.has(key)) return null;
    seen.add(key);
    const title =
      dashed[index] ?? (byDash ? dashedEmployer(squash(item.title), false) : null) ?? split(item.title);
    const body = unescapeMarkup(item.encoded ?? item.description ?? '');
    const labels = labelledLines(body);
    const company = item.company ?? labels.company ?? title.company ?? item.source;
    return { item, title, body, labels, company };
  });
  // A feed whose items name their employers is an aggregator's: its channel is not the employer.
  const channel = drafts.some((d) => d?.company) ? null : channelEmployer(feed.head);
  // A channel of a topic ("Вакансии: продакт-менеджмент") names no employer: an item's own text
  // does ("Neuro Labs ищет продакт-менеджера", "We are Acme - …"), read only where nothing else did.
  if (!channel)
    for (const draft of drafts)
      if (draft && !draft.company) draft.company = itemTextEmployer(draft.body, draft.title.title);
  const warnings = feed.truncated ? [{ id: 'document-truncated', detail: feed.truncated }] : null;
  const out: RawPosting[] = [];
  for (const draft of drafts) {
    if (!draft) continue;
    const { item, title, body, labels } = draft;
    const place = placeOf(item);
    const salaryText = item.salary?.slice(0, 300) ?? null;
    const salary = salaryText ? parsePayText(salaryText) : null;
    const posting = buildRawPosting(
      {
        title: title.title,
        company: draft.company ?? channel,
        location: buildLocation(place ?? labels.location ?? title.location, item.country),
        provenance: {
          // An aggregator's <source> names the employer as a field does; a channel title is the feed's identity.
          company: pickSource(
            [item.company, 'structured'],
            [labels.company, 'label'],
            [title.company, 'inferred'],
            [item.source, 'structured'],
            [channel, 'board'],
            [draft.company, 'inferred'],
          ),
          location: pickSource(
            [place, 'structured'],
            [labels.location, 'label'],
            [title.location, 'inferred'],
          ),
        },
        employmentType: normalizeEmploymentType(item.type),
        postedAt: toIsoDate(item.date),
        description: hasMarkup(body) ? { html: body } : { text: body },
        pay:
          salary && salaryText
            ? makePay({
                ...salary,
                period: periodInText(salaryText),
                source: 'feed-field',
                raw: salaryText,
              })
            : null,
        url: item.link ?? (item.guid && /^https?:/i.test(item.guid) ? item.guid : null),
        externalId: item.guid ?? item.link,
        warnings,
      },
      ctx,
    );
    if (posting) out.push(posting);
  }
  return withoutNews(out, 'an RSS feed');
}
