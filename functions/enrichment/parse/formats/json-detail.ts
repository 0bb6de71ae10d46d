/**
 * One job's detail answer, as any applicant-tracking system's API gives it for `/jobs/{id}`: an
 * object (not a list) that holds one job, either under a wrapper key of its own choosing
 * (`{jobPostingInfo: {…}, hiringOrganization: {name}, similarJobs: […]}`, `{result: {jobOpening:
 * {…}}}`, `{offer: {…}}`, `{data: {…}}`) or as the object itself with its text kept in nested
 * sections (`{name, jobAd: {sections: {jobDescription: {text}}}}`). Read by structure, not by
 * vendor: the one object a few keys down that is a job and carries a text; the employer the
 * wrappers around it name; lists beside it (similar jobs) are not the job.
 */
import { asRecord } from '../../fields.ts';
import { foldedKeys, JOB_FIELDS, pick } from './job-fields.ts';
import { namesRole } from './markdown-headings.ts';

type JsonRecord = Record<string, unknown>;

/** Levels of wrapper objects looked through (`result` → `jobOpening`). */
const MAX_DEPTH = 3;
/** Keys of an object looked at, at each level. */
const MAX_KEYS = 60;
/** A text this long is a job's own text (a description, a section), not a label or a code. */
const TEXT_CHARS = 40;
/** Text of a job's nested sections joined into its description, at most. */
const MAX_TEXT_CHARS = 100_000;

/** Strings of a value's subtree, in order, that are prose (long, with spaces, not a link). */
function texts(value: unknown, depth: number, out: string[], budget: { chars: number }): void {
  if (budget.chars <= 0 || depth > MAX_DEPTH + 1) return;
  if (typeof value === 'string') {
    const text = value.trim();
    if (text.length >= TEXT_CHARS && /\s/.test(text) && !/^https?:\/\/\S+$/.test(text)) {
      out.push(text);
      budget.chars -= text.length;
    }
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value.slice(0, MAX_KEYS)) texts(item, depth + 1, out, budget);
    return;
  }
  const record = asRecord(value);
  if (!record) return;
  for (const inner of Object.values(record).slice(0, MAX_KEYS)) texts(inner, depth + 1, out, budget);
}

/** Whether a record holds prose of its own (a description, a section's text), a few levels down. */
const hasText = (record: JsonRecord): boolean => {
  const out: string[] = [];
  texts(record, 0, out, { chars: 1 });
  return out.length > 0;
};

interface Found {
  readonly job: JsonRecord;
  /** The objects around the job, nearest first. */
  readonly wrappers: readonly JsonRecord[];
}

/** Objects under `record` (through object values, never lists) that are jobs with a text of their own. */
function jobsUnder(
  record: JsonRecord,
  isJob: (record: JsonRecord) => boolean,
  path: readonly JsonRecord[],
  out: Found[],
): void {
  if (path.length > MAX_DEPTH || out.length > 1) return;
  for (const value of Object.values(record).slice(0, MAX_KEYS)) {
    const inner = Array.isArray(value) ? null : asRecord(value);
    if (!inner) continue;
    if (isJob(inner) && hasText(inner)) out.push({ job: inner, wrappers: [record, ...path] });
    else jobsUnder(inner, isJob, [record, ...path], out);
  }
}

/** The object itself as one job: a title that names a role, and prose kept in its nested sections. */
function selfJob(record: JsonRecord): boolean {
  const title = pick(foldedKeys(record), JOB_FIELDS.title);
  return typeof title === 'string' && namesRole(title.trim()) && hasText(record);
}

/**
 * The one job a detail answer holds, as a record the list reader reads: the job object, with the
 * employer its wrappers name (`hiringOrganization`, `company`) when it names none, and, when its
 * text sits in nested sections the reader does not know, that text as its description. Null when
 * the object holds no job, or more than one (a group of jobs is a list, not a detail).
 */
export function jobDetail(record: JsonRecord, isJob: (record: JsonRecord) => boolean): JsonRecord | null {
  const found: Found[] = [];
  jobsUnder(record, isJob, [], found);
  if (found.length > 1) return null;
  const one = found[0] ?? (selfJob(record) ? { job: record, wrappers: [] } : null);
  if (!one) return null;
  const keys = foldedKeys(one.job);
  const merged: JsonRecord = { ...one.job };
  if (pick(keys, JOB_FIELDS.company) === undefined) {
    for (const wrapper of one.wrappers) {
      const company = pick(foldedKeys(wrapper), JOB_FIELDS.company);
      if (company === undefined) continue;
      merged.company = company;
      break;
    }
  }
  const description = pick(keys, JOB_FIELDS.description);
  if (typeof description !== 'string' && !Array.isArray(description)) {
    const parts: string[] = [];
    texts(one.job, 0, parts, { chars: MAX_TEXT_CHARS });
    if (parts.length > 0) merged.description = parts.join('\n\n');
  }
  return merged;
}
