/**
 * Where a posting's applicants must live, as its text says it ("Candidates must reside in the
 * United States", "open to applicants based in Canada", "you must be located in Germany"): the
 * place a remote posting is open to, read when the source's fields state no place. Failing that,
 * where a sentence about the job places it ("The position is in the Office of … at GSA in the
 * Washington, DC, metropolitan area", "This role is based in Leeds").
 */

import { matchesOf } from '../fields.ts';
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

/** A sentence that says where the job is: "The position is …", "This role will be based …". */
const JOB_SENTENCE =
  /\b(?:the|this)\s+(?:position|job|role|opportunity|post|vacancy)\s+(?:is|will\s+be)\s+(?:(?:located|based)\s+)?(?:in|at|within)\b[^!?\n]{0,300}/gi;
/** "in (the) Washington, DC(, metropolitan area)": a place after "in", up to a clause break. */
const IN_PLACE =
  /\bin\s+(?:the\s+)?([A-Z][\p{L}.' -]{1,40}?(?:,\s*[A-Z][\p{L}.' -]{1,30}?)?)(?=\s*(?:[;:()!]|\.(?:\s|$)|,\s|\s(?:metropolitan|area|region|office|and|or|to|at|for|with|who)\b|$))/gu;

/** A capitalised place name of up to three words ("Kitchener", "New York", "St. John's"). */
const PLACE_WORDS = String.raw`[A-Z][\p{L}.'’-]*(?:\s[A-Z][\p{L}.'’-]*){0,2}`;
/**
 * "we have locations in Ottawa, Montreal, Toronto, and Kitchener", "nous avons des bureaux à
 * Ottawa, Montréal …": the employer's offices, one of which is the job's place when nothing else
 * says where it is.
 */
const OFFICE_LIST = new RegExp(
  String.raw`\b(?:we\s+have|with|nous\s+(?:avons|ayons))\s+(?:(?:des|our)\s+)?(?:offices|locations|bureaux|hubs)\s+(?:in|à)\s+(${PLACE_WORDS}(?:(?:,\s*(?:and\s+|et\s+|or\s+)?|\s+(?:and|et|or|ou)\s+)${PLACE_WORDS}){0,9})`,
  'u',
);

/** The offices a sentence lists, when its first reads as a place: "Ottawa, Montreal, Toronto, and Kitchener". */
function officePlaces(text: string): string | null {
  const list = OFFICE_LIST.exec(text)?.[1]?.trim();
  const first = list?.split(/,|\s(?:and|et|or|ou)\s/)[0]?.trim();
  return list && first && looksLikeLocation(first) ? list : null;
}

/** The place a sentence about the job puts it in (the first "in <place>" of it that reads as one), or null. */
export function statedJobPlace(blocks: readonly Block[]): string | null {
  for (const block of blocks.slice(0, MAX_BLOCKS)) {
    for (const sentence of matchesOf(block.text.slice(0, MAX_BLOCK_CHARS), JOB_SENTENCE)) {
      for (const match of matchesOf(sentence[0], IN_PLACE)) {
        const place = match[1]?.trim().replace(/[.,]+$/, '');
        if (place && looksLikeLocation(place)) return place;
      }
    }
  }
  for (const block of blocks.slice(0, MAX_BLOCKS)) {
    const offices = officePlaces(block.text.slice(0, MAX_BLOCK_CHARS));
    if (offices) return offices;
  }
  return null;
}

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
  // Where the text puts the job itself counts only when no place at all is stated.
  const place = applicantPlace(blocks) ?? (location.text === null ? statedJobPlace(blocks) : null);
  if (!place) return location;
  const built = buildLocation(place, location.country, location.remote);
  return { ...built, country: location.country ?? built.country };
}
