/**
 * Template syntax read as a field's value: a feed or page template ("{$listing.Title}",
 * "{{ job.title }}", "[[title]]", "{specialty} ({sphere})") holds no job, only the places a
 * renderer fills. A field whose value is such a placeholder is no value at all; a posting whose
 * title is one is no posting. Decided once, where every reader's postings leave parseDocument.
 */

import type { RawPosting } from '../../types.ts';
import { NotAPostingError } from '../../types.ts';

/**
 * Template languages' expression and tag delimiters: Liquid, Jinja, Nunjucks, Handlebars,
 * Mustache (`{{ }}`, `{% %}`, `{# #}`), Smarty (`{$ }`, `{/if}`), PHP and ERB (`<? ?>`, `<% %>`),
 * JavaScript template literals (`${ }`). Real job titles and names never hold them.
 */
const STRONG =
  /\{\{[^{}]{0,200}\}\}|\{[%#][^{}]{0,200}[%#]\}|\{\$[^{}]{0,200}\}|\{\/?(?:if|foreach|section|t|tr)\b[^{}]{0,100}\}|<\?[^?]{0,200}\?>|<%[^%]{0,200}%>|\$\{[^{}]{0,200}\}/gi;
/**
 * Weaker marks, a placeholder only when nothing else stands beside them: a bare `{name}` or
 * `[[name]]` (DataLife Engine, Mustache with custom delimiters) and a block tag `[row_vacancy]`.
 */
const WEAK = /\{[A-Za-z_][\w.-]{0,60}\}|\[\[[^[\]]{0,100}\]\]|\[\/?[a-z_]{2,30}\]/g;

/**
 * Whether a field's value is template syntax and nothing else ("{{ meta.organisation }}",
 * "{specialty} ({sphere})", "[[{$TITLE}]]"): what is left without its marks holds no word. A value
 * with words beside a mark ("工作在着迷 ${jmh_title}", a JSP page's title over its own heading) keeps them.
 */
export function isPlaceholder(value: string | null | undefined): boolean {
  if (!value || !/[{[<$]/.test(value)) return false;
  const text = value.slice(0, 500);
  const rest = text.replace(STRONG, ' ').replace(WEAK, ' ');
  return rest !== text && !/\p{L}{2}/u.test(rest);
}

/** Whether a link is built by a template ("{$GLOBALS.site_url}/display-job/{$listing.id}"): no address yet. */
export function isTemplatedLink(value: unknown): boolean {
  return (
    typeof value === 'string' &&
    /[{<$]/.test(value) &&
    new RegExp(STRONG.source, 'i').test(value.slice(0, 2048))
  );
}

/**
 * The postings without template placeholders: a posting titled by one is dropped, and its
 * company, place and link, when placeholders, are no values. A document whose every posting was
 * a template's is refused as no posting.
 * @throws NotAPostingError when postings were read and each was titled by a placeholder.
 */
export function withoutPlaceholders(postings: RawPosting[]): RawPosting[] {
  if (postings.length === 0) return postings;
  const kept: RawPosting[] = [];
  for (const p of postings) {
    if (isPlaceholder(p.title)) continue;
    kept.push(cleared(p));
  }
  if (kept.length === 0)
    throw new NotAPostingError(
      `not-a-posting: a template: its ${postings.length === 1 ? 'posting is titled' : `${postings.length} postings are titled`} by a placeholder ("${postings[0]?.title.slice(0, 60)}")`,
    );
  return kept;
}

function cleared(p: RawPosting): RawPosting {
  const company = isPlaceholder(p.company);
  const location = isPlaceholder(p.location.text);
  const url = isTemplatedLink(p.source.url);
  if (!company && !location && !url) return p;
  const provenance = p.provenance ? { ...p.provenance } : undefined;
  if (provenance && company) delete provenance.company;
  if (provenance && location) delete provenance.location;
  return {
    ...p,
    company: company ? null : p.company,
    location: location ? { ...p.location, text: null } : p.location,
    source: url ? { ...p.source, url: null } : p.source,
    ...(provenance ? { provenance } : {}),
  };
}
