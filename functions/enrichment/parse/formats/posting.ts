/**
 * The last step of every format parser: a `RawPosting` from loosely typed fields, with the
 * source reference filled in and the title and company reduced to text and bounded. The
 * description is left as it came: the blocks step bounds its nesting as it reads it.
 */

import { employmentTypeFromTitle, squash } from '../../fields.ts';
import type {
  DocumentInput,
  FieldSource,
  Format,
  Location,
  PostedPay,
  Provenance,
  RawPosting,
  Warning,
} from '../../types.ts';
import { definedProvenance } from '../provenance.ts';
import { buildLocation, looksLikeLocation, NO_LOCATION, remoteFromText } from './location.ts';
import { htmlToText } from './markup.ts';
import { isPlaceholder, isTemplatedLink } from './placeholder.ts';

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
  /** Where the reader took title, company, location and employment type from; the rest is its format's default. */
  readonly provenance?: Provenance;
}

/**
 * Where a format's fields come from when its reader does not say: a feed's or a board's fields
 * are structured (a board's company is its identity: Lever and Ashby name none per job); a page
 * read without markup takes its title from a heading; a text posting's fields are read from the
 * lines around its title.
 */
const FORMAT_SOURCES: Record<
  Format,
  { readonly title: FieldSource; readonly company: FieldSource; readonly other: FieldSource }
> = {
  html: { title: 'heading', company: 'inferred', other: 'label' },
  text: { title: 'inferred', company: 'inferred', other: 'inferred' },
  rss: { title: 'structured', company: 'structured', other: 'structured' },
  atom: { title: 'structured', company: 'structured', other: 'structured' },
  xml: { title: 'structured', company: 'structured', other: 'structured' },
  jsonfeed: { title: 'structured', company: 'structured', other: 'structured' },
  greenhouse: { title: 'structured', company: 'structured', other: 'structured' },
  lever: { title: 'structured', company: 'board', other: 'structured' },
  ashby: { title: 'structured', company: 'board', other: 'structured' },
  json: { title: 'structured', company: 'structured', other: 'structured' },
  yaml: { title: 'structured', company: 'structured', other: 'structured' },
  module: { title: 'structured', company: 'structured', other: 'structured' },
  csv: { title: 'structured', company: 'structured', other: 'structured' },
  tsv: { title: 'structured', company: 'structured', other: 'structured' },
};

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
  // A template's fields are placeholders, not values (placeholder.ts): read as none.
  const given = fields.location && !isPlaceholder(fields.location.text) ? fields.location : NO_LOCATION;
  // "UI/UX Designer (Remote/Europe)": a place the title states in brackets, where nothing else does.
  const bracketed = given.text === null ? titlePlace(title) : null;
  const location = bracketed ? buildLocation(bracketed, given.country, given.remote) : given;
  const remote = location.remote ?? (/\bremote\b/i.test(title) ? remoteFromText(title) : null);
  const inputUrl = cleanUrl(ctx.input.url);
  const named = cleanText(fields.company, MAX_COMPANY_CHARS);
  const company = isPlaceholder(named) ? null : named;
  const employmentType = fields.employmentType ?? employmentTypeFromTitle(title);
  const defaults = FORMAT_SOURCES[ctx.format];
  const said = fields.provenance ?? {};
  const provenance = definedProvenance({
    title: said.title ?? defaults.title,
    company: company === null ? undefined : (said.company ?? defaults.company),
    location: location.text === null ? undefined : bracketed ? 'inferred' : (said.location ?? defaults.other),
    employmentType:
      employmentType === null
        ? undefined
        : fields.employmentType
          ? (said.employmentType ?? defaults.other)
          : 'inferred',
  });
  return {
    source: {
      format: ctx.format,
      url: (isTemplatedLink(fields.url) ? null : cleanUrl(fields.url, inputUrl)) ?? inputUrl,
      externalId: cleanId(fields.externalId),
      file: ctx.input.file ?? null,
    },
    title,
    company,
    location: remote === location.remote ? location : { ...location, remote },
    employmentType,
    postedAt: fields.postedAt ?? null,
    description,
    pay: fields.pay ?? null,
    ...(fields.warnings?.length
      ? { warnings: fields.warnings }
      : ctx.warnings?.length
        ? { warnings: ctx.warnings }
        : {}),
    provenance,
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
