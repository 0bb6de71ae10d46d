import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createTitleSplitter,
  isQualifier,
  keepUnlessEmployer,
  sameEmployer,
} from '../../../../../functions/enrichment/parse/formats/title-split.ts';

const split = createTitleSplitter([]);

describe('createTitleSplitter', () => {
  it.each([
    ['IT Manager at Acme Health', 'IT Manager', 'Acme Health'],
    ['Director of IT @ Orbit Dental', 'Director of IT', 'Orbit Dental'],
    ['Head of IT at 3M', 'Head of IT', '3M'],
    ['IT Manager at 𝐀cme Systems', 'IT Manager', '𝐀cme Systems'],
    ['IT Manager at Ärzte Netz', 'IT Manager', 'Ärzte Netz'],
    ['Acme Corp: Senior IT Manager', 'Senior IT Manager', 'Acme Corp'],
    ['IT Manager (Lakeview Dental, Inc.)', 'IT Manager', 'Lakeview Dental, Inc.'],
    ['Technology Manager – Fired Up Burger Co.', 'Technology Manager', 'Fired Up Burger Co.'],
    [
      "🚀 WE'RE HIRING!! 🚀 Technology Manager – Fired Up Burger Co. 🍔🔥",
      'Technology Manager',
      'Fired Up Burger Co.',
    ],
    ['Head of IT - Aire Valley Housing - Leeds', 'Head of IT', 'Aire Valley Housing'],
    ['Network Manager (Harbor Health Partners)', 'Network Manager', 'Harbor Health Partners'],
  ])('splits %j into title and company', (raw, title, company) => {
    expect(split(raw)).toMatchObject({ title, company });
  });

  it.each([
    'Director, IT (Infrastructure)',
    'Director, IT (Infrastructure & Operations)',
    'Interim IT Director (Contract)',
    'IT Manager (Remote)',
    'IT Manager (Hybrid - 3 days)',
    'Systemadministrator (m/w/d)',
    'Service Desk Analyst (Level II)',
    'IT Manager (Boston, MA)',
    'Engineer (Python)',
    'Manager (Night Shift)',
    'Work at Home Customer Advisor',
    'Urgent: IT Manager',
    'Remote: Director of IT',
    'Senior Manager: Applications',
    'Sales Manager (Hospitality)',
    'IT Team Lead - Infrastructure',
    'Director, IT - Infrastructure & Operations - Boston, MA',
    'IT Manager - Remote - Acme',
    'Nurse Unit Manager – Emergency Department',
    'Head of IT - Platform Group',
    'Head of IT - Retail Bank',
    'IT Director - Wealth Management Group',
    'IT Manager - Cloud Platform Team - Manchester',
  ])('keeps %j whole', (raw) => {
    expect(split(raw)).toEqual({ title: raw, company: null, location: null });
  });

  it('reads a trailing place after the company as the location', () => {
    expect(split('IT Manager at Acme Health (Boise, ID)')).toEqual({
      title: 'IT Manager',
      company: 'Acme Health',
      location: 'Boise, ID',
    });
  });

  it('takes a plain trailing parenthetical for the company only when the board does that in several titles', () => {
    const board = createTitleSplitter([
      'IT Lead (Lakeshore Hospitality)',
      'Nurse Manager (Lakeshore Senior Living)',
    ]);
    expect(board('IT Lead (Lakeshore Hospitality)')).toMatchObject({
      title: 'IT Lead',
      company: 'Lakeshore Hospitality',
    });
    expect(board('Director, IT (Infrastructure)')).toMatchObject({
      title: 'Director, IT (Infrastructure)',
      company: null,
    });
    const single = createTitleSplitter(['IT Lead (Lakeshore)']);
    expect(single('IT Lead (Lakeshore)')).toMatchObject({ title: 'IT Lead (Lakeshore)', company: null });
  });
});

describe('isQualifier', () => {
  it('recognises arrangements, types, levels, gender markers, functions and places', () => {
    for (const text of [
      'Remote',
      'Contract',
      'Part-time',
      'm/f/d',
      'Level II',
      'Infrastructure',
      'EMEA',
      'Austin, TX',
    ]) {
      expect(isQualifier(text)).toBe(true);
    }
  });

  it('does not take organisation names for qualifiers', () => {
    for (const text of ['Lakeshore Hospitality', 'Acme Corp', 'Meridian Credit Union']) {
      expect(isQualifier(text)).toBe(false);
    }
  });
});

describe('keepUnlessEmployer', () => {
  it('keeps a split that restates the employer named elsewhere, and a title whole when the piece is another name', () => {
    const raw = 'Login.gov: Partnerships Director GS15';
    expect(keepUnlessEmployer(split(raw), raw, 'Technology Transformation Services')).toEqual({
      title: raw,
      company: null,
      location: null,
    });
    expect(
      keepUnlessEmployer(split('IT Manager at Acme Health'), 'IT Manager at Acme Health', 'Acme Health Inc.'),
    ).toEqual(split('IT Manager at Acme Health'));
    expect(keepUnlessEmployer(split(raw), raw, null)).toEqual(split(raw));
  });

  it('never changes a split by the name it split off (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('IT Manager', 'Director of IT', 'Head of Infrastructure'),
        fc.stringMatching(/^[A-Z][a-z]{2,10}( [A-Z][a-z]{2,10}){0,2}$/),
        (role, name) => {
          const raw = `${role} at ${name}`;
          const s = split(raw);
          expect(keepUnlessEmployer(s, raw, s.company ?? name)).toEqual(s);
          expect(sameEmployer(name, `${name} Ltd`)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('keepUnlessEmployer on a board', () => {
  it('still splits an employer named after the job, whatever site carries it', () => {
    const raw = 'IT Manager at Northwind Holdings';
    expect(keepUnlessEmployer(split(raw), raw, 'JobBoardX')).toEqual(split(raw));
  });
});
