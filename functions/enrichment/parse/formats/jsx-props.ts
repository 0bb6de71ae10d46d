/**
 * A careers page kept as a component module may hold its openings as the props of repeated
 * elements (`<OpenRole jobtitle="Senior Backend Engineer" location="Anywhere" time="Full-Time" />`
 * four times over): the data is in the markup's attributes, which an HTML reader drops, and in no
 * literal a script reader finds. Here the string props of a component used two or more times are
 * read as records (one per element), for the module's job-list and role-card readers.
 *
 * Only string props are read (`a="…"`, `a='…'`, `a={"…"}`, `` a={`…`} `` without `${}`); an
 * expression prop (`a={job.title}`) is a placeholder, not a value. A component whose elements share
 * no string prop, or that is used once, gives nothing.
 */

/** Elements read, characters of one element's tag, and records kept per component. */
const MAX_ELEMENTS = 2_000;
const MAX_TAG_CHARS = 4_000;
const MAX_RECORDS = 200;

/** A component's opening tag: `<` then a capitalised name (`OpenRole`, `Card.Job`). */
const COMPONENT_OPEN = /<([A-Z][\w$]*(?:\.[A-Z][\w$]*)*)(?=[\s/>])/g;
const ATTRIBUTE_NAME = /^[A-Za-z_$][\w$:.-]*/;

/** The string props of the opening tag whose attributes start at `at`, or null when it is not one. */
function stringProps(text: string, at: number): Record<string, string> | null {
  const props: Record<string, string> = {};
  const end = Math.min(text.length, at + MAX_TAG_CHARS);
  let i = at;
  while (i < end) {
    const c = text[i] as string;
    if (c === ' ' || c === '\n' || c === '\r' || c === '\t') {
      i++;
      continue;
    }
    if (c === '>' || (c === '/' && text[i + 1] === '>')) return props;
    const name = ATTRIBUTE_NAME.exec(text.slice(i, i + 100))?.[0];
    if (name === undefined) return null;
    i += name.length;
    if (text[i] !== '=') continue;
    i++;
    const q = text[i];
    if (q === '"' || q === "'") {
      const close = text.indexOf(q, i + 1);
      if (close === -1 || close > end) return null;
      props[name] = text.slice(i + 1, close);
      i = close + 1;
    } else if (q === '{') {
      // An expression: a string literal alone is a value, anything else a placeholder.
      let depth = 0;
      let j = i;
      for (; j < end; j++) {
        const d = text[j];
        if (d === '{') depth++;
        else if (d === '}' && --depth === 0) break;
      }
      if (j >= end) return null;
      const literal = /^\{\s*(?:"([^"\n]*)"|'([^'\n]*)'|`([^`$]*)`)\s*\}$/.exec(text.slice(i, j + 1));
      const value = literal ? (literal[1] ?? literal[2] ?? literal[3]) : undefined;
      if (value !== undefined) props[name] = value;
      i = j + 1;
    } else return null;
  }
  return null;
}

/**
 * The string props of each component a module's markup uses two or more times, as lists of
 * records by component name, or null when there are none.
 * @example componentPropRecords('<Role title="QA Engineer" place="Pune" /><Role title="SRE" place="Remote" />')
 * // → { Role: [{ title: 'QA Engineer', place: 'Pune' }, { title: 'SRE', place: 'Remote' }] }
 */
export function componentPropRecords(text: string): Record<string, Record<string, string>[]> | null {
  // Cheap test first: a capitalised tag at all.
  if (!/<[A-Z]/.test(text)) return null;
  const byName = new Map<string, Record<string, string>[]>();
  let elements = 0;
  for (const match of text.matchAll(COMPONENT_OPEN)) {
    if (++elements > MAX_ELEMENTS) break;
    const name = match[1] as string;
    const props = stringProps(text, (match.index ?? 0) + match[0].length);
    if (props === null || Object.keys(props).length < 2) continue;
    const list = byName.get(name) ?? [];
    if (list.length < MAX_RECORDS) list.push(props);
    byName.set(name, list);
  }
  const out: Record<string, Record<string, string>[]> = {};
  let found = false;
  for (const [name, list] of byName) {
    if (list.length < 2) continue;
    // The elements are one kind of record: a prop every one of them sets.
    const shared = Object.keys(list[0] as Record<string, string>).some((key) => list.every((r) => key in r));
    if (!shared) continue;
    Object.defineProperty(out, name, { value: list, enumerable: true, writable: true, configurable: true });
    found = true;
  }
  return found ? out : null;
}

/**
 * A page's markup with the elements of the named components taken out and `cards` put where the
 * first of them stood (an unknown `<OpenRole … />` does not close itself in HTML: what follows
 * would nest inside it).
 */
export function withComponentsAsCards(markup: string, names: readonly string[], cards: string): string {
  const escaped = names.map((name) => name.replace(/[.$]/g, '\\$&')).join('|');
  const tag = new RegExp(`<\\/?(?:${escaped})(?=[\\s/>])[^>]*>`, 'g');
  let placed = false;
  const out = markup.replace(tag, () => {
    if (placed) return '';
    placed = true;
    return cards;
  });
  return placed ? out : `${out}\n${cards}`;
}
