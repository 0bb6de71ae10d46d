/**
 * The HTTP API of docs/contract.md as one Hono app: the same routes serve API Gateway (split in
 * two functions there: query-app.ts and document-app.ts, see lib/query-api.ts), `npm start`
 * (@hono/node-server) and the tests (`app.request()`), which mount both halves in one app.
 * Everything it touches comes in through `deps`.
 */
import type { Hono } from 'hono';
import { type AppEnv, addMethodNotAllowed, createShell } from './app-shell.ts';
import { addDocumentRoutes, type DocumentDeps } from './document-app.ts';
import { addQueryRoutes, type QueryDeps } from './query-app.ts';
import { buildRequestSchemas } from './request-schemas.ts';

export type { AppEnv } from './app-shell.ts';
export { DEFAULT_MAX_BODY_BYTES } from './app-shell.ts';
export type { ApiLogger } from './error-handler.ts';

export interface AppLimits {
  /** Largest request body. @default DEFAULT_MAX_BODY_BYTES */
  readonly maxBodyBytes?: number;
  /** How long a cursor stays valid. @default 86 400 */
  readonly cursorTtlSeconds?: number;
  /** Page size when `limit` is absent. @default 20 */
  readonly defaultPageSize?: number;
}

export interface AppDeps extends Omit<QueryDeps, 'limits'>, Omit<DocumentDeps, 'store' | 'limits'> {
  readonly limits?: AppLimits;
}

/** Builds the whole API: both halves in one app. */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const app = createShell(deps);
  const schemas = buildRequestSchemas(deps.taxonomy);
  addDocumentRoutes(app, deps, schemas);
  addQueryRoutes(app, deps, schemas);
  return addMethodNotAllowed(app);
}
