/**
 * What every build of the HTTP app shares, whichever routes it carries: the request id, the
 * problem+json error handler, the 404 and the 405 table. The whole app (create-app.ts: `npm start`,
 * tests) and the two Lambda functions' halves (query-app.ts, document-app.ts) are each a shell
 * with their routes mounted, so a route answers alike wherever it runs.
 */
import { randomUUID } from 'node:crypto';
import { bodyLimit } from 'hono/body-limit';
import { Hono } from 'hono/tiny';
import { type ApiLogger, createErrorHandler } from './error-handler.ts';
import { HttpProblem, problemOf, problemResponse } from './problem.ts';

export type AppEnv = { Variables: { requestId: string } };

/** 5 MiB: the core's document limit, and under Lambda's 6 MB synchronous payload (docs/aws.md). */
export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;

export interface ShellDeps {
  /** @default JSON lines on stderr */
  readonly logger?: ApiLogger;
  /** The request id of a request from its platform bindings (API Gateway's); a UUID otherwise. */
  readonly requestIdOf?: (env: unknown) => string | undefined;
}

const consoleLogger: ApiLogger = {
  error: (message, attributes) => console.error(JSON.stringify({ level: 'ERROR', message, ...attributes })),
  warn: (message, attributes) => console.error(JSON.stringify({ level: 'WARN', message, ...attributes })),
};

/** An app with the error handler, the 404 and the request-id middleware, and no route yet. */
export function createShell(deps: ShellDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.onError(createErrorHandler(deps.logger ?? consoleLogger, randomUUID));
  app.notFound((c) =>
    problemResponse(
      problemOf(
        new HttpProblem(
          404,
          null,
          `no route ${c.req.method} ${c.req.path}: GET /openapi.json lists the routes`,
        ),
        c.get('requestId') ?? randomUUID(),
      ),
    ),
  );
  app.use(async (c, next) => {
    const platformId = deps.requestIdOf?.(c.env);
    const id = platformId && /^[\w=-]{1,128}$/.test(platformId) ? platformId : randomUUID();
    c.set('requestId', id);
    c.header('x-request-id', id);
    c.header('x-content-type-options', 'nosniff');
    await next();
  });
  return app;
}

/** Caps a request body as it streams (so a body without Content-Length is capped too). */
export function limitBody(maxBodyBytes: number) {
  return bodyLimit({
    maxSize: maxBodyBytes,
    onError: () => {
      throw new HttpProblem(
        413,
        null,
        `the request body is over the ${(maxBodyBytes / (1024 * 1024)).toFixed(0)} MiB limit (${maxBodyBytes} bytes): split the document`,
      );
    },
  });
}

/** Every path of the API and the methods it takes (docs/contract.md). */
const METHODS: Readonly<Record<string, string>> = {
  '/health': 'GET',
  '/ingest': 'POST',
  '/classify': 'POST',
  '/': 'GET, POST',
  '/listings': 'GET',
  '/listings.csv': 'GET',
  '/listings/:id': 'GET',
  '/benchmarks': 'GET',
  '/benchmarks.csv': 'GET',
  '/docs': 'GET',
  '/taxonomy': 'GET',
  '/openapi.json': 'GET',
  '/feeds': 'GET, POST',
  '/feeds/:id': 'DELETE',
};

/**
 * A known path with another method is a 405 naming the methods it takes, not a 404. Added last,
 * after the routes. Each half of the app answers it for every path, so a method the gateway
 * routes to the other half's function still gets the same answer.
 */
export function addMethodNotAllowed(app: Hono<AppEnv>): Hono<AppEnv> {
  for (const [path, allow] of Object.entries(METHODS)) {
    app.all(path, (c) => {
      throw new HttpProblem(405, null, `${c.req.method} is not allowed on ${c.req.path}: use ${allow}`, {
        headers: { allow: allow.startsWith('GET') ? allow.replace('GET', 'GET, HEAD') : allow },
      });
    });
  }
  return app;
}
