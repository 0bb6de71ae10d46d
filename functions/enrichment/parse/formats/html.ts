/**
 * A careers page to postings: every schema.org JobPosting in its JSON-LD (or, failing that, its
 * microdata), each one posting; a page with neither gives one posting read from the page itself.
 */
import type { CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { squash } from '../../fields.ts';
import type { Block, RawPosting } from '../../types.ts';
import { pickSource } from '../provenance.ts';
import { nodesToBlocks } from '../text-blocks.ts';
import { looksLikeTextFirstFragment } from './detect-format.ts';
import { formalOrganisation, statedEmployer, textEmployer } from './employer-evidence.ts';
import { findHtmlParts } from './html-cards.ts';
import { markdownLines } from './html-links.ts';
import {
  listHeadingPlace,
  mainContentBlocks,
  partLines,
  placeColumn,
  readPageFacts,
  readPartFacts,
} from './html-page.ts';
import { findJsonLdPostings } from './jsonld.ts';
import { assertPostingCount } from './limits.ts';
import { buildLocation, remoteFromText } from './location.ts';
import { headingTitle, namesRole } from './markdown-headings.ts';
import { loadHtml, nodeText } from './markup.ts';
import { readMicrodataPostings, readRdfaPostings } from './microdata.ts';
import { componentRoleCards } from './module-roles.ts';
import { indexPage, type PageIndex } from './page-index.ts';
import { mailDomainName } from './page-owner.ts';
import { buildRawPosting, type ParseContext, type PostingFields } from './posting.ts';
import { refuseUnlessOffer } from './posting-evidence.ts';
import { isPostingUrl } from './posting-hosts.ts';
import { fieldsFromJobPosting } from './schema-posting.ts';
import { sourcePageMarkup } from './source-markup.ts';
import { parseText } from './text.ts';
import { splitTextSections } from './text-sections.ts';
import { pickTitleLine, type TitlePick } from './title-line.ts';
import { createTitleSplitter, keepUnlessEmployer } from './title-split.ts';

/**
 * Below this a JSON-LD description is a stub ("See posting body.", "Description below"), not the
 * posting; a short real summary (a hundred characters) is kept, since the page around it may hold
 * cookie banners and other jobs.
 */
const STUB_CHARS = 60;

/** How much a description says, in characters (of its markup, an upper bound for HTML). */
function descriptionChars(description: PostingFields['description']): number {
  if (!description) return 0;
  if ('blocks' in description) return description.blocks.reduce((n, b) => n + b.text.length, 0);
  return ('html' in description ? description.html : description.text).trim().length;
}

/** A document of several top-level elements with no html, body, main or article to hold them. */
function isFragment($: CheerioAPI, page: PageIndex): boolean {
  const main = page.main;
  if (!main || main.name === 'body' || main.name === 'main' || main.name === 'article') return false;
  if (main.attribs.role === 'main') return false;
  // A component's <script> block first (Svelte, Vue): the page is what follows it, not the script.
  if (main.type === 'script' || main.type === 'style') return true;
  let elements = 0;
  for (const node of $.root()[0]?.children ?? []) {
    if (node.type === 'tag' && ++elements > 1) return true;
    if (node.type === 'text' && (node as unknown as { data: string }).data.trim() !== '') return true;
  }
  return false;
}

function isTag(node: AnyNode): node is Element {
  return node.type === 'tag';
}

/** The job a page's content names when its head names none: a heading, a labelled title, a role line. */
function titleFromBlocks(blocks: readonly Block[]): TitlePick | null {
  const lines: string[] = [];
  for (const block of blocks) {
    if (lines.length >= 60) break;
    lines.push(block.kind === 'heading' ? `## ${block.text}` : block.text);
  }
  return pickTitleLine(lines);
}

/**
 * The openings a page lists as links, read from its content written as Markdown lines (links
 * kept): [] unless the text readers split it into two or more postings, most with a link of
 * their own. A page whose heading names one role is that posting; its links are other jobs.
 */
function linkedPage(root: Element, ctx: ParseContext): RawPosting[] {
  const lines = markdownLines(root);
  // "# 18F Chapter Directors" over links to its teams' profiles: the page is that posting.
  const heading = headingTitle(/^#\s+(.*)$/.exec(lines.find((line) => /^#\s/.test(line)) ?? '')?.[1] ?? '');
  if (heading !== '' && (namesRole(heading) || namesRole(heading.replace(/(?<=\p{Ll})s$/u, '')))) return [];
  const split = splitTextSections(lines, true);
  if (!split || split.sections.length < 2) return [];
  // Links to postings (an applicant tracking system's, the site's own "/jobs/<slug>"), not to
  // profiles, PDFs or articles a single posting's page links for its teams.
  const linked = split.sections.filter((section) => section.url && isPostingUrl(section.url));
  if (linked.length * 2 <= split.sections.length) return [];
  const postings = parseText(lines.join('\n'), { ...ctx, declaredPosting: true });
  return postings.length >= 2 ? postings : [];
}

/** Postings from an HTML page (see the module comment); [] when the page has no title at all. */
export function parseHtml(source: string, ctx: ParseContext): RawPosting[] {
  // A page kept as a template (PHP, ERB, Vue, Svelte, Liquid…): its markup, without the code.
  const markup = sourcePageMarkup(source);
  // A component page's records its template renders by a loop (`v-for`): the cards it shows.
  const cards = markup !== null && source.includes('<script') ? componentRoleCards(source) : null;
  const text = markup === null ? source : cards === null ? markup : `${markup}\n${cards}`;
  let $ = loadHtml(text);
  let page = indexPage($);
  // A fragment ("<h2>IT Manager</h2><p>…</p>") has no body: read it whole, as the body it stands for.
  if (isFragment($, page)) {
    $ = loadHtml(`<body>${text}</body>`);
    page = indexPage($);
  }
  const jsonLd = findJsonLdPostings(page.jsonLdScripts);
  const structured =
    jsonLd.postings.length > 0
      ? jsonLd.postings.map((posting) => fieldsFromJobPosting(posting, 'jsonld', jsonLd.ids))
      : page.microdataPostings.length > 0
        ? readMicrodataPostings($, page.microdataPostings).map((posting) =>
            fieldsFromJobPosting(posting, 'microdata', new Map()),
          )
        : readRdfaPostings($, page.rdfaPostings).map((posting) =>
            fieldsFromJobPosting(posting, 'rdfa', new Map()),
          );
  assertPostingCount(structured.length);

  const root = page.main;
  // Read lazily: JSON-LD usually says everything, and the labelled-field scan is not free.
  // (Always before `pageDescription`, which drops the page chrome in place.)
  let factsCache: ReturnType<typeof readPageFacts> | null = null;
  const pageFacts = () => {
    factsCache ??= readPageFacts($, page);
    return factsCache;
  };
  let pageBlocks: readonly Block[] | null = null;
  const pageDescription = () => {
    pageBlocks ??= mainContentBlocks($, root);
    return { blocks: pageBlocks };
  };

  /** The structured description, unless it is a stub and the page itself says more. */
  const fullerDescription = (description: PostingFields['description']) => {
    const chars = descriptionChars(description);
    if (chars >= STUB_CHARS) return description;
    const onPage = pageDescription();
    return descriptionChars(onPage) > chars ? onPage : description;
  };

  // A page that lists several postings (job cards, a section per role): one posting each.
  const parts = structured.length === 0 && root ? findHtmlParts(root, page.h1) : null;
  if (parts) {
    assertPostingCount(parts.length);
    const facts = pageFacts();
    // The list's heading may say where every posting is ("Jobs – Mumbai, Maharashtra").
    const listPlace = facts.location.text === null && facts.title ? listHeadingPlace(facts.title) : null;
    const shared = listPlace ? { ...facts, location: buildLocation(listPlace, null, null) } : facts;
    // A list page naming no employer in its head: the business its text names with a legal form
    // ("株式会社青野工業 総務部" in its contact block, "PT Karya Indonesia Cerdas"), the page's owner.
    // Else the employer its words state ("Karriere bei Famin-GO!", "Acme is hiring"), never a name
    // it merely mentions (a client, a partner).
    const pageText = facts.company === null ? nodeText(root as AnyNode, 40_000) : '';
    const owner =
      facts.company === null
        ? (formalOrganisation(squash(pageText)) ??
          statedEmployer(pageText, page.title ? $(page.title).text().slice(0, 2_000) : null)?.value ??
          // "biuro@testin.pl" and "Testin" in its head: the owner of the page's own address.
          mailDomainName(pageText, [page.title ? $(page.title).text().slice(0, 2_000) : '', source]))
        : null;
    const lines = parts.map((part) => partLines(part.nodes.filter(isTag), part.title));
    const column = placeColumn(lines);
    return parts.flatMap((part, n) => {
      const own = readPartFacts($, part.nodes.filter(isTag));
      // A card with no labelled place: its line where the other cards name theirs.
      const place = own.location.text === null && column >= 0 ? lines[n]?.[column] : undefined;
      const location = place && !place.includes(':') ? buildLocation(place) : own.location;
      const posting = buildRawPosting(
        {
          title: part.title,
          company: own.company ?? shared.company ?? owner,
          location: location.text !== null ? location : shared.location,
          employmentType: own.employmentType ?? shared.employmentType,
          postedAt: own.postedAt ?? shared.postedAt,
          description: { blocks: nodesToBlocks(part.nodes) },
          url: part.url,
          provenance: {
            title: 'heading',
            company: pickSource(
              [own.company, own.provenance.company],
              [shared.company, shared.provenance.company],
              [owner, 'inferred'],
            ),
            location: pickSource(
              [own.location.text, own.provenance.location],
              [location.text, 'inferred'],
              [listPlace, 'heading'],
              [shared.location.text, shared.provenance.location],
            ),
            employmentType: pickSource(
              [own.employmentType, own.provenance.employmentType],
              [shared.employmentType, shared.provenance.employmentType],
            ),
          },
        },
        ctx,
      );
      return posting ? [posting] : [];
    });
  }

  // A page that lists its openings as links (a careers page's list, a table of openings): read
  // as the text of its links is, one posting per linked role.
  const linked = structured.length === 0 && root ? linkedPage(root, ctx) : [];
  if (linked.length > 0) return linked;

  // A comment's HTML, text before its first paragraph ("Acme | Engineer | Remote<p>We build…"):
  // a text with paragraph marks, read as the text it is (its header line, its list of roles).
  if (structured.length === 0 && root && looksLikeTextFirstFragment(text)) {
    // Each paragraph stays a paragraph of its own, as the comment shows it.
    return parseText(
      markdownLines(root)
        .filter((line) => line !== '')
        .join('\n\n'),
      ctx,
    );
  }

  if (structured.length === 0) {
    const facts = pageFacts();
    // A fragment ("<h2>IT Manager</h2><p>…</p>") has no h1 or <title>: its content names the job.
    const picked = facts.title ? null : titleFromBlocks(pageDescription().blocks);
    const pageTitle = facts.title ?? picked?.title ?? null;
    // A header line of fields ("Acme | Engineer | Berlin") gives the employer and place beside the role.
    const place = facts.location.text == null && picked?.location ? picked.location : null;
    // A piece of the heading that is not the employer the page names is part of the title.
    const split = pageTitle
      ? keepUnlessEmployer(createTitleSplitter([])(pageTitle), pageTitle, facts.company)
      : null;
    const posting = buildRawPosting(
      {
        title: split?.title ?? null,
        company: facts.company ?? split?.company ?? picked?.company ?? null,
        location: place ? buildLocation(place, null, remoteFromText(place)) : facts.location,
        employmentType: facts.employmentType,
        postedAt: facts.postedAt,
        description: pageDescription(),
        provenance: {
          ...facts.provenance,
          company: pickSource(
            [facts.company, facts.provenance.company],
            [split?.company, 'heading'],
            [picked?.company, 'inferred'],
          ),
          ...(place ? { location: 'inferred' as const } : {}),
        },
      },
      ctx,
    );
    // A page read as one posting with nothing declaring it one must show it is an offer.
    if (!posting) return [];
    const offer = ctx.declaredPosting ? posting : refuseUnlessOffer(posting);
    // Fields and head naming no employer: the one the page's own words name ("About Acme"),
    // added after, as for a text, so that a page naming its writer is not an offer.
    if (offer.company) return [offer];
    const said = textEmployer(
      pageDescription()
        .blocks.map((block) => (block.kind === 'heading' ? `## ${block.text}` : block.text))
        .join('\n'),
      // The page's <title> in its pieces: "… | Join the Technology Transformation Services".
      page.title
        ? $(page.title)
            .text()
            .slice(0, 2_000)
            .split(/\s+[|–—]\s+|\s+-\s+/)
            .join('\n')
        : null,
      [],
      // The file itself (a component's head title, its meta tags): where a contact address's
      // owner may be written out.
      [source.slice(0, 60_000)],
    );
    return [
      said
        ? { ...offer, company: said.value, provenance: { ...offer.provenance, company: said.from } }
        : offer,
    ];
  }

  // A page about one posting lends it what its structured data leaves out.
  const single = structured.length === 1;
  const out: RawPosting[] = [];
  for (const fields of structured) {
    const fromPage = single && fields.location?.text == null && pageFacts().location.text !== null;
    const posting = buildRawPosting(
      {
        ...fields,
        title: fields.title ?? (single ? pageFacts().title : null),
        company: fields.company ?? (single ? pageFacts().company : null),
        location: fromPage ? pageFacts().location : fields.location,
        postedAt: fields.postedAt ?? (single ? pageFacts().postedAt : null),
        description: single ? fullerDescription(fields.description) : fields.description,
        provenance: {
          ...fields.provenance,
          // What the structured data leaves out, the page's own reading gives.
          ...(fields.title ? {} : { title: pageFacts().provenance.title }),
          ...(fields.company ? {} : single ? { company: pageFacts().provenance.company } : {}),
          ...(fromPage ? { location: pageFacts().provenance.location } : {}),
        },
      },
      ctx,
    );
    if (posting) out.push(posting);
  }
  return out;
}
