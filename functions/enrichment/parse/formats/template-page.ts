/**
 * A page template, or a page that says it is a sample, read as a posting. placeholder.ts refuses a
 * posting whose title is template syntax and nothing else; a page template has words around its
 * marks ("${recruit.positionName}-Example Corp official site", "## {{ role }} (Developer)") and
 * holds no job either: what a person sees is the structure of a posting whose every value is a
 * place a renderer fills. Three shapes, in any template language and any human language:
 *
 * - fields: the page's values are expression placeholders (`{{ role }}`, `${recruit.positionDuty}`,
 *   `{$listing.Title}`, `<%= job.title %>`), three or more distinct ones; the site's own variables
 *   (`{{ site.url }}`, `{{ page.title }}`), includes, tags and shortcodes are layout, not fields;
 * - blanks: bracketed fill-ins written for a person to replace ("[Company Name]", "[City,
 *   Country]", "[Jobbtitel]"), four or more distinct ones, none of them a link's text;
 * - a page that calls itself a sample, an example or a template in its title or its first lines
 *   ("Job Posting Template", "採用情報のサンプルページです"), from the one table below.
 *
 * Gated by a cheap character test, so a posting without brackets or braces pays one scan.
 */

import type { RawPosting } from '../../types.ts';
import { NotAPostingError } from '../../types.ts';
import { titleNamesRole } from './posting-evidence.ts';

/** The words by which a page says it is not a real one: a sample, an example, a template, a dummy. */
const SAMPLE_WORDS = {
  /** Whole words of the title (any case), in the languages the readers meet. */
  title: [
    'template',
    'templates',
    'example',
    'examples',
    'sample',
    'samples',
    'placeholder',
    'lorem ipsum',
    'vorlage',
    'beispiel',
    'plantilla',
    'ejemplo',
    'modèle',
    'exemple',
    'modello',
    'esempio',
    'szablon',
    'przykład',
    'exempel',
    'шаблон',
    'пример',
  ],
  /** Phrases of the first lines that call the page itself a sample (matched anywhere in them). */
  selfDeclared: [
    'this is a sample',
    'this is an example',
    'sample page',
    'example page',
    'template page',
    'dummy text',
    'サンプルページ',
    'テンプレート',
    'ダミーテキスト',
    '샘플 페이지',
    '예시 페이지',
    '示例页面',
    '样例页面',
    'это пример',
    'шаблон страницы',
  ],
} as const;

const literal = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const TITLE_SAMPLE = new RegExp(
  `(?:^|[^\\p{L}])(?:${SAMPLE_WORDS.title.map(literal).join('|')})(?![\\p{L}])`,
  'iu',
);
const SELF_DECLARED = new RegExp(SAMPLE_WORDS.selfDeclared.map(literal).join('|'), 'i');

/**
 * Expression placeholders: Liquid/Jinja/Handlebars/Mustache `{{ x }}` (not a Hugo shortcode
 * `{{< >}}`/`{{% %}}`), JavaScript and FreeMarker `${x}`, Smarty `{$x}`, ERB/JSP `<%= x %>`. The
 * captured name is the variable.
 */
const EXPRESSION =
  /\{\{(?![<%])[\s-]*([A-Za-z_][\w.[\]'"-]{0,80})[^{}]{0,120}\}\}|\$\{\s*([A-Za-z_][\w.[\]'"-]{0,80})[^{}]{0,120}\}|\{\$([A-Za-z_][\w.[\]'"-]{0,80})[^{}]{0,120}\}|<%=\s*([A-Za-z_][\w.[\]'"-]{0,80})[^%]{0,120}%>/g;
/** The site's and the layout's variables, which a real page of any site shows too. */
const LAYOUT_VARIABLE =
  /^(?:site|page|layout|content|paginator|jekyll|theme|config|settings|params|Site|Page|\.Site|\.Page|baseurl|base_url|url|relative_url|absolute_url|root|assets?|static|menu|nav|i18n|t|lang|locale|request|csrf|serverHost|version|ctx|contextPath|pageContext|GLOBALS|smarty|_?SERVER)(?:$|[.[])/;
/** Bracketed blanks: "[Company Name]", "[City, Country]", "[Jobbtitel]", not a link's text or a checkbox. */
const BLANK = /\[(\p{Lu}[^\]\n[]{1,60})\](?![(:[])/gu;

/** Characters of a description read. */
const READ_CHARS = 30_000;
/** Matches of a pattern read, at most: the evidence shows in the first ones. */
const MAX_MATCHES = 200;
/** How many first non-empty lines may say the page is a sample. */
const FIRST_LINES = 6;

function descriptionText(raw: Pick<RawPosting, 'description'>): string {
  const d = raw.description;
  const text = 'text' in d ? d.text : 'html' in d ? d.html : d.blocks.map((block) => block.text).join('\n');
  return text.length > READ_CHARS ? text.slice(0, READ_CHARS) : text;
}

/**
 * Code a page quotes or runs (a fenced block, `<code>`, `<pre>`, `<script>`, `<style>`): its braces
 * are the code's (a script's template literals), not the page's fields.
 */
const CODE = /```[\s\S]{0,20000}?```|<(code|pre|script|style)\b[^>]{0,200}>[\s\S]{0,20000}?<\/\1>/gi;

/**
 * A tag with its attributes (not an ERB/JSP mark): a real page's markup holds the site's own
 * placeholders (`<script src="${URL_LIB}/app.js?v=${version}">`), which fill no field a reader sees.
 */
const TAG = /<(?!%)[^<>]{0,2000}>/g;

function fieldPlaceholders(text: string): number {
  const names = new Set<string>();
  let read = 0;
  for (const m of text.replace(CODE, ' ').replace(TAG, ' ').matchAll(EXPRESSION)) {
    if (++read > MAX_MATCHES) break;
    const name = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
    if (name !== '' && !LAYOUT_VARIABLE.test(name)) names.add(name);
    if (names.size >= 3) break;
  }
  return names.size;
}

function blanks(text: string): number {
  const seen = new Set<string>();
  let read = 0;
  for (const m of text.matchAll(BLANK)) {
    // (Bounded: a page of one bracket repeated is read for its first matches only.)
    if (++read > MAX_MATCHES) break;
    const name = m[1] ?? '';
    // "[SERVICE DESK] [SALVADOR] [TI]": tags in capitals, as published, are no words written to be replaced.
    if (!/\p{Ll}/u.test(name)) continue;
    // A shortcut reference link ("[Apply here]" with "[Apply here]: https://…" below) is a link.
    if (text.includes(`[${name}]:`)) continue;
    seen.add(name.toLowerCase());
    if (seen.size >= 4) break;
  }
  return seen.size;
}

function firstLines(text: string): string {
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    const bare = line.replace(/<[^>]{0,300}>/g, ' ').trim();
    if (bare === '') continue;
    lines.push(bare);
    if (lines.length >= FIRST_LINES) break;
  }
  return lines.join('\n');
}

/**
 * What makes a posting a template's or a sample's, or null for a posting that shows none of it.
 * `page` is the document's text when the posting is the document's only one: a reader may have
 * dropped the lines that were nothing but a placeholder, which the page still shows.
 */
export function templateEvidence(raw: RawPosting, page = ''): string | null {
  const text = descriptionText(raw);
  const all = `${raw.title}\n${text}\n${page.length > READ_CHARS ? page.slice(0, READ_CHARS) : page}`;
  // The cheap gate: no brace, no bracket, no sample word's script → nothing to read.
  if (/[{[]|<%=/.test(all)) {
    if (fieldPlaceholders(all) >= 3) return 'its fields are template placeholders';
    if (blanks(all) >= 4) return 'its fields are bracketed blanks to fill in';
  }
  // (A title that names a role is a job's, whatever its words: "Sample Preparation Technician".)
  if (TITLE_SAMPLE.test(raw.title) && !titleNamesRole(raw.title))
    return 'its title calls it a sample or a template';
  if (SELF_DECLARED.test(firstLines(text))) return 'it says it is a sample page';
  return null;
}

/**
 * The postings, refused when every one of them is a template's or a sample's; `document`, the
 * document's text, is read beside a single posting.
 * @throws NotAPostingError naming the evidence of the first posting.
 */
export function refuseTemplatePages(postings: RawPosting[], document = ''): RawPosting[] {
  if (postings.length === 0) return postings;
  const page = postings.length === 1 ? document : '';
  let first: string | null = null;
  for (const p of postings) {
    const evidence = templateEvidence(p, page);
    if (evidence === null) return postings;
    first ??= evidence;
  }
  throw new NotAPostingError(
    `not-a-posting: a template or sample page, not an offer: ${first} ("${postings[0]?.title.slice(0, 60)}")`,
  );
}
