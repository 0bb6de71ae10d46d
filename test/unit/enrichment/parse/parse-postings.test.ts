import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listingId } from '../../../../functions/enrichment/enrich-posting.ts';
import { withoutPictographs } from '../../../../functions/enrichment/parse/formats/title-split.ts';
import { parsePostings } from '../../../../functions/enrichment/parse/parse-postings.ts';

const twoJobsPage = `<!DOCTYPE html><html><head><title>Careers | Lakeview Logistics</title>
<script type="application/ld+json">[
 {"@context":"https://schema.org","@type":"JobPosting","title":"IT Director","identifier":{"@type":"PropertyValue","value":"job-1"},
  "hiringOrganization":{"@type":"Organization","name":"Lakeview Logistics"},"description":"<p>Run IT for 14 depots.</p>"},
 {"@context":"https://schema.org","@type":"JobPosting","title":"IT Manager","identifier":{"@type":"PropertyValue","value":"job-2"},
  "hiringOrganization":{"@type":"Organization","name":"Lakeview Logistics"},"description":"<p>Lead the service desk.</p>"}
]</script></head><body><h1>Open roles</h1></body></html>`;

const linklessFeed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Jobs</title>
<item><title>Help Desk Supervisor</title><description>Lead six technicians.</description></item>
<item><title>Network Manager</title><description>Own the campus network.</description></item>
</channel></rss>`;

describe('parsePostings', () => {
  it('gives different ids to the postings of one fetched page that share its URL', () => {
    const postings = parsePostings({ content: twoJobsPage, url: 'https://careers.lakeview.example/jobs' });
    expect(postings.map((p) => p.title)).toEqual(['IT Director', 'IT Manager']);
    expect(postings.map((p) => p.source.url)).toEqual([null, null]);
    expect(new Set(postings.map(listingId)).size).toBe(2);
  });

  it('gives different ids to feed items without links of their own', () => {
    const postings = parsePostings({ content: linklessFeed, url: 'https://board.example/feed.xml' });
    expect(new Set(postings.map(listingId)).size).toBe(2);
  });

  it('keeps the fetched URL of a page that holds one posting as that posting URL', () => {
    const [posting] = parsePostings({
      content:
        '<html><head><title>IT Manager - Lakeview Logistics</title></head><body><h1>IT Manager</h1><p>Lead IT.</p></body></html>',
      url: 'https://careers.lakeview.example/jobs/it-manager',
    });
    expect(posting?.source.url).toBe('https://careers.lakeview.example/jobs/it-manager');
  });
});

describe('the title of every posting', () => {
  const feedOf = (titles: readonly string[]) =>
    `<?xml version="1.0"?><rss version="2.0"><channel><title>Jobs</title>${titles
      .map(
        (t, i) =>
          `<item><title>${t}</title><link>https://board.example/jobs/${i}</link><description>Lead six technicians and own the help desk.</description></item>`,
      )
      .join('')}</channel></rss>`;
  const decorations = ['🚀', '✨', '👩‍💻', '🔥🔥', '⭐️'];
  const names = [
    'Help Desk Supervisor',
    'IT Manager',
    'Head of IT Operations',
    'Systemadministrator (m/w/d)',
  ];

  it('drops the pictographs a board decorates it with, wherever they stand', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.constantFrom(...decorations),
        fc.constantFrom('before', 'after', 'both'),
        (name, mark, where) => {
          const decorated =
            where === 'before'
              ? `${mark} ${name}`
              : where === 'after'
                ? `${name} ${mark}`
                : `${mark}${name}${mark}`;
          const [posting] = parsePostings({ content: feedOf([decorated]) });
          expect(posting?.title).toBe(name);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('keeps the marks that belong to a name, and a title with no words but pictographs', () => {
    const titles = parsePostings({ content: feedOf(['Salesforce® Administrator', 'Workday™ Lead']) }).map(
      (p) => p.title,
    );
    expect(titles).toEqual(['Salesforce® Administrator', 'Workday™ Lead']);
    expect(withoutPictographs('🚀')).toBe('🚀');
    expect(withoutPictographs('IT Manager')).toBe('IT Manager');
  });
});
