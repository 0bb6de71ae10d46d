/**
 * Whether a page read as one posting is a job offer at all, from the evidence a person goes by:
 * a title that names a role, and the structure of an offer around it (duties, requirements,
 * how to apply, pay, the kind of employment). An "About us" page, a blog post, a news article
 * or a careers landing page with no opening has a role or a word of these at most, not both.
 * Only pages read without a declared posting are judged: JSON-LD, microdata, feeds and boards
 * say what they publish.
 */

import { squash } from '../../fields.ts';
import type { RawPosting } from '../../types.ts';
import { NotAPostingError } from '../../types.ts';
import { addressesCandidate, isStated, readsEnglish } from './candidate-address.ts';
import { excerptShape, listsItems } from './excerpt-body.ts';
import { describesRoleInGeneral } from './general-role.ts';
import { namesRole } from './markdown-headings.ts';
import {
  APPLY_NOW,
  namesRoleInOtherLanguage,
  OFFER_KINDS,
  offerSectionPatterns,
  offerWordPatterns,
  SOUGHT_NOUN,
} from './offer-language.ts';
import { calledRole, describesOccupation, reportsOnPost } from './public-call.ts';
import { isMetadataLine, roleInProse } from './title-line.ts';

/** Below this, a text under a role title is a fragment of a posting, not a page about something else. */
const SHORT_CHARS = 600;

/**
 * Kinds of offer words, in its own language's words or in none, a text that does not read as
 * English shows under a role's name: a function handbook's entry or a trade article under a
 * headline naming a role uses one kind ("taken", "werkzaamheden"); an offer shows two.
 */
const OTHER_LANGUAGE_KINDS = 2;

/** Characters of a description read for evidence: an offer shows its structure early. */
const READ_CHARS = 30_000;

/**
 * The kinds of evidence an offer shows, each in the languages the readers meet (word stems: a
 * stem matches its inflections, "responsib" → "responsible", "responsibilities").
 */
const EVIDENCE: readonly RegExp[] = [
  // duties
  /\b(?:responsib|dut(?:y|ies)\b|what you(?:'|’)?ll do|you will\b|you'll\b|your role|tasks?\b|aufgaben|mansion|mission|tareas|funciones|atividades|atribui|responsabilidad|náplň|obowiąz|taken\b|verantwortlich)|工作內容|工作内容|工作職責|工作职责|崗位職責|岗位职责|職位描述|职位描述|職責|职责|負責|负责/i,
  // requirements
  /\b(?:requir|qualif|what you(?:'|’)?ll bring|you have\b|you bring|must have|experience\b|experiência|experiencia|skills?\b|profil|anforderung|requisit|compétenc|požiadav|wymagan|vereist|kenntnisse|conhecimento|formação|degree\b|mitbringen)|任職要求|任职要求|任職資格|任职资格|崗位要求|岗位要求|職位要求|职位要求|條件|条件|能力需求|經驗|经验|學歷|学历/i,
  // how to apply
  /\b(?:apply|appli(?:cation|cant)|candida|submit (?:your )?(?:cv|résumé|resume)|send (?:your |us your )?(?:cv|résumé|resume)|bewerb|postula|solliciteer|aplikuj|inscri)|履歷|履历|簡歷|简历|應徵|应征|應聘|应聘|投遞|投递/i,
  // pay
  /\b(?:salar|pay\b|pay (?:range|band|scale)|compensation|remunera|rémunéra|wages?\b|per (?:annum|year|hour|month)|gehalt|vergütung|stipendio|retribuzion|salaire|plat\b|mzda|wynagrodz|benefí|benefits?\b)|[$£€]\s?\d|薪資|薪资|薪水|月薪|年薪|待遇|薪酬/i,
  // the kind of employment
  /\b(?:full[- ]?time|part[- ]?time|permanent\b|fixed[- ]term|temporary|contract\b|contractor|internship|vollzeit|teilzeit|befristet|tempo (?:pieno|determinato|indeterminato)|cdi\b|cdd\b|clt\b|jornada|úväz|hybrid\b|on-?site\b|remote\b)|全職|全职|兼職|兼职|正職|實習|实习|工讀|工读/i,
  // it calls itself an opening
  /\b(?:vacanc|vaga\b|vacature|stellenangebot|stellenausschreibung|offre d.emploi|job (?:description|posting|opening|advert|summary|title)|position (?:description|summary|title)|we are (?:hiring|looking for|seeking)|we're (?:hiring|looking for|seeking)|is (?:hiring|seeking|looking for)|the successful candidate|post ?holder|reports? to\b|(?:this|the) (?:role|position|job)\b|ce poste|diese stelle|este cargo|esta vaga|wir suchen)|招聘|徵才|征才|招募|誠徵|诚征|誠聘|诚聘|職缺|职缺|職稱|职称/i,
];

/**
 * Role names in the other languages the readers meet (the English ones are the title reader's).
 * German joins a field to the role in one word ("Systemadministrator", "Abteilungsleiter"), so the
 * German role nouns are matched as word ends; Chinese has no spaces, so its role nouns are matched
 * anywhere in the title.
 */
const ROLE_NAME_COMPOUND =
  /\p{L}(?:leiter|leiterin|leitung|administrator|administratorin|entwickler|entwicklerin|berater|beraterin|informatiker|informatikerin|techniker|technikerin|ingenieur|ingenieurin|referent|referentin)(?:$|[\s,)/-])/iu;
const ROLE_NAME_CJK =
  /經理|经理|副理|協理|协理|主管|總監|总监|主任|組長|组长|專員|专员|工程師|工程师|分析師|分析师|管理員|管理员|管理師|管理师|設計師|设计师|顧問|顾问|助理|工讀生|实习生|實習生|資訊長|信息官|技術長|技术长/;
const ROLE_NAME =
  /(?:^|[\s(/-])(?:analista|gerente|jefe|jefa|coordenador|coordinador|coordinat(?:eur|rice|ore)|chef|responsable|responsabile|directeur|directrice|direttore|diretor|ingénieur|ingeniero|engenheiro|ingegnere|développeur|desarrollador|desenvolvedor|sviluppatore|técnico|tecnico|technicien|leiter(?:in)?|entwickler(?:in)?|referent(?:in)?|berater(?:in)?|sachbearbeiter(?:in)?|mitarbeiter(?:in)?|administrat(?:eur|or|ör)|kierownik|specjalista|programista|konsultant|assistent(?:in)?|pracovník|vedúci|špecialista|medewerker|beheerder|adviseur)(?:$|[\s,)/-])/i;

function descriptionText(raw: Pick<RawPosting, 'description'>): string {
  const d = raw.description;
  const text = 'text' in d ? d.text : 'html' in d ? d.html : d.blocks.map((block) => block.text).join('\n');
  return text.length > READ_CHARS ? text.slice(0, READ_CHARS) : text;
}

/**
 * "(m/w/d)", "(H/F)", "(f/m/x)": the gender marker a job's title carries in German and French
 * adverts; German's inclusive ending on the job's noun ("Volljurist*in", "Entwickler:in"), and
 * French's ("Développeur·euse", "Chargé·e").
 */
const GENDER_MARK =
  /\((?:[mwfdhx*]\s*\/\s*){1,3}[mwfdhx*]\)|\p{Ll}[*:_]in(?:nen)?(?![\p{L}])|\p{Ll}·(?:e|euse|rice|ne|se)s?(?![\p{L}])/iu;
/**
 * Job nouns a title writes in the plural when it announces several hires ("Senior Developers"),
 * and a fellow, whom government and foundation programmes hire ("Data Fellow GS15").
 */
const ROLE_PLURAL_OR_FELLOW =
  /^(?:\S+\s+){0,3}(?:developers|engineers|managers|analysts|administrators|designers|technicians|architects|consultants|specialists|scientists|programmers)(?:\s*\([^)]*\))?$|^(?:\S+\s+){0,3}fellow\b(?:\s+\S+){0,3}$/i;

/** Whether a title names a role, in English (after a "Team:" prefix too) or another language. */
export function titleNamesRole(raw: string): boolean {
  // A trailing mark is no part of the name ("IT Manager &lol9;" keeps an unknown entity as text).
  const title = raw.replace(/[\s;,.]+$/, '');
  return (
    namesRole(title) ||
    ROLE_PLURAL_OR_FELLOW.test(title) ||
    namesRole(title.slice(title.lastIndexOf(':') + 1).trim()) ||
    ROLE_NAME.test(title) ||
    ROLE_NAME_COMPOUND.test(title) ||
    ROLE_NAME_CJK.test(title) ||
    GENDER_MARK.test(title) ||
    namesRoleInOtherLanguage(title)
  );
}

/** Lines of a text read for a role it names. */
const MAX_LINES = 400;

/**
 * Whether a line of the text names a role (a heading, a bold line, a short line: "Wir suchen
 * einen Systemadministrator (m/w/d)"): a page that names none offers no job, whatever its words.
 */
export function namesRoleIn(text: string): boolean {
  let seen = 0;
  for (const line of text.split('\n')) {
    const bare = line
      .replace(/<[^>]{0,300}>/g, ' ')
      .replace(/\[([^\]]{0,200})\]\([^)\s]{0,2048}\)/g, '$1')
      .replace(/^[\s#>*_-]+|[*_`]+/g, '')
      .trim();
    if (bare === '') continue;
    if (++seen > MAX_LINES) break;
    if (bare.length <= 120 && titleNamesRole(bare)) return true;
  }
  return false;
}

/** The offer words of the languages in offer-language.ts's OFFER_WORDS, one pattern per kind (EVIDENCE's order). */
const OTHER_EVIDENCE: readonly RegExp[] = (() => {
  const patterns = offerWordPatterns();
  return OFFER_KINDS.map((kind) => patterns[kind]);
})();
const OTHER_SECTION_KINDS: readonly RegExp[] = (() => {
  const patterns = offerSectionPatterns();
  // Section kinds: duties, requirements, apply, pay, terms (an opening's own word heads no section).
  return OFFER_KINDS.slice(0, 5).map((kind) => patterns[kind]);
})();

/** An address to apply to, in any language: an e-mail address or a mailto link. */
const APPLY_ADDRESS = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})*\.[a-z]{2,24}\b|mailto:/i;
/**
 * An amount in a currency, in any language: a code or sign next to a number ("8000 PLN",
 * "€ 3.500", "4 000 zł", "7,500円", "400万円", "35 000 kr", "25.000 TL").
 */
const CURRENCY_AMOUNT =
  /\d[\d\s.,]{0,12}\s?(?:万円|円|€|zł|kč|kr\.?(?![\p{L}])|(?:eur|pln|czk|sek|nok|dkk|try|tl|jpy|usd|gbp|chf)(?![\p{L}]))|(?:€|(?<![\p{L}])(?:eur|pln|czk|sek|nok|dkk|jpy))\s?\d/iu;

/**
 * How many kinds of offer evidence a posting shows, reading besides the patterns above the
 * offer words of offer-language.ts's OFFER_WORDS and what needs no words: an address to apply to, an amount in a
 * currency.
 */
export function offerEvidenceAnyLanguage(raw: RawPosting): number {
  const text = descriptionText(raw);
  let kinds = 0;
  for (const [index, pattern] of EVIDENCE.entries()) {
    const structured = (index === 3 && raw.pay !== null) || (index === 4 && raw.employmentType !== null);
    const wordless = (index === 2 && APPLY_ADDRESS.test(text)) || (index === 3 && CURRENCY_AMOUNT.test(text));
    if (structured || wordless || pattern.test(text) || (OTHER_EVIDENCE[index] as RegExp).test(text)) kinds++;
  }
  return kinds;
}

/** Whether a central kind (duties, requirements, an opening) shows in any language's words. */
function centralInAnyLanguage(text: string): boolean {
  return [0, 1, 5].some(
    (i) => (EVIDENCE[i] as RegExp).test(text) || (OTHER_EVIDENCE[i] as RegExp).test(text),
  );
}

/** How many kinds of offer evidence a posting shows, structured pay and type included. */
export function offerEvidence(raw: RawPosting): number {
  const text = descriptionText(raw);
  let kinds = 0;
  for (const [index, pattern] of EVIDENCE.entries()) {
    const structured = (index === 3 && raw.pay !== null) || (index === 4 && raw.employmentType !== null);
    if (structured || pattern.test(text)) kinds++;
  }
  return kinds;
}

/**
 * Whether a part of a document reads as an offer on its own: offer words of at least `least`
 * kinds, one of them central (duties, requirements, the text calling itself an opening), or a
 * role it names as sought beside one more kind.
 */
export function readsAsOffer(text: string, least = 2): boolean {
  const read = text.length > READ_CHARS ? text.slice(0, READ_CHARS) : text;
  const kinds = EVIDENCE.filter((pattern) => pattern.test(read)).length;
  return (kinds >= least && centralOffer(kinds, read)) || (kinds >= 1 && seekingRole(read) !== null);
}

/**
 * Words that name the opening right after them: "we are looking for a Sr. DevOps engineer",
 * "seeks a research assistant", "join us as a …". What follows is read up to the end of its clause.
 */
const SEEKING_CUE =
  /\b(?:looking for|seeking|seeks|(?:to |will |shall )recruit|(?:are|is|am|be|now|currently|also|actively|(?:we|they)(?:'|’)re)\s+(?:hiring|recruiting)|join (?:us|our team|the team) as|apply (?:for|to be)|applications? (?:are invited )?for|vacancy for|opening for)\s+/gi;
/** Determiners and counts before the role's name. */
const ROLE_DETERMINER =
  /^(?:(?:an?|the|one|two|three|four|several|some|our|multiple|additional|new|\d{1,2})\s+)+/i;
/** Where the role's name ends: a clause's punctuation or a word that starts what it does or where. */
const ROLE_NAME_END =
  /[.;:!?\n]|\s(?:to|who|with|that|which|in|at|on|for|from|by|as|here|this|based|within|starting|beginning|available|-|–|—)\s/i;
/** The reader addressed as the one who would hold the job: "You should possess … for this role". */
const YOU_ASKED = /\byou (?:should|must|will|would|need to) (?:possess|have|hold|bring|be responsible)\b/i;
const THIS_JOB = /\b(?:this|the) (?:role|position|post|job)\b|\bthe successful (?:candidate|applicant)\b/i;
/** A noun of one who does something, as a job's name ends: "integrator", "translator", "librarian". */
const AGENT_NOUN = /^[\p{L}][\p{L}\s-]*\p{L}(?:[^e]er|or|ist|ian)$/u;
/** Characters of text read for a role named as an opening. */
const SEEKING_CHARS = 20_000;

/** Markdown links and emphasis as the words a reader sees. */
function readable(text: string): string {
  return (
    text
      .replace(/\[([^\]]{0,200})\]\([^)\s]{0,2048}\)/g, '$1')
      .replace(/\*\*|__|`/g, '')
      // "Sr. DevOps engineer", "(6-month) research assistant": no clause ends inside a name.
      .replace(/\b(Sr|Jr|Snr|Jnr|Asst|Assoc)\./gi, '$1')
      // (A bounded run of spaces before the bracket: a line of spaces is read in linear time.)
      .replace(/[ \t]{0,3}\([^()\n]{0,40}\)/g, '')
  );
}

/**
 * A role the text names as an opening ("looking for a Sr. DevOps engineer and a Sr. JavaScript
 * engineer"), or null: the evidence a page that is no posting lacks however many hiring words it
 * uses (an interview guide, a page of kinds of work, advice on writing job descriptions).
 */
export function seekingRole(text: string): string | null {
  const read = readable(text.slice(0, SEEKING_CHARS));
  for (const cue of read.matchAll(SEEKING_CUE)) {
    const after = read.slice((cue.index ?? 0) + cue[0].length, (cue.index ?? 0) + cue[0].length + 160);
    const clause = after.replace(ROLE_DETERMINER, '');
    const end = ROLE_NAME_END.exec(clause);
    const phrase = (end ? clause.slice(0, end.index) : clause).trim();
    // "hiring full stack engineers, ai/ml engineers and growth/marketing": each item of a list.
    for (const part of phrase.split(/\s*,\s*(?:and\s+|or\s+)?(?:an?\s+)?|\s+(?:and|or|&)\s+(?:an?\s+)?/i)) {
      // A qualified plural names a role as its singular does ("hiring full stack engineers"); a
      // bare one ("hiring engineers and researchers") names a kind of work, not an opening.
      const name = part.replace(ROLE_DETERMINER, '').trim();
      // "postdoctoral researcher positions", "engineer roles": the role before the word for a post.
      const role = name.replace(/\s+(?:positions?|roles?|posts?|vacanc(?:y|ies)|openings?|jobs?)$/i, '');
      const probe = /\s/.test(role)
        ? role.replace(/(?<=\p{Ll}{3}(?:er|or|ist|ian|ant|ent|ead))s$/u, '')
        : role;
      const words = name.split(/\s+/);
      // A job's name ends in a role word or an agent noun: "a Windows systems integrator".
      // Research and project staff ("a PhD student", "project staff") as the table of job nouns has them.
      if (
        words.length <= 8 &&
        (namesRole(probe) || (words.length <= 5 && (AGENT_NOUN.test(role) || SOUGHT_NOUN.test(name))))
      )
        return name;
    }
  }
  return null;
}

/**
 * The sections an offer is laid out in, by the label that heads each: what the job is, what it
 * asks, how to apply, what it pays, its terms. A guide or an article about hiring names these
 * in its sentences; an offer heads its parts with them.
 */
const SECTION_KINDS: readonly RegExp[] = [
  /^(?:(?:key|main|your|the|principal|core|essential)\s+)?(?:duties|responsibilities|tasks|accountabilities|what you(?:'|’)?ll do|what you will do|the role|about the (?:role|job|position)|role description|job description|position description|job summary|position summary|(?:position|role|job) (?:overview|purpose)|purpose of the (?:role|position|post)|about this (?:role|position|job)|the opportunity|description(?: of (?:the )?(?:role|post|duties))?|aufgaben|ihre aufgaben|vos missions|missions?|tareas|funciones|atividades|atribui[çc][õo]es|responsabilidades|(?:zakres\s+)?obowi[ąa]zk(?:i|ów)|twoje zadania)(?![\p{L}])/iu,
  /^(?:(?:key|essential|minimum|required|desired|preferred|your)\s+)?(?:requirements|qualifications|skills(?:\s+(?:and|&)\s+(?:experience|qualifications))?|experience|who you are|what you(?:'|’)?ll (?:bring|need)|what we(?:'|’)?re looking for|about you|your profile|profile|person specification|eligibility|anforderungen|ihr profil|profil recherché|requisitos|requisiti|wymagania|(?:czego )?oczekujemy)(?![\p{L}])/iu,
  /^(?:how to apply|how to contact us|contact|to apply|apply(?: now| here)?|application(?: procedure| process| information)?|applications?|bewerbung|candidature|postulaci[oó]n|candidatura)\b/i,
  /^(?:salary|pay|compensation|remuneration|benefits|what we offer|rate of pay|gehalt|vergütung|rémunération|salario|salário|retribuzione|benef[íi]cios|(?:co )?oferujemy|wynagrodzenie)(?![\p{L}])/iu,
  /^(?:closing date|deadline|application deadline|start date|hours|working hours|contract(?: type)?|employment type|job type|location)\b/i,
];
/** The same kinds in Chinese, whose labels no word boundary ends. */
const SECTION_KINDS_CJK: readonly RegExp[] = [
  /^(?:工作內容|工作内容|工作職責|工作职责|崗位職責|岗位职责|職位描述|职位描述|職責|职责|職務說明|职务说明)/,
  /^(?:任職要求|任职要求|任職資格|任职资格|崗位要求|岗位要求|職位要求|职位要求|其他條件|其他条件|條件|条件|資格|资格|要求)/,
  /^(?:應徵方式|应征方式|應聘方式|应聘方式|聯絡方式|联络方式|联系方式|投遞|投递|申請方式|申请方式)/,
  /^(?:工作待遇|待遇|薪資|薪资|薪酬|薪水|福利)/,
  /^(?:工時|工时|工作時間|工作时间|工作地點|工作地点|地點|地点|工作性質|工作性质)/,
];
/** A line that heads what follows: a Markdown or HTML heading, a bold line, "=== Label ===", a short "Label:". */
const LABEL_LINE_MARK =
  /^\s*(?:#{1,6}\s+|<h[1-6][^>]*>|<(?:strong|b|dt|th)>|\*\*|__|={2,}\s)|[:：]\s*(?:\*\*|__|<\/\w+>)?\s*$/i;
/** A short line of a few words and nothing else: a label when it names a section. */
const BARE_LABEL = /^\s*[\p{Lu}][\p{L} &'/-]{1,28}\s*$/u;
/** "SALARY: $90,734", "Closing date: 20 July": a label with its value on one line. */
const LABEL_VALUE =
  /^\s*(?:[-*•]\s+)?(?:\*\*|__)?([\p{L}][\p{L} /&'-]{1,40}?)(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*\S/u;

/** The labels a text heads its parts with: headings, label lines, the labels of "Label: value" lines. */
function sectionLabels(raw: Pick<RawPosting, 'description'>): string[] {
  const d = raw.description;
  if ('blocks' in d) {
    const out = new Set<string>();
    for (const block of d.blocks.slice(0, 2_000)) {
      if (block.kind === 'heading' || (block.text.length <= 60 && LABEL_LINE_MARK.test(block.text)))
        out.add(block.text);
      if (block.section) out.add(block.section);
      const value = LABEL_VALUE.exec(block.text.slice(0, 200));
      if (value) out.add(value[1] ?? '');
    }
    return [...out];
  }
  const out: string[] = [];
  for (const line of descriptionText(raw).split(/\n|(?=<h[1-6][\s>])|(?=<(?:strong|b|dt)>)/i)) {
    if (line.length > 200) continue;
    // "Salary", "Closing Date" alone on a line over their values, as job boards lay them out.
    if (LABEL_LINE_MARK.test(line) || BARE_LABEL.test(line))
      out.push(line.replace(/<[^>]{0,200}>/g, ' ').replace(/^\s*#{1,6}\s+|\*\*|__|={2,}/g, ' '));
    else {
      const value = LABEL_VALUE.exec(line);
      if (value) out.push(value[1] ?? '');
    }
  }
  return out;
}

/** Which kind of offer section a label heads (duties, requirements, applying, pay, terms), or null. */
export function sectionLabelKind(label: string): number | null {
  const text = squash(label).replace(/[:：\s]+$/, '');
  if (text.length === 0 || text.length > 60) return null;
  const at = SECTION_KINDS.findIndex((kind) => kind.test(text));
  if (at !== -1) return at;
  const cjk = SECTION_KINDS_CJK.findIndex((kind) => kind.test(text));
  return cjk === -1 ? null : cjk;
}

/** How many kinds of offer section a text heads its parts with ("Responsibilities", "Skills & Experience"). */
export function sectionKindsIn(text: string): number {
  return sectionKindSet({ description: { text } }).size;
}

/** How many kinds of offer section a posting heads its parts with. */
export function sectionKinds(raw: RawPosting): number {
  return sectionKindSet(raw).size;
}

/** The kinds of offer section a posting heads its parts with (0 duties, 1 requirements, …). */
function sectionKindSet(raw: Pick<RawPosting, 'description'>): Set<number> {
  const kinds = new Set<number>();
  for (const line of sectionLabels(raw)) {
    const label = squash(line)
      .replace(/^[-*•·▪●]\s*/, '')
      .replace(/[:：\s]+$/, '');
    if (label.length === 0 || label.length > 60) continue;
    for (const [index, kind] of SECTION_KINDS.entries()) if (kind.test(label)) kinds.add(index);
    for (const [index, kind] of SECTION_KINDS_CJK.entries()) if (kind.test(label)) kinds.add(index);
    for (const [index, kind] of OTHER_SECTION_KINDS.entries()) if (kind.test(label)) kinds.add(index);
  }
  return kinds;
}

/** A programme one is taken on for: a fellowship, an internship, a traineeship. */
const PROGRAMME =
  /\b(?:fellowships?|internships?|traineeships?|apprenticeships?|residenc(?:y|ies)|stipendium|praktikum|stage)\b/i;
/** A call open now: applications accepted, a way and a date to apply by. */
const OPEN_CALL =
  /\b(?:applications? (?:are |is )?(?:now )?(?:being )?(?:open|accepted|invited|welcome)|(?:now )?accepting applications|call for (?:applications|projects|proposals)|apply (?:now|here|by|before|until)|how to apply|(?:deadline|due|closes?|until)\b[^.\n]{0,40}\b(?:19|20)\d\d\b|until (?:january|february|march|april|may|june|july|august|september|october|november|december) \d)/i;
/** Characters at a text's start read for the programme it is about. */
const LEAD_CHARS = 400;

/** Whether a text opens a call for a programme one applies to now ("Applications are now accepted for the … Fellowship"). */
export function opensProgrammeCall(title: string, text: string): boolean {
  return aboutProgramme(title, text) && opensCall(text);
}

function aboutProgramme(title: string, text: string): boolean {
  return PROGRAMME.test(title) || PROGRAMME.test(text.slice(0, LEAD_CHARS));
}

/** Whether a text says applications are open now ("being accepted now through May 23, 2014"). */
function opensCall(text: string): boolean {
  return OPEN_CALL.test(text.slice(0, READ_CHARS));
}

/** "Apply now", "apply here": a button's words, which say nothing of a call being open. */
const APPLY_BUTTON = /\bapply (?:now|here)\b/gi;

/** A call open now by more than a button's words: applications accepted, a date to apply by. */
function datedCall(text: string): boolean {
  return OPEN_CALL.test(text.slice(0, READ_CHARS).replace(APPLY_BUTTON, ' '));
}

/**
 * True when a page read as one posting shows a job offer, by the evidence a person weighs. A
 * title naming a role needs a place, an employer, a short text or one kind of offer evidence.
 * Without one, hiring words are not enough (an interview guide, a page of the kinds of work an
 * employer hires, a cohort page use them all): the text must name a role it seeks, head its parts
 * as an offer does, ask the reader for what the job needs, or open a call for applications now.
 */
export function isJobOffer(raw: RawPosting): boolean {
  // A public call opens a post now wherever it names it, under a page's chrome or a reference
  // line, in a title or only in its sentence (public-call.ts).
  if (calledRole(`${raw.title}\n${descriptionText(raw)}`) !== null) return true;
  const roleTitle = titleNamesRole(raw.title);
  // An employer or a place the page states (a label, a heading, structured data), not one guessed
  // from its words (a name it mentions, a bracket after the title).
  const states =
    (raw.location.text !== null && isStated(raw.provenance?.location)) ||
    (raw.company !== null && isStated(raw.provenance?.company));
  // A page about an occupation in general (its average pay, what it does, a template of its
  // description) offers nothing unless it states a post's terms; nor does a story reporting on a
  // recruitment (a post funded, advertised, postponed) that does not ask the reader to apply.
  const whole = `${raw.title}\n${descriptionText(raw)}`;
  if (
    !states &&
    raw.pay === null &&
    (describesOccupation(whole) || (reportsOnPost(whole) && !APPLY_NOW.test(whole)))
  )
    return false;
  // A class specification, an occupation guide, a search firm's page on a role: it says what it
  // is, and nothing on it speaks to a candidate (general-role.ts).
  if (describesRoleInGeneral(raw, whole, OFFER_VOICE)) return false;
  if (roleTitle && (states || raw.employmentType !== null)) return true;
  if (roleTitle && descriptionText(raw).length < SHORT_CHARS) return true;
  const kinds = offerEvidence(raw);
  // The title line is read with the text: a page whose first line is a sentence has it there.
  const text = `${raw.title}\n${descriptionText(raw)}`;
  // In English the words above are read; the other languages' words and the wordless evidence
  // (an address, an amount) stand in for them only in a text that does not read as English.
  // Duties and skills under a role's name are as much a ladder's level or a handbook's role as an
  // offer. A page laid out as one (its own headings) must also speak to a candidate: the job
  // sought now, how to apply, its terms, or what it asks of one under a heading of its own
  // (requirements, qualifications), which a description of a role's holder or of a level's
  // expectations does not. A fragment of text (no headings: an excerpt of a posting) keeps the
  // benefit of the doubt.
  if (roleTitle)
    return (
      (kinds >= 1 || (!readsEnglish(text) && offerEvidenceAnyLanguage(raw) >= OTHER_LANGUAGE_KINDS)) &&
      (!laidOutAsPage(raw) || speaksToCandidate(raw, text))
    );
  // An excerpt cut from an ad's page, its head lost (a section label, the page's chrome or the
  // first duty read as the title): the ad's body laid out as items a candidate reads.
  if (bodyOfAnAd(raw)) return true;
  // A page whose title names no role offers a job only where its text names one, or where it
  // speaks to a candidate (a role the role model does not know: "Supervisory Librarian").
  if (!namesRoleIn(text) && !speaksToCandidate(raw, text)) return false;
  // A section label read as the title ("Job Description", "Role Overview") is no page's name, so
  // nothing says what the page is: its body's offer words decide, as for a page in another language.
  // (A position's own terms stand for the voice: "Location: Headquarters", "SALARY: $90,734".)
  if (
    isMetadataLine(raw.title) &&
    centralOffer(kinds, descriptionText(raw)) &&
    (offersRole(text) || addressesCandidate(raw, text))
  )
    return true;
  // The phrases and labels below are read in English (and Chinese labels): a page in another
  // language keeps the broader test, two kinds of offer words of which one is central.
  if (!readsEnglish(text))
    return (
      (centralOffer(kinds, text) || otherLanguageOffer(raw, text)) &&
      (!laidOutAsPage(raw) || speaksToCandidate(raw, text))
    );
  if (seekingRole(text) !== null && kinds >= 1) return true;
  // The reader asked for what the job needs, as its holder, in one passage ("you should possess …
  // for this role"): a page on the hiring process says "you should have what you need" and, far
  // from it, "relevant to the role".
  // (Anywhere on a page that states the job's terms: an employer, a place, pay.)
  const stated = raw.company !== null || raw.location.text !== null || raw.pay !== null;
  if ((stated ? YOU_ASKED.test(text) && THIS_JOB.test(text) : askedForTheJob(text)) && kinds >= 2)
    return true;
  // A call open now: for a programme (a fellowship, an internship), or amid an offer's words. An
  // "Apply here" button is a call only beside the terms of a job the page states (an employer, a
  // place, pay): a page on how the employer hires ends with one and states none.
  const called = aboutProgramme(raw.title, text) || stated ? opensCall(text) : datedCall(text);
  if (called && kinds >= (aboutProgramme(raw.title, text) ? 1 : 2)) return true;
  // An offer's parts headed as such, or its duties or requirements headed amid the words of most
  // kinds of offer (a page on the hiring process uses every kind of word and heads only "Apply").
  // (Offered, not defined: a handbook's page on a function's responsibilities heads them so too.)
  const sections = sectionKindSet(raw);
  return (
    (sections.size >= 2 || ((sections.has(0) || sections.has(1)) && kinds >= 4)) &&
    (offersRole(text) || addressesCandidate(raw, text))
  );
}

/**
 * Whether a text with no role in its title is the body of a job ad cut from its page: laid out as
 * items (excerpt-body.ts), not as a page of its own with headings, and saying in them both what the
 * job does and what it asks (its duties and its requirements): a page on how an employer hires
 * lists its steps and names tasks and candidates, not the job's requirements. A career guide, an
 * article or a handbook entry on an occupation is written in paragraphs (or was refused above as
 * one); a handbook's role card names its role in its title.
 */
function bodyOfAnAd(raw: RawPosting): boolean {
  // (The title line with it: an excerpt's first item or duty was read as its title.)
  const body = `${raw.title}\n${descriptionText(raw)}`;
  if (laidOutAsPage(raw)) return false;
  const kind = (i: number) => (EVIDENCE[i] as RegExp).test(body) || (OTHER_EVIDENCE[i] as RegExp).test(body);
  if (!kind(0) || !kind(1)) return false;
  const shape = excerptShape(body);
  // Short lines without items are an ad's parts when section labels divide them ("Requirements")
  // or over more than a few lines: a short page of sentences that names tasks and experience in
  // passing (an invitation to cooperate, under one heading) is none.
  return listsItems(shape) || (shape.shortLines && (shape.labels >= 2 || body.length >= SHORT_CHARS));
}

/**
 * What only an offer says to a candidate: addressed (candidate-address.ts), asked for what the job
 * needs, or a requirements section in a text that offers the role (a handbook's role card and a
 * knowledge base's entry on an occupation head their skills so too).
 */
function speaksToCandidate(raw: RawPosting, text: string): boolean {
  return (
    addressesCandidate(raw, text) || YOU_ASKED.test(text) || (sectionKindSet(raw).has(1) && offersRole(text))
  );
}

/**
 * The voice of an offer in English: the employer speaking ("we", "our team", "join us") or the
 * reader addressed as the one who would hold the job ("you will", "your team"). A role card, a
 * charter or an occupation's definition speaks of the holder ("An IT Director is …", "someone in
 * this role").
 */
const OFFER_VOICE =
  /\b(?:we|we'?re|we'?ll|we'?ve|our|ours|us|join|you'?ll|you will|you would|you'?d|you are|you'?re|you have|you'?ve|you bring|your)\b/i;

/**
 * Whether a text offers the role it describes rather than defines it: in English, the voice of
 * an offer or a role it names as sought. Other languages keep the benefit of the doubt: their
 * tables of offer words are too thin to tell a role card from a terse posting (a Korean posting's
 * 주요 업무 and 자격요건 under its title, with an apply link on a form host).
 */
function offersRole(text: string): boolean {
  const read = text.length > READ_CHARS ? text.slice(0, READ_CHARS) : text;
  if (!readsEnglish(read) || !mostlyLatin(read)) return true;
  return OFFER_VOICE.test(read) || seekingRole(read) !== null;
}

/** Whether most letters of a text are Latin: a Korean posting with English skill bullets reads as English words, not in English. */
function mostlyLatin(text: string): boolean {
  const sample = text.slice(0, 5_000);
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  return (sample.match(/[A-Za-z]/g) ?? []).length * 5 >= letters * 4;
}

/** A heading line of Markdown (ATX or setext) or HTML. */
const HEADING_LINE = /^ {0,3}#{1,6}[ \t]+\S|^[^\n]{2,120}\n {0,3}(?:=+|-{3,})[ \t]*$|<h[1-6][\s>]/im;

/** Whether a posting's text is laid out as a page of its own, with headings, not an excerpt of running text. */
function laidOutAsPage(raw: RawPosting): boolean {
  const d = raw.description;
  if ('blocks' in d) return d.blocks.some((block) => block.kind === 'heading');
  return HEADING_LINE.test(descriptionText(raw));
}

/** Characters either side of "you should possess …" read for the job it is asked for. */
const ASKED_SPAN = 240;

function askedForTheJob(text: string): boolean {
  for (const asked of text.slice(0, READ_CHARS).matchAll(new RegExp(YOU_ASKED.source, 'gi'))) {
    const at = asked.index ?? 0;
    if (THIS_JOB.test(text.slice(Math.max(0, at - ASKED_SPAN), at + asked[0].length + ASKED_SPAN)))
      return true;
  }
  return false;
}

/**
 * A page in a language the patterns above do not read, whose title names no role: three kinds of
 * offer evidence in its own words or in none (an address, an amount), one of them central; or
 * an offer's sections headed as such and two kinds. A page about the employer, a careers page
 * inviting unsolicited applications, a company profile show one or two kinds at most.
 */
function otherLanguageOffer(raw: RawPosting, text: string): boolean {
  // Parts headed and listed as an offer lists them (what you do, what you bring, what we give),
  // under a short title: the layout says it in any language.
  // (With something said to a candidate: a cooperation page or a handbook is laid out so too.)
  if (listedSections(text) >= 2 && raw.title.split(/\s+/).length <= 8 && addressesCandidate(raw, text))
    return true;
  if (!centralInAnyLanguage(text)) return false;
  const kinds = offerEvidenceAnyLanguage(raw);
  return kinds >= 3 || (kinds >= 2 && sectionKinds(raw) >= 2);
}

/** A heading or a label line ("## Nõuded", "**Sinu tööks on:**", "<h3>…</h3>") and at least two list items under it. */
const LISTED_SECTION =
  /(?:^|\n)[ \t]*(?:#{1,6}[ \t]+[^\n]{2,80}|\*\*[^\n*]{2,80}\*\*[ \t]*:?|[^\n]{2,60}:|<h[2-6][^>]*>[^<]{2,80}<\/h[2-6]>)[ \t]*\n(?:[ \t]*\n)?(?:[ \t]*(?:[-*•·]|\d{1,2}[.)])[ \t]+[^\n]+\n){2,}|<h[2-6][^>]*>[^<]{2,80}<\/h[2-6]>\s*<ul[^>]*>\s*(?:<li[\s\S]{1,2000}?<\/li>\s*){2,}/g;

/** How many sections of a text are a heading over a list. */
function listedSections(text: string): number {
  let n = 0;
  for (const _ of `${text}\n`.slice(0, READ_CHARS).matchAll(LISTED_SECTION)) if (++n >= 5) break;
  return n;
}

/** Two kinds of offer words, of which one is central: duties, requirements, or the text calling itself an opening. */
function centralOffer(kinds: number, text: string): boolean {
  return kinds >= 2 && [0, 1, 5].some((i) => (EVIDENCE[i] as RegExp).test(text));
}

/**
 * The posting titled by the post its call names, when its title line names no role (a page's
 * chrome, a reference code, the call's preamble): "Bandi di concorso --> Lista bandi" gives way to
 * "collaboratore di elaborazione dati".
 */
export function titledByCall(raw: RawPosting): RawPosting {
  if (titleNamesRole(raw.title)) return raw;
  const role = calledRole(`${raw.title}\n${descriptionText(raw)}`);
  if (role === null || namesCalledRole(raw.title, role)) return raw;
  return { ...raw, title: role, provenance: { ...raw.provenance, title: 'inferred' } };
}

/**
 * The posting titled by the role its sentences name, when its title line is a section label its
 * excerpt began with ("Position Overview", "Job Description"): the label is no job's name.
 */
export function titledByBody(raw: RawPosting): RawPosting {
  // (A title a "Job Title:" label gave is the posting's own, colon and all: "Deputy Director: ICT".)
  if (raw.provenance?.title === 'label' || !isMetadataLine(raw.title) || titleNamesRole(raw.title))
    return raw;
  const pick = roleInProse(descriptionText(raw).split('\n'));
  if (pick === null || !titleNamesRole(pick.title)) return raw;
  return { ...raw, title: pick.title, provenance: { ...raw.provenance, title: 'inferred' } };
}

/** Longest title, in words, read as a name of the post rather than a sentence about the call. */
const NAME_WORDS = 10;

/**
 * Whether a title line is already the post's name, as the title gives it ("Lecturer/Senior
 * Lecturer in Computer Science" for a call's "Lecturer or Senior Lecturer"): it starts with the
 * post's first word, or is short and holds it.
 */
function namesCalledRole(title: string, role: string): boolean {
  const head = role.split(/\s+/)[0]?.toLowerCase() ?? '';
  const words = title
    .toLowerCase()
    .split(/[^\p{L}\d]+/u)
    .filter(Boolean);
  return words[0] === head || (words.length <= NAME_WORDS && words.includes(head));
}

/** The posting, or a `NotAPostingError` naming what it lacks. */
export function refuseUnlessOffer(raw: RawPosting): RawPosting {
  if (isJobOffer(raw)) return titledByBody(titledByCall(raw));
  throw new NotAPostingError(
    `not-a-posting: no job offer found (a role with duties, requirements, pay, employment type or a way to apply) around "${raw.title.slice(0, 80)}"`,
  );
}

/** Whether a feed item is a vacancy by the evidence a person uses: a role in its title or named as an opening, an offer's sections, pay or terms, a programme's open call. */
export function isVacancyItem(raw: RawPosting): boolean {
  if (raw.pay !== null || raw.employmentType !== null || titleNamesRole(raw.title)) return true;
  const text = descriptionText(raw);
  // It calls itself an opening ("Wir suchen …", "Vacancy: …"), or shows two kinds of offer words.
  if ((EVIDENCE[5] as RegExp).test(raw.title) || offerEvidence(raw) >= 2) return true;
  return seekingRole(text) !== null || sectionKinds(raw) >= 2 || opensProgrammeCall(raw.title, text);
}

/**
 * A feed's items without its news. A jobs feed (at least half its items are vacancies) keeps
 * every item: an odd title there is still a posting. In a news feed (a ministry's press
 * releases, a project's blog) an item is kept only when it is a vacancy; the others are skipped,
 * said in a `news-skipped` warning on what is kept, and a feed with no vacancy is refused.
 */
export function withoutNews(items: readonly RawPosting[], feed: string): RawPosting[] {
  const vacancies = items.filter(isVacancyItem);
  if (vacancies.length * 2 >= items.length) return [...items];
  const skipped = items.length - vacancies.length;
  if (vacancies.length === 0)
    throw new NotAPostingError(
      `not-a-posting: ${feed} of ${items.length} news items (dated articles whose titles name no role, no opening in their text)`,
    );
  const warning = {
    id: 'news-skipped',
    detail: `${skipped} of the ${feed}'s ${items.length} items are news, not vacancies (no role in the title, no opening in the text): skipped`,
  };
  return vacancies.map((p) => ({ ...p, warnings: [...(p.warnings ?? []), warning] }));
}
