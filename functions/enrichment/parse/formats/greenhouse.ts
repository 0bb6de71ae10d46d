/**
 * Greenhouse job board API (`GET /v1/boards/{board}/jobs?content=true`): `{"jobs": [...]}`.
 * `content` is HTML escaped once more than it should be; the pay comes from `pay_input_ranges`
 * (`?pay_transparency=true`) or, failing that, the `content-pay-transparency` widget inside the
 * content ("$165,000 — $195,000 USD").
 */
import { load } from 'cheerio/slim';
import {
  asList,
  asNumber,
  asRecord,
  asString,
  normalizeEmploymentType,
  squash,
  toIsoDate,
} from '../../fields.ts';
import { currencyCode, inferPeriod, makePay, parsePayText, readPayLabel } from '../../pay/index.ts';
import type { PostedPay, RawPosting } from '../../types.ts';
import { pickSource } from '../provenance.ts';
import { boardEmployer } from './board-identity.ts';
import { assertPostingCount } from './limits.ts';
import { buildLocation } from './location.ts';
import { unescapeMarkup } from './markup.ts';
import { buildRawPosting, type ParseContext } from './posting.ts';

type JsonRecord = Record<string, unknown>;

const WIDGET = 'content-pay-transparency';
const WIDGET_CHARS = 4_000;
/** A range's title: `.title` on Greenhouse boards, a `*-title` class on some themes. */
const TITLE = '.title, [class*="title"]';

/** The first base range, else the first OTE one: a range's title may say which it is (`readPayLabel`). */
function preferBase(pays: Iterable<PostedPay | null>): PostedPay | null {
  let ote: PostedPay | null = null;
  for (const pay of pays) {
    if (!pay) continue;
    if (pay.kind !== 'ote') return pay;
    ote ??= pay;
  }
  return ote;
}

function* rangePays(value: unknown): Generator<PostedPay | null> {
  for (const item of asList(value).slice(0, 10)) {
    const range = asRecord(item);
    if (!range) continue;
    const label = readPayLabel(asString(range.title) ?? '');
    if (label.notSalary) continue;
    const minCents = asNumber(range.min_cents);
    const maxCents = asNumber(range.max_cents);
    const min = minCents === null ? null : minCents / 100;
    const max = maxCents === null ? null : maxCents / 100;
    yield makePay({
      min,
      max,
      currency: currencyCode(range.currency_type),
      period: label.period ?? inferPeriod(min, max),
      source: 'feed-field',
      ...(label.kind ? { kind: label.kind } : {}),
    });
  }
}

/**
 * The pay widget Greenhouse renders into `content`, parsed from a slice around it only. Each range
 * sits under a title ("US Pay Range", "On-Target Earnings (OTE)", "Salarisindicatie (bruto per
 * maand)") that may state its period and kind; a range titled as a bonus alone is not the salary.
 */
function* widgetPays(html: string): Generator<PostedPay | null> {
  const at = html.indexOf(WIDGET);
  if (at === -1) return;
  const start = html.lastIndexOf('<', at);
  const $ = load(html.slice(start === -1 ? at : start, at + WIDGET_CHARS), null, false);
  for (const range of $('.pay-range').toArray()) {
    const raw = squash(
      $(range)
        .children()
        .toArray()
        .map((child) => $(child).text())
        .join(' ') || $(range).text(),
    );
    const input = $(range).closest('.pay-input');
    const title = squash((input.length ? input.find(TITLE) : $(range).prevAll(TITLE)).first().text());
    const label = readPayLabel(title);
    if (label.notSalary) continue;
    const { min, max, currency } = parsePayText(raw);
    yield makePay({
      min,
      max,
      currency,
      period: label.period ?? inferPeriod(min, max),
      source: 'feed-field',
      raw,
      ...(label.kind ? { kind: label.kind } : {}),
    });
  }
}

function metadataValue(job: JsonRecord, name: RegExp): string | null {
  for (const item of asList(job.metadata).slice(0, 50)) {
    const entry = asRecord(item);
    if (!entry || typeof entry.name !== 'string' || !name.test(entry.name)) continue;
    const value = asString(entry.value) ?? asString(asList(entry.value)[0]);
    if (value) return value;
    if (typeof entry.value === 'boolean') return entry.value ? 'yes' : 'no';
  }
  return null;
}

function remoteFromMetadata(job: JsonRecord): boolean | null {
  const value = metadataValue(job, /remote|workplace|work arrangement|location type/i);
  if (!value) return null;
  if (/^(yes|true|remote|fully remote)$/i.test(value)) return true;
  if (/^(no|false|on-?site|hybrid|in office)$/i.test(value)) return false;
  return null;
}

function postingFromJob(job: JsonRecord, ctx: ParseContext, board: string | null): RawPosting | null {
  const content = typeof job.content === 'string' ? unescapeMarkup(job.content) : '';
  return buildRawPosting(
    {
      title: job.title,
      company: asString(job.company_name) ?? board,
      location: buildLocation(
        asString(asRecord(job.location)?.name) ?? asString(job.location),
        null,
        remoteFromMetadata(job),
      ),
      employmentType: normalizeEmploymentType(
        metadataValue(job, /employment type|job type|time type|contract type|commitment/i),
      ),
      postedAt: toIsoDate(job.first_published) ?? toIsoDate(job.updated_at),
      description: { html: content },
      pay: preferBase(rangePays(job.pay_input_ranges)) ?? preferBase(widgetPays(content)),
      url: job.absolute_url,
      // A job without its own company name takes the board's (its token or page name).
      provenance: { company: pickSource([asString(job.company_name), 'structured'], [board, 'board']) },
      externalId: job.id ?? job.internal_job_id,
    },
    ctx,
  );
}

/** Postings from a Greenhouse board (or a single Greenhouse job object). */
export function parseGreenhouse(json: unknown, ctx: ParseContext): RawPosting[] {
  const root = asRecord(json) ?? {};
  const jobs = Array.isArray(root.jobs) ? root.jobs : 'absolute_url' in root ? [root] : [];
  assertPostingCount(jobs.length);
  const records = jobs.map(asRecord).filter((job) => job !== null);
  const board = boardEmployer([ctx.input.url, ...records.slice(0, 5).map((job) => job.absolute_url)], () =>
    records.slice(0, 5).map((job) => (typeof job.content === 'string' ? unescapeMarkup(job.content) : '')),
  );
  const out: RawPosting[] = [];
  for (const job of records) {
    const posting = postingFromJob(job, ctx, board);
    if (posting) out.push(posting);
  }
  return out;
}
