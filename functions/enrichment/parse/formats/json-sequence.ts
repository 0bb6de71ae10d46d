/**
 * A document of JSON objects one after another rather than one value: JSON Lines (one record a
 * line), the same written with a comma after each line (`{…}, ` with no brackets around), and
 * pretty-printed objects simply concatenated (a scraper appending `json.dumps(item, indent=2)`).
 * What a person sees is a list of records; this reads it as one. The objects are found by their
 * braces (strings skipped), then each is parsed on its own.
 */

export interface JsonSequence {
  readonly records: unknown[];
  /** Set when the last object breaks off part-way: the complete ones before it are kept. */
  readonly cut?: string;
}

/** Fewest objects for a sequence: one object is a JSON document, not a list of records. */
const MIN_RECORDS = 2;

/**
 * The objects of a document that is a sequence of JSON objects, separated by whitespace and at
 * most one comma each; null when the text is anything else (text between objects, a top-level
 * array or scalar, an object that does not parse).
 */
export function readJsonSequence(text: string): JsonSequence | null {
  const records: unknown[] = [];
  let i = skipSpace(text, 0);
  while (i < text.length) {
    if (text.charCodeAt(i) !== 0x7b) return null;
    const end = objectEnd(text, i);
    if (end === -1) {
      // The last object breaks off: the ones before it are whole records.
      if (records.length < MIN_RECORDS) return null;
      return {
        records,
        cut: `the sequence of JSON objects breaks off inside object ${records.length + 1}; the ${records.length} complete records before it are kept, the unfinished one dropped`,
      };
    }
    try {
      records.push(JSON.parse(text.slice(i, end)));
    } catch {
      return null;
    }
    i = skipSpace(text, end);
    if (text.charCodeAt(i) === 0x2c) i = skipSpace(text, i + 1);
  }
  return records.length >= MIN_RECORDS ? { records } : null;
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i] as string)) i++;
  return i;
}

/** The index just past the object that opens at `start`, or -1 when the text ends first. */
function objectEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) depth++;
    else if ((c === 0x7d || c === 0x5d) && --depth === 0) return i + 1;
  }
  return -1;
}
