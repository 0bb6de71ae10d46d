/**
 * A public call for a post, in any language the call words of offer-language.ts read: a
 * competition ("Concorso pubblico, per esami, ad un posto di collaboratore di elaborazione dati"),
 * a selection ("se convoca … plazas de Técnico/a Superior de Tecnologías de la Información"), a
 * vacancy notice ("L'emploi de directeur départemental adjoint … est susceptible d'être vacant").
 * Such a text offers a role now wherever it names it (a title line, a heading, or only the call's
 * sentence), and often begins with a page's chrome or a reference line, not with the role.
 *
 * The other direction: a page about an occupation in general (what it does, what it earns on
 * average, a template of its description, an occupation code) offers nothing, however many of an
 * offer's words it uses.
 */

import { CALL_WORDS } from './offer-language.ts';

/** Characters at a text's start read for a call: a call says what it opens before its legal preamble. */
const CALL_CHARS = 4_000;
/** Characters after a post's words read for its name. */
const NAME_CHARS = 160;
/** Longest post name, in words. */
const MAX_WORDS = 14;

const any = (sources: readonly string[]) => sources.map((s) => `(?:${s})`).join('|');
const OPENS = new RegExp(`(?<![\\p{L}])(?:${any(CALL_WORDS.opens)})`, 'iu');
const POST = new RegExp(`(?<![\\p{L}])(?:${any(CALL_WORDS.post)})\\s*`, 'giu');
const ROLE_END = new RegExp(any(CALL_WORDS.roleEnd), 'iu');
const OCCUPATION = new RegExp(`(?<![\\p{L}])(?:${any(CALL_WORDS.occupation)})`, 'iu');
/** A line naming a role and ending in the words of a description ("IT Manager Job Description"). */
const TEMPLATE_HEADING = new RegExp(
  `^[ \\t#*]*\\p{L}[^\\n]{1,60}?[ \\t](?:${any(CALL_WORDS.templateHeading)})[ \\t*]*$`,
  'imu',
);
/** Counts and articles before a post's name: "n. 1", "un(a) (01)", "one", "un", "une", "deux". */
const LEADING =
  /^(?:(?:n\.?\s?\d+|\(\d+\)|\d+|un\(a\)|un\/a|una?|une|uno|one|a|an|the|il|lo|la|le|el|o|a)\s+)+/iu;
/** An article or preposition a post's name does not start with ("plazas de las oposiciones"). */
const NOT_A_NAME =
  /^(?:las?|los|les|el|il|gli|i|the|of|for|to|in|de|di|da|do|du|des|del|della|our|your|this|that)\s/iu;

/** The text as one line of single spaces, quotes aside: a call's sentence is often wrapped. */
function flat(text: string): string {
  return text
    .slice(0, CALL_CHARS)
    .replace(/[“”«»„]/g, '"')
    .replace(/\s+/g, ' ');
}

/** The post a call names after its words, or null: the name up to where the sentence goes on. */
function nameAfter(text: string, from: number): string | null {
  const after = text.slice(from, from + NAME_CHARS).replace(/^"/, '');
  const end = ROLE_END.exec(after);
  const name = (end ? after.slice(0, end.index) : after).replace(LEADING, '').replace(/^"|"$/g, '').trim();
  if (name.length < 3 || NOT_A_NAME.test(`${name} `) || !/^\p{L}/u.test(name)) return null;
  const words = name.split(/\s+/).length;
  return words <= MAX_WORDS ? name : null;
}

/**
 * The role a public call opens now, or null when the text is no call: the call's words that open
 * it (an act, a status, a deadline) and, after a post's words, the post's name.
 */
export function calledRole(text: string): string | null {
  const read = flat(text);
  if (!OPENS.test(read)) return null;
  for (const post of read.matchAll(POST)) {
    const name = nameAfter(read, (post.index ?? 0) + post[0].length);
    if (name) return name;
  }
  return null;
}

const REPORTED = new RegExp(`(?<![\\p{L}])(?:${any(CALL_WORDS.reported)})(?![\\p{L}])`, 'giu');
/** Attributions in a text's start that make it a story told about a post. */
const STORY_ATTRIBUTIONS = 2;

/**
 * Whether a text reports on a recruitment rather than makes it: a story attributing what people
 * said ("…, said Coury", "so Stadtrat Otto Seidl"), at least twice at its start, and no call.
 */
export function reportsOnPost(text: string): boolean {
  const read = flat(text);
  let n = 0;
  for (const _ of read.matchAll(REPORTED)) if (++n >= STORY_ATTRIBUTIONS) return calledRole(text) === null;
  return false;
}

/** Whether a text (its title line with it) is a page about an occupation in general, not an opening. */
export function describesOccupation(text: string): boolean {
  return OCCUPATION.test(flat(text)) || TEMPLATE_HEADING.test(text.slice(0, CALL_CHARS));
}
