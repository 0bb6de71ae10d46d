/**
 * Posts a vacancy page gives one after the other, each as a head line over the same labelled
 * fields: a South African circular's "POST 31/279 : ARTISAN: PLANT & EQUIPMENT REF NO: …" over
 * "SALARY : …", "CENTRE : …", "REQUIREMENTS : …", "DUTIES : …"; a news site's "Artisan:
 * Mechanical (Grade A) Workshop" over "• Ref No: …", "• Salary: …", "• Centre: …". What a person
 * sees is the repetition: heads of one form, each followed by fields of another form that open
 * with the same label, and those fields say what an offer says (its pay, its duties, its
 * requirements). One post per head; its fields are its own text, read first for its pay.
 * The fields of one posting ("Location: …", "Salary: …") under one head are one post, never two.
 */
import { holdsPay } from '../../pay/index.ts';
import type { NoticeReading } from './notice-posts.ts';
import { sectionLabelKind } from './posting-evidence.ts';

/** Lines read: a page's posts are near its top. */
const READ_LINES = 800;
const MAX_POSTS = 200;
const MAX_HEAD = 160;
/** Fields a whole post has at least (a post cut by the end of the text may have fewer). */
const MIN_FIELDS = 3;

/** "SALARY : R243 597", "• Ref No: 2024/62", "- Requirements:": a label of words (no digits) and its value. */
const FIELD = /^\s*([-*•·▪●–]\s*)?(\p{L}[\p{L} ./&'’()-]{0,38}?)\s*:(?!\/\/)\s*(.*)$/u;

interface Field {
  readonly bullet: boolean;
  readonly label: string;
  readonly value: string;
}

function fieldOf(line: string): Field | null {
  if (line.length > 2_000) return null;
  const m = FIELD.exec(line);
  if (!m) return null;
  const label = (m[2] ?? '').trim();
  if (label.split(/\s+/).length > 4) return null;
  return { bullet: m[1] !== undefined, label: label.toLowerCase(), value: (m[3] ?? '').trim() };
}

/**
 * A head as the post's name: "POST 31/279 : ARTISAN: PLANT & EQUIPMENT REF NO: APE/JS/57" →
 * "ARTISAN: PLANT & EQUIPMENT" (the post's number before it, its reference after it aside).
 */
function postName(head: string): string {
  return (
    head
      .trim()
      .replace(/^[-*•·▪●–]\s*/u, '')
      // A Markdown heading's marks and the brackets or bold around its name ("### [모바일 앱 개발]").
      .replace(/^#{1,6}\s+/, '')
      .replace(/^(\*\*|__|\[)(.+)(\*\*|__|\])$/u, (all, open: string, name: string, close: string) =>
        (open === '[' ? close === ']' : open === close) ? name.trim() : all,
      )
      .replace(/^\p{L}+\.?\s+[\p{L}\d/.-]*\d[\p{L}\d/.-]*\s*[:–-]\s+/u, '')
      .replace(/\s+(?:\p{L}+\.?\s+)?\p{L}+\.?\s*:\s*[\p{L}\d/.-]*\d[\p{L}\d/.-]*$/u, '')
      .trim()
  );
}

interface Unit {
  readonly head: string;
  readonly first: string;
  readonly fields: Field[];
  readonly lines: string[];
}

/** What a post's fields say that only an offer says: its pay, or two of its parts (duties, requirements, terms). */
function saysOffer(fields: readonly Field[]): boolean {
  if (fields.some((f) => f.value !== '' && holdsPay(f.value))) return true;
  const kinds = new Set(fields.map((f) => sectionLabelKind(f.label)).filter((k) => k !== null));
  return kinds.size >= 2;
}

/** The posts of such a page, or null when the text has no two heads over the same fields. */
export function readLabelledPosts(text: string): NoticeReading | null {
  const lines = text.split(/\r\n|\r|\n/, READ_LINES);
  const fields = lines.map(fieldOf);
  // Cheap: a page of posts has several labelled lines.
  if (fields.filter((f) => f !== null).length < MIN_FIELDS * 2) return null;
  // Heads: a line not of the fields' form, right above (blank lines aside) a field.
  const heads: { at: number; first: string; bullet: boolean }[] = [];
  let prev = -1;
  for (let i = 0; i < lines.length; i++) {
    const f = fields[i];
    if (f && prev >= 0) {
      const above = fields[prev];
      const line = (lines[prev] ?? '').trim();
      // A head names the post: not a link, not a line of fields ("Acme | Engineer | Remote").
      const names = line.length <= MAX_HEAD && !/https?:\/\/|\s\|\s/.test(line);
      if ((above === null || above === undefined || above.bullet !== f.bullet) && names)
        heads.push({ at: prev, first: f.label, bullet: f.bullet });
    }
    if ((lines[i] ?? '').trim() !== '') prev = i;
  }
  // The label most heads open with: the post's first field.
  const count = new Map<string, number>();
  for (const h of heads) count.set(`${h.bullet}|${h.first}`, (count.get(`${h.bullet}|${h.first}`) ?? 0) + 1);
  let best: string | null = null;
  for (const [key, n] of count) if (n >= 2 && (best === null || n > (count.get(best) ?? 0))) best = key;
  if (best === null) return null;
  const starts = heads.filter((h) => `${h.bullet}|${h.first}` === best);
  if (starts.length > MAX_POSTS) return null;
  const units: Unit[] = starts.map((h, k) => {
    const end = starts[k + 1]?.at ?? lines.length;
    const own = lines.slice(h.at + 1, end);
    return {
      head: lines[h.at] ?? '',
      first: h.first,
      fields: fields.slice(h.at + 1, end).filter((f): f is Field => f !== null && f.bullet === h.bullet),
      lines: own,
    };
  });
  // Every post but the last (which the end of a text may cut) has its fields whole, shares two
  // labels with the first, and the posts' fields say what an offer says.
  const whole = units.slice(0, -1);
  const labels = new Set(units[0]?.fields.map((f) => f.label));
  if (
    !whole.every(
      (u) => u.fields.length >= MIN_FIELDS && u.fields.filter((f) => labels.has(f.label)).length >= 2,
    )
  )
    return null;
  if (!whole.every((u) => saysOffer(u.fields))) return null;
  const posts = units
    .map((u) => ({ title: postName(u.head), own: [u.head, ...u.lines].join('\n').trim() }))
    .filter((p) => /\p{L}{2}/u.test(p.title));
  // The same post twice is one advert pasted twice, not two posts.
  if (posts.length < 2 || new Set(posts.map((p) => p.title.toLowerCase())).size < posts.length) return null;
  return { posts, employer: null };
}
