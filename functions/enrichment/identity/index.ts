/**
 * Job identity (issue 18): whether postings from different sources are one job. Imports only
 * `fields.ts` of the core; pure like the rest of it.
 */
export { bodySignature, foldText, signatureSimilarity } from './body-signature.ts';
export { atsKeyOfUrl, canonicalUrl, normalizeRequisition } from './canonical-url.ts';
export {
  compareJobs,
  type JobComparison,
  PAY_TOLERANCE,
  SAME_JOB_MIN_BODY_SIMILARITY,
  SAME_JOB_MIN_BODY_SIMILARITY_NO_EMPLOYER,
  SAME_JOB_MIN_BODY_SIMILARITY_SHARED_ID,
  SAME_JOB_MIN_BODY_SIMILARITY_UNKNOWN_LOCATION,
  SAME_JOB_MIN_SKILL_OVERLAP,
  SAME_JOB_THRESHOLDS,
  type SameJobThresholds,
  sameJob,
} from './compare-jobs.ts';
export { type IdentityRecord, type JobIdentity, jobIdentity, locationKey } from './job-identity.ts';
export { compatibleTitles, employerKey, normalizeTitle, titleReadings, titleWords } from './title-keys.ts';
