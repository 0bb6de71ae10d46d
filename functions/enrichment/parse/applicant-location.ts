/**
 * Where a posting's applicants must live, as its text says it ("Candidates must reside in the
 * United States", "open to applicants based in Canada", "you must be located in Germany"): the
 * place a remote posting is open to, read when the source's fields state no place.
 */

import type { Block, Location } from '../types.ts';
import { buildLocation, looksLikeLocation } from './formats/location.ts';

/** How many blocks from the top are read, and how much of each: the requirement is a sentence. */
const MAX_BLOCKS = 200;
const MAX_BLOCK_CHARS = 2_000;

/**
 * "must/should/need to (be) reside|live|be based|be located in|within X", "(applicants|candidates)
 * (based|located|residing) in X", "open to (candidates|applicants|residents) (of|in) X". The place
 * is up to the next clause or sentence break; it counts only if it reads as a place.
 */
const RESIDENCE =
  /\b(?:(?:must|should|need to|required to)\s+(?:be\s+)?(?:(?:currently\s+)?(?:reside|residing|live|living|based|located))|(?:applicants|candidates|residents)\s+(?:currently\s+)?(?:based|located|residing|living)|open\s+(?:only\s+)?to\s+(?:candidates|applicants|residents|people))\s+(?:in|within|of)\s+(?:the\s+)?([A-Z][\p{L}.' -]{1,40}?(?:,\s*[A-Z][\p{L}.' -]{1,30}?)?)(?=\s*(?:[.;:()!]|,\s|\s(?:and|or|to|at|for|with|who|only|time|zones?|in)\b|$))/u;

/** The place a posting's text requires its applicants to live in, or null. */
export function applicantPlace(blocks: readonly Block[]): string | null {
  for (const block of blocks.slice(0, MAX_BLOCKS)) {
    const match = RESIDENCE.exec(block.text.slice(0, MAX_BLOCK_CHARS));
    const place = match?.[1]?.trim();
    if (place && looksLikeLocation(place)) return place;
  }
  return null;
}

/**
 * The posting's location, with its applicants' required place when the source states none (or
 * only "Remote"): `{ text: 'United States', country: 'US', remote: true }` for a remote posting
 * open to US residents.
 */
export function withApplicantPlace(location: Location, blocks: readonly Block[]): Location {
  const unstated = location.text === null || (location.remote === true && /^remote$/i.test(location.text));
  if (!unstated) return location;
  const place = applicantPlace(blocks);
  if (!place) return location;
  const built = buildLocation(place, location.country, location.remote);
  return { ...built, country: location.country ?? built.country };
}
