/**
 * The one job-posting link a page's markup carries (its apply link: a USAJOBS announcement, a
 * Greenhouse, Lever, Ashby or Workday posting), kept as a line of the description where the job
 * identity reads the posting's id: the text of a link ("Apply on USAJOBS") drops its address, and
 * with it the id that tells a re-opened role from a re-published page. A page linking two or more
 * postings names none of them for sure, so it gets no line.
 */
import type { RawPosting } from '../../types.ts';

const HREF = /\bhref\s*=\s*["']?(https?:\/\/[^"'\s>]{4,400})/gi;
const JOB_LINK =
  /^https?:\/\/(?:www\.)?(?:usajobs\.gov\/(?:job|GetJob\/ViewDetails)\/\d{6,12}\b|(?:boards|job-boards)(?:\.eu)?\.greenhouse\.io\/[\w-]+\/jobs\/\d{4,}\b|[^/]+\/[^?#]*[?&]gh_jid=\d{4,}\b|jobs\.(?:eu\.)?lever\.co\/[\w.-]+\/[0-9a-f-]{36}\b|jobs\.ashbyhq\.com\/[\w.%-]+\/[0-9a-f-]{36}\b|[\w-]+\.wd\d+\.myworkday(?:jobs|site)\.com\/\S*_(?:JR|R|REQ)[-_]?\d{3,}\b)/i;
/** Markup scanned for the link: a page's apply link sits in its body, well inside this. */
const MAX_SCAN = 1_000_000;

/** The job-posting link of a page, or null when it has none or several. */
export function applyLinkOf(markup: string): string | null {
  const found = new Set<string>();
  for (const m of markup.slice(0, MAX_SCAN).matchAll(HREF)) {
    const url = (m[1] as string).replace(/&amp;/g, '&');
    const job = JOB_LINK.exec(url)?.[0];
    if (job)
      found.add(
        job
          .replace(/^http:/i, 'https:')
          .replace(/\/\/www\./i, '//')
          .toLowerCase(),
      );
    if (found.size > 1) return null;
  }
  return found.size === 1 ? ([...found][0] as string) : null;
}

/** One posting read from a page, with its apply link stated on a line above its description. */
export function withApplyLink(postings: RawPosting[], markup: string): RawPosting[] {
  if (postings.length !== 1) return postings;
  const link = applyLinkOf(markup);
  if (link === null) return postings;
  const [posting] = postings as [RawPosting];
  const line = `Apply: ${link}`;
  const d = posting.description;
  const description: RawPosting['description'] =
    'text' in d
      ? { text: `${line}\n${d.text}` }
      : 'html' in d
        ? { html: `<p>${line}</p>${d.html}` }
        : { blocks: [{ kind: 'paragraph', text: line, section: null }, ...d.blocks] };
  return [{ ...posting, description }];
}
