/**
 * `text.matchAll(re)` without its cost. `matchAll` clones the regex for every call, and a clone
 * costs time in proportion to the pattern's source: a taxonomy's cue list is a few KB, so cloning
 * it cost more than matching a short sentence. Same matches, same order, and `re.lastIndex` is left
 * as it was, as `matchAll` leaves it.
 */

/** Every match of the global regex `re` in `text`, from `re.lastIndex`, as `[...text.matchAll(re)]` gives them. */
export function matchesOf(text: string, re: RegExp): RegExpExecArray[] {
  if (!re.global) throw new TypeError('matchesOf needs a global regex');
  const start = re.lastIndex;
  const unicode = re.unicode || (re as { unicodeSets?: boolean }).unicodeSets === true;
  const found: RegExpExecArray[] = [];
  try {
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      found.push(m);
      // An empty match steps on by one character, a whole code point in a Unicode regex.
      if (m[0] === '') re.lastIndex = stepOn(text, re.lastIndex, unicode);
    }
  } finally {
    re.lastIndex = start;
  }
  return found;
}

function stepOn(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const high = text.charCodeAt(index);
  if (high < 0xd800 || high > 0xdbff) return index + 1;
  const low = text.charCodeAt(index + 1);
  return low >= 0xdc00 && low <= 0xdfff ? index + 2 : index + 1;
}
