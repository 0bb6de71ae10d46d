/**
 * What a vacancy list writes after each linked title: "[Research Software Engineer](…), School of
 * Computer Science, University of Manchester, UK - closes 23 May 2016". A person reads the parts
 * from the end: the closing date is no field, the trailing places are where the job is, and the
 * organisation named last before them is the employer; the parts before it (a school, a
 * department, a team, a lab) are units of that employer, never the employer.
 */
import { squash } from '../../fields.ts';
import { looksLikeLocation } from './location.ts';

export interface ListingNote {
  readonly company: string | null;
  readonly location: string | null;
}

/** Where the note's fields end: " - closes 10 May 2016", ". Closes …", " - immediate, closes when filled". */
const CLOSING =
  /(?:\s+[-–—]\s+|[.;]\s*|,\s*|\s+)(?:immediate\b.*|closes?\b.*|closing\b.*|deadline\b.*|apply by\b.*|posted\b.*)$/i;
/** A unit of an employer, by the word that heads or ends its name. */
const UNIT =
  /^(?:the\s+)?(?:school|department|dept\.?|faculty|division|lab|laboratory|group|team|unit|section|office|directorate|programme|program)\b|\b(?:team|group|lab|laboratory|department|unit|services|division)$/i;
/** Words of an organisation's name, never of a town's. */
const ORG =
  /\b(?:university|college|institute|library|school|centre|center|hospital|council|agency|trust|ltd|inc|llc|gmbh|labs?)\b/i;
const MAX_NOTE = 300;

/** A part without its bracketed remark: "STFC (various locations)" → "STFC". */
function bare(part: string): string {
  return squash(part.replace(/\([^)]{0,80}\)/g, ' '));
}

/**
 * The employer and the place a list's note gives after a linked title, or nulls.
 * @example listingNote('Lab for Computational Physiology, MIT, Cambridge, USA - closes 19th October 2015')
 *   // → { company: 'MIT', location: 'Cambridge, USA' }
 */
export function listingNote(note: string): ListingNote {
  const text = squash(note.slice(0, MAX_NOTE))
    .replace(CLOSING, '')
    .replace(/[.,;\s]+$/, '');
  const parts = text
    .split(/\s*,\s*/)
    .map(squash)
    .filter((part) => part !== '');
  const places: string[] = [];
  while (parts.length > 0) {
    const part = bare(parts[parts.length - 1] ?? '');
    // "Pasadena, CA": a town reads as a place with the region written after it.
    const town =
      places.length > 0 &&
      part.split(' ').length <= 2 &&
      !ORG.test(part) &&
      looksLikeLocation(`${part}, ${places[0]}`);
    // "MIT", "UCL", "STFC": initials in capitals name an organisation, not a region.
    const initials = /^[A-Z]{3,5}$/.test(part) && !/^(?:USA|UAE)$/.test(part);
    if (initials || (!looksLikeLocation(part) && !town)) break;
    places.unshift(parts.pop() as string);
  }
  let company: string | null = null;
  for (let i = parts.length - 1; i >= 0 && company === null; i--) {
    // "SpiNNaker Team - Advanced Processor Technologies Group - University of Manchester": the
    // last piece of a chain of units.
    const pieces = (parts[i] ?? '').split(/\s+[-–—]\s+/).map(bare);
    for (let j = pieces.length - 1; j >= 0; j--) {
      const piece = pieces[j] ?? '';
      if (piece.length >= 2 && piece.length <= 100 && !UNIT.test(piece) && /^[\p{Lu}\d]/u.test(piece)) {
        company = piece;
        break;
      }
    }
  }
  return { company, location: places.length > 0 ? places.join(', ') : null };
}
