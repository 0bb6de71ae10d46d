/**
 * pay/: everything about pay. Currency marks and amounts (money.ts, read-amounts.ts), the cue
 * words around them (pay-cues.ts), pay stated in text (scan-salary-text.ts), pay stated in
 * structured fields (posted-pay.ts), the annual salary in USD (extract-salary.ts) and its place
 * against a tier's band (compare-to-band.ts).
 *
 * parse/ and classify/ use pay through this file only. May import: ../types.ts, ../fields.ts and
 * the taxonomy's types (taxonomy/schema.ts). Never parse/ or classify/.
 */
export { compareToBand } from './compare-to-band.ts';
export { extractSalary, type SalaryInput } from './extract-salary.ts';
export { localCurrency } from './money.ts';
export { hanScriptCountry } from './pay-cues.ts';
export { PAY_RANGE_KEYS } from './pay-fields.ts';
export { payTransparencyFlags } from './pay-transparency.ts';
export {
  currencyCode,
  describePay,
  inferPeriod,
  makePay,
  type PayLabel,
  type PayParts,
  parsePayText,
  payFromMonetaryAmount,
  periodFromUnit,
  readPayLabel,
} from './posted-pay.ts';
export { firstCurrencyMark } from './read-amounts.ts';
export { holdsPay } from './scan-salary-text.ts';
