import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQualifications } from '../../../../functions/enrichment/classify/extract-qualifications.ts';
import { indexValidatedTaxonomy, loadTaxonomy } from '../../../../functions/enrichment/index.ts';
import type { Block } from '../../../../functions/enrichment/types.ts';

// A feed's postings repeat their employer's paragraphs, and what is read of a repeated text is kept
// (block-matches.ts, skill-reading.ts, skill-evidence.ts). Whatever context a text was read in
// before (heading or item, another section, title or employer), a posting's skills must be what a
// taxonomy that never saw the text reads.
const warm = loadTaxonomy();
const fresh = indexValidatedTaxonomy(warm.data, 'fresh.json');

const SENTENCES = [
  'We use Kubernetes and Terraform across every team.',
  'Our clients include Microsoft, Google and Cisco.',
  'You will manage Azure, Okta and Intune for 400 users.',
  'Work with the network engineers on Cisco Meraki rollouts.',
  'Experience with ServiceNow ITSM required.',
  'ITIL 4 Foundation preferred; CISSP a plus.',
  'At Acme, we run AWS and Splunk.',
  'Acme helps hospitals adopt Microsoft 365 and Jamf.',
  'Lead a team of 6 engineers running VMware and Veeam backups.',
  'Partner with the security team on CrowdStrike and Tenable.',
  'The ideal candidate knows Jira, Confluence and SQL.',
  'No Kubernetes experience needed; Python is a plus.',
  'Acme runs Kubernetes on Azure.',
  'Contoso standardised on Terraform and Ansible.',
];
const HEADINGS = ['About us', 'Requirements', 'Nice to have', 'Benefits', 'What you will do', 'Our stack'];

const block = fc.record({
  kind: fc.constantFrom<Block['kind']>('heading', 'paragraph', 'item'),
  sentences: fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 3 }),
  section: fc.option(fc.constantFrom(...HEADINGS), { nil: null }),
});
const posting = fc.record({
  title: fc.constantFrom('IT Manager', 'Network Engineer', 'Head of Cloud', 'Service Desk Lead'),
  employer: fc.constantFrom<string | null>('Acme', 'Contoso', null),
  blocks: fc.array(block, { minLength: 1, maxLength: 8 }),
});
type Posting = { title: string; employer: string | null; blocks: Block[] };
type Generated = typeof posting extends fc.Arbitrary<infer T> ? T : never;

let run = 0;
/** The posting's blocks, each sentence marked with a word of this run: no earlier run read them. */
function build(p: Generated, tag: string): Posting {
  const marked = (sentence: string) => sentence.replace(/([.;])(\s|$)/g, ` ${tag}$1$2`);
  return {
    title: p.title,
    employer: p.employer,
    blocks: p.blocks.map((b) => ({
      kind: b.kind,
      text:
        b.kind === 'heading'
          ? (b.section ?? marked(b.sentences[0] as string))
          : b.sentences.map(marked).join(' '),
      section: b.kind === 'heading' ? null : b.section,
    })),
  };
}
const read = (p: Posting, t = warm) => extractQualifications(p.title, p.blocks, t, p.employer);

describe('skills of a text read before in another posting', () => {
  it('are those a taxonomy that never read the text finds, whatever the text stood in before', () => {
    fc.assert(
      fc.property(fc.array(posting, { minLength: 2, maxLength: 4 }), (postings) => {
        const tag = `zq${(run++).toString(36).replace(/\d/g, (d) => 'abcdefghij'[Number(d)] as string)}`;
        const built = postings.map((p) => build(p, tag));
        const target = built[built.length - 1] as Posting;
        // The same texts in other kinds, sections, titles and employers, read (twice) by `warm` first.
        const others = built.slice(0, -1).concat(
          built.map((p) => ({
            ...p,
            title: 'Product Owner',
            employer: 'Adatum',
            blocks: p.blocks.map((b) => ({
              ...b,
              kind: b.kind === 'item' ? 'paragraph' : 'item',
              section: 'Our stack',
            })),
          })),
        );
        for (const p of others) read(p);
        for (const p of others) read(p);
        const expected = read(target, fresh);
        expect(read(target)).toEqual(expected);
        expect(read(target)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('keep their requirement per posting: the same item under "Nice to have" and under "Requirements"', () => {
    const item = (section: string): Block => ({ kind: 'item', text: 'Terraform and Ansible', section });
    const required = extractQualifications('IT Manager', [item('Requirements')], warm);
    const preferred = extractQualifications('IT Manager', [item('Nice to have')], warm);
    const again = extractQualifications('IT Manager', [item('Requirements')], warm);
    expect(required.skills.length).toBeGreaterThan(0);
    expect(required.skills.every((s) => s.requirement === 'required')).toBe(true);
    expect(preferred.skills.every((s) => s.requirement === 'preferred')).toBe(true);
    expect(again).toEqual(required);
  });
});
