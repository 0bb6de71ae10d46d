/**
 * The app's one error handler: domain errors become client problems (their messages are written
 * to be shown), anything else is a fault of ours: logged in full with the request id, answered
 * with a 500 that names nothing internal (middy's http-error-handler does the same: expose
 * client errors only).
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { DocumentError, NotAPostingError } from '../enrichment/index.ts';
import { FetchError } from '../ingest/fetch-error.ts';
import { IngestError } from '../ingest/ingest-document.ts';
import { InvalidCursorError } from '../store/store-error.ts';
import { HttpProblem, instanceOf, problemOf, problemResponse } from './problem.ts';

/** What the API logs through; Powertools' Logger fits it. */
export interface ApiLogger {
  error(message: string, attributes: Record<string, unknown>): void;
  warn(message: string, attributes: Record<string, unknown>): void;
}

/** The problem a DocumentError is: its message says which limit or rule the document broke. */
function documentProblem(error: DocumentError): HttpProblem {
  const m = error.message;
  const cause = { cause: error };
  // Readable, but not a job offer (an "About us" page, a blog post): refused, nothing queued.
  if (error instanceof NotAPostingError) return new HttpProblem(422, 'not-a-posting', m, cause);
  if (/^binary content|must be text or bytes/.test(m))
    return new HttpProblem(415, 'unsupported-document', `${m}: send HTML, plain text, XML or JSON`, cause);
  if (/^unknown (JSON|XML) format/.test(m)) return new HttpProblem(415, 'unsupported-document', m, cause);
  if (/over the .* limit/.test(m) && /^document is/.test(m)) return new HttpProblem(413, null, m, cause);
  if (/^invalid JSON/.test(m)) return new HttpProblem(400, 'invalid-json', m, cause);
  if (/^empty document/.test(m)) return new HttpProblem(400, 'invalid-document', m, cause);
  // Well-formed but over a parsing bound (postings, depth, elements) or hostile (XML entities).
  return new HttpProblem(422, 'unprocessable-document', m, cause);
}

function fetchProblem(error: FetchError): HttpProblem {
  const cause = { cause: error };
  switch (error.code) {
    case 'bad-url':
    case 'blocked-address':
      return new HttpProblem(400, 'fetch-refused', error.message, cause);
    case 'too-large':
      return new HttpProblem(422, 'unprocessable-document', error.message, cause);
    case 'timeout':
      return new HttpProblem(504, 'fetch-failed', error.message, cause);
    default:
      return new HttpProblem(502, 'fetch-failed', error.message, cause);
  }
}

/** The client-facing problem an error is, or null when it is a fault of ours. */
export function toHttpProblem(error: unknown): HttpProblem | null {
  if (error instanceof HttpProblem) return error;
  if (error instanceof InvalidCursorError)
    return new HttpProblem(
      400,
      'invalid-cursor',
      `${error.message}; drop the cursor to start again from the first page`,
      { cause: error },
    );
  if (error instanceof DocumentError) return documentProblem(error);
  if (error instanceof FetchError) return fetchProblem(error);
  if (error instanceof IngestError)
    return new HttpProblem(502, 'fetch-failed', error.message, { cause: error });
  if (error instanceof HTTPException && error.status < 500)
    return new HttpProblem(error.status, null, error.message || 'the request was refused', { cause: error });
  return null;
}

/** An error as plain attributes for the log: name, message, stack, and its causes. */
export function describeError(error: unknown, depth = 0): Record<string, unknown> {
  if (!(error instanceof Error)) return { value: String(error) };
  return {
    name: error.name,
    message: error.message,
    stack: error.stack,
    ...(error.cause !== undefined && depth < 3 ? { cause: describeError(error.cause, depth + 1) } : {}),
  };
}

/** Builds the handler given to `app.onError`. */
export function createErrorHandler(logger: ApiLogger, fallbackId: () => string) {
  return (error: Error, c: Context): Response => {
    const requestId: string = c.get('requestId') ?? fallbackId();
    const problem = toHttpProblem(error);
    if (problem) {
      if (problem.status >= 500)
        logger.warn('upstream failure', { requestId, status: problem.status, error: describeError(error) });
      return problemResponse(problemOf(problem, requestId), problem.headers);
    }
    logger.error('request failed', {
      requestId,
      method: c.req.method,
      path: c.req.path,
      error: describeError(error),
    });
    return problemResponse({
      type: 'about:blank',
      title: 'Internal Server Error',
      status: 500,
      detail: `The server could not answer this request. Quote request id ${requestId} when reporting it.`,
      instance: instanceOf(requestId),
      requestId,
    });
  };
}
