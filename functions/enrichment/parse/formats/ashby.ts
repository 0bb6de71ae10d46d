/**
 * Ashby job board API (`GET /posting-api/job-board/{board}?includeCompensation=true`):
 * `{"jobs": [...]}`. Only the Salary component of the compensation is the salary; equity,
 * bonus and commission components are not.
 */

import { asList, asNumber, asRecord, asString, normalizeEmploymentType, toIsoDate } from '../../fields.ts';
import { currencyCode, makePay, periodFromUnit } from '../../pay/index.ts';
import type { PostedPay, RawPosting } from '../../types.ts';
import { boardEmployer } from './board-identity.ts';
import { assertPostingCount } from './limits.ts';
import { buildLocation } from './location.ts';
import { unescapeMarkup } from './markup.ts';
import { buildRawPosting, type Description, type ParseContext } from './posting.ts';

type JsonRecord = Record<string, unknown>;

function salaryFrom(components: unknown, raw: string | null): PostedPay | null {
  for (const item of asList(components).slice(0, 20)) {
    const component = asRecord(item);
    if (!component || asString(component.compensationType)?.toLowerCase() !== 'salary') continue;
    const pay = makePay({
      min: asNumber(component.minValue),
      max: asNumber(component.maxValue),
      currency: currencyCode(component.currencyCode),
      period: periodFromUnit(component.interval),
      source: 'feed-field',
      kind: 'base',
      raw: asString(component.summary) ?? raw,
    });
    if (pay) return pay;
  }
  return null;
}

function payOf(compensation: unknown): PostedPay | null {
  const record = asRecord(compensation);
  if (!record) return null;
  for (const item of asList(record.compensationTiers).slice(0, 20)) {
    const tier = asRecord(item);
    const pay = tier ? salaryFrom(tier.components, asString(tier.tierSummary)) : null;
    if (pay) return pay;
  }
  return salaryFrom(record.summaryComponents, asString(record.compensationTierSummary));
}

function remoteOf(job: JsonRecord): boolean | null {
  if (job.isRemote === true) return true;
  const workplace = asString(job.workplaceType)?.toLowerCase();
  if (workplace === 'remote') return true;
  if (workplace === 'onsite' || workplace === 'on-site' || workplace === 'hybrid') return false;
  return job.isRemote === false ? false : null;
}

function descriptionOf(job: JsonRecord): Description {
  const html = asString(job.descriptionHtml);
  if (html) return { html: unescapeMarkup(html) };
  return { text: asString(job.descriptionPlain) ?? '' };
}

function postingFrom(job: JsonRecord, ctx: ParseContext, board: string | null): RawPosting | null {
  const address = asRecord(asRecord(job.address)?.postalAddress);
  return buildRawPosting(
    {
      title: job.title,
      company: board,
      location: buildLocation(asString(job.location), asString(address?.addressCountry), remoteOf(job)),
      employmentType: normalizeEmploymentType(job.employmentType),
      postedAt: toIsoDate(job.publishedAt) ?? toIsoDate(job.updatedAt),
      description: descriptionOf(job),
      pay: payOf(job.compensation),
      url: job.jobUrl ?? job.applyUrl,
      externalId: job.id ?? job.jobUrl,
    },
    ctx,
  );
}

/** Postings from an Ashby job board. */
export function parseAshby(json: unknown, ctx: ParseContext): RawPosting[] {
  const root = asRecord(json) ?? {};
  const jobs = Array.isArray(root.jobs) ? root.jobs : [];
  assertPostingCount(jobs.length);
  const records = jobs.map(asRecord).filter((job) => job !== null);
  const sample = records.slice(0, 5);
  const board = boardEmployer([ctx.input.url, ...sample.flatMap((j) => [j.jobUrl, j.applyUrl])], () =>
    sample.flatMap((j) => [j.descriptionPlain, j.descriptionHtml].filter((t) => typeof t === 'string')),
  );
  const out: RawPosting[] = [];
  for (const job of records) {
    const posting = postingFrom(job, ctx, board);
    if (posting) out.push(posting);
  }
  return out;
}
