/** Hostile documents, built at run time (no multi-megabyte fixtures in the repo). */
export interface HostileDocument {
  readonly name: string;
  readonly content: Uint8Array;
}

const utf8 = (s: string) => new TextEncoder().encode(s);

function utf16leWithBom(s: string): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 + i * 2] = c & 0xff;
    out[3 + i * 2] = c >> 8;
  }
  return out;
}

function randomBytes(n: number, seed = 7): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

const POSTING = `<html><head><title>IT Manager - Harbor Freightways</title></head><body><h1>IT Manager</h1>
<p>Lead a team of four. Microsoft 365, Intune, Okta.</p><p>Salary: $125,000 - $150,000 per year.</p></body></html>`;

export function hostileDocuments(): HostileDocument[] {
  return [
    { name: 'empty', content: utf8('') },
    { name: 'whitespace only', content: utf8(' \n\t \n') },
    { name: 'random bytes', content: randomBytes(64 * 1024) },
    { name: 'UTF-16 LE with a BOM', content: utf16leWithBom(POSTING) },
    {
      name: '10 MB page',
      content: utf8(`<html><body><h1>IT Manager</h1>${'<p>filler text</p>'.repeat(600_000)}</body></html>`),
    },
    {
      name: '7 MB page of one paragraph',
      content: utf8(
        `<html><body><h1>IT Manager</h1><p>Full-time.</p><p>${'Okta and Intune rollout. '.repeat(290_000)}</p></body></html>`,
      ),
    },
    {
      name: '200,000 nested elements',
      content: utf8(`<html><body>${'<div>'.repeat(200_000)}x${'</div>'.repeat(200_000)}</body></html>`),
    },
    {
      name: 'nested feed items',
      content: utf8(
        `<rss version="2.0"><channel>${'<item>'.repeat(900)}<description>${'&amp;'.repeat(400_000)}</description>${'</item>'.repeat(900)}</channel></rss>`,
      ),
    },
    {
      name: 'nested bold lead-ins',
      content: utf8(
        `<html><body><h1>IT Manager</h1><p>Full-time. Okta and Intune.</p>${'<div><b>'.repeat(499)}${'&amp;'.repeat(39_000)}</body></html>`,
      ),
    },
    {
      name: 'absurd numbers',
      content: utf8(
        `<html><body><h1>IT Director</h1><p>Salary: $${'9'.repeat(400)} - $1e308 per year. Budget: $${'1'.repeat(50)}.</p></body></html>`,
      ),
    },
    {
      name: 'billion laughs',
      content: utf8(
        `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('')}]><rss version="2.0"><channel><item><title>&lol9;</title></item></channel></rss>`,
      ),
    },
  ];
}
