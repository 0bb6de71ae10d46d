/**
 * classify/: what a posting is. Scope and tier (classify-role.ts, the order of the decision; the
 * title model of title-model.ts and role-model.ts; the body's duties in body-duties.ts and
 * body-leads.ts; the span ladder in span-ladder.ts; the organisation's scale in org-scale.ts; the
 * years asked in stated-years.ts; the body's role signals), skills and certifications
 * (extract-qualifications.ts), all matched by the lexicon matcher (lexicon-matcher.ts).
 *
 * May import: pay/ (through pay/index.ts), taxonomy/, ../types.ts. Never parse/.
 */
export { classifyRole } from './classify-role.ts';
export { extractQualifications, type Qualifications } from './extract-qualifications.ts';
export { payCountryFromSignals, type RoleSignal } from './role-signals.ts';
