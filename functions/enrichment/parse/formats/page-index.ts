/**
 * One walk over a parsed page that finds everything the HTML parser needs: JSON-LD blocks,
 * microdata postings, the h1, <title>, the meta tags read, and the main content element.
 * One pass, because each extra walk over a 100,000-element page costs as much as a fifth of
 * its parse, and cheerio's selector lists sort their results in quadratic time.
 */
import type { CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { MAX_POSTINGS } from './limits.ts';
import { isRdfaJobPosting } from './microdata.ts';

export interface PageIndex {
  readonly jsonLdScripts: readonly Element[];
  /** Top-level microdata JobPosting items (not those nested in another posting). */
  readonly microdataPostings: readonly Element[];
  /** Top-level RDFa JobPosting items (`typeof="JobPosting"`), not those nested in another posting. */
  readonly rdfaPostings: readonly Element[];
  readonly h1: Element | null;
  readonly title: Element | null;
  /** The first `content` of each meta tag by its `property` or `name`, for the keys asked for. */
  readonly meta: ReadonlyMap<string, string>;
  /** Footers (a <footer>, an element whose class or id says footer or copyright), the first few. */
  readonly footers: readonly Element[];
  /** main, [role=main], a lone article, else body, else the first element. */
  readonly main: Element | null;
}

const META_KEYS = new Set(['og:title', 'og:site_name', 'twitter:title', 'author']);
const MAX_FOOTERS = 4;
const FOOTER_MARK = /footer|copyright/i;

/** Whether an element is a microdata JobPosting item. */
export function isJobPostingItem(element: Element): boolean {
  return 'itemscope' in element.attribs && /schema\.org\/JobPosting\b/i.test(element.attribs.itemtype ?? '');
}

/** Indexes a parsed page in one document-order walk. */
export function indexPage($: CheerioAPI): PageIndex {
  const jsonLdScripts: Element[] = [];
  const microdataPostings: Element[] = [];
  const rdfaPostings: Element[] = [];
  const meta = new Map<string, string>();
  let h1: Element | null = null;
  let title: Element | null = null;
  let main: Element | null = null;
  let body: Element | null = null;
  let first: Element | null = null;
  const articles: Element[] = [];
  const footers: Element[] = [];

  const root = $.root()[0] as AnyNode;
  // Each entry carries whether it sits inside a microdata posting, so nested ones are not counted.
  const stack: [AnyNode, boolean][] =
    'children' in root ? [...root.children].reverse().map((n) => [n, false]) : [];
  while (stack.length > 0) {
    const [node, inPosting] = stack.pop() as [AnyNode, boolean];
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    const name = node.name;
    first ??= node;
    if (name === 'script') {
      if (node.attribs.type?.trim().toLowerCase() === 'application/ld+json') jsonLdScripts.push(node);
      continue;
    }
    if (name === 'h1') h1 ??= node;
    else if (name === 'title') title ??= node;
    else if (name === 'body') body ??= node;
    else if (name === 'article' && articles.length < 2) articles.push(node);
    else if (name === 'meta') {
      const key = node.attribs.property ?? node.attribs.name;
      const content = node.attribs.content;
      if (key && content !== undefined && META_KEYS.has(key) && !meta.has(key)) meta.set(key, content);
    }
    if (main === null && (name === 'main' || node.attribs.role === 'main')) main = node;
    if (
      footers.length < MAX_FOOTERS &&
      (name === 'footer' ||
        FOOTER_MARK.test(node.attribs.class ?? '') ||
        FOOTER_MARK.test(node.attribs.id ?? ''))
    )
      footers.push(node);
    let inside = inPosting;
    if (!inPosting && 'itemscope' in node.attribs && isJobPostingItem(node)) {
      if (microdataPostings.length <= MAX_POSTINGS) microdataPostings.push(node);
      inside = true;
    } else if (!inPosting && 'typeof' in node.attribs && isRdfaJobPosting(node)) {
      if (rdfaPostings.length <= MAX_POSTINGS) rdfaPostings.push(node);
      inside = true;
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i] as AnyNode, inside]);
  }
  return {
    jsonLdScripts,
    microdataPostings,
    rdfaPostings,
    h1,
    title,
    meta,
    footers,
    main: main ?? (articles.length === 1 ? (articles[0] ?? null) : null) ?? body ?? first,
  };
}
