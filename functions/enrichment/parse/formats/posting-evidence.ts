/**
 * Whether a page read as one posting is a job offer at all, from the evidence a person goes by:
 * a title that names a role, and the structure of an offer around it (duties, requirements,
 * how to apply, pay, the kind of employment). An "About us" page, a blog post, a news article
 * or a careers landing page with no opening has a role or a word of these at most, not both.
 * Only pages read without a declared posting are judged: JSON-LD, microdata, feeds and boards
 * say what they publish.
 */
import type { RawPosting } from '../../types.ts';
import { NotAPostingError } from '../../types.ts';
import { namesRole } from './text-sections.ts';

/** Below this, a text under a role title is a fragment of a posting, not a page about something else. */
const SHORT_CHARS = 600;

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
  /(?:^|[\s(/-])(?:analista|gerente|coordenador|coordinador|coordinat(?:eur|rice|ore)|chef|responsable|responsabile|directeur|directrice|direttore|diretor|ingénieur|ingeniero|engenheiro|ingegnere|développeur|desarrollador|desenvolvedor|sviluppatore|técnico|tecnico|technicien|leiter(?:in)?|entwickler(?:in)?|referent(?:in)?|berater(?:in)?|sachbearbeiter(?:in)?|mitarbeiter(?:in)?|administrat(?:eur|or|ör)|kierownik|specjalista|programista|konsultant|assistent(?:in)?|pracovník|vedúci|špecialista|medewerker|beheerder|adviseur)(?:$|[\s,)/-])/i;

function descriptionText(raw: RawPosting): string {
  const d = raw.description;
  const text = 'text' in d ? d.text : 'html' in d ? d.html : d.blocks.map((block) => block.text).join('\n');
  return text.length > READ_CHARS ? text.slice(0, READ_CHARS) : text;
}

/** Whether a title names a role, in English (after a "Team:" prefix too) or another language. */
export function titleNamesRole(title: string): boolean {
  return (
    namesRole(title) ||
    namesRole(title.slice(title.lastIndexOf(':') + 1).trim()) ||
    ROLE_NAME.test(title) ||
    ROLE_NAME_COMPOUND.test(title) ||
    ROLE_NAME_CJK.test(title)
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
 * True when a page read as one posting shows a job offer: a title naming a role with a place, an
 * employer, a short text or one kind of evidence; or, for a title that names none, two kinds of
 * which one is duties, requirements or the page calling itself an opening.
 */
export function isJobOffer(raw: RawPosting): boolean {
  const roleTitle = titleNamesRole(raw.title);
  // A role and a place, an employer or a few lines: a pasted posting or a fragment of one.
  if (roleTitle && (raw.location.text !== null || raw.company !== null || raw.employmentType !== null))
    return true;
  if (roleTitle && descriptionText(raw).length < SHORT_CHARS) return true;
  const kinds = offerEvidence(raw);
  if (roleTitle) return kinds >= 1;
  if (kinds < 2) return false;
  // Without a role in the title, duties, requirements or the page calling itself an opening.
  const text = descriptionText(raw);
  return [0, 1, 5].some((index) => (EVIDENCE[index] as RegExp).test(text));
}

/** The posting, or a `NotAPostingError` naming what it lacks. */
export function refuseUnlessOffer(raw: RawPosting): RawPosting {
  if (isJobOffer(raw)) return raw;
  throw new NotAPostingError(
    `not-a-posting: no job offer found (a role with duties, requirements, pay, employment type or a way to apply) around "${raw.title.slice(0, 80)}"`,
  );
}
