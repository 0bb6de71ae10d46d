/**
 * JSON Feed 1.0/1.1 (https://jsonfeed.org/version/1.1): each item one posting, `content_html`
 * preferred to `content_text` and `summary`; the company from the title or the authors.
 */

import { asList, asRecord, asString, toIsoDate } from '../../fields.ts';
import type { RawPosting } from '../../types.ts';
import { pickSource } from '../provenance.ts';
import { assertPostingCount } from './limits.ts';
import { buildLocation } from './location.ts';
import { htmlToText, unescapeMarkup } from './markup.ts';
import { buildRawPosting, type Description, type ParseContext } from './posting.ts';
import { createTitleSplitter } from './title-split.ts';

function authorName(value: Record<string, unknown>): string | null {
  for (const author of [...asList(value.authors), value.author]) {
    const name = asString(asRecord(author)?.name);
    if (name) return name;
  }
  return null;
}

function contentOf(item: Record<string, unknown>): Description | null {
  const html = asString(item.content_html);
  if (html) return { html: unescapeMarkup(html) };
  const text = asString(item.content_text) ?? asString(item.summary);
  return text ? { text } : null;
}

/** Postings from a JSON Feed; items without a title are skipped. */
export function parseJsonFeed(json: unknown, ctx: ParseContext): RawPosting[] {
  const feed = asRecord(json) ?? {};
  const items = Array.isArray(feed.items) ? feed.items : [];
  assertPostingCount(items.length);
  const records = items.map((item) => asRecord(item)).filter((item) => item !== null);
  const titleOf = (item: Record<string, unknown>) => htmlToText(asString(item.title) ?? '');
  const split = createTitleSplitter(records.map(titleOf));
  const feedAuthor = authorName(feed);
  const out: RawPosting[] = [];
  for (const item of records) {
    const rawTitle = titleOf(item);
    if (!rawTitle) continue;
    const title = split(rawTitle);
    const posting = buildRawPosting(
      {
        title: title.title,
        company: title.company ?? authorName(item) ?? feedAuthor,
        location: buildLocation(title.location),
        provenance: {
          company: pickSource(
            [title.company, 'inferred'],
            [authorName(item), 'structured'],
            [feedAuthor, 'board'],
          ),
          location: 'inferred',
        },
        postedAt: toIsoDate(item.date_published) ?? toIsoDate(item.date_modified),
        description: contentOf(item),
        url: asString(item.url) ?? asString(item.external_url),
        externalId: asString(item.id) ?? asString(item.url),
      },
      ctx,
    );
    if (posting) out.push(posting);
  }
  return out;
}
