/**
 * RFC 9457 problem details: the one shape every error of the API takes
 * (https://www.rfc-editor.org/rfc/rfc9457). `type` is `about:blank` when the HTTP status says it
 * all, else a `urn:job-enrich:problem:<slug>` that docs/read-path.md lists.
 */
import * as z from 'zod/mini';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** One parameter or field that failed validation. */
export const InvalidParamSchema = z.object({
  name: z.string(),
  reason: z.string(),
});
export type InvalidParam = z.infer<typeof InvalidParamSchema>;

export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int().check(z.gte(400), z.lte(599)),
  detail: z.string(),
  /** `urn:uuid:<request id>` (or `urn:job-enrich:request:<id>` behind API Gateway): this occurrence. */
  instance: z.string(),
  /** The same id as the `x-request-id` header and the logs. */
  requestId: z.string(),
  invalidParams: z.optional(z.array(InvalidParamSchema)),
});
export type Problem = z.infer<typeof ProblemSchema>;

/** Problem types of this API (the slug of their `urn:job-enrich:problem:` type). */
export type ProblemKind =
  | 'invalid-request'
  | 'invalid-cursor'
  | 'invalid-json'
  | 'invalid-document'
  | 'unsupported-document'
  | 'unprocessable-document'
  | 'not-a-posting'
  | 'fetch-refused'
  | 'fetch-failed'
  | 'queue-unavailable';

const TITLES: Readonly<Record<ProblemKind, string>> = {
  'invalid-request': 'Invalid request',
  'invalid-cursor': 'Invalid cursor',
  'invalid-json': 'Malformed JSON body',
  'invalid-document': 'Invalid document',
  'unsupported-document': 'Unsupported document',
  'unprocessable-document': 'Document cannot be processed',
  'not-a-posting': 'Not a job posting',
  'fetch-refused': 'URL refused',
  'fetch-failed': 'Fetching the URL failed',
  'queue-unavailable': 'Queue unavailable',
};

/** Standard titles for problems typed `about:blank` (RFC 9457 §4.2.1: the title is the status phrase). */
const STATUS_TITLES: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/**
 * An error that is already a client-facing problem: its detail is safe to show. Thrown by the
 * routes and middleware, turned into a response by the app's one error handler.
 */
export class HttpProblem extends Error {
  override readonly name = 'HttpProblem';
  readonly status: number;
  readonly kind: ProblemKind | null;
  readonly invalidParams: readonly InvalidParam[] | undefined;
  /** Extra response headers (`Allow` on a 405). */
  readonly headers: Readonly<Record<string, string>>;

  constructor(
    status: number,
    kind: ProblemKind | null,
    detail: string,
    options: {
      cause?: unknown;
      invalidParams?: readonly InvalidParam[];
      headers?: Record<string, string>;
    } = {},
  ) {
    super(detail, options.cause === undefined ? undefined : { cause: options.cause });
    this.status = status;
    this.kind = kind;
    this.invalidParams = options.invalidParams;
    this.headers = options.headers ?? {};
  }
}

/** The `instance` of a request: a URN built from its id. */
export function instanceOf(requestId: string): string {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(requestId)
    ? `urn:uuid:${requestId}`
    : `urn:job-enrich:request:${requestId}`;
}

/** The problem body of an {@link HttpProblem} for one request. */
export function problemOf(error: HttpProblem, requestId: string): Problem {
  return {
    type: error.kind === null ? 'about:blank' : `urn:job-enrich:problem:${error.kind}`,
    title: error.kind === null ? (STATUS_TITLES[error.status] ?? 'Error') : TITLES[error.kind],
    status: error.status,
    detail: error.message,
    instance: instanceOf(requestId),
    requestId,
    ...(error.invalidParams ? { invalidParams: [...error.invalidParams] } : {}),
  };
}

/** A problem+json response. */
export function problemResponse(problem: Problem, headers: Readonly<Record<string, string>> = {}): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: {
      ...headers,
      'content-type': PROBLEM_CONTENT_TYPE,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'x-request-id': problem.requestId,
    },
  });
}
