/**
 * Atom feeds: each `<entry>` one posting. Text constructs (`title`, `content`, `summary`) come as
 * type="text", "html" (escaped markup) or "xhtml" (inline markup in a div); `content` with a
 * `src` points elsewhere, so the summary stands in.
 */
import type { CheerioAPI } from 'cheerio/slim';
import type { Element } from 'domhandler';
import { toIsoDate } from '../../fields.ts';
import type { RawPosting } from '../../types.ts';
import { pickSource } from '../provenance.ts';
import { feedEmployer, leakedTitle } from './feed-identity.ts';
import { assertPostingCount } from './limits.ts';
import { buildLocation } from './location.ts';
import { hasMarkup, htmlToText, loadXml, unescapeMarkup } from './markup.ts';
import { buildRawPosting, type Description, type ParseContext } from './posting.ts';
import { withoutNews } from './posting-evidence.ts';
import { createTitleSplitter } from './title-split.ts';
import { childElements, childText, lineOf, localName, textOfElement } from './xml-nodes.ts';

interface EntryFields {
  title: string | null;
  id: string | null;
  link: string | null;
  date: string | null;
  content: Description | null;
  author: string | null;
}

/** An Atom text construct as markup or text, by its `type`. */
function readTextConstruct($: CheerioAPI, element: Element): Description | null {
  const type = (element.attribs.type ?? 'text').toLowerCase();
  if (type === 'xhtml') {
    const div = childElements(element).find((child) => localName(child) === 'div');
    const html = $.xml(div ? div.children : element.children).trim();
    return html === '' ? null : { html };
  }
  const text = textOfElement(element);
  if (text === null) return null;
  if (type === 'html' || type === 'text/html') {
    const html = unescapeMarkup(text);
    return hasMarkup(html) ? { html } : { text: html };
  }
  return { text };
}

function alternateLink(links: readonly Element[]): string | null {
  const alternate =
    links.find((link) => (link.attribs.rel ?? 'alternate').toLowerCase() === 'alternate') ?? links[0];
  return alternate?.attribs.href ?? lineOf(alternate);
}

function readEntry($: CheerioAPI, entry: Element): EntryFields {
  const children = childElements(entry);
  const byName = (name: string) => children.find((child) => localName(child) === name);
  const titleElement = byName('title');
  const titleType = (titleElement?.attribs.type ?? 'text').toLowerCase();
  const rawTitle = lineOf(titleElement);
  const content = byName('content');
  const body =
    (content && content.attribs.src === undefined ? readTextConstruct($, content) : null) ??
    (byName('summary') ? readTextConstruct($, byName('summary') as Element) : null);
  const author = byName('author');
  return {
    title: rawTitle && titleType !== 'text' ? htmlToText(rawTitle) : (rawTitle?.slice(0, 4_000) ?? null),
    id: lineOf(byName('id')),
    link: alternateLink(children.filter((child) => localName(child) === 'link')),
    date: lineOf(byName('published')) ?? lineOf(byName('updated')),
    content: body,
    author: author ? childText(author, 'name') : null,
  };
}

/** The feed's own employer: its author, else its title without the job-feed words. */
function feedOwner($: CheerioAPI): string | null {
  const root = $.root()
    .children()
    .toArray()
    .find((node): node is Element => node.type === 'tag');
  if (!root) return null;
  const author = childElements(root).find((child) => localName(child) === 'author');
  return feedEmployer(author ? childText(author, 'name') : null) ?? feedEmployer(childText(root, 'title'));
}

/** Where an Atom document broke off, when it did: no closing `</feed>`, and the last entry unfinished. */
function truncation(text: string, entries: number): { detail: string; partial: boolean } | null {
  const tail = text.trimEnd();
  if (/<\/(?:\w+:)?feed>$/.test(tail)) return null;
  const partial = tail.lastIndexOf('<entry') > tail.lastIndexOf('</entry>');
  const kept = partial ? entries - 1 : entries;
  return {
    partial,
    detail: `the document breaks off at character ${text.length} without </feed>; ${kept} complete entries kept${partial ? ', the partial one dropped' : ''}`,
  };
}

/** Postings from an Atom feed; [] for a feed without entries. */
export function parseAtom(text: string, ctx: ParseContext): RawPosting[] {
  const $ = loadXml(text);
  const cut = truncation(text, $('entry').length);
  const entries = $('entry')
    .toArray()
    .slice(0, cut?.partial ? -1 : undefined);
  assertPostingCount(entries.length);
  // An entry its generator left untitled still names its title in the front matter it leaked.
  const fields = entries.map((entry) => {
    const read = readEntry($, entry);
    if (read.title?.trim() || !read.content) return read;
    const text = 'html' in read.content ? read.content.html : 'text' in read.content ? read.content.text : '';
    return { ...read, title: leakedTitle(text) };
  });
  const split = createTitleSplitter(fields.map((f) => f.title ?? ''));
  const owner = feedOwner($);
  const warnings = cut ? [{ id: 'document-truncated', detail: cut.detail }] : null;
  const out: RawPosting[] = [];
  for (const entry of fields) {
    if (!entry.title) continue;
    const title = split(entry.title);
    const posting = buildRawPosting(
      {
        title: title.title,
        company: title.company ?? entry.author ?? owner,
        location: buildLocation(title.location),
        provenance: {
          company: pickSource([title.company, 'inferred'], [entry.author, 'structured'], [owner, 'board']),
          location: 'inferred',
        },
        postedAt: toIsoDate(entry.date),
        description: entry.content,
        url: entry.link,
        externalId: entry.id ?? entry.link,
        warnings,
      },
      ctx,
    );
    if (posting) out.push(posting);
  }
  return withoutNews(out, 'an Atom feed');
}
