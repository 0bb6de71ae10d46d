/**
 * Job identity (issue 18): whether postings from different sources are one job. Imports only
 * `fields.ts` of the core; pure like the rest of it.
 */
export { bodySignature, foldText, signatureSimilarity } from './body-signature.ts';
export { atsKeyOfUrl, canonicalUrl, normalizeRequisition } from './canonical-url.ts';
export {
  compareJobs,
  employerKey,
  type IdentityRecord,
  type JobComparison,
  type JobIdentity,
  jobIdentity,
  locationKey,
  normalizeTitle,
  PAY_TOLERANCE,
  SAME_JOB_MIN_BODY_SIMILARITY,
  SAME_JOB_MIN_BODY_SIMILARITY_UNKNOWN_LOCATION,
  sameJob,
  titleReadings,
} from './job-identity.ts';
