import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applicantPlace,
  statedJobPlace,
  withApplicantPlace,
} from '../../../../functions/enrichment/parse/applicant-location.ts';
import { looksLikeLocation } from '../../../../functions/enrichment/parse/formats/location.ts';
import type { Block, Location } from '../../../../functions/enrichment/types.ts';

const para = (text: string): Block => ({ kind: 'paragraph', text, section: null });
const REMOTE: Location = { text: 'Remote', country: null, remote: true };

describe("a remote posting's applicant-location requirement", () => {
  it.each([
    ['Candidates must reside in the United States and work Eastern hours.', 'United States', 'US'],
    ['This role is open to applicants based in Canada.', 'Canada', 'CA'],
    ['You must be located in Germany to apply.', 'Germany', 'DE'],
    ['Applicants must currently live in the United Kingdom; no visa sponsorship.', 'United Kingdom', 'GB'],
  ])('reads %j', (text, place, country) => {
    expect(withApplicantPlace(REMOTE, [para('Lead the service desk.'), para(text)])).toEqual({
      text: place,
      country,
      remote: true,
    });
  });

  it('keeps a place the source states, and reads no place that is not one', () => {
    const london: Location = { text: 'London', country: 'GB', remote: false };
    expect(withApplicantPlace(london, [para('Candidates must reside in the United States.')])).toBe(london);
    expect(applicantPlace([para('Applicants must be based in Good Standing with the board.')])).toBeNull();
    expect(applicantPlace([para('You should be living in Harmony with our values.')])).toBeNull();
  });

  it('never throws and only ever gives a place (any text)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 300 }), { maxLength: 8 }), (texts) => {
        const place = applicantPlace(texts.map(para));
        expect(place === null || looksLikeLocation(place)).toBe(true);
      }),
    );
  });
});

describe('where a sentence about the job places it', () => {
  const NONE: Location = { text: null, country: null, remote: null };

  it('reads "The position is … in <place>" when no place is stated, past the office it names', () => {
    const blocks = [
      para(
        'The position is in the Office of Citizen Services and Innovative Technologies at GSA in the Washington, DC, metropolitan area. It will be posted as an IT Specialist.',
      ),
    ];
    expect(statedJobPlace(blocks)).toBe('Washington, DC');
    expect(withApplicantPlace(NONE, blocks).text).toBe('Washington, DC');
    expect(statedJobPlace([para('This role is based in Leeds, with some travel.')])).toBe('Leeds');
  });

  it('takes no organisation or team for a place, and never overrides a stated place or a remote one', () => {
    expect(
      statedJobPlace([
        para(
          'This position is located in the General Services Administration (GSA), Office of Citizen Services.',
        ),
        para('The role is in our Platform team.'),
      ]),
    ).toBeNull();
    const leeds = [para('This role is based in Leeds.')];
    expect(withApplicantPlace({ text: 'York', country: 'GB', remote: false }, leeds).text).toBe('York');
    expect(withApplicantPlace(REMOTE, leeds).text).toBe('Remote');
  });

  it("reads the employer's office cities a sentence lists, in English and French, when nothing else places the job", () => {
    expect(
      statedJobPlace([
        para(
          'While we have locations in Ottawa, Montreal, Toronto, and Kitchener; we largely work distributedly.',
        ),
      ]),
    ).toBe('Ottawa, Montreal, Toronto, and Kitchener');
    expect(
      statedJobPlace([
        para('Bien que nous ayons des bureaux à Ottawa, Montréal, Toronto et Kitchener, nous travaillons …'),
      ]),
    ).toBe('Ottawa, Montréal, Toronto et Kitchener');
    expect(statedJobPlace([para('We have offices in Marketing and Sales.')])).toBeNull();
  });

  it('gives only places, whatever follows "The job is in" (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (tail) => {
        const place = statedJobPlace([para(`The job is in ${tail}`)]);
        expect(place === null || looksLikeLocation(place)).toBe(true);
      }),
    );
  });
});
