/** The years of experience a posting asks for. */
import type { Block } from '../types.ts';

const YEARS =
  /\b(\d{1,2})\s*(?:\+|plus)?\s*(?:(?:-|–|to)\s*(\d{1,2})\s*)?\+?\s*years?(?:['’]s?)?\b(?:\s+of)?(?:\s+(?:progressive|relevant|professional|proven|related|hands-on|combined|total|overall|increasing(?:ly)?|responsible))*\s*(?:\w+\s+){0,4}?(?:experience|in\b|leading|managing|of\b|as\b|working)/i;

const YEAR_WORD = /year/i;

/** Years of experience the posting asks for, from the first statement of them. */
export function statedYears(blocks: readonly Block[]): { min: number | null; max: number | null } | null {
  for (const b of blocks) {
    if (!YEAR_WORD.test(b.text)) continue;
    const m = YEARS.exec(b.text);
    if (!m) continue;
    const min = Number(m[1]);
    const max = m[2] ? Number(m[2]) : null;
    if (min > 50 || (max !== null && (max > 50 || max < min))) continue;
    return { min, max };
  }
  return null;
}
