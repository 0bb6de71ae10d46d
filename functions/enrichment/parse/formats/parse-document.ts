/**
 * One entry point for every input format: decode, detect (or take the caller's format), split
 * into postings. Whatever goes wrong with the document surfaces as a one-line `DocumentError`.
 */
import { firstCurrencyMark, PAY_RANGE_KEYS } from '../../pay/index.ts';
import type { DocumentInput, Format, RawPosting } from '../../types.ts';
import { DocumentError, NotAPostingError } from '../../types.ts';
import { withApplyLink } from './apply-link.ts';
import { parseAshby } from './ashby.ts';
import { parseAtom } from './atom.ts';
import { refuseCareerLadder } from './career-ladder.ts';
import { parseCsvJobs } from './csv-jobs.ts';
import { decodeDocument } from './decode.ts';
import {
  forcedTable,
  jsonFormatOf,
  moduleDocument,
  oneLine,
  readJson,
  type SniffedDocument,
  sniffDocument,
} from './detect-format.ts';
import { EMPLOYER_KEYS } from './employer-labels.ts';
import { type FrontMatter, frontMatterField, readFrontMatter, readJsonFrontMatter } from './front-matter.ts';
import { parseGreenhouse } from './greenhouse.ts';
import { parseHtml } from './html.ts';
import { parseJsonJobs } from './json-jobs.ts';
import { parseJsonFeed } from './jsonfeed.ts';
import { componentPropRecords, withComponentsAsCards } from './jsx-props.ts';
import { parseLever } from './lever.ts';
import { buildLocation } from './location.ts';
import { hasMarkup, htmlToText } from './markup.ts';
import { withoutTranslationTables } from './module-labels.ts';
import { roleCardsHtml } from './module-roles.ts';
import { withoutPlaceholders } from './placeholder.ts';
import { type ParseContext, titlePlace } from './posting.ts';
import { titleNamesRole } from './posting-evidence.ts';
import { parseRss } from './rss.ts';
import { parseModuleJobs } from './script-data.ts';
import { embeddedDocument, readSourceData } from './source-data.ts';
import { sourcePageMarkup } from './source-markup.ts';
import { refuseTemplatePages } from './template-page.ts';
import { parseText } from './text.ts';
import { namesRole } from './text-sections.ts';
import { markdownHeadingEnding } from './title-line.ts';
import { createTitleSplitter, keepUnlessEmployer } from './title-split.ts';
import { parseYamlJobs } from './yaml-jobs.ts';

const JSON_FORMATS: ReadonlySet<Format> = new Set(['jsonfeed', 'greenhouse', 'lever', 'ashby', 'json']);

function sniffAs(format: Format, text: string): SniffedDocument {
  if (format === 'module') return moduleDocument(text);
  if (format === 'csv' || format === 'tsv') return forcedTable(text, format);
  if (!JSON_FORMATS.has(format)) return { format };
  const { json, truncated } = readJson(text.trimStart());
  return truncated ? { format, json, truncated } : { format, json };
}

function splitDocument(text: string, sniffed: SniffedDocument, ctx: ParseContext): RawPosting[] {
  switch (sniffed.format) {
    case 'html':
      return parseHtml(text, ctx);
    case 'text':
      return parseText(text, ctx);
    case 'rss':
    case 'xml':
      return parseRss(text, ctx);
    case 'atom':
      return parseAtom(text, ctx);
    case 'jsonfeed':
      return parseJsonFeed(sniffed.json, ctx);
    case 'greenhouse':
      return parseGreenhouse(sniffed.json, ctx);
    case 'lever':
      return parseLever(sniffed.json, ctx);
    case 'ashby':
      return parseAshby(sniffed.json, ctx);
    case 'json':
      return parseJsonJobs(sniffed.json, ctx);
    case 'yaml':
      return parseYamlJobs(text, ctx, sniffed.data);
    case 'module':
      return moduleJobsOrPage(text, withoutTranslationTables(sniffed.data), ctx);
    case 'csv':
    case 'tsv':
      return parseCsvJobs(sniffed.data as Record<string, string>[], ctx);
  }
}

/**
 * A module's literal job records; a module with none whose components return a careers page as
 * JSX is that page, read as HTML.
 */
function moduleJobsOrPage(text: string, data: unknown, ctx: ParseContext): RawPosting[] {
  try {
    return parseModuleJobs(data, ctx);
  } catch (error) {
    if (!(error instanceof NotAPostingError)) throw error;
    // A feed or a page written whole into a string (a test's input): that document's postings.
    const embedded = embeddedDocument(data) ?? embeddedDocument(readSourceData(text));
    if (embedded !== null) {
      const inner = sniffDocument(embedded);
      return splitDocument(embedded, inner, { ...ctx, format: inner.format });
    }
    // The page's markup, with the cards its literal list of roles shows (none of which its
    // markup holds: `<JobList items={data} />`).
    const markup = sourcePageMarkup(text);
    const cards = roleCardsHtml(data);
    if (cards === null && markup !== null) {
      // The cards its repeated components' string props show (`<OpenRole jobtitle="…" …/>`), in their place.
      const props = componentPropRecords(text);
      const propCards = props === null ? null : roleCardsHtml(props);
      if (props !== null && propCards !== null)
        return parseHtml(withComponentsAsCards(markup, Object.keys(props), propCards), {
          ...ctx,
          format: 'html',
        });
    }
    if (markup === null && cards === null) throw error;
    return parseHtml(`${markup ?? ''}\n${cards ?? ''}`, { ...ctx, format: 'html' });
  }
}

/**
 * Splits a document into postings. `input.format` (other than 'auto') overrides detection.
 * Throws `DocumentError` with a one-line, human message for an unreadable, hostile or unknown
 * document; returns [] for a valid document without postings (an RSS feed with no items).
 * @example parseDocument({ content: rssXml, file: 'jobs.xml' }) // → RawPosting[] with source.format 'rss'
 */
export function parseDocument(input: DocumentInput): RawPosting[] {
  // A template's fields are placeholders, not values: decided here, once, for every reader.
  // (A page template with words around its marks, a page that says it is a sample: template-page.ts;
  // the numbered levels of a career ladder: career-ladder.ts.)
  const text = decodeDocument(input.content, input.contentType);
  return refuseCareerLadder(refuseTemplatePages(withoutPlaceholders(readDocument(input, text)), text));
}

function readDocument(input: DocumentInput, text: string): RawPosting[] {
  const forced = input.format && input.format !== 'auto' ? input.format : null;
  const front =
    (forced === null || forced === 'text' || forced === 'html' ? readFrontMatter(text) : null) ??
    (forced === null ? jsonFrontMatter(text) : null);
  if (front) {
    const postings = withFrontMatter(front, forced, input);
    return postings[0]?.source.format === 'html' ? withApplyLink(postings, front.body) : postings;
  }
  const sniffed = forced ? sniffAs(forced, text) : sniffDocument(text, input.contentType, input.file);
  try {
    const warnings = sniffed.truncated
      ? [{ id: 'document-truncated', detail: sniffed.truncated }]
      : undefined;
    const postings = splitDocument(text, sniffed, {
      format: sniffed.format,
      input,
      ...(warnings ? { warnings } : {}),
    });
    // A page read as one posting: its apply link's job id, which the link's text drops.
    return postings[0]?.source.format === 'html' ? withApplyLink(postings, text) : postings;
  } catch (error) {
    if (error instanceof DocumentError) throw error;
    // A parser fault on hostile input (a RangeError deep in a library) is still the document's
    // problem to report, in one line, with the original kept as the cause.
    const message = error instanceof Error ? error.message : String(error);
    throw new DocumentError(`could not read the ${sniffed.format} document: ${oneLine(message)}`, {
      cause: error,
    });
  }
}

/**
 * A Hugo page with JSON front matter: an object with a title, then the page's body. An object
 * with nothing after it is a JSON document, read as one when it is of a known shape (a board, a
 * job list); only an object of no known shape that has a title is a page, its prose the body.
 */
function jsonFrontMatter(text: string): FrontMatter | null {
  const front = readJsonFrontMatter(text);
  if (!front || !frontMatterField(front, TITLE_KEYS)) return null;
  if (front.body.trim() !== '') return front;
  if (jsonFormatOf(front.data) !== null || front.text === '') return null;
  return { fields: front.fields, body: front.text };
}

/** Where a section's own employer comes from: said by the section, not read from its words. */
const SAID = new Set(['structured', 'label', 'heading']);

const TITLE_KEYS = ['job-title', 'position-title', 'title', 'position', 'role', 'job'];
const COMPANY_KEYS = [
  'company',
  'employer',
  'organisation',
  'organization',
  'hiring-organization',
  // schema.org JobPosting's own names, which static-site job boards copy into their front matter.
  'hiring-organization-name',
  'client',
  'agency',
  'org',
  // Every other language's key for it ("company_name", "empresa", "公司"): the labels' table.
  ...EMPLOYER_KEYS,
];
/**
 * The site's own id of the opening (a requisition, an announcement number, the ATS posting id
 * the page was made from): it tells a re-opened role from a repost of the same one, so it is kept
 * on a line of the description where the job identity reads requisitions.
 */
const ID_KEYS = [
  'requisition',
  'requisition-id',
  'requisition-number',
  'req-id',
  'job-id',
  'job-announcement-number',
  'announcement-number',
  'vacancy-id',
  'posting-id',
  'leverid',
  'lever-id',
  'greenhouse-id',
  'ashby-id',
];
const LOCATION_KEYS = ['location', 'job-location', 'city', 'place'];
/** The posting's own link (a job board's copy points at the employer's ATS posting). */
const LINK_KEYS = ['apply-url', 'application-url', 'apply-link', 'job-url', 'link'];
/** A board's display text of the pay ("salary_text: TWD1000000 - TWD1500000") is the pay field too. */
const PAY_KEYS = ['salary', 'pay', 'compensation', 'wage', 'salary-range', 'base-salary', 'salary-text'];
/** schema.org's currency and unit of a bare `baseSalary: 25000` ("GBP", "£"; "year", "HOUR"). */
const PAY_CURRENCY_KEYS = ['salary-currency', 'currency'];
/** What one figure is of; a board's `salary_type: per_month` says it too. */
const PAY_PERIOD_KEYS = ['salary-period', 'salary-unit', 'unit-text', 'pay-period', 'salary-type'];
/**
 * The front matter's pay: one field, or a range kept as its two ends, written as a pay line reads:
 * a bare amount takes the currency and period the front matter gives beside it.
 */
function frontMatterPay(front: FrontMatter): string | null {
  const amount = frontMatterAmount(front);
  const period = frontMatterField(front, PAY_PERIOD_KEYS)?.replace(/^per[\s_-]+/i, '');
  const per = period && /^[A-Za-z]{3,7}$/.test(period) ? ` per ${period.toLowerCase()}` : '';
  if (!amount || !/^[\d.,\s-]+$|^(?:from|up to) [\d.,]+$/.test(amount)) {
    // A pay text with no period of its own takes the one the front matter states beside it.
    return amount && per && !STATES_PERIOD.test(amount) ? `${amount}${per}` : amount;
  }
  // Failing a currency field, the currency the one pay field writes beside the two bare ends
  // (`salary: 16 000-22 000 PLN + VAT (B2B)` over `salary_min: 16000`, `salary_max: 22000`).
  const one = frontMatterField(front, PAY_KEYS);
  const written = one ? firstCurrencyMark(one) : null;
  const currency = frontMatterField(front, PAY_CURRENCY_KEYS) ?? (written === 'DOLLAR' ? '$' : written);
  const mark = currency && /^(?:[A-Za-z]{3}|[$£€¥₹])$/.test(currency) ? `${currency.toUpperCase()} ` : '';
  return `${mark}${amount}${per}`;
}

/** A pay text that names its period already ("$50k/yr", "40 € per hour", "per annum"). */
const STATES_PERIOD =
  /\/\s*[A-Za-z]|\b(?:per|a|an|pro|par|por)\s+[A-Za-z]|\b(?:p\.?a|hourly|daily|weekly|monthly|yearly|annual(?:ly)?)\b/i;

/**
 * Both ends of a range kept as two fields say more than one pay field beside them (a careers
 * site's `compensation: $105,000.00/yr` next to `salary_min: $80,000.00/yr` and `salary_max:
 * $105,000.00/yr` is the top of the range), so they come first; then the one field; then one end.
 */
function frontMatterAmount(front: FrontMatter): string | null {
  const ends = PAY_RANGE_KEYS.map(([lo, hi]) => [front.fields.get(lo), front.fields.get(hi)] as const);
  for (const [min, max] of ends) if (min && max) return `${min} - ${max}`;
  const one = frontMatterField(front, PAY_KEYS);
  if (one) return one;
  for (const [min, max] of ends) if (min || max) return min ? `from ${min}` : `up to ${max}`;
  return null;
}

/**
 * A Markdown heading, or two list items in a row, at the start of a line: a post that opens with
 * inline HTML (a photo's `<img>`) and goes on in Markdown is Markdown, which allows HTML inline.
 */
const MARKDOWN_BLOCK = /^(?:#{1,6}[ \t]+\S|[*+-][ \t]+\S.*\n[*+-][ \t]+\S)/m;

/**
 * A static-site post: front matter, then the posting as Markdown or an HTML fragment. The front
 * matter's fields are structured and win for the title ("Employer: Title" split), company,
 * location and pay; when its title only adds the employer to a heading of the body, the heading
 * is the title as published.
 */
function withFrontMatter(front: FrontMatter, forced: Format | null, input: DocumentInput): RawPosting[] {
  const body = front.body;
  const format: Format =
    forced ??
    (/^\s*</.test(body) && hasMarkup(body.slice(0, 4_096)) && !MARKDOWN_BLOCK.test(body.slice(0, 20_000))
      ? 'html'
      : 'text');
  const ctx: ParseContext = { format, input };
  const split = (() => {
    const raw = frontMatterField(front, TITLE_KEYS);
    return raw ? createTitleSplitter([])(raw) : null;
  })();
  const company = frontMatterField(front, COMPANY_KEYS) ?? split?.company ?? null;
  const location = frontMatterField(front, LOCATION_KEYS) ?? split?.location ?? null;
  const pay = frontMatterPay(front);
  const opening = frontMatterField(front, ID_KEYS);
  // Front matter naming an employer, a place or pay declares a posting
  // (or a title that names a role, in any language the readers meet: "Acme Shared Services -
  // Service Desk Lead", "Chef de l'ingénierie").
  const declared: ParseContext = {
    ...ctx,
    declaredPosting: !!(company || location || pay || (split && titleNamesRole(split.title))),
  };
  if (body.trim() === '') {
    return split
      ? parseText(`${split.title}\n${pay ? `Salary: ${pay}` : ''}`, declared, { company, location })
      : [];
  }
  const documentTitle = frontMatterField(front, TITLE_KEYS);
  const postings =
    format === 'html'
      ? htmlWithTitle(body, declared, split?.title ?? null)
      : parseText(body, declared, { company, location, documentTitle });
  // Front matter's keys are the document's structured fields; a title split from it is read.
  const frontCompany = frontMatterField(front, COMPANY_KEYS) ? 'structured' : 'inferred';
  if (postings.length !== 1) {
    // The front matter's employer field is the document's: it outranks a name read from a line
    // of the body, not one a section states for itself (its label, its heading, its own fields).
    return postings.map((p) =>
      !company || (p.company && (frontCompany !== 'structured' || SAID.has(p.provenance?.company ?? '')))
        ? p
        : { ...p, company, provenance: { ...p.provenance, company: frontCompany } },
    );
  }
  const [posting] = postings as [RawPosting];
  // A title piece that is not the employer the page itself names (its site, its fields) is part
  // of the title: "Login.gov: Partnerships Director GS15" on TTS's site keeps its programme.
  const raw = frontMatterField(front, TITLE_KEYS);
  const own =
    split && raw && !frontMatterField(front, COMPANY_KEYS)
      ? keepUnlessEmployer(split, raw, posting.company)
      : split;
  const ownCompany = own === split ? company : null;
  // A post's title that names no role ("We're hiring: 2 new positions", "This Week in Fluvio")
  // is the post's, not the job's: the role the body names is the title.
  // Front matter with a job's own fields (an apply link, a closing date, pay, a requisition) is a
  // posting's, and its title the job's ("Presidential Innovation Fellow") whatever the role model knows.
  const jobFields = [...front.fields.keys()].some((key) => JOB_KEYS.has(key));
  const frontTitle =
    own && (jobFields || namesRole(own.title) || !readsAsTitle(posting.title) || format === 'html')
      ? own.title
      : null;
  // "Acme Shared Services - Service Desk Lead" over a body headed "Service Desk Lead": the heading.
  const heading = frontTitle
    ? format === 'html'
      ? headingEnding(body, frontTitle)
      : markdownHeadingEnding(body, frontTitle)
    : null;
  const named = (heading ?? frontTitle ?? posting.title).slice(0, 300);
  // "John Carroll University Faculty of Practice in Data Science": the employer the page names,
  // written before the role, is not part of the job's name.
  const employer = ownCompany ?? posting.company;
  const rest =
    employer?.includes(' ') && named.startsWith(`${employer} `)
      ? named.slice(employer.length + 1).trim()
      : '';
  const title = rest && (titleNamesRole(rest) || rest.split(' ').length >= 3) ? rest : named;
  const withPay = pay ? withLeadLine(posting.description, `Salary: ${pay}`) : posting.description;
  const withId =
    opening && /^[\w.-]{3,80}$/.test(opening) ? withLeadLine(withPay, `Requisition: ${opening}`) : withPay;
  const link = frontMatterField(front, LINK_KEYS);
  const description =
    link && /^https?:\/\/\S{4,400}$/.test(link) ? withLeadLine(withId, `Apply: ${link}`) : withId;
  const ownPlace = posting.location.text === null && (location ?? titlePlace(title));
  return [
    {
      ...posting,
      title,
      company: ownCompany?.slice(0, 200) ?? posting.company,
      location: ownPlace
        ? buildLocation((location ?? titlePlace(title) ?? '').slice(0, 200), null, posting.location.remote)
        : posting.location,
      description,
      provenance: {
        ...posting.provenance,
        ...(heading ? { title: 'heading' } : frontTitle ? { title: 'structured' } : {}),
        ...(ownCompany ? { company: frontCompany } : {}),
        ...(ownPlace ? { location: frontMatterField(front, LOCATION_KEYS) ? 'structured' : 'inferred' } : {}),
      },
    },
  ];
}

/**
 * An HTML fragment under front matter: a fragment with no heading of its own to name the job
 * ("<h2>Requirements</h2><ul>…</ul>") is headed by the front matter's title, as the site's layout
 * renders it, when that title names a role ("Careers" over a culture page heads no posting).
 */
function htmlWithTitle(body: string, ctx: ParseContext, title: string | null): RawPosting[] {
  const postings = parseHtml(body, ctx);
  if (postings.length > 0 || !title || !titleNamesRole(title)) return postings;
  const heading = `<h1>${title.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))}</h1>`;
  return parseHtml(`${heading}${body}`, ctx);
}

/** Front matter keys only a job posting has. */
const JOB_KEYS: ReadonlySet<string> = new Set([
  ...ID_KEYS,
  ...LINK_KEYS,
  ...PAY_KEYS,
  ...PAY_RANGE_KEYS.flat(),
  ...COMPANY_KEYS,
  ...LOCATION_KEYS,
  'closes',
  'closing-date',
  'close-date',
  'deadline',
  'opens',
  'job-post-type',
  'job-type',
  'employment-type',
  'gs-level',
  'grade',
]);

/** A title the body gave that reads as a job's name: a role, capitalised, not a cut sentence. */
function readsAsTitle(title: string): boolean {
  // "technology. Now's the time": a sentence's end inside; "Sr. Rust Engineer" is an abbreviation.
  return /^[\p{Lu}\d]/u.test(title) && !/\p{Ll}{3}[.!?;]\s/u.test(title) && namesRole(title);
}

/** A description with a front matter field stated above it, where its reader finds it (pay, requisition). */
function withLeadLine(description: RawPosting['description'], line: string): RawPosting['description'] {
  if ('text' in description) return { text: `${line}\n${description.text}` };
  if ('html' in description)
    return {
      html: `<p>${line.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))}</p>${description.html}`,
    };
  return { blocks: [{ kind: 'paragraph', text: line, section: null }, ...description.blocks] };
}

const HEADING = /<h[1-3]\b[^>]*>([^<]{2,200})<\/h[1-3]>/gi;

/** A heading of an HTML body that the front matter's title ends with (and is more than). */
function headingEnding(body: string, title: string): string | null {
  let n = 0;
  for (const match of body.slice(0, 65_536).matchAll(HEADING)) {
    if (++n > 20) break;
    const text = htmlToText(match[1] ?? '');
    if (text.length >= 3 && text.length < title.length && title.endsWith(text)) return text;
  }
  return null;
}
