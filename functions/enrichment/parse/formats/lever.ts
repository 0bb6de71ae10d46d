/**
 * Lever postings API (`GET /v0/postings/{company}?mode=json`): a bare array of postings, or
 * `?group=` arrays of `{title, postings}`. The description is `description`, then each of
 * `lists[]` as a heading and its items, then `additional`.
 */

import {
  asList,
  asNumber,
  asRecord,
  asString,
  normalizeEmploymentType,
  ownEntry,
  toIsoDate,
} from '../../fields.ts';
import { currencyCode, makePay } from '../../pay/index.ts';
import type { Period, PostedPay, RawPosting } from '../../types.ts';
import { boardEmployer } from './board-identity.ts';
import { assertPostingCount } from './limits.ts';
import { buildLocation } from './location.ts';
import { hasMarkup } from './markup.ts';
import { buildRawPosting, type ParseContext } from './posting.ts';

type JsonRecord = Record<string, unknown>;

const INTERVALS: Readonly<Record<string, Period>> = {
  'per-year-salary': 'year',
  'per-month-salary': 'month',
  'per-week-salary': 'week',
  'per-day-wage': 'day',
  'per-hour-wage': 'hour',
};

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A Lever field as markup: its HTML variant, or its plain variant escaped into a paragraph. */
function htmlField(html: unknown, plain: unknown): string {
  const markup = asString(html);
  if (markup) return markup;
  const text = asString(plain);
  return text ? `<p>${escapeHtml(text)}</p>` : '';
}

function descriptionOf(posting: JsonRecord): string {
  const parts = [htmlField(posting.description, posting.descriptionPlain)];
  for (const item of asList(posting.lists).slice(0, 50)) {
    const list = asRecord(item);
    if (!list) continue;
    const heading = asString(list.text);
    const content = asString(list.content) ?? '';
    if (heading) parts.push(`<h3>${escapeHtml(heading)}</h3>`);
    if (content)
      parts.push(hasMarkup(content) && !/^\s*<(ul|ol)\b/i.test(content) ? `<ul>${content}</ul>` : content);
  }
  parts.push(htmlField(posting.additional, posting.additionalPlain));
  return parts.filter((part) => part !== '').join('\n');
}

function payOf(value: unknown): PostedPay | null {
  const range = asRecord(value);
  if (!range) return null;
  const interval = asString(range.interval);
  return makePay({
    min: asNumber(range.min),
    max: asNumber(range.max),
    currency: currencyCode(range.currency),
    period: interval ? (ownEntry(INTERVALS, interval) ?? null) : null,
    source: 'feed-field',
  });
}

function remoteOf(workplaceType: unknown): boolean | null {
  const value = asString(workplaceType)?.toLowerCase();
  if (value === 'remote') return true;
  if (value === 'on-site' || value === 'onsite' || value === 'hybrid') return false;
  return null;
}

function postingFrom(posting: JsonRecord, ctx: ParseContext, board: string | null): RawPosting | null {
  const categories = asRecord(posting.categories) ?? {};
  const place = asString(categories.location) ?? asString(asList(categories.allLocations)[0]);
  return buildRawPosting(
    {
      title: posting.text,
      company: board,
      location: buildLocation(place, asString(posting.country), remoteOf(posting.workplaceType)),
      employmentType: normalizeEmploymentType(categories.commitment),
      postedAt: toIsoDate(posting.createdAt),
      description: { html: descriptionOf(posting) },
      pay: payOf(posting.salaryRange),
      url: posting.hostedUrl ?? posting.applyUrl,
      externalId: posting.id,
    },
    ctx,
  );
}

/** Postings from a Lever postings array (flat or grouped). */
export function parseLever(json: unknown, ctx: ParseContext): RawPosting[] {
  // A bare array of postings, or one posting object (`/v0/postings/{site}/{id}`).
  const list = Array.isArray(json) ? json : asRecord(json) ? [json] : [];
  const postings = list.flatMap((item) => {
    const record = asRecord(item);
    if (!record) return [];
    return Array.isArray(record.postings) && !('text' in record) ? record.postings : [record];
  });
  assertPostingCount(postings.length);
  const records = postings.map(asRecord).filter((record) => record !== null);
  const sample = records.slice(0, 5);
  const board = boardEmployer([ctx.input.url, ...sample.flatMap((r) => [r.hostedUrl, r.applyUrl])], () =>
    sample.flatMap((r) =>
      [r.descriptionPlain, r.description, r.additionalPlain].filter((t) => typeof t === 'string'),
    ),
  );
  const out: RawPosting[] = [];
  for (const record of records) {
    const posting = postingFrom(record, ctx, board);
    if (posting) out.push(posting);
  }
  return out;
}
