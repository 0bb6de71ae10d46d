/**
 * RSS 2.0 (and RSS 1.0/RDF) feeds: each `<item>` one posting. The title may carry the company
 * ("IT Manager at Acme", "IT Manager (Acme)"); `content:encoded` is preferred to `description`;
 * CDATA and entity-escaped HTML both come out as markup; job-board extensions such as
 * `<company>`, `<location>`, `<job:employmentType>` and `<salary>` are read when present.
 */
import type { RawPosting } from '../types.ts';
import { normalizeEmploymentType, squash, toIsoDate } from './fields.ts';
import { assertPostingCount } from './limits.ts';
import { buildLocation } from './location.ts';
import { hasMarkup, htmlToText, unescapeMarkup } from './markup.ts';
import { makePay, parsePayText, periodFromUnit } from './pay.ts';
import { buildRawPosting, type ParseContext } from './posting.ts';
import { createTitleSplitter } from './title-split.ts';
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
  type: string | null;
  salary: string | null;
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
    type: null,
    salary: null,
  };
  for (const child of item) {
    switch (localName(child)) {
      case 'title':
        fields.title ??= htmlToText(textOf(child) ?? '') || null;
        break;
      case 'link':
        fields.link ??= lineOf(child) ?? child.attribs.href ?? null;
        break;
      case 'guid':
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

function periodInText(text: string): ReturnType<typeof periodFromUnit> {
  const word =
    /\b(?:per|an|a|each|\/)\s*(hour|hr|day|week|month|year|yr|annum)\b|\b(hourly|daily|weekly|monthly|annual|annually|yearly)\b/i.exec(
      text,
    );
  return periodFromUnit(word?.[1] ?? word?.[2]);
}

/** Postings from an RSS feed; [] for a feed without items. */
export function parseRss(text: string, ctx: ParseContext): RawPosting[] {
  const items = readXmlItems(text, 'item');
  assertPostingCount(items.length);
  const fields = items.map(readItem);
  const split = createTitleSplitter(fields.map((f) => f.title ?? ''));
  const out: RawPosting[] = [];
  for (const item of fields) {
    if (!item.title) continue;
    const title = split(item.title);
    const body = unescapeMarkup(item.encoded ?? item.description ?? '');
    const salaryText = item.salary?.slice(0, 300) ?? null;
    const salary = salaryText ? parsePayText(salaryText) : null;
    const posting = buildRawPosting(
      {
        title: title.title,
        company: item.company ?? title.company,
        location: buildLocation(item.location ?? title.location),
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
      },
      ctx,
    );
    if (posting) out.push(posting);
  }
  return out;
}
