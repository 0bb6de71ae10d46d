/**
 * Who publishes a feed and what its entries label: the employer a company's own job feed names
 * in its channel title or author ("Job Positions on Nubificus Ltd", "Acme Careers"), and the
 * "Company:" / "Location:" lines an entry's description carries.
 */
import { squash } from '../../fields.ts';
import { isEmployerLabel, isLocationLabel } from './employer-labels.ts';
import { looksLikeLocation } from './location.ts';
import { htmlToText } from './markup.ts';
import { decodePlainText } from './text.ts';
import { ROLE_WORD } from './title-split.ts';

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
  let name = text.replace(FEED_WORDS, ' ').replace(FEED_WORDS_CYRILLIC, ' ');
  let previous = '';
  while (previous !== name) {
    previous = name;
    name = squash(name).replace(EDGE_JOINERS, '');
  }
  name = squash(name);
  if (name.length < 2 || !/\p{L}/u.test(name)) return null;
  return namesTopic(name) ? null : name;
}

/** The same words in Russian and Ukrainian ("Вакансии: …", "Робота", "Удалёнка"), bounded by letters. */
const FEED_WORDS_CYRILLIC =
  /(?<!\p{L})(?:ваканси[иякй]|ваканс(?:ій|ії|ія)|работа|робота|удал[её]нк[аи]|удал[её]нная работа|стажировки|стажування)(?!\p{L})/giu;

/**
 * What a job channel's title names besides "jobs" when it is a topic, not an organisation: a field
 * or a role in lower case ("продакт-менеджмент", "product management"), a role ("Product
 * Managers"), an arrangement or a place ("Remote", "Europe"), a field or a stack ("IT", "Design",
 * "Python"). An organisation that posts its own jobs is written as a name.
 */
const TOPIC_WORDS =
  /^(?:remote|remotely|worldwide|anywhere|global|international|relocation|relocate|freelance|startups?|tech|it|ai|ml|data|design|ux|ui|marketing|sales|product|devops|qa|sre|frontend|front-end|backend|back-end|full-?stack|mobile|web|python|java|javascript|typescript|golang|go|rust|php|ruby|react|node(?:\.js)?|\.net|ios|android|crypto|web3|blockchain|gamedev|design & product)$/i;

function namesTopic(name: string): boolean {
  const words = name.split(' ');
  if (!words.some((w) => /^[\p{Lu}\d]/u.test(w))) return true;
  if (ROLE_WORD.test(name) || looksLikeLocation(name)) return true;
  return words.every(
    (w) => TOPIC_WORDS.test(w.replace(/[,&/]+$/, '')) || /^(?:and|&|и|і|y|und|\/)$/i.test(w),
  );
}

export interface LabelledLines {
  company: string | null;
  location: string | null;
}

/**
 * A labelled line of an entry's description, markup or text, label bold or plain, an emoji before
 * it ("🏢 Компания: Neuro Labs", "<b>Location:</b> Leeds", "**Empresa:** Acme"): label, then value.
 */
const LABEL =
  /(?:^|[>\n]|\*\*)[ \t]*(?:<(?:strong|b|em|span|dt|th)\b[^>]{0,80}>[ \t]*)?(?:[^\p{L}\p{N}<>\n]{1,3}[ \t]*)?(\p{L}[\p{L} ]{0,30}?)[ \t]*(?:<\/(?:strong|b|em|span|dt|th)>[ \t]*|\*\*[ \t]*)?[:：][ \t]*(?:<\/(?:strong|b|em|span|dt|th)>[ \t]*|\*\*[ \t]*)?(?:<(?:dd|td|span)\b[^>]{0,80}>[ \t]*)?([^<\n]{1,300})/giu;
/** English labels the table words differently ("Applicant location", "Hiring organisation"). */
const OTHER_LOCATION = /^(?:applicant|candidate) location$/i;

/**
 * The employer's and the place's labelled lines of an entry's description (labels in any language
 * `employer-labels.ts` knows), the first of each. One pass over the description; values are one
 * line, tags left out.
 */
export function labelledLines(description: string): LabelledLines {
  const out: LabelledLines = { company: null, location: null };
  // Cheap gate: no colon, no label.
  if (!/[:：]/.test(description)) return out;
  LABEL.lastIndex = 0;
  for (let match = LABEL.exec(description); match; match = LABEL.exec(description)) {
    const label = squash(match[1] ?? '');
    const isPlace = isLocationLabel(label) || OTHER_LOCATION.test(label);
    if (!isPlace && !isEmployerLabel(label)) continue;
    const value = squash(htmlToText(match[2] ?? '')).replace(/^[*_\s]+|[*_\s]+$/g, '');
    if (value === '' || value.length > 200) continue;
    if (isPlace) out.location ??= value;
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
