/**
 * The employer a text document names in its own words, for a document whose fields name none (a
 * blog post, a newsletter, a "we're hiring" page). A person reads, in this order:
 * - "Acme is hiring", "Acme is looking for", "Acme recrute": the post says who hires; "Acme is an
 *   equal opportunity employer": its notice says who employs;
 * - "At Acme, we …": the writer speaks for the employer;
 * - "As a Product Manager at Acme", "positions here at Acme", "to work at Acme": the job's place;
 * - "This position is located in the General Services Administration (GSA), Office of …",
 *   "This opportunity is located within Technology Transformation Services": where a public
 *   body's notice places the job (the organisation named first, the office after it is a unit);
 * - a heading or title piece: "About Acme", "Why join Acme?", "Careers at Acme", "CEO for CDS";
 * - the site the roles' own links point at ("infinyon.com/careers/…", a hosted board's token),
 *   written as the text writes the name;
 * - a name the text defines with its initials and then keeps using ("The Canadian Digital
 *   Service (CDS) … CDS's teams");
 * - the team a post invites the reader into ("join the 18F Consulting team"), a department aside;
 * - the site a link calls "us" ("get in touch with us");
 * - a paragraph opening with what the employer is or does ("Acme helps companies …"), when the
 *   name comes back or its site is linked.
 * Never a department (a name the hiring phrase puts after "our": "our Policy team"), a role, a
 * place or a generic word ("We", "Everyone").
 */
import { escapeRegExp, squash } from '../../fields.ts';
import { type Sourced, sourced } from '../provenance.ts';
import { ownSiteEmployer, siteEmployer } from './board-identity.ts';
import {
  DOCUMENT_KIND,
  OFFICE_LEAD,
  ORGANISER_LEAD,
  ORGANISER_TAIL,
  weArePattern,
  workAtPattern,
} from './employer-phrases.ts';
import { looksLikeLocation } from './location.ts';
import { definedOrganisation, mailDomainName } from './page-owner.ts';
import { ROLE_WORD } from './title-split.ts';

/** Characters of a document read for evidence: an employer names itself early. */
const READ_CHARS = 20_000;

/** A name: up to six capitalised words (digits allowed: "18F", "3M"), "of"/"and"/"&" inside. */
const NAME = String.raw`((?:[\p{Lu}\d][\p{L}\d&'’.-]*)(?:[ \t]+(?:of|for|by|and|&|de|del|della|di|da|do|dos|das|du|des|la|le|[\p{Lu}\d][\p{L}\d&'’.-]*)){0,5})`;

/** A kind of organisation written after its name: "The Open Free Energy fund is hiring". */
const ORG_NOUN = String.raw`(?:[ \t]+(?:fund|foundation|team|project|lab|group|company|institute|collective|studio|agency|initiative|network|consortium))?`;

/** What the subject is, set off by commas before the verb: "INN, a network of 100 news organizations, has an opening". */
const APPOSITION = String.raw`(?:,[ \t]+(?:an?|the|one|our)[ \t][^.;:!?\n]{1,200}?,)?`;
/** "Acme is hiring", "The Carpentries is looking for", "Acme seeks", "Acme, a …, has an opening for", "Acme invites applications". */
const HIRES = new RegExp(
  String.raw`(?:^|[^\p{L}\d])(?:[Tt]he[ \t]+)?${NAME}(?:[ \t]+\([^)]{1,60}\))?${ORG_NOUN}${APPOSITION}[ \t]+(?:(?:is|are)[ \t]+(?:now[ \t]+|currently[ \t]+)?(?:hiring|recruiting|looking[ \t]+for|seeking|searching[ \t]+for)|(?:has|have)[ \t]+(?:an?[ \t]+)?(?:immediate[ \t]+)?openings?[ \t]+for|seeks|invites[ \t]+applications|(?:has|have)[ \t]+(?:published|placed|posted|issued)[ \t]+(?:an?[ \t]+)?(?:job[ \t]+)?(?:advert|advertisement|ad|vacancy)[ \t]+for|(?:has|have)[ \t]+(?:launched|opened|begun|started)[ \t]+(?:the|a|its)[ \t]+(?:recruitment|search|hunt)[ \t]+(?:process[ \t]+)?for|(?:is|are)[ \t]+advertising[ \t]+for|advertises[ \t]+for)\b`,
  'u',
);
/** "Acme is an equal opportunity employer", "Acme provides equal employment opportunities": the employer's own notice. */
const EQUAL_OPPORTUNITY = new RegExp(
  String.raw`(?:^|[^\p{L}\d])(?:[Tt]he[ \t]+)?${NAME}(?:[ \t]+\([^)]{1,30}\))?${ORG_NOUN}[ \t]+(?:is[ \t]+(?:an?|proud[ \t]+to[ \t]+be[ \t]+an?)[ \t]+(?:proud[ \t]+)?equal[ \t]+(?:opportunity|employment)|provides[ \t]+equal[ \t]+(?:employment[ \t]+)?opportunit)`,
  'u',
);
/**
 * "X hires" in the other languages the readers meet, the verb after the employer's name: one
 * table ("Le 24ème recherche", "Studio Fonkel zoekt", "Die Hochschule sucht", "Acme poszukuje").
 */
const HIRING_VERBS: readonly string[] = [
  'recrute',
  'embauche',
  'recherche',
  'sucht',
  'stellt ein',
  'busca',
  'contrata',
  'procura',
  'seleciona',
  'assume',
  'cerca',
  'ricerca',
  'seleziona',
  'zoekt',
  'werft',
  'söker',
  'rekryterar',
  'søker',
  'ansætter',
  'hledá',
  'přijme',
  'hľadá',
  'poszukuje',
  'zatrudni',
  'szuka',
  'rekrutuje',
  'angajează',
  'caută',
  'arıyor',
  // A public body opens a call: "La Intendencia … llama a concurso", "El Ministerio del Interior
  // inició un concurso", "Администрация Оренбурга объявила конкурс", "Мэрия ищет".
  'llama a concurso',
  'llama a postular',
  'llama a proveer',
  'llama a postulación',
  'convoca',
  'abre un concurso',
  'abre concurso',
  'abrió un concurso',
  'inició un concurso',
  'abre un llamado',
  'abrió un llamado',
  'abre inscrições',
  'объявила конкурс',
  'объявил конкурс',
  'объявляет конкурс',
  'объявило конкурс',
  'ищет',
  'приглашает',
  'оголошує конкурс',
  'оголосила конкурс',
  'оголосило конкурс',
  'шукає',
];
const HIRES_OTHER = new RegExp(
  String.raw`(?:^|[^\p{L}\d])${NAME},?[ \t]+(?:${HIRING_VERBS.map((verb) => verb.replace(/ /g, String.raw`[ \t]+`)).join('|')})(?![\p{L}\d])`,
  'u',
);
/** "At the Canadian Digital Service (CDS), we believe", "At Scribd Inc. (pronounced “scribbed”), our mission". */
const AT_WE = new RegExp(
  String.raw`(?:^|[^\p{L}\d])[Aa]t[ \t]+(?:the[ \t]+)?${NAME}(?:[ \t]+\([^)]{1,30}\))?,?[ \t]+(?:we|our)\b`,
  'u',
);
/** "We are Acme - …", "Nazywamy się Acme i jesteśmy": who "we" are (see employer-phrases.ts). */
const WE_ARE = weArePattern(NAME);
/** "Karriere bei Acme", "Praca w Acme - Software Developer": the place of work a title names. */
const WORK_AT = workAtPattern(NAME);
/** "As a Product Manager at 18F", "positions here at 18F", "to work at Acme". */
const ROLE_AT = new RegExp(
  String.raw`(?:\b[Aa]s[ \t]+an?[ \t]+[^.,;:!?\n]{2,60}?|\b(?:[Ww]ork|[Ww]orking|[Ll]ife|[Jj]obs?|[Rr]oles?|[Pp]ositions?|[Oo]penings?|[Tt]eam|[Cc]areers?|[Vv]acancies)(?:[ \t]+here)?)[ \t]+at[ \t]+(?:the[ \t]+)?${NAME}`,
  'u',
);
/**
 * A heading (or the document's title) that names the employer: "About Acme", "Join Acme", "Why
 * join Acme?", "Pourquoi rejoindre Acme ?", "Acme is hiring" aside (read above).
 */
const HEADING_NAMES = new RegExp(
  String.raw`^[ \t]*(?:#{1,6}[ \t]+)?(?:[Aa]bout|(?:[Ww]hy[ \t]+)?[Jj]oin(?:ing)?|(?:[Pp]ourquoi[ \t]+)?[Rr]ejoindre|[Üü]ber)[ \t]+(?:the[ \t]+)?${NAME}[ \t]*[?!.:]?[ \t]*$`,
  'mu',
);
/**
 * The team a post invites the reader into, named by its organisation: "join the 18F Consulting
 * team", "a member of the Acme team", "join Acme as a …", "to join Acme." (never "our team").
 */
const JOIN_TEAM = new RegExp(
  String.raw`\b(?:[Jj]oin(?:ing)?|(?:member|part)[ \t]+of)[ \t]+(?:the[ \t]+)?${NAME}(?:[ \t]+team\b|(?=[ \t]*[.,!;]|[ \t]+as[ \t]+an?\b))`,
  'u',
);
/** A team known by its work, not its organisation: "the Design team". */
const DEPARTMENT =
  /^(?:design|engineering|product|data|policy|marketing|sales|operations|security|research|platform|infrastructure|support|finance|legal|people|hr|it|devops|analytics|growth|content|communications|leadership|management|delivery|strategy|technology|digital|customer success|open source|core)$/i;
/** A title that names the role and who it is for: "Wanted: CEO for CDS" ("Director of Engineering" names its field). */
const ROLE_FOR = new RegExp(String.raw`(\S+)[ \t]+for[ \t]+(?:the[ \t]+)?${NAME}[ \t]*$`, 'u');

/**
 * A paragraph that opens by saying what the employer is or does: "Acme helps companies …",
 * "Code and Effect has been building …", "Acme is a …". Read last, and only for a name the
 * document uses again or whose site it links.
 */
const OPENS_WITH = new RegExp(
  String.raw`(?:^|[.!?][ \t]+)(?:[Tt]he[ \t]+)?${NAME}[ \t]+(?:(?:is|was)[ \t]+(?:an?|the)[ \t]|has[ \t]+been[ \t]+|helps[ \t]|builds[ \t]|develops[ \t]|provides[ \t]|makes[ \t]|creates[ \t]|designs[ \t]|offers[ \t]|was[ \t]+founded[ \t])`,
  'mu',
);
/** "This position is located in the General Services Administration (GSA), Office of …". */
const LOCATED_IN = new RegExp(
  String.raw`\b(?:position|opportunity|role|job|vacancy|post)[ \t]+is[ \t]+(?:located|based|housed|placed)[ \t]+(?:in|within)[ \t]+(?:the[ \t]+)?${NAME}`,
  'u',
);
/** A unit's bare word: "located in the Office of …" names no employer on its own. */
const UNIT_ONLY =
  /^(?:office|division|branch|section|unit|team|group|department|directorate|bureau|program|programme)$/i;

/** "The Canadian Digital Service (CDS)", "Le Service numérique canadien (SNC)": words and the initials they go by. */
const DEFINED = /(\p{Lu}[\p{L}\d&'’.-]*(?:[ \t]+[\p{L}\d&'’.-]+){0,6})[ \t]+\((\p{Lu}{2,6})\)/gu;
/** Words a name's initials skip. */
const INITIAL_STOP = /^(?:the|of|for|and|de|du|des|la|le|les|et|d’|d'|l’|l')$/i;

/** Articles before a name. */
const ARTICLE = /^(?:the|le|la|les|l'|l’|der|die|das|el|los|las|il|lo|de|het)$/i;
/** Words that start a phrase but never a name. */
const NOT_A_NAME =
  /^(?:we|our|us|it|this|that|these|those|everyone|everybody|who|what|which|here|there|now|today|team|company|everything|nobody|someone|he|she|they|you|your|i|if|when|while|so|and|but|or|a|an|my|the|role|position|job|opportunity|benefits|perks|culture|working|life|careers?|jobs|applying|application|compensation|salary|however|also|additionally|moreover|meanwhile|otherwise|instead|still|then|thus|therefore|yet|besides|finally)$/i;

/** The name as an employer: its trailing lower-case words and punctuation cut, generic names refused. */
function asEmployer(raw: string | undefined): string | null {
  if (!raw) return null;
  // "founders of Kaggle. We are hiring": a name never runs on past the end of a sentence (an
  // abbreviation's stop, "Acme Inc. Ltd", aside: what follows it is lower case or a suffix).
  const sentences = squash(raw).split(/(?<=\p{Ll}{2,}[.!?])[ \t]+(?=\p{Lu})/u);
  if (sentences.length > 1) {
    const last = squash(sentences[sentences.length - 1] ?? '');
    return NOT_A_NAME.test(last.split(' ')[0] ?? '') ? null : asEmployer(last);
  }
  const all = squash(raw.replace(/[’']s$/, ''))
    .replace(/[.,'’-]+$/, '')
    .split(' ');
  // "Fordham University's Department of …": the organisation the unit belongs to.
  const owner = all.findIndex((w, i) => i < all.length - 1 && /\p{L}[’']s$/u.test(w));
  const words = owner >= 0 ? [...all.slice(0, owner), (all[owner] ?? '').replace(/[’']s$/, '')] : all;
  // "Le SNC recrute", "The Carpentries": an article before a name is not part of it.
  if (words.length > 1 && ARTICLE.test(words[0] ?? '')) words.shift();
  while (words.length > 0 && /^(?:of|for|and|&|de|du|des|la|le)$/i.test(words[words.length - 1] ?? ''))
    words.pop();
  // "Dyrektor Rządowego Centrum Bezpieczeństwa poszukuje", "Director of the Acme Trust is
  // seeking": the office that signs the call speaks for the body it heads.
  const headed = words.join(' ').replace(OFFICE_LEAD, '');
  if (headed !== words.join(' ') && headed.length >= 2) return asEmployer(headed);
  const name = words.join(' ');
  if (name.length < 2 || name.length > 80 || NOT_A_NAME.test(words[0] ?? '')) return null;
  if (ROLE_WORD.test(name) || looksLikeLocation(name)) return null;
  return name;
}

function firstMatch(pattern: RegExp, texts: readonly string[]): string | null {
  for (const text of texts) {
    const name = asEmployer(pattern.exec(text)?.[1]);
    if (name) return name;
  }
  return null;
}

/**
 * A "Who is hiring?" comment's first line, `Company | Role | Place | Remote | Salary`: the first
 * segment names the employer when a later one names a role and it does not itself ("Acme Corp
 * (YC S21) | Senior Backend Engineer | Remote"). Its parenthesis (a batch, a site) is no part of
 * the name.
 */
function pipeHeaderEmployer(texts: readonly string[]): string | null {
  for (const text of texts) {
    const lines = text
      .slice(0, 2_000)
      .split('\n')
      .filter((l) => l.trim() !== '');
    const line = lines[0] ?? '';
    const plain = line.replace(/^#{1,6}[ \t]+|\*\*/g, '');
    const piped = plain.split(/[ \t]+\|[ \t]+/);
    // "PlantingSpace - Full-time - Remote (EU time zone)", "Voleon -- Berkeley, CA -- Full-time":
    // the same fields between dashes, where another one says how the job is held or where (a dash
    // alone joins words of a title, "Lead - Platform").
    const dashed = piped.length < 3 ? plain.split(/[ \t]+(?:--?|[–—])[ \t]+/) : [];
    const segments = (piped.length >= 3 ? piped : dashed).map((segment) =>
      segment
        .replace(/https?:\/\/\S+/g, ' ')
        .replace(/[ \t]*\([^)]{0,60}\)[ \t]*$/, '')
        .trim(),
    );
    // A Markdown table's row ("| Title | Place |") is no comment's header.
    if (segments.length >= 3 && !/^\s*\|/.test(line)) {
      const isField = (s: string) =>
        ROLE_WORD.test(s) || JOB_TERMS.test(s) || looksLikeLocation(s) || !/\p{L}{2}/u.test(s);
      const fields =
        piped.length >= 3 ? segments.some((s) => ROLE_WORD.test(s)) : segments.some((s) => JOB_TERMS.test(s));
      // The employer is the one field that is none of a role, a place or how the job is held
      // ("New York - Intern - ff Venture Capital"); the first such when the header leads with it.
      const named = fields ? segments.find((s) => !isField(s)) : undefined;
      const name = named ? asEmployer(named) : null;
      if (name) return name;
    }
    // "MindSnacks - http://www.mindsnacks.com/", "Team Coco Digital (teamcoco.com)": a name beside
    // its own site's address, in the comment's first lines.
    for (const head of lines.slice(0, 3)) {
      const own =
        /^([^|()\n]{2,60}?)[ \t]+(?:[-–—|][ \t]+)?\(?(?:https?:\/\/)?(?:www\.)?([a-z0-9-]{2,40})\.[a-z.]{2,12}\/?\)?[ \t]*$/i.exec(
          head.trim(),
        );
      // The address vouches for the name, even one that opens with a common word ("Team Coco").
      const words = own ? squash(own[1] ?? '').replace(/[ \t]+[-–—|]$/, '') : '';
      const name = own ? (asEmployer(words) ?? (ROLE_WORD.test(words) ? null : words)) : null;
      const key = (own?.[2] ?? '').toLowerCase().replace(/-/g, '');
      const folded = (name ?? '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
      if (name && key.length >= 3 && (folded.startsWith(key) || key.startsWith(folded))) return name;
    }
    // "Kongregate" over "Fulltime in San Francisco or Portland, OR": a name alone on the first
    // line, the second saying how the job is held.
    const second = lines[1] ?? '';
    if (segments.length < 3 && JOB_TERMS.test(second.trim()) && line.trim().split(/\s+/).length <= 4) {
      const name = asEmployer(line.trim());
      if (name && !ROLE_WORD.test(name) && !JOB_TERMS.test(name)) return name;
    }
  }
  return null;
}

/**
 * Who "we" are, when the words are a name: written as one (inner capitals or digits, "InventiStudio",
 * "InsERT", "100Starlings") or used again in the text; "We are Remote-first." names nobody.
 */
function weAre(texts: readonly string[]): string | null {
  const name = firstMatch(WE_ARE, texts);
  if (!name) return null;
  if (/^.[^ ]*[\p{Lu}\d]|[ ]\p{Lu}/u.test(name)) return name;
  const uses = texts.reduce((n, text) => n + text.split(name).length - 1, 0);
  return uses >= 2 ? name : null;
}

/** The organisation a notice places the job in, a bare unit word aside. */
function locatedIn(texts: readonly string[]): string | null {
  const name = firstMatch(LOCATED_IN, texts);
  return name && !UNIT_ONLY.test(name) ? name : null;
}

/** How a job is held, as a header's field says it: "Full-time", "Remote", "ONSITE", "Contract". */
const JOB_TERMS =
  /^(?:(?:full|part)[ -]?time|remote|on[ -]?site|hybrid|contract(?:or)?|intern(?:ship)?|freelance|permanent|temporary)\b/i;

/** The initials of a name's words, in order, stop words aside. */
function initialsOf(words: readonly string[]): string {
  return words
    .filter((w) => !INITIAL_STOP.test(w))
    .map((w) => (w[0] ?? '').toUpperCase())
    .join('');
}

/** "The Canadian Digital Service (CDS)" when "CDS" is used again at least twice: the text's organisation. */
function definedName(text: string): string | null {
  for (const match of text.matchAll(DEFINED)) {
    const words = squash(match[1] ?? '').split(' ');
    const initials = match[2] ?? '';
    // The shortest tail of the words whose initials spell the acronym, in either order
    // ("Service numérique canadien (SNC)"), starting with a capital.
    const sorted = [...initials].sort().join('');
    let name: string | null = null;
    for (let k = Math.max(0, words.length - initials.length - 3); k < words.length - 1 && !name; k++) {
      const tail = words.slice(k);
      if (!/^\p{Lu}/u.test(tail[0] ?? '') || INITIAL_STOP.test(tail[0] ?? '')) continue;
      if ([...initialsOf(tail)].sort().join('') === sorted) name = asEmployer(tail.join(' '));
    }
    if (!name) continue;
    const uses = text.split(new RegExp(String.raw`\b${initials}\b`, 'u')).length - 2;
    if (uses >= 2) return name;
  }
  return null;
}

/** A Markdown link: its words, then its target. */
const MARKDOWN_LINK = /\[([^\]\n]{1,200})\]\((?:https?:\/\/|\/|mailto:)[^)\s]{0,2048}\)/g;

/** Markdown and HTML links of a text: their targets. */
const LINK_TARGET = /\]\((https?:\/\/[^)\s]{4,2048})\)|href=["'](https?:\/\/[^"'\s]{4,2048})["']/g;

export function linkTargets(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(LINK_TARGET)) {
    out.push(match[1] ?? match[2] ?? '');
    if (out.length >= 500) break;
  }
  return out;
}

/**
 * The employer a document's words name (see the module comment), with where it came from, or
 * null. `title` is the document's own title (a post's front matter title), read first; `urls`
 * the links of its roles, when the structure found them.
 * @example textEmployer('At Acme Health, we build …', null) // { value: 'Acme Health', from: 'inferred' }
 */
export function textEmployer(
  body: string,
  title: string | null,
  urls: readonly string[] = [],
  names: readonly string[] = [],
): Sourced<string> | null {
  const raw = body.length > READ_CHARS ? body.slice(0, READ_CHARS) : body;
  // "[Institute for Nonprofit News](https://inn.org) (INN)": a link's words read as the text's.
  const text = raw.replace(MARKDOWN_LINK, '$1');
  const texts = title ? [title, text] : [text];
  const said =
    pipeHeaderEmployer(texts) ??
    firstMatch(HIRES, texts) ??
    firstMatch(HIRES_OTHER, texts) ??
    firstMatch(EQUAL_OPPORTUNITY, texts) ??
    firstMatch(AT_WE, texts) ??
    weAre(texts) ??
    firstMatch(ROLE_AT, texts) ??
    firstMatch(WORK_AT, texts) ??
    locatedIn(texts);
  // "The Computer Science Department is seeking", "Die Forschungsgruppe X sucht": a unit that
  // hires for an organisation the text names ("at Fordham University") hires for that one.
  if (said)
    return sourced(
      UNIT.test(said) ? (organisationName(text, true) ?? said) : expandInitials(said, text),
      'inferred',
    );
  const headed = firstMatch(HEADING_NAMES, texts);
  if (headed) return sourced(expandInitials(headed, text), 'heading');
  const forWhom = title ? ROLE_FOR.exec(title) : null;
  const roleFor = forWhom && ROLE_WORD.test(forWhom[1] ?? '') ? asEmployer(forWhom[2]) : null;
  if (roleFor) return sourced(expandInitials(roleFor, text), 'inferred');
  // A name written as an organisation's ("University of Hertfordshire", "isento GmbH", "Centre for
  // …", "株式会社…"): the first the text names, a unit only when it names nothing above one.
  const organisation = organisationName(text, false);
  if (organisation) return sourced(organisation, 'inferred');
  const links = linkTargets(raw);
  const site = siteEmployer(urls.length > 0 ? urls : links, () => texts, urls.length > 0);
  if (site) return sourced(site, 'board');
  // "Dorcas is a Christian relief and development organisation": what the page says its owner is.
  const kind = definedOrganisation(text);
  if (kind && !ROLE_WORD.test(kind) && !looksLikeLocation(kind)) return sourced(kind, 'inferred');
  const defined = definedName(text);
  if (defined) return sourced(defined, 'inferred');
  const team = firstMatch(JOIN_TEAM, texts);
  if (team && !DEPARTMENT.test(team)) return sourced(expandInitials(team, text), 'inferred');
  const own = ownSiteEmployer(raw, () => texts);
  if (own) return sourced(own, 'board');
  const opening = openingName(text, links);
  if (opening) return sourced(opening, 'inferred');
  // "jobs@capidale.co.uk" and "Capidale - Grants Fundraiser" in the page's head: the address's
  // owner, when the page writes its name.
  const mailed = mailDomainName(raw, [...texts, ...names]);
  return sourced(mailed && !ROLE_WORD.test(mailed) ? mailed : null, 'inferred');
}

/**
 * The employer a page's words state outright, and nothing guessed: a hiring sentence ("Acme is
 * hiring", "Acme sucht", "At Acme, we", "We are Acme - …", "Karriere bei Acme") or a heading that
 * names it ("About Acme"). For a page listing several jobs, where a name the text merely mentions
 * (a client, a partner) must not become every card's employer.
 * @example statedEmployer('Karriere bei Famin-GO!\nFilialleiter', null) // { value: 'Famin-GO', from: 'inferred' }
 */
export function statedEmployer(body: string, title: string | null): Sourced<string> | null {
  const raw = body.length > READ_CHARS ? body.slice(0, READ_CHARS) : body;
  const text = raw.replace(MARKDOWN_LINK, '$1');
  const texts = title ? [title, text] : [text];
  const said =
    firstMatch(HIRES, texts) ??
    firstMatch(HIRES_OTHER, texts) ??
    firstMatch(EQUAL_OPPORTUNITY, texts) ??
    firstMatch(AT_WE, texts) ??
    weAre(texts) ??
    firstMatch(WORK_AT, texts);
  if (said && !UNIT.test(said)) return sourced(expandInitials(said, text), 'inferred');
  const headed = firstMatch(HEADING_NAMES, texts);
  return headed ? sourced(expandInitials(headed, text), 'heading') : null;
}

/** A word that makes a name an organisation's: what it is (University, GmbH), in the readers' languages. */
const ORG_WORD = `(?:University|Universit(?:ä|ae)t|Universidad|Universidade|Universit(?:à|a)|Universit(?:é|e)|Universiteit|Uniwersytet|Univerzita|Hochschule|Fachhochschule|College|Polytechnic|Politecnico|Institute|Institut|Instituto|Istituto|Academy|Akademie|Centre|Center|Centro|Zentrum|Foundation|Stiftung|Fundaci(?:ó|o)n|Funda(?:çã|ca)o|Fondazione|Fondation|Ministry|Ministerium|Ministerio|Minist(?:é|e)rio|Ministero|Minist(?:è|e)re|Ministerstwo|Agency|Agentur|Agencia|Ag(?:ê|e)ncia|Agenzia|Agencja|Council|Authority|Museum|Library|Bibliothek|Hospital|Klinikum|Trust|Dipartimento|Departamento|D(?:é|e)partement|Department|Departament|Ayuntamiento|Ajuntament|Concello|Comune|Prefeitura|Municipalidad|Municipio|Intendencia|Munic(?:í|i)pio|C(?:â|a)mara|Diputaci(?:ó|o)n|Generalitat|Consejer(?:í|i)a|Secretar(?:í|i)a|Companhia|Servicio|Servi(?:ç|c)o|Tribunal|Gemeinde|Stadtverwaltung|Landratsamt|Kommune|Urz(?:ą|a)d|Instytut|Centrum|Администрация|Мэрия|Министерство|Правительство|Адміністрація|Міністерство)`;
/** A unit of an organisation: it employs only when the text names no organisation above it. */
const UNIT =
  /^(?:(?:the|die|der|das|le|la|il|el)\s+)?(?:department|dept|school|faculty|division|fachbereich|fakult(?:ä|ae)t|lehrstuhl|professur|abteilung|forschungsgruppe|arbeitsgruppe|group|lab|laboratory|dipartimento|departamento|d(?:é|e)partement|section|office|unit|team|programme|program|chair|institut für|institute of|institute for)\b|\b(?:department|group|lab|laboratory|division|school|team|office|faculty)$/i;
/** Legal forms written after a company's name. */
const LEGAL_FORM = String.raw`(?:GmbH|AG|SE|KG|Inc\.?|LLC|L\.L\.C\.|Ltd\.?|Ltda\.?|Limited|PLC|plc|S\.A\.(?:S\.)?|SAS|SARL|S\.L\.|S\.p\.A\.|SpA|S\.r\.l\.|Srl|B\.V\.|BV|N\.V\.|NV|Sp\.[ \t]?z[ \t]?o\.[ \t]?o\.|s\.r\.o\.|a\.s\.|Oy|AB|ApS|A\/S|AS|Pty[ \t]+Ltd\.?|K\.K\.|Co\.,[ \t]+Ltd\.?|Corp\.?|Corporation)`;
const CAP_WORD = String.raw`[\p{Lu}\d][\p{L}\d&'’.+-]*`;
const JOINER = String.raw`(?:of|for|and|&|de|del|della|di|da|do|dos|das|em|der|des|du|für|van|voor|per[ \t]+la|for[ \t]+the|of[ \t]+the|la|le|y|e|i)`;
/** "University of Hertfordshire", "Universität der Bundeswehr München", "Centre for Lifelong Learning and …". */
const ORG_FIRST = new RegExp(
  String.raw`(?<![\p{L}\d])${ORG_WORD}(?:[ \t]+${JOINER})?(?:[ \t]+(?:${JOINER}[ \t]+)?${CAP_WORD}){1,6}`,
  'gu',
);
/** An article that opens a sentence before a name, never the name's first word ("O Ministério da …"). */
const LEAD_ARTICLE = '(?:O|A|Os|As|El|La|Los|Las|Il|Lo|Le|Les|The|Der|Die|Das|De|Het|Un|Una|Uma|Um)';
/** "Utrecht University", "Nanyang Technological University", "John Carroll University". */
const ORG_LAST = new RegExp(
  // "United States Department of State": the name runs on through "of" and its capitalised words.
  String.raw`(?<![\p{L}\d])(?:(?!${LEAD_ARTICLE}[ \t])${CAP_WORD}[ \t]+){1,4}${ORG_WORD}(?![\p{L}\d])(?:[ \t]+(?:of|for)(?:[ \t]+the)?(?:[ \t]+${CAP_WORD}){1,3}(?![\p{L}\d]))?`,
  'gu',
);
/** A joiner inside a name written in capitals ("AYUNTAMIENTO DE ZARAGOZA", "COMUNE DI ALESSANDRIA"). */
const UPPER_JOINER = '(?:OF|FOR|AND|DE|DEL|DELLA|DI|DA|DO|DOS|DAS|DU|DES|DER|LA|LE|Y|E|I)';
/** A joiner as a whole word of a name in capitals ("DE" in "AYUNTAMIENTO DE TORO"). */
const UPPER_JOINER_WORD = new RegExp(`^${UPPER_JOINER}$`, 'u');
/** A word written in capitals. */
const UPPER_WORD = String.raw`\p{Lu}[\p{Lu}\d&'’.-]*(?![\p{L}\d])`;
/** An organisation named in capitals, as a call's heading writes it: "AYUNTAMIENTO DE TORO", "COMPANHIA DE PROCESSAMENTO DE DADOS". */
const ORG_UPPER = new RegExp(
  String.raw`(?<![\p{L}\d])${ORG_WORD.toUpperCase()}(?:[ \t]+(?:${UPPER_JOINER}[ \t]+)?${UPPER_WORD}){1,8}`,
  'gu',
);
/** "isento GmbH", "Natural Essentials, Inc.", "JSQL Sp. z o.o.", "Acme B.V.". */
const WITH_FORM = new RegExp(
  String.raw`(?<![\p{L}\d])(?:${CAP_WORD}[ \t]+){0,4}${CAP_WORD},?[ \t]+${LEGAL_FORM}(?![\p{L}\d])`,
  'gu',
);
/** "株式会社クラフトマンソフトウェア", "クラフトマン株式会社": a Japanese company's legal form before or after its name. */
const KABUSHIKI =
  /(?:株式会社|有限会社|合同会社)[ 　]?[\p{Script=Katakana}\p{Script=Han}\p{Script=Latin}ー・]{1,30}|[\p{Script=Katakana}\p{Script=Han}\p{Script=Latin}ー・]{1,30}(?:株式会社|有限会社|合同会社)/gu;
/**
 * Where a Japanese company's name runs on into the page's words ("株式会社コスモレナデザイナー募集要項",
 * "株式会社青野工業総務部"): a role, a recruiting word, a department or a particle ends it.
 */
const KABUSHIKI_END =
  /(?:エンジニア|デザイナ|マネージャ|ディレクタ|プログラマ|スタッフ|募集|採用|求人|総務|人事|本社|事業|部$|の|では|は|が|を|に|で|と)/u;
/**
 * Legal forms written before the name: Indonesia's "PT Karya Indonesia Cerdas", "PT. Logique
 * Digital Indonesia", "CV Maju Jaya"; Russia's «ООО "Ромашка"».
 */
const FORM_FIRST = new RegExp(
  // "PT Kian Santang Muliatama Tbk": a listed company's "Tbk" ends its name (the words after it are the page's).
  String.raw`(?<![\p{L}\d])(?:PT\.?|CV\.?|ООО|ЗАО|ОАО|ПАО|АО)[ \t]+(?:[«"“][^»"”\n]{2,60}[»"”]|${CAP_WORD}(?:[ \t]+${CAP_WORD}){0,4}?[ \t]+Tbk\.?(?![\p{L}\d])|${CAP_WORD}(?:[ \t]+${CAP_WORD}){0,4})`,
  'gu',
);

/**
 * The organisation a text names by its form (see `ORG_WORD`, `LEGAL_FORM`): the first one that is
 * not a unit, else (unless `parentOnly`) the first unit. Names inside a longer name ("Computer
 * Science" of "School of Computer Science") are read as the longer one.
 */
function organisationName(text: string, parentOnly: boolean): string | null {
  const found: { at: number; name: string }[] = [];
  const slice = text.slice(0, READ_CHARS);
  const organisers = new Set<number>();
  for (const pattern of [ORG_FIRST, ORG_LAST, WITH_FORM, KABUSHIKI, FORM_FIRST, ORG_UPPER]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(slice); m && found.length < 60; m = pattern.exec(slice)) {
      const raw =
        pattern === KABUSHIKI ? japaneseCompany(m[0]) : pattern === ORG_UPPER ? upperName(m[0]) : m[0];
      const name = raw ? asOrganisation(raw) : null;
      // "Family Centre Team Leader (posted 23 April 2018)": a name a job's title runs on from.
      // "Centro X de Seleção. A Prefeitura de Y": a match that ran past its sentence's end is
      // read again from there, so the next sentence's name is found too.
      const sentence = /^.*?\p{Ll}{2}[.!?](?=[ \t]+\p{Lu})/u.exec(m[0]);
      if (sentence) pattern.lastIndex = m.index + sentence[0].length;
      const end = m.index + (sentence ? sentence[0].length : m[0].length);
      if (name && !runsIntoRole(slice, end) && !(pattern === ORG_UPPER && endsLabel(slice, end))) {
        found.push({ at: m.index, name });
        if (organises(slice, m.index, end)) organisers.add(m.index);
      }
    }
  }
  found.sort((a, b) => a.at - b.at);
  // "executado pelo Cebraspe", "site do Instituto AOCP, organizador do concurso": the body that
  // runs a public competition's exam is not the one that hires, when the text names another.
  const hiring = found.filter((f) => !organisers.has(f.at));
  if (hiring.length > 0 && hiring.length < found.length) found.splice(0, found.length, ...hiring);
  const parent = found.find((f) => !UNIT.test(f.name));
  // "The Computer Science Department at Vorabex University": a unit's parent is named beside it.
  // "Government of the Punjab, Home Department" … "Registration with Pakistan Engineering
  // Council": a body named far below a department, in its requirements, is not what it belongs to;
  // a public department that hires is the employer. The unit's mention nearest before the body
  // counts: "Department of Communication and Media Studies" in the head, then "The Department of
  // Communication and Media Studies at Fordham University" further down.
  const unit = found[0];
  if (parent && unit && unit !== parent && parent.at - lastMention(text, unit, parent.at) > PARENT_REACH)
    return parentOnly ? null : unit.name;
  if (parent) return parent.name;
  return parentOnly ? null : (found[0]?.name ?? null);
}

/** How far after a unit (in characters) the organisation it belongs to is named: the same paragraph. */
const PARENT_REACH = 400;

/** Where a unit's name is last written before `before` (its first mention at the latest). */
function lastMention(text: string, unit: { name: string; at: number }, before: number): number {
  return Math.max(unit.at, text.lastIndexOf(unit.name, before));
}

/** Whether the words around a name say it runs the selection (an exam board, an organiser). */
function organises(text: string, start: number, end: number): boolean {
  return (
    ORGANISER_LEAD.test(text.slice(Math.max(0, start - 60), start)) ||
    ORGANISER_TAIL.test(text.slice(end, end + 60))
  );
}

/**
 * A name written in capitals as the text's mixed-case words would write it ("AYUNTAMIENTO DE
 * ZARAGOZA" → "Ayuntamiento de Zaragoza"), cut before the kind of document that follows it in a
 * heading ("… DA BAHIA PROCESSO SELETIVO"); null when fewer than two words are left.
 */
function upperName(raw: string): string | null {
  const words = squash(raw).split(' ');
  const kind = words.findIndex((w, i) => i > 0 && DOCUMENT_KIND.test(w));
  const kept = kind > 0 ? words.slice(0, kind) : words;
  while (kept.length > 1 && UPPER_JOINER_WORD.test(kept[kept.length - 1] ?? '')) kept.pop();
  if (kept.length < 2) return null;
  return kept
    .map((w, i) =>
      i > 0 && UPPER_JOINER_WORD.test(w) ? w.toLowerCase() : `${w.slice(0, 1)}${w.slice(1).toLowerCase()}`,
    )
    .join(' ');
}

/** A field's label in capitals ("AGENCY REFERENCE/FILE NO:"): its words name the field, not a body. */
function endsLabel(text: string, end: number): boolean {
  return /^[^\n:]{0,40}:[ \t]*(?:\r?\n|$)/.test(text.slice(end, end + 60));
}

/** Capitalised words right after a name, on its line, that name a role: the name is a job title's. */
function runsIntoRole(text: string, end: number): boolean {
  const after = /^[ \t]+((?:[\p{Lu}][\p{L}-]*[ \t]*){1,3})/u.exec(text.slice(end, end + 80));
  return after !== null && ROLE_WORD.test(after[1] ?? '');
}

/** A Japanese company's name as matched, cut where the page's own words run on after it. */
function japaneseCompany(raw: string): string {
  const form = /^(?:株式会社|有限会社|合同会社)[ 　]?/u.exec(raw)?.[0];
  if (!form) return raw;
  const rest = raw.slice(form.length);
  const end = KABUSHIKI_END.exec(rest);
  return end && end.index >= 2 ? `${form}${rest.slice(0, end.index)}` : raw;
}

/**
 * A company the text names with its legal form ("isento GmbH", "株式会社青野工業", "PT Karya Indonesia
 * Cerdas"), the first one: the page's owner, for a careers page that names no employer otherwise.
 * Universities and other bodies named by what they are are not read here.
 */
export function formalOrganisation(text: string): string | null {
  const slice = text.slice(0, READ_CHARS);
  let best: { at: number; name: string } | null = null;
  for (const pattern of [WITH_FORM, KABUSHIKI, FORM_FIRST]) {
    pattern.lastIndex = 0;
    const m = pattern.exec(slice);
    const name = m ? asOrganisation(pattern === KABUSHIKI ? japaneseCompany(m[0]) : m[0]) : null;
    if (m && name && (best === null || m.index < best.at)) best = { at: m.index, name };
  }
  return best?.name ?? null;
}

/** An organisation's name as matched, its article and trailing joiners off; a role or place is none. */
function asOrganisation(raw: string): string | null {
  // "University of Talendry. The School teaches": the name ends with its sentence.
  const sentence = squash(raw).split(/(?<=\p{Ll}{2}[.!?])[ \t]+/u)[0] ?? '';
  const words = sentence.replace(/[,;:]+$|(?<=\p{Ll}{2})[.!?]$/u, '').split(' ');
  while (
    words.length > 1 &&
    /^(?:of|for|and|&|de|del|della|di|der|des|du|für|van|voor|per|la|le|y|e|i|the)$/i.test(
      words[words.length - 1] ?? '',
    )
  )
    words.pop();
  if (words.length > 1 && ARTICLE.test(words[0] ?? '')) words.shift();
  const name = words.join(' ');
  if (name.length < 4 || name.length > 100 || NOT_A_NAME.test(words[0] ?? '')) return null;
  if (ROLE_WORD.test(name) && !/\p{Lu}{2,}|GmbH|Inc|Ltd|B\.V\./u.test(name)) return null;
  return name;
}

/** A run of capitalised words (a name) in running text. */
const CAPITALISED_RUN =
  /\p{Lu}[\p{L}\d&'’.-]*(?:[ \t]+(?:of|for|and|de|du|des|la|le|\p{Lu}[\p{L}\d&'’.-]*)){1,6}/gu;

/**
 * "CDS" as the text writes it out: the first run of capitalised words whose initials spell it
 * ("the Canadian Digital Service"); the initials themselves when the text never writes them out.
 */
function expandInitials(name: string, text: string): string {
  if (!/^\p{Lu}{2,6}$/u.test(name)) return name;
  for (const match of text.matchAll(CAPITALISED_RUN)) {
    const words = squash(match[0]).split(' ');
    for (let k = 0; k + 1 < words.length; k++) {
      const tail = words.slice(k, k + name.length + 3);
      for (let end = name.length; end <= tail.length; end++) {
        const run = tail.slice(0, end);
        if (INITIAL_STOP.test(run[0] ?? '') || INITIAL_STOP.test(run[run.length - 1] ?? '')) continue;
        if (initialsOf(run) === name) return asEmployer(run.join(' ')) ?? name;
      }
    }
  }
  return name;
}

/** The name a paragraph opens with (OPENS_WITH), when the document uses it again inside a sentence or links its site. */
function openingName(text: string, links: readonly string[]): string | null {
  for (const match of text.matchAll(new RegExp(OPENS_WITH.source, 'gmu'))) {
    const name = asEmployer(match[1]);
    if (!name) continue;
    const key = name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    // Used again inside a sentence, capitals kept ("come to Code and Effect"): a name, not a
    // common word that opens sentences ("Experience is a plus").
    const uses =
      text.split(new RegExp(String.raw`[\p{Ll}\d,;:][ \t]+${escapeRegExp(name)}\b`, 'u')).length - 1;
    const linked = links.some((url) => {
      try {
        return new URL(url).hostname
          .toLowerCase()
          .replace(/[^\p{L}\p{N}.]/gu, '')
          .split('.')
          .includes(key);
      } catch {
        return false;
      }
    });
    if (uses >= 1 || linked) return name;
  }
  return null;
}
