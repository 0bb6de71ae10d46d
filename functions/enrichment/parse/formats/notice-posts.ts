/**
 * A notice, a news story or a blog post that announces, in its own sentences, that a body
 * recruits for named posts: "Highland Council has re-advertised for a depute chief executive",
 * "concurso público … para os cargos de Analista Consultor de TIC, Analista de Aplicações de TIC
 * e Analista de Suporte de TIC", "Le Sénat recrute par concours :" over "- deux informaticiens …",
 * "The five jobs are:" over bullets. One post per named post, its name as written without its
 * count; the body is the sentence's subject or the notice's issuer, never the paper or the site.
 * The phrases are data (notice-language.ts); the reading here is by the sentence's structure.
 */

import { squash } from '../../fields.ts';
import { namesRole } from './markdown-headings.ts';
import {
  ISSUER_BEFORE,
  ISSUER_LABELS,
  LEADING_WORDS,
  LIST_NOUNS,
  NOT_OPEN,
  PHRASE_ENDS,
  POST_CUES,
  POST_HEADS,
  SEEK_CUES,
  SUBJECT_LINKS,
  VACANCY_BEFORE,
} from './notice-language.ts';

export interface NoticePost {
  readonly title: string;
  /** The text that names this post alone (a list item), read first for its own pay. */
  readonly own: string | null;
}

export interface NoticeReading {
  readonly posts: readonly NoticePost[];
  /** The body that recruits, where the text names it. */
  readonly employer: string | null;
}

/** Characters read: a notice names its posts near its top. */
const READ_CHARS = 20_000;
const MAX_POST_WORDS = 14;
const MAX_POST_CHARS = 120;
/** Longest first line read as a headline. */
const HEADLINE_CHARS = 150;

const alt = (list: readonly string[]): string => list.map((s) => `(?:${s})`).join('|');
// A cue starts a word and is followed by a space or a colon (not "recruits" inside "recruitsment").
const CUE = new RegExp(String.raw`(?<![\p{L}\d])(?:(${alt(POST_CUES)})|(${alt(SEEK_CUES)}))(?=[\s:])`, 'giu');
const CUE_IN_SENTENCE = new RegExp(CUE.source, 'giu');
/** The cheap test every text pays: is any cue there at all. */
const ANY_CUE = new RegExp(String.raw`(?<![\p{L}\d])(?:${alt(POST_CUES)}|${alt(SEEK_CUES)})(?=[\s:])`, 'iu');
const LIST_INTRO = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:${LIST_NOUNS})(?![\p{L}])|(?<![\p{L}])(?:${alt(SEEK_CUES)})(?![\p{L}])).{0,80}:\s*$`,
  'iu',
);
const LIST_ITEM = /^\s*(?:[-*+•·▪–]|\d{1,2}[.)])\s+(\S.*)$/u;
// Case-sensitive: ", Digital and Data" goes on, ", para atuarem" ends (the words are lower case).
const PHRASE_END = new RegExp(
  String.raw`[.;:!?](?:\s|$)|,\s+(?=\p{Ll})|\s+(?:${PHRASE_ENDS})(?![\p{L}])|\s+[-–—]\s+|$`,
  'u',
);
/** Where a list of posts ends: as a phrase does, but a comma before an article or "and" goes on. */
const LIST_END = new RegExp(
  String.raw`[.;:!?](?:\s|$)|,\s+(?!(?:a|an|and|the|e|et|y|und|og|och|un|une|des|les|um|uma|o|os|as|el|la|los|las|il|lo|gli|ein|eine|en|ett)\s)(?=\p{Ll})|\s+(?:${PHRASE_ENDS})(?![\p{L}])|\s+[-–—]\s+|$`,
  'u',
);
/** A list's part with its own article: a post of its own ("…, a frontend developer"). */
const ARTICLE_LED =
  /^\s*(?:a|an|the|un|une|des|les|um|uma|o|os|as|el|la|los|las|il|lo|gli|ein|eine|en|ett)\s/iu;
const NOT_OPEN_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${NOT_OPEN})(?![\p{L}])`, 'iu');
/** A line ending in ":" that names vacancies, as a cheap test over the whole top. */
const LIST_GATE = new RegExp(String.raw`(?<![\p{L}])(?:${LIST_NOUNS})(?![\p{L}])[^\n]{0,80}:[ \t]*\n`, 'iu');
const LEADING = new RegExp(
  String.raw`^(?:(?:${LEADING_WORDS})\s+|[dl]'|\d+\s+|n\.\s?\d+\s+|${VACANCY_BEFORE}\s+)+`,
  'iu',
);
/** "– 30 vagas", "(15 plazas)": a post's count after its name. */
const COUNT_TAIL = /\s*[–—-]\s*\d+\s*\p{L}*\s*$|\s*\(\d+(?:\s+\p{L}+)?\)\s*$/u;
const COUNT_HEAD = new RegExp(String.raw`^(?:\d+|n\.\s?\d+|${LEADING_WORDS})\s`, 'iu');
/** A bracket that is pay ("(£82,000-£91,000)") or an abbreviation ("(CI&TO)", "(DBA)"). */
const NOTE_BRACKET = /\s*\((?:[^)]*\d[^)]*|[\p{Lu}&/.\d-]{2,12})\)/gu;
const PAY_BRACKET = /\([^)]*[£$€]\s?\d[^)]*\)/u;

const FIRST = String.raw`\p{Lu}[\p{L}\p{M}'’&.-]*`;
const WORD = String.raw`(?:${FIRST}|\d+)`;
const CONNECTOR =
  '(?:of|the|and|for|de|da|do|das|dos|di|del|della|dello|degli|des|du|la|le|y|e|et|für|og|och|na|no|em|per|para|pour)';
const RUN = String.raw`${FIRST}(?:[ \t]+(?:${CONNECTOR}[ \t]+)*${WORD})*(?:[ \t]*\(\p{Lu}[\p{Lu}&\d]{1,10}\))?`;
const SUBJECT = new RegExp(String.raw`(${RUN})[ \t]*,?(?:[ \t]+(?:${SUBJECT_LINKS}))*[ \t]*$`, 'u');
// The phrase before a name is read without case, the name with it (under /i, \p{Lu} is any letter).
const ISSUERS = ISSUER_BEFORE.map((before) => new RegExp(String.raw`(?<![\p{L}])(?:${before})`, 'giu'));
const RUN_AT = new RegExp(RUN, 'uy');
const LABELLED_ISSUER = new RegExp(
  String.raw`(?:^|\n)[ \t]*(?:${ISSUER_LABELS})[ \t]*[:|]?[ \t]*(?:\|[ \t]*)?(?:\n[ \t]*)*([^\n|]{3,80})`,
  'iu',
);
/** A sentence's stop after a name ("… City Council."), not an initial's ("U.S."). */
const END_STOP = /(\p{L}{2,})\.$/u;
const ARTICLE = /^(?:The|Le|La|Les|L'|Il|Lo|El|O|A|Die|Der|Das)\s+/u;
const SPLIT = /,\s+(?:(?:and|e|et|y|und|og|och)\s+)?|\s+(?:and|e|et|y|und|og|och|&)\s+/iu;

/** Whether a text announces a post at all (one regular expression over its top). */
export function announcesPost(text: string): boolean {
  return ANY_CUE.test(text.length > READ_CHARS ? text.slice(0, READ_CHARS) : text);
}

/** Whether a phrase names a post: a role, or one of the public notices' post nouns first. */
function isPost(phrase: string): boolean {
  // "marketing interns": a post named in the plural, as a list of openings does.
  if (namesRole(phrase) || (/[^s]s$/.test(phrase) && namesRole(phrase.slice(0, -1)))) return true;
  // "concepteurs analystes", "Técnico em TI": a post noun among its words.
  const words = phrase.toLowerCase().split(/[\s,()]+/u);
  return words.some((word) => POST_HEADS.some((head) => word === head || word.endsWith(`-${head}`)));
}

/** A post's name as written: no article or count before it, no note, pay or abbreviation after. */
function cleanPost(raw: string): string {
  let text = squash(raw).replace(NOTE_BRACKET, '').replace(COUNT_TAIL, '');
  const quoted = /^["«]\s*([^"»]{2,100}?)\s*["»]/u.exec(text);
  if (quoted?.[1]) return quoted[1];
  text = text.replace(LEADING, '');
  text = text.replace(/[\s,;.:"']+$/u, '');
  return (text.includes('«') ? text : text.replace(/[\s»]+$/u, '')).trim();
}

function fits(post: string): boolean {
  return (
    post.length >= 2 &&
    post.length <= MAX_POST_CHARS &&
    post.split(/\s+/).length <= MAX_POST_WORDS &&
    /^[\p{L}"]/u.test(post)
  );
}

/**
 * The posts a phrase after a cue names: "Técnico em TI e de Analista de Sistemas" is two (each
 * part a post, each written with a capital), "chief information and technology officer" one.
 */
function postsOf(after: string, strong: boolean): string[] {
  // "profili di dirigente: Servizi finanziari, Sistemi informativi e Amministrativo".
  const headed = /^(\p{L}+):\s+(.+)$/u.exec(after);
  const head = headed && isPost(headed[1] ?? '') ? `${headed[1]} ` : '';
  const rest = headed && head ? (headed[2] ?? '') : after;
  // "a designer, a frontend developer, and marketing interns": a list goes on past ", a".
  const long = rest.slice(0, LIST_END.exec(rest)?.index ?? rest.length);
  const raw = long.split(SPLIT);
  const parts = raw.map(cleanPost).filter((p) => p !== '');
  const own = raw.slice(1).some((p) => ARTICLE_LED.test(p));
  if (
    parts.length >= 2 &&
    parts.every((p) => fits(p) && (head !== '' || isPost(p))) &&
    (parts.every((p) => /^\p{Lu}/u.test(p)) || own)
  ) {
    return parts.map((p) => `${head}${p}`);
  }
  const whole = cleanPost(rest.slice(0, PHRASE_END.exec(rest)?.index ?? rest.length));
  if (!fits(whole) || head) return [];
  return strong || isPost(whole) ? [whole] : [];
}

interface Block {
  readonly text: string;
  readonly item: boolean;
}

/**
 * Sentences' lines and list items. A line goes on the one before when it starts in lower case
 * (a gazette breaks its sentences across lines); a line in capitals starts a block (a headline
 * over its text is a block of its own).
 */
function blocks(text: string): Block[] {
  const out: Block[] = [];
  let para: string[] = [];
  const flush = (): void => {
    if (para.length > 0) out.push({ text: squash(para.join(' ')), item: false });
    para = [];
  };
  for (const line of text.split(/\r\n|\r|\n/)) {
    const item = LIST_ITEM.exec(line);
    if (item) {
      flush();
      out.push({ text: squash(item[1] ?? ''), item: true });
    } else if (line.trim() === '') flush();
    else {
      if (!/^\s*\p{Ll}/u.test(line)) flush();
      para.push(line);
    }
  }
  flush();
  return out;
}

/** A list under a line that names vacancies: each item a post, with its count, pay or a role. */
function listPosts(all: readonly Block[]): NoticePost[] {
  for (let i = 0; i < all.length; i++) {
    const intro = all[i];
    if (!intro || intro.item || !LIST_INTRO.test(intro.text)) continue;
    const items: Block[] = [];
    for (let j = i + 1; j < all.length && all[j]?.item; j++) items.push(all[j] as Block);
    const posts = items.flatMap((item) => {
      const name = cleanPost(item.text.slice(0, PHRASE_END.exec(item.text)?.index ?? item.text.length));
      const evidence = COUNT_HEAD.test(item.text) || COUNT_TAIL.test(item.text.replace(/[;.,]+$/, ''));
      return fits(name) && (evidence || PAY_BRACKET.test(item.text) || isPost(name))
        ? [{ title: name, own: item.text }]
        : [];
    });
    if (posts.length >= 2 && posts.length === items.length) return posts;
  }
  return [];
}

/** The body a sentence's subject names just before its cue ("the Brisbane City Council, is recruiting"). */
function subjectOf(before: string): string | null {
  // A dashed aside between the subject and its verb ("… Chelsea – which have … – are recruiting").
  const plain = before.replace(/\s[–—]\s[^–—]{0,120}\s[–—]\s*$/u, ' ').slice(-300);
  const run = SUBJECT.exec(plain)?.[1]?.replace(ARTICLE, '').replace(END_STOP, '$1').trim();
  // "It is looking for", "We are hiring": a pronoun, not a name (a name of three letters is capitals).
  return run && (run.length > 3 || /^\p{Lu}+$/u.test(run)) ? run : null;
}

const RUNS = new RegExp(RUN, 'gu');

/** A name of two words or more in the sentence before its cue ("que l'Organisation des Nations unies (ONU) décrit …"). */
function nameIn(sentence: string): string | null {
  let last: string | null = null;
  for (const m of sentence.matchAll(RUNS)) {
    const run = m[0].replace(ARTICLE, '').replace(END_STOP, '$1').trim();
    if (/\s/.test(run) && m.index > 0) last = run;
  }
  return last;
}

/** The subject of an earlier verb in the sentence ("El Ministerio convoca 150 plazas para el …"). */
function subjectBeforeCue(sentence: string): string | null {
  let at = -1;
  // A regular expression of its own: CUE is mid-way through the text that holds this sentence.
  CUE_IN_SENTENCE.lastIndex = 0;
  for (const m of sentence.matchAll(CUE_IN_SENTENCE)) at = m.index;
  return at > 0 ? subjectOf(sentence.slice(0, at)) : null;
}

function issuerOf(text: string): string | null {
  const labelled = LABELLED_ISSUER.exec(text)?.[1];
  if (labelled) return squash(labelled);
  for (const issuer of ISSUERS) {
    issuer.lastIndex = 0;
    for (let m = issuer.exec(text); m !== null; m = issuer.exec(text)) {
      RUN_AT.lastIndex = m.index + m[0].length;
      const run = RUN_AT.exec(text)?.[0];
      if (run) return run.replace(ARTICLE, '').replace(END_STOP, '$1').trim();
    }
  }
  return null;
}

/**
 * The posts a text announces and the body that recruits for them, or null when it announces
 * none (most postings: the cue test fails and nothing more is read).
 */
export function readNotice(text: string): NoticeReading | null {
  const top = text.length > READ_CHARS ? text.slice(0, READ_CHARS) : text;
  if (!ANY_CUE.test(top) && !LIST_GATE.test(top)) return null;
  const all = blocks(top);
  let posts: NoticePost[] = listPosts(all);
  let employer: string | null = null;
  /** The sentence that named the posts, read last for a name in it. */
  let named = '';
  // A headline abbreviates ("… launch recruitment for CIO"): its post is taken when the text's
  // own sentences name none.
  const head = all.findIndex((block) => !block.item);
  const headline =
    head !== -1 && (all[head]?.text.length ?? 0) <= HEADLINE_CHARS && !/[.!?]$/.test(all[head]?.text ?? '');
  const order = headline ? [...all.slice(0, head), ...all.slice(head + 1), all[head] as Block] : all;
  for (const block of order) {
    if (block.item) continue;
    CUE.lastIndex = 0;
    for (let m = CUE.exec(block.text); m !== null; m = CUE.exec(block.text)) {
      const after = block.text.slice(m.index + m[0].length).replace(/^[\s:]+/, '');
      const sentence = block.text.slice(0, m.index);
      const own = sentence.slice(sentence.search(/[^.!?]*$/));
      if (NOT_OPEN_BEFORE.test(own)) continue;
      const found = posts.length === 0 ? postsOf(after, m[1] !== undefined) : [];
      if (found.length > 0) {
        posts = found.map((title) => ({ title, own: null }));
        named = own;
      }
      // The subject of a sentence that announces a post (this one, or the one that names it again).
      if (employer === null && posts.length > 0) employer = subjectOf(own) ?? subjectBeforeCue(own);
      if (posts.length > 0 && employer !== null) break;
    }
    if (posts.length > 0 && employer !== null) break;
  }
  if (posts.length === 0) return null;
  return { posts: dedupe(posts), employer: employer ?? issuerOf(top) ?? nameIn(named) };
}

function dedupe(posts: readonly NoticePost[]): NoticePost[] {
  const seen = new Set<string>();
  return posts.filter((p) => {
    const key = p.title.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
