/**
 * The last step of every format parser: a `RawPosting` from loosely typed fields, with the
 * source reference filled in and the title and company reduced to text and bounded. The
 * description is left as it came: the blocks step bounds its nesting as it reads it.
 */

import { employmentTypeFromTitle, squash } from '../../fields.ts';
import type { DocumentInput, Format, Location, PostedPay, RawPosting, Warning } from '../../types.ts';
import { buildLocation, looksLikeLocation, NO_LOCATION, remoteFromText } from './location.ts';
import { htmlToText } from './markup.ts';

const MAX_TITLE_CHARS = 300;
const MAX_COMPANY_CHARS = 200;
const MAX_ID_CHARS = 512;
const MAX_URL_CHARS = 2_048;

export interface ParseContext {
  readonly format: Format;
  readonly input: DocumentInput;
  /** Said on every posting of the document: it was cut off part-way. */
  readonly warnings?: readonly Warning[];
  /**
   * The document declares it is a posting (front matter naming an employer, a place or pay), so
   * a page read as one posting is not judged for offer evidence.
   */
  readonly declaredPosting?: boolean;
}

export type Description = RawPosting['description'];

export interface PostingFields {
  readonly title: unknown;
  readonly company?: string | null;
  readonly location?: Location;
  readonly employmentType?: string | null;
  readonly postedAt?: string | null;
  readonly description?: Description | null;
  readonly pay?: PostedPay | null;
  readonly url?: unknown;
  readonly externalId?: unknown;
  readonly warnings?: readonly Warning[] | null;
}

/** An absolute http(s) URL (relative ones resolved against the document's URL), else null. */
export function cleanUrl(value: unknown, base?: string | null): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text === '' || text.length > MAX_URL_CHARS) return null;
  try {
    const url = base ? new URL(text, base) : new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function cleanId(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const text = squash(value);
  return text === '' ? null : text.slice(0, MAX_ID_CHARS);
}

function cleanText(value: string | null | undefined, max: number): string | null {
  if (!value) return null;
  const text = htmlToText(value).slice(0, max).trim();
  return text === '' ? null : text;
}

/**
 * A `RawPosting`, or null when the fields hold no usable title (a posting without a title
 * cannot be classified, and a feed item without one is not a job).
 */
export function buildRawPosting(fields: PostingFields, ctx: ParseContext): RawPosting | null {
  const rawTitle =
    typeof fields.title === 'string'
      ? fields.title
      : typeof fields.title === 'number'
        ? String(fields.title)
        : '';
  const title = cleanText(rawTitle, MAX_TITLE_CHARS);
  if (!title) return null;
  const description = fields.description ?? { text: '' };
  const given = fields.location ?? NO_LOCATION;
  // "UI/UX Designer (Remote/Europe)": a place the title states in brackets, where nothing else does.
  const bracketed = given.text === null ? titlePlace(title) : null;
  const location = bracketed ? buildLocation(bracketed, given.country, given.remote) : given;
  const remote = location.remote ?? (/\bremote\b/i.test(title) ? remoteFromText(title) : null);
  const inputUrl = cleanUrl(ctx.input.url);
  return {
    source: {
      format: ctx.format,
      url: cleanUrl(fields.url, inputUrl) ?? inputUrl,
      externalId: cleanId(fields.externalId),
      file: ctx.input.file ?? null,
    },
    title,
    company: cleanText(fields.company, MAX_COMPANY_CHARS),
    location: remote === location.remote ? location : { ...location, remote },
    employmentType: fields.employmentType ?? employmentTypeFromTitle(title),
    postedAt: fields.postedAt ?? null,
    description,
    pay: fields.pay ?? null,
    ...(fields.warnings?.length
      ? { warnings: fields.warnings }
      : ctx.warnings?.length
        ? { warnings: ctx.warnings }
        : {}),
  };
}

const TITLE_BRACKET = /[([]([^()[\]]{2,60})[)\]]\s*$/;

/** The place a title's last bracket names ("(Remote/Europe)", "(Leeds)"), else null. */
export function titlePlace(title: string): string | null {
  const inner = squash(TITLE_BRACKET.exec(title)?.[1] ?? '');
  return inner !== '' && looksLikeLocation(inner) ? inner : null;
}

/** `{html}` when the string holds markup, `{text}` otherwise. */
export function describeAs(content: string, isHtml: boolean): Description {
  return isHtml ? { html: content } : { text: content };
}
