/**
 * A schema.org JobPosting, as JSON-LD gives it or as microdata is read into the same shape, to
 * posting fields: title, hiring organisation, places, remote flag, employment type, date, pay.
 */

import { asList, asRecord, asString, normalizeEmploymentType, toIsoDate } from '../../fields.ts';
import { payFromMonetaryAmount } from '../../pay/index.ts';
import type { Location, SalarySource } from '../../types.ts';
import { buildLocation, countryCode } from './location.ts';
import { hasMarkup, unescapeMarkup } from './markup.ts';
import type { Description, PostingFields } from './posting.ts';

type JsonRecord = Record<string, unknown>;

/** Resolves `{"@id": "#org"}` references against the nodes of the same document. */
export type IdIndex = ReadonlyMap<string, JsonRecord>;

function resolve(value: unknown, ids: IdIndex): unknown {
  const record = asRecord(value);
  const id = record && typeof record['@id'] === 'string' ? record['@id'] : null;
  if (id && record && Object.keys(record).length === 1) return ids.get(id) ?? value;
  return value;
}

/** The text of a schema.org value: a string, a number, `{name}`, `{@value}`, or a list's first. */
function textOf(value: unknown, ids: IdIndex): string | null {
  for (const item of asList(value).slice(0, 10)) {
    const direct = asString(item);
    if (direct) return direct;
    const record = asRecord(resolve(item, ids));
    const named = record
      ? (asString(record.name) ?? asString(record['@value']) ?? asString(record.value))
      : null;
    if (named) return named;
  }
  return null;
}

function placeOf(value: unknown, ids: IdIndex): { text: string | null; country: string | null } {
  const direct = asString(value);
  if (direct) return { text: direct, country: null };
  const place = asRecord(resolve(value, ids));
  if (!place) return { text: null, country: null };
  const addressValue = resolve(asList(place.address)[0], ids);
  const addressText = asString(addressValue);
  const address = asRecord(addressValue) ?? place;
  const country = textOf(address.addressCountry, ids);
  const parts = [asString(address.addressLocality), asString(address.addressRegion)].filter(
    (part): part is string => part !== null,
  );
  const text =
    parts.length > 0 ? parts.join(', ') : (addressText ?? asString(place.name) ?? asString(address.name));
  return { text: text ?? (country && !countryCode(country) ? country : null), country };
}

function isTelecommute(value: unknown): boolean {
  return asList(value).some((item) => typeof item === 'string' && /telecommute|remote/i.test(item));
}

function locationOf(posting: JsonRecord, ids: IdIndex): Location {
  const places = asList(posting.jobLocation)
    .slice(0, 20)
    .map((place) => placeOf(place, ids))
    .filter((place) => place.text !== null || place.country !== null);
  const remote = isTelecommute(posting.jobLocationType);
  const required = textOf(posting.applicantLocationRequirements, ids);
  const texts = [...new Set(places.map((place) => place.text).filter((t): t is string => t !== null))];
  const text = texts.length > 0 ? texts.slice(0, 5).join('; ') : remote ? 'Remote' : null;
  const country = places.find((place) => place.country)?.country ?? required;
  const flag = remote ? true : places.length > 0 ? false : null;
  return buildLocation(text, country, flag);
}

function descriptionOf(value: unknown): Description | null {
  const text = asString(value);
  if (!text) return null;
  const markup = unescapeMarkup(text);
  return hasMarkup(markup) ? { html: markup } : { text: markup };
}

/** `identifier` as a string, or a PropertyValue's `value` (its `name` is the issuer, not the id). */
function identifierOf(posting: JsonRecord): string | null {
  const identifier = asList(posting.identifier)[0];
  const record = asRecord(identifier);
  return asString(identifier) ?? (record ? (asString(record.value) ?? asString(record['@value'])) : null);
}

/** Whether a schema.org `@type` (a string or a list) is JobPosting, with or without a vocabulary prefix. */
export function isJobPostingType(type: unknown): boolean {
  return asList(type).some((item) => typeof item === 'string' && /(?:^|[/:#])JobPosting$/.test(item));
}

/**
 * Posting fields from a schema.org JobPosting object (`source` is 'jsonld', 'microdata' or 'rdfa' and
 * tags the pay). Wrong types are skipped, never thrown on.
 */
export function fieldsFromJobPosting(posting: JsonRecord, source: SalarySource, ids: IdIndex): PostingFields {
  return {
    title: asString(posting.title) ?? asString(posting.name),
    company: textOf(posting.hiringOrganization, ids),
    location: locationOf(posting, ids),
    employmentType: normalizeEmploymentType(posting.employmentType),
    postedAt: toIsoDate(posting.datePosted),
    description: descriptionOf(posting.description),
    pay: payFromMonetaryAmount(posting.baseSalary, source),
    url: asString(posting.url),
    externalId: identifierOf(posting),
    provenance: STRUCTURED,
  };
}

const STRUCTURED = {
  title: 'structured',
  company: 'structured',
  location: 'structured',
  employmentType: 'structured',
} as const;
