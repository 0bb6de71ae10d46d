import { describe, expect, it } from 'vitest';
import { listingId, normalizeUrl } from '../../../functions/enrichment/enrich-posting.ts';
import type { Posting } from '../../../functions/enrichment/types.ts';

const posting = (url: string | null, externalId: string | null = null): Posting => ({
  source: { format: 'rss', url, externalId, file: null },
  title: 'IT Manager',
  company: 'Harbor Freightways',
  location: { text: null, country: null, remote: null },
  employmentType: null,
  postedAt: null,
  blocks: [{ kind: 'paragraph', text: 'Lead a team of four.', section: null }],
  pay: null,
});

describe('normalizeUrl', () => {
  it('gives plain URLs the form the URL parser gives them', () => {
    const plain = [
      'https://jobs.example.org/j/1',
      'https://jobs.example.org/j/1/',
      'https://jobs.example.org//',
      'http://boards.greenhouse.io/acme/jobs/4012345',
      'https://a-b.c-d.example.co.uk/~careers/role..x/v1.2/',
      'https://example.org',
    ];
    for (const url of plain) {
      // A fragment forces the parser's path, which drops the fragment.
      expect(normalizeUrl(url)).toBe(normalizeUrl(`${url}#apply`));
    }
    expect(normalizeUrl('https://jobs.example.org/j/1/')).toBe('https://jobs.example.org/j/1');
  });

  it('parses every other URL: case, ports, dot segments, numeric hosts, tracking parameters', () => {
    expect(normalizeUrl('HTTPS://Jobs.Example.org:443/j/1/#apply')).toBe('https://jobs.example.org/j/1');
    expect(normalizeUrl('https://jobs.example.org/a/./b/../c')).toBe('https://jobs.example.org/a/c');
    expect(normalizeUrl('http://0x7f.1/jobs')).toBe('http://127.0.0.1/jobs');
    expect(normalizeUrl('https://jobs.example.org/j/1?utm_source=x&id=7&ref=feed')).toBe(
      'https://jobs.example.org/j/1?id=7',
    );
    expect(normalizeUrl(' not a url ')).toBe('not a url');
    // Punycode takes the parser's path: a label it refuses keeps the URL as given, slash and all.
    expect(normalizeUrl('https://xn--bcher-kva.example/stellen/')).toBe(
      'https://xn--bcher-kva.example/stellen',
    );
    expect(normalizeUrl('https://xn--a.com/')).toBe('https://xn--a.com/');
  });

  it('strips a long run of slashes in linear time', () => {
    const slashes = '/'.repeat(200_000);
    const started = performance.now();
    expect(normalizeUrl(`https://jobs.example.org/1${slashes}x`)).toHaveLength(200_026 + 1);
    expect(normalizeUrl(`https://jobs.example.org/1${slashes}x?id=2`)).toHaveLength(200_031 + 1);
    expect(normalizeUrl(`https://jobs.example.org/1${slashes}`)).toBe('https://jobs.example.org/1');
    // A regex anchored at the end takes about 14 s here; the scan takes a millisecond.
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('listingId', () => {
  it('gives one posting one id however its URL is dressed, and another posting another', () => {
    const id = listingId(posting('https://jobs.example.org/j/1'));
    expect(id).toMatch(/^[\w-]{22}$/);
    expect(listingId(posting('https://Jobs.Example.org/j/1/?utm_campaign=x#apply'))).toBe(id);
    expect(listingId(posting('https://jobs.example.org/j/2'))).not.toBe(id);
    expect(listingId(posting(null, '4012345'))).not.toBe(listingId(posting(null, '4012346')));
  });

  it('gives postings with no URL or board id an id from their whole text, past any opening they share', () => {
    const long = 'Lead a team of four. '.repeat(400);
    const withEnding = (ending: string): Posting => ({
      ...posting(null),
      blocks: [
        { kind: 'paragraph', text: long, section: null },
        { kind: 'paragraph', text: ending, section: null },
      ],
    });
    expect(listingId(withEnding('Salary: £50,000'))).not.toBe(listingId(withEnding('Salary: £60,000')));
    expect(listingId(withEnding('Salary: £50,000'))).toBe(listingId(withEnding('Salary: £50,000')));
  });
});
