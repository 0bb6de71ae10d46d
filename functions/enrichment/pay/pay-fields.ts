/**
 * The names structured sources give pay kept as two fields, a range's two ends: one synonym table
 * for front matter and job records ("salary_min"/"salary_max", "minSalary"/"maxSalary",
 * "salary_from"/"salary_to", "salaryLow"/"salaryHigh", "pay_from"/"pay_to", "minimum_salary"...).
 * Keys are as front-matter.ts normalises them: lower case, `_`, spaces and camelCase humps as `-`.
 */

/** What the two fields are pay of; "salary" first, as it is the most common. */
const PAY_NOUNS = ['salary', 'pay', 'compensation', 'wage', 'remuneration', 'base-salary'] as const;
/** The words for a range's two ends, in the order sources most often use them. */
const BOUNDS = [
  ['min', 'max'],
  ['minimum', 'maximum'],
  ['from', 'to'],
  ['low', 'high'],
  ['lower', 'upper'],
  ['start', 'end'],
] as const;

/** Every (low key, high key) pair: the noun before the bound ("salary-min") and after it ("min-salary"). */
export const PAY_RANGE_KEYS: readonly (readonly [string, string])[] = PAY_NOUNS.flatMap((noun) =>
  BOUNDS.flatMap(([lo, hi]) => [
    [`${noun}-${lo}`, `${noun}-${hi}`] as const,
    [`${lo}-${noun}`, `${hi}-${noun}`] as const,
  ]),
);
