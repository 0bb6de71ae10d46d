import { describe, expect, it } from 'vitest';
import { detectFormat, parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';
import { DocumentError } from '../../../../../functions/enrichment/types.ts';
import { thrown } from './fixture.ts';

describe('detectFormat', () => {
  it.each([
    ['<?xml version="1.0"?>\n<!-- feed --><rss version="2.0"><channel/></rss>', 'rss'],
    ['<rdf:RDF xmlns:rdf="x"><item/></rdf:RDF>', 'rss'],
    ['<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>', 'atom'],
    ['<!DOCTYPE html><html><body><h1>IT Manager</h1></body></html>', 'html'],
    ['<section><h1>IT Manager</h1></section>', 'html'],
    ['{"version":"https://jsonfeed.org/version/1.1","items":[]}', 'jsonfeed'],
    ['{"jobs":[{"absolute_url":"https://x","title":"A"}],"meta":{"total":1}}', 'greenhouse'],
    ['{"jobs":[]}', 'greenhouse'],
    ['{"apiVersion":"1","jobs":[]}', 'ashby'],
    ['{"jobs":[{"title":"A","jobUrl":"https://x","descriptionHtml":"<p/>"}]}', 'ashby'],
    ['[{"text":"IT Lead","categories":{},"hostedUrl":"https://x"}]', 'lever'],
    ['[]', 'lever'],
    ['IT Manager\nAcme - Boise, ID\n\nLead IT.', 'text'],
    ['[Hybrid] IT Manager\nAcme', 'text'],
  ] as const)('detects %j as %s', (text, format) => {
    expect(detectFormat(text)).toBe(format);
  });

  it('lets the content win over a Content-Type that disagrees', () => {
    expect(detectFormat('{"jobs":[{"absolute_url":"https://x"}]}', 'text/html')).toBe('greenhouse');
    expect(detectFormat('<rss><channel/></rss>', 'application/json')).toBe('rss');
  });

  it('uses the Content-Type for HTML that does not start with a tag', () => {
    expect(detectFormat('Careers <b>IT Manager</b>', 'text/html; charset=utf-8')).toBe('html');
    expect(detectFormat('Careers <b>IT Manager</b>', null)).toBe('text');
  });

  it('refuses XML with an unknown root element', () => {
    const error = thrown(() => detectFormat('<?xml version="1.0"?><urlset><url/></urlset>'));
    expect(error).toBeInstanceOf(DocumentError);
    expect(error.message).toBe(
      'unknown XML format (root element <urlset>): expected an RSS or Atom feed, or an XML list of <job> elements',
    );
  });

  it('reads XML whose repeated element is a job as an XML job feed, whatever its root', () => {
    for (const root of ['source', 'jobs', 'export'])
      expect(
        detectFormat(`<?xml version="1.0"?><${root}><job><title>IT Manager</title></job></${root}>`),
      ).toBe('xml');
    expect(
      detectFormat(
        '<?xml version="1.0"?><vacancies><vacancy id="7"><title>IT Manager</title></vacancy></vacancies>',
      ),
    ).toBe('xml');
    // <jobs> and <jobtype> are no job elements.
    expect(() => detectFormat('<?xml version="1.0"?><jobs><jobtype>full</jobtype></jobs>')).toThrow(
      /unknown XML format/,
    );
  });

  it('refuses JSON of an unknown shape, naming its keys', () => {
    expect(thrown(() => detectFormat('{"results":[],"page":1}')).message).toBe(
      'unknown JSON format (an object with keys results, page): expected a JSON Feed, a Greenhouse, Lever or Ashby job board, or a list of jobs',
    );
    expect(thrown(() => detectFormat('"just a string"', 'application/json')).message).toMatch(
      /^unknown JSON format \(a string\)/,
    );
  });

  it('refuses invalid JSON with the parser message on one line', () => {
    const error = thrown(() => detectFormat('{"jobs": [ {"title": "IT'));
    expect(error).toBeInstanceOf(DocumentError);
    expect(error.message).toMatch(/^invalid JSON: .+/);
    expect(error.message).not.toContain('\n');
  });

  it('honours a format the caller states over what the content looks like', () => {
    const postings = parseDocument({ content: '<h1>IT Manager</h1>\nAcme Health', format: 'text' });
    expect(postings[0]).toMatchObject({
      source: { format: 'text' },
      title: 'IT Manager',
      company: 'Acme Health',
    });
    expect(parseDocument({ content: '<rss><channel/></rss>', format: 'atom' })).toEqual([]);
    expect(thrown(() => parseDocument({ content: '<p>not json</p>', format: 'lever' })).message).toMatch(
      /^invalid JSON: /,
    );
  });
});
