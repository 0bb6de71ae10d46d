/**
 * The duty sentences of a Chinese, Japanese or Korean body, read as body-duties.ts reads the
 * others: a leading verb and the staff it leads, in the same clause. Chinese puts the verb first
 * ("管理工程團隊", "帶領研發團隊"); Japanese and Korean put the object first ("エンジニアチームを
 * マネジメント", "파트원 5명을 이끌며"), so the two may stand either way round, close together.
 * Staff worked with ("與後端團隊合作", "팀과 협업") are another party, not staff led.
 */

/** Whether a sentence is written in these scripts at all: the reading runs only then. */
export const CJK_TEXT = /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/;

/** Verbs of leading, managing, heading. */
const LEAD =
  /管理|帶領|带领|領導|领导|率領|率领|統籌|统筹|督導|督导|マネジメント|マネージメント|率いる|統括|牽引|이끌|이끄|관리|리딩|매니징|총괄|리드/g;
/** Staff and units a lead verb leads, with the unit noun the span ladder knows. */
const STAFF: readonly [RegExp, string][] = [
  [/部門|部门|본부|事業部/, 'department'],
  [/團隊|团队|チーム|팀원|팀|파트원|파트|組|小組|小组/, 'team'],
  [
    /工程師|工程师|エンジニア|엔지니어|開發人員|开发人员|개발자|人員|人员|成員|成员|メンバー|구성원|部下|부하/,
    'staff',
  ],
];
/** Words that make staff IT's own: software, engineering, development, infrastructure. */
const IT_QUALIFIER =
  /工程|研發|研发|開發|开发|軟體|软件|技術|技术|資訊|资讯|信息|系統|系统|後端|后端|前端|エンジニア|開発|システム|インフラ|개발|엔지니어|백엔드|프론트엔드|서버|기술|인프라|IT|DevOps|SRE/i;
/** Staff worked with, not led. */
const BESIDE = /合作|協作|协作|配合|協力|連携|協業|협업|함께|협력/;
/** How close, in characters, the verb and the staff must stand. */
const NEAR = 16;

/**
 * What a CJK sentence says the job leads: the unit noun and whether the staff are IT's. Null when
 * it leads no one, or only works beside a team.
 */
export function cjkStaffLed(sentence: string): { noun: string; it: boolean } | null {
  if (BESIDE.test(sentence)) return null;
  for (const verb of sentence.matchAll(LEAD)) {
    const from = Math.max(0, verb.index - NEAR);
    const window = sentence.slice(from, verb.index + verb[0].length + NEAR);
    for (const [staff, noun] of STAFF) {
      if (!staff.test(window)) continue;
      return { noun, it: IT_QUALIFIER.test(window) };
    }
  }
  return null;
}
