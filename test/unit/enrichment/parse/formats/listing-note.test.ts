import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';
import { listingNote } from '../../../../../functions/enrichment/parse/formats/listing-note.ts';
import { looksLikeLocation } from '../../../../../functions/enrichment/parse/formats/location.ts';

describe("a vacancy list's note after a linked title", () => {
  it.each([
    [
      'School of Computer Science, University of Manchester, UK - closes 23 May 2016',
      'University of Manchester',
      'UK',
    ],
    [
      'Lab for Computational Physiology, MIT, Cambridge, USA - closes 19th October 2015',
      'MIT',
      'Cambridge, USA',
    ],
    ['Research IT Services, UCL, London, UK - closes 21st February 2017', 'UCL', 'London, UK'],
    [
      'The School of Life Sciences, University of Nottingham, UK. Closes 9th December 2016',
      'University of Nottingham',
      'UK',
    ],
    [
      'SpiNNaker Team - Advanced Processor Technologies Group - University of Manchester, Manchester, UK - closes 15th December 2016',
      'University of Manchester',
      'Manchester, UK',
    ],
    ['STFC (various locations), UK - closes 10th-26th February 2017', 'STFC', 'UK'],
    ['Caltech Library, Pasadena, CA, USA - closes when filled', 'Caltech Library', 'Pasadena, CA, USA'],
    [
      'Department of Physics, University of Oxford, UK - immediate, closes when filled',
      'University of Oxford',
      'UK',
    ],
  ])(
    'reads %j: the institution, never its department, and the places after it',
    (note, company, location) => {
      expect(listingNote(note)).toEqual({ company, location });
    },
  );

  it('gives a unit no employer when the note names nothing else', () => {
    expect(listingNote('Department of Physics - closes when filled').company).toBeNull();
  });

  it('gives only places for the location, whatever the note (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('UK', 'Leeds', 'School of Law', 'Acme Ltd', 'closes 1 May', 'x'), {
          maxLength: 6,
        }),
        (parts) => {
          const { location } = listingNote(parts.join(', '));
          for (const place of location?.split(', ') ?? []) expect(looksLikeLocation(place)).toBe(true);
        },
      ),
    );
  });
});

describe('a Markdown list of vacancies, each a link and a note', () => {
  it('gives one posting per entry with the institution and place of its note, one title at two employers twice', () => {
    const text = [
      '---',
      'title: Vacancies in Research Software Engineering',
      '---',
      'Vacancies for Research Software Engineers',
      '-----------------------',
      '',
      '<!--- * [<Job Title>](<link>), <institution>, <location>, <country> - closes <date> -->',
      '',
      '* [Research Software Developer](https://jobs.example.ac.uk/1), Nuffield Department of Population Health, University of Oxford, UK - closes 16th October 2015',
      '* [Research Software Engineer: Data Analytics] (https://recruitment.example.ac.uk/2), School of Engineering, Durham University, UK - closes 15th December 2016',
      '* [Research Software Developer](https://bit.example/rsd), Research Software Development Team, UCL, UK - closes 27th October 2015',
    ].join('\n');
    expect(
      parseDocument({ content: text, file: 'jobs.md' }).map((p) => [p.title, p.company, p.location.text]),
    ).toEqual([
      ['Research Software Developer', 'University of Oxford', 'UK'],
      ['Research Software Engineer: Data Analytics', 'Durham University', 'UK'],
      ['Research Software Developer', 'UCL', 'UK'],
    ]);
  });
});
