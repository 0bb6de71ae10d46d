/**
 * Head counts a posting writes outside English ("公司規模：30人", "従業員数 45名", "직원 30명",
 * "une équipe de 12 personnes", "120 Mitarbeiter"), read as org-scale.ts reads English ones: the
 * organisation's size, or the team's, which is the job's span and says nothing of the organisation.
 * The words are one table here; the reading is the same for every language.
 */
import type { HeadCount } from './org-scale.ts';

/** Scripts whose counts carry a counter word after the number (人, 名, 명, 位). */
const CJK = /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/;
const CJK_COUNT = /(\d{1,3}(?:,\d{3})+|\d+)\s*(?:\+|餘|余|多|여)?\s*(?:人|名|명|位)/g;
/** An organisation word right before the count: "公司規模：30人", "従業員数 45名", "임직원 30명". */
const CJK_ORG_BEFORE =
  /(?:公司|企業|企业|會社|会社|規模|规模|員工|员工|職員|职员|従業員|社員|직원|임직원|구성원|총원|人數|人数)(?:數|数|수)?\s*[:：]?\s*(?:約|约|약|大約|大约|共)?\s*$/;
/** An organisation word right after it: "30人規模", "30人の会社", "30名의 회사", "30人公司". */
const CJK_ORG_AFTER =
  /^\s*(?:規模|规模|の(?:会社|企業|ベンチャー|スタートアップ)|公司|企業|企业|新創|新创|規模の|의 (?:회사|기업|스타트업))/;
/** A team word before or after: the job's span ("帶領5人團隊", "5人のチーム", "팀원 5명"). */
const CJK_TEAM_BEFORE =
  /(?:團隊|团队|チーム|팀원?|部門|部门|組織|组织|帶領|带领|管理)\s*[:：]?\s*(?:約|约|약)?\s*$/;
const CJK_TEAM_AFTER = /^\s*(?:の?チーム|團隊|团队|的團隊|的团队|팀|규모의 팀)/;

/** Staff nouns of European languages: the count is the organisation's unless a team word precedes. */
const EUROPEAN_COUNT =
  /(?<![\p{L}\d])(\d{1,3}(?:[.\s]\d{3})+|\d+)\s*\+?\s*(personnes|salariés|salariées|collaborateurs|collaboratrices|employés|Mitarbeiter(?:innen|ende|enden|n)?|Beschäftigten?|empleados|empleadas|trabajadores|colaboradores|personas|dipendenti|funcionários|medewerkers|anställda|medarbetare)(?![\p{L}])/giu;
const EUROPEAN_TEAM_BEFORE =
  /(?:équipe|team|equipo|equipe|squadra|Abteilung|servicio|service)\s+(?:de|d'|von|aus|di|mit)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

function larger(a: HeadCount | null, b: HeadCount): HeadCount {
  return a && a.count >= b.count ? a : b;
}

/**
 * The organisation's and the team's head counts a posting states in these words; null where it
 * states none. A CJK count needs an organisation or a team word beside it: "招募3人" (three
 * openings) is neither.
 */
export function statedHeadcountsInWords(text: string): { org: HeadCount | null; it: HeadCount | null } {
  let org: HeadCount | null = null;
  let it: HeadCount | null = null;
  if (CJK.test(text)) {
    for (const m of text.matchAll(CJK_COUNT)) {
      const count = Number((m[1] as string).replace(/,/g, ''));
      if (!Number.isFinite(count) || count <= 0) continue;
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      const found = { count, text: `${before.split(/[\n。；;，,]/).pop() ?? ''}${m[0]}`.trim() };
      if (CJK_TEAM_BEFORE.test(before) || CJK_TEAM_AFTER.test(after)) it = larger(it, found);
      else if (CJK_ORG_BEFORE.test(before) || CJK_ORG_AFTER.test(after)) org = larger(org, found);
    }
  }
  for (const m of text.matchAll(EUROPEAN_COUNT)) {
    const count = Number((m[1] as string).replace(/[.\s]/g, ''));
    if (!Number.isFinite(count) || count <= 0) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const found = { count, text: m[0].trim() };
    if (EUROPEAN_TEAM_BEFORE.test(before)) it = larger(it, found);
    else org = larger(org, found);
  }
  return { org, it };
}
