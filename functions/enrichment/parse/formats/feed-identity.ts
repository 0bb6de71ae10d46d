/**
 * Who publishes a feed and what its entries label: the employer a company's own job feed names
 * in its channel title or author ("Job Positions on Nubificus Ltd", "Acme Careers"), and the
 * "Company:" / "Location:" lines an entry's description carries.
 */
import { squash } from '../../fields.ts';
import { htmlToText } from './markup.ts';
import { decodePlainText } from './text.ts';

/** Words a channel title wraps the employer's name in: "Acme Careers", "Jobs at Acme", "Job feed – Acme". */
const FEED_WORDS =
  /\b(?:recent content in|(?:(?:latest|current|open|all|new|recent)\s+)?(?:job|jobs|careers?|vacanc(?:y|ies)|positions?|openings?|opportunities|postings?|listings?|feed|board|rss|atom|stellen(?:angebote|markt)?|jobb(?:ö|oe?)rse|offres? d['’]emploi|empleos?|ofertas?))\b/giu;
const EDGE_JOINERS =
  /^(?:\s|[-–—|:·•,@]|\b(?:on|at|for|from|with|in|by|of|bei|chez|en)\b)+|(?:\s|[-–—|:·•,@]|\b(?:on|at|for|from|with|in|by|of|bei|chez|en)\b)+$/giu;

/**
 * The employer a channel title or author names, without the words that say it is a job feed;
 * null when nothing but those words is left, or the rest is not a name.
 * @example feedEmployer('Job Positions on Nubificus Ltd') // 'Nubificus Ltd'
 */
export function feedEmployer(title: string | null | undefined): string | null {
  if (!title) return null;
  const text = squash(htmlToText(title));
  if (text === '' || text.length > 120) return null;
  let name = text.replace(FEED_WORDS, ' ');
  let previous = '';
  while (previous !== name) {
    previous = name;
    name = squash(name).replace(EDGE_JOINERS, '');
  }
  name = squash(name);
  if (name.length < 2 || !/\p{L}/u.test(name)) return null;
  return name;
}

export interface LabelledLines {
  company: string | null;
  location: string | null;
}

const LABEL =
  /(?:^|[>\n]|\*\*)[ \t]*(?:<(?:strong|b|em|span|dt|th)\b[^>]{0,80}>[ \t]*)?(company|employer|organi[sz]ation|hiring organi[sz]ation|location|job location|work location|applicant location|candidate location)[ \t]*(?:<\/(?:strong|b|em|span|dt|th)>[ \t]*|\*\*[ \t]*)?:[ \t]*(?:<\/(?:strong|b|em|span|dt|th)>[ \t]*|\*\*[ \t]*)?(?:<(?:dd|td|span)\b[^>]{0,80}>[ \t]*)?([^<\n]{1,300})/gi;

/**
 * The "Company:" and "Location:" lines of an entry's description (markup or text, labels bold or
 * plain), the first of each. One pass over the description; values are one line, tags left out.
 */
export function labelledLines(description: string): LabelledLines {
  const out: LabelledLines = { company: null, location: null };
  LABEL.lastIndex = 0;
  for (let match = LABEL.exec(description); match; match = LABEL.exec(description)) {
    const label = (match[1] ?? '').toLowerCase();
    const value = squash(htmlToText(match[2] ?? '')).replace(/^[*_\s]+|[*_\s]+$/g, '');
    if (value === '' || value.length > 200) continue;
    if (label.includes('location')) out.location ??= value;
    else out.company ??= value;
    if (out.company && out.location) break;
  }
  return out;
}

/** `title: "…"` in an entry's text: the front matter a site generator leaked into its summary. */
const LEAKED_TITLE = /(?:^|\s)title:\s*["“„'‘]([^"“”„'‘’\n]{2,200})["”“'’]/i;
/** The same at a line's start: the post's own title, not a nested one (an image's). */
const LEAKED_TITLE_LINE = /(?:^|\n)\s*title:\s*["“„'‘]([^"“”„'‘’\n]{2,200})["”“'’]/i;

/**
 * The title of an entry its generator left without one, from the `title: "…"` its summary
 * carries; null when the summary names none (an entry without a title is then not read).
 */
export function leakedTitle(summary: string | null | undefined): string | null {
  if (!summary) return null;
  const text = decodePlainText(summary.slice(0, 4_000));
  const match = LEAKED_TITLE_LINE.exec(text) ?? LEAKED_TITLE.exec(text);
  const title = squash(match?.[1] ?? '');
  return title === '' ? null : title;
}
