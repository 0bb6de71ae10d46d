import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';
import { readLabelledPosts } from '../../../../../functions/enrichment/parse/formats/labelled-posts.ts';
import { readPostTable } from '../../../../../functions/enrichment/parse/formats/post-table.ts';

const ROLES = [
  'Artisan: Electrical',
  'Admin Officer',
  'Chief Nurse',
  'Network Technician',
  'Data Clerk',
  'Driver',
];
const INTRO = [
  'DEPARTMENT OF PUBLIC WORKS',
  'Suitably qualified candidates are invited to apply for the posts below.',
  'CLOSING DATE : 12 September 2025',
  '',
];

/** A post as a circular writes it (`LABEL : value`, the head numbered) or as a news site does (a heading over bullets). */
function post(role: string, i: number, bulleted: boolean): string[] {
  const field = (label: string, value: string) =>
    bulleted ? `  • ${label}: ${value}` : `${label.toUpperCase()} : ${value}`;
  const head = bulleted ? role : `POST 31/${270 + i} : ${role.toUpperCase()} REF NO: AB/${50 + i}`;
  return [
    head,
    ...(bulleted ? [''] : []),
    field('Salary', `R${230 + i} 898 per annum`),
    field('Centre', 'Pretoria Regional Office'),
    field('Requirements', 'Grade 12 and a valid driver’s license.'),
    ...(bulleted ? [] : ['An N3 certificate will be an added advantage.']),
    field('Duties', 'Maintain and repair equipment; keep job records.'),
    field('Enquiries', 'Ms PN Mokhotla'),
    '',
  ];
}

describe('posts one after the other, each a head over the same labelled fields', () => {
  it('gives one posting per head, named by the head without its number and reference', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...ROLES), { minLength: 2, maxLength: 5 }),
        fc.boolean(),
        (roles, bulleted) => {
          const text = [...INTRO, ...roles.flatMap((role, i) => post(role, i, bulleted))].join('\n');
          const names = readLabelledPosts(text)?.posts.map((p) => p.title.toLowerCase());
          expect(names).toEqual(roles.map((r) => r.toLowerCase()));
          expect(parseDocument({ content: text, format: 'text' })).toHaveLength(roles.length);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('reads a last post the end of the text cuts after its first field', () => {
    const text = [
      ...INTRO,
      ...post('Admin Officer', 0, false),
      'POST 31/280 : DRIVER REF NO: AB/58',
      'SALARY : R243 597',
    ];
    expect(readLabelledPosts(text.join('\n'))?.posts.map((p) => p.title)).toEqual([
      'ADMIN OFFICER',
      'DRIVER',
    ]);
  });

  it('leaves one posting with its fields alone, and labelled parts of one page that are no offers', () => {
    const one = [...INTRO, ...post('Admin Officer', 0, false)].join('\n');
    expect(readLabelledPosts(one)).toBeNull();
    const contacts = [
      'Head office',
      'Phone : 012 310 5993',
      'Email : info@example.org',
      'Hours : 8:00 to 16:00',
      '',
      'Regional office',
      'Phone : 013 766 6780',
      'Email : region@example.org',
      'Hours : 8:00 to 15:00',
    ].join('\n');
    expect(readLabelledPosts(contacts)).toBeNull();
  });
});

describe('a recruitment table with a post column', () => {
  it('reads rows whose qualification cell runs over lines, and leaves out a row the text cuts', () => {
    const text = [
      '| Cat. No. | Post Name | Qualification | No. of Post |',
      '| 1 | Technician Signal Gr.II | Pass in 10+2 with Physics. | 634 |',
      '| 2 | Technician Signal Gr.III | ITI in Electrician/ Fitter/',
      'Wireman/ Electronics from a recognised institution | 860 |',
      '| 3 | Telecom Maintainer | Matriculation plus ITI. | 397 |',
      '| 4 | Technicia',
    ].join('\n');
    expect(readPostTable(text)?.posts.map((p) => p.title)).toEqual([
      'Technician Signal Gr.II',
      'Technician Signal Gr.III',
      'Telecom Maintainer',
    ]);
  });
});
