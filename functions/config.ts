/**
 * The only reader of process.env. Each entry point asks for the settings it needs through a
 * typed getter, validated with zod at cold start: a missing or malformed variable fails the
 * function before it takes traffic, with every problem named in one message.
 */
import * as z from 'zod/mini';

export const LOG_LEVELS = ['DEBUG', 'INFO', 'WARN', 'ERROR', 'SILENT'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** A configuration variable is missing or malformed; the message names each one. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

type Env = Readonly<Record<string, string | undefined>>;

/** Builds a schema on first use, then returns the same one. */
function once<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => {
    built ??= build();
    return built;
  };
}

/** An empty variable counts as unset (`FOO= npm start`). */
const unsetIfEmpty = once(() => z.transform((v: unknown) => (v === '' ? undefined : v)));
const nonEmpty = once(() => z.string().check(z.trim(), z.minLength(1, 'must not be empty')));
const url = once(() => z.url({ error: 'must be an absolute URL' }));
const port = (fallback: number, min: number) =>
  z.pipe(
    unsetIfEmpty(),
    z._default(z.coerce.number().check(z.int('must be a port number'), z.gte(min), z.lte(65_535)), fallback),
  );

/**
 * Each variable's schema, built when an entry point first asks for that variable: a function
 * reads a handful of these at cold start, and building all of them at import (with the object
 * schema `load` used to compile) cost each function's cold start ~3 ms.
 */
const Fields = {
  AWS_REGION: nonEmpty,
  TABLE_NAME: nonEmpty,
  QUEUE_URL: url,
  DLQ_URL: () => z.pipe(unsetIfEmpty(), z.optional(url())),
  DYNAMODB_ENDPOINT: () => z.pipe(unsetIfEmpty(), z.optional(url())),
  SQS_ENDPOINT: () => z.pipe(unsetIfEmpty(), z.optional(url())),
  DATA_DIR: () => z.pipe(unsetIfEmpty(), z._default(z.string(), '.data/')),
  PORT: () => port(3000, 0),
  /** Postings the local queue of `npm start` holds before POST /ingest answers 503. */
  LOCAL_QUEUE_MAX_BACKLOG: () =>
    z.pipe(
      unsetIfEmpty(),
      z._default(
        z.coerce.number().check(z.int('must be a whole number'), z.gte(1), z.lte(10_000_000)),
        20_000,
      ),
    ),
  /** Batches the local consumer handles at once (the event source's maxConcurrency on AWS). */
  LOCAL_CONSUMER_CONCURRENCY: () =>
    z.pipe(
      unsetIfEmpty(),
      z._default(z.coerce.number().check(z.int('must be a whole number'), z.gte(1), z.lte(64)), 8),
    ),
  /** An HMAC key: at least 32 characters, so it carries enough entropy. */
  CURSOR_SECRET: () => z.string().check(z.minLength(32, 'must be at least 32 characters')),
  /** In AWS: the Secrets Manager secret holding the cursor key, read through the Lambda extension. */
  CURSOR_SECRET_ARN: () =>
    z.pipe(
      unsetIfEmpty(),
      z.optional(
        z.string().check(z.regex(/^arn:aws[\w-]*:secretsmanager:/, 'must be a Secrets Manager ARN')),
      ),
    ),
  /** The recruiters' sign-in on AWS (lib/recruiter-sign-in.ts): the hosted UI's base URL. */
  SIGN_IN_HOSTED_UI_URL: url,
  /** The page's Cognito app client id. */
  SIGN_IN_CLIENT_ID: nonEmpty,
  /** The Cognito user pool id (the session authorizer checks tokens against its keys). */
  SIGN_IN_USER_POOL_ID: () => z.string().check(z.regex(/^[\w-]+_[0-9A-Za-z]+$/, 'must be a user pool id')),
  /** The API's own base URL: the callback and sign-out URLs are under it. */
  API_URL: url,
  /** The Parameters and Secrets extension's port, when not its default 2773. */
  PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: () => port(2773, 1),
  /** Set by Lambda; the Parameters and Secrets extension wants it as its auth token. */
  AWS_SESSION_TOKEN: () => z.pipe(unsetIfEmpty(), z.optional(z.string())),
  LOG_LEVEL: () =>
    z.pipe(
      z.transform((v: unknown) => (typeof v === 'string' && v !== '' ? v.toUpperCase() : undefined)),
      z._default(z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }), 'INFO'),
    ),
  /**
   * An operator's own taxonomy file (the shape of taxonomy/it-management.json), in place of the
   * shipped one: for npm start, the CLI and (set by the stack to the file it bundled) the Lambdas.
   */
  JOB_ENRICH_TAXONOMY: () => z.pipe(unsetIfEmpty(), z.optional(nonEmpty())),
  POWERTOOLS_SERVICE_NAME: () => z.pipe(unsetIfEmpty(), z._default(z.string(), 'job-enrich')),
  POWERTOOLS_METRICS_NAMESPACE: () => z.pipe(unsetIfEmpty(), z._default(z.string(), 'JobEnrich')),
} as const;

type FieldName = keyof typeof Fields;
type FieldValue<K extends FieldName> = z.output<ReturnType<(typeof Fields)[K]>>;

const schemas = new Map<FieldName, z.ZodMiniType>();
function schemaOf(name: FieldName): z.ZodMiniType {
  let schema = schemas.get(name);
  if (!schema) {
    schema = Fields[name]() as z.ZodMiniType;
    schemas.set(name, schema);
  }
  return schema;
}

/**
 * Validates each variable on its own (no object schema to build and compile at cold start) and
 * names every problem in one message.
 */
function load<K extends FieldName>(
  env: Env,
  keys: readonly K[],
  optional: readonly K[] = [],
): { [P in K]: FieldValue<P> } {
  const values: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const key of keys) {
    const raw = env[key];
    if (raw === undefined && optional.includes(key)) continue;
    const result = schemaOf(key).safeParse(raw);
    if (result.success) {
      values[key] = result.data;
      continue;
    }
    for (const issue of result.error.issues)
      problems.push(raw === undefined ? `${key} is required` : `${key} ${issue.message}`);
  }
  if (problems.length > 0) throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  return values as { [P in K]: FieldValue<P> };
}

/** Endpoints of local emulators; absent in AWS, where the SDK finds the real ones. */
export interface Endpoints {
  readonly dynamodb?: string;
  readonly sqs?: string;
}

export interface ObservabilityConfig {
  readonly logLevel: LogLevel;
  readonly serviceName: string;
  readonly metricsNamespace: string;
}

export interface ConsumerConfig extends ObservabilityConfig {
  readonly region: string;
  readonly tableName: string;
  readonly endpoints: Endpoints;
}

export interface IngestConfig extends ObservabilityConfig {
  readonly region: string;
  readonly queueUrl: string;
  readonly endpoints: Endpoints;
}

export interface FeedPullConfig extends ConsumerConfig {
  readonly queueUrl: string;
}

export interface ApiConfig extends ConsumerConfig {
  /** HMAC key of the listing cursors, when given directly (CURSOR_SECRET). */
  readonly cursorSecret: string | null;
  /** Otherwise the secret that holds it (CURSOR_SECRET_ARN), read at cold start. */
  readonly cursorSecretArn: string | null;
  /** Lambda's session token, the Parameters and Secrets extension's auth header. */
  readonly sessionToken: string | null;
  /** Where the Parameters and Secrets extension listens (localhost). */
  readonly secretsExtensionPort: number;
}

export interface LocalConfig {
  readonly dataDir: string;
  readonly port: number;
  readonly logLevel: LogLevel;
  /** Null: the local runtime keeps a generated secret under DATA_DIR. */
  readonly cursorSecret: string | null;
  /** Postings the local queue holds before POST /ingest answers 503 with Retry-After. */
  readonly maxBacklog: number;
  /** Batches of ten the local consumer handles at once. */
  readonly consumerConcurrency: number;
}

const endpointsOf = (c: { DYNAMODB_ENDPOINT?: string | undefined; SQS_ENDPOINT?: string | undefined }) => ({
  ...(c.DYNAMODB_ENDPOINT ? { dynamodb: c.DYNAMODB_ENDPOINT } : {}),
  ...(c.SQS_ENDPOINT ? { sqs: c.SQS_ENDPOINT } : {}),
});

const observabilityOf = (c: {
  LOG_LEVEL: LogLevel;
  POWERTOOLS_SERVICE_NAME: string;
  POWERTOOLS_METRICS_NAMESPACE: string;
}) => ({
  logLevel: c.LOG_LEVEL,
  serviceName: c.POWERTOOLS_SERVICE_NAME,
  metricsNamespace: c.POWERTOOLS_METRICS_NAMESPACE,
});

const OBSERVABILITY = ['LOG_LEVEL', 'POWERTOOLS_SERVICE_NAME', 'POWERTOOLS_METRICS_NAMESPACE'] as const;

/**
 * The operator's taxonomy file (`JOB_ENRICH_TAXONOMY`), or null for the shipped taxonomy.
 * Whoever classifies asks: npm start, the CLI, the consumer and API handlers.
 * @throws ConfigError when the variable is set but blank.
 */
export function loadTaxonomyFileSetting(env: Env = process.env): string | null {
  return load(env, ['JOB_ENRICH_TAXONOMY']).JOB_ENRICH_TAXONOMY ?? null;
}

/**
 * Settings of the enrich consumer (SQS → DynamoDB).
 * @throws ConfigError naming every missing or malformed variable.
 */
export function loadConsumerConfig(env: Env = process.env): ConsumerConfig {
  const c = load(env, ['AWS_REGION', 'TABLE_NAME', 'DYNAMODB_ENDPOINT', ...OBSERVABILITY]);
  return { region: c.AWS_REGION, tableName: c.TABLE_NAME, endpoints: endpointsOf(c), ...observabilityOf(c) };
}

/**
 * Settings of the ingest function (document → SQS).
 * @throws ConfigError naming every missing or malformed variable.
 */
export function loadIngestConfig(env: Env = process.env): IngestConfig {
  const c = load(env, ['AWS_REGION', 'QUEUE_URL', 'SQS_ENDPOINT', ...OBSERVABILITY]);
  return { region: c.AWS_REGION, queueUrl: c.QUEUE_URL, endpoints: endpointsOf(c), ...observabilityOf(c) };
}

/**
 * Settings of the scheduled feed pull (table → fetch → SQS).
 * @throws ConfigError naming every missing or malformed variable.
 */
export function loadFeedPullConfig(env: Env = process.env): FeedPullConfig {
  const c = load(env, [
    'AWS_REGION',
    'TABLE_NAME',
    'QUEUE_URL',
    'DYNAMODB_ENDPOINT',
    'SQS_ENDPOINT',
    ...OBSERVABILITY,
  ]);
  return {
    region: c.AWS_REGION,
    tableName: c.TABLE_NAME,
    queueUrl: c.QUEUE_URL,
    endpoints: endpointsOf(c),
    ...observabilityOf(c),
  };
}

/**
 * Settings of the API's document function (`POST /ingest`, `/classify`, the paste form: reads
 * the table for benchmarks, sends to the queue). The same variables as the feed pull.
 * @throws ConfigError naming every missing or malformed variable.
 */
export const loadDocumentApiConfig: (env?: Env) => FeedPullConfig = loadFeedPullConfig;

/**
 * Settings of the HTTP API's query function (reads the table, signs cursors). The cursor key
 * comes as CURSOR_SECRET, or in AWS as CURSOR_SECRET_ARN (lib/query-api.ts sets the ARN, never
 * the key).
 * @throws ConfigError naming every missing or malformed variable; one of the two is required.
 */
export function loadApiConfig(env: Env = process.env): ApiConfig {
  const c = load(
    env,
    [
      'AWS_REGION',
      'TABLE_NAME',
      'CURSOR_SECRET',
      'CURSOR_SECRET_ARN',
      'AWS_SESSION_TOKEN',
      'PARAMETERS_SECRETS_EXTENSION_HTTP_PORT',
      'DYNAMODB_ENDPOINT',
      ...OBSERVABILITY,
    ],
    ['CURSOR_SECRET'],
  );
  if (c.CURSOR_SECRET === undefined && c.CURSOR_SECRET_ARN === undefined) {
    throw new ConfigError(
      'Invalid configuration: CURSOR_SECRET is required (or CURSOR_SECRET_ARN, the secret that holds it)',
    );
  }
  return {
    region: c.AWS_REGION,
    tableName: c.TABLE_NAME,
    cursorSecret: c.CURSOR_SECRET ?? null,
    cursorSecretArn: c.CURSOR_SECRET_ARN ?? null,
    sessionToken: c.AWS_SESSION_TOKEN ?? null,
    secretsExtensionPort: c.PARAMETERS_SECRETS_EXTENSION_HTTP_PORT,
    endpoints: endpointsOf(c),
    ...observabilityOf(c),
  };
}

/**
 * Settings of `npm start`: where data lives and which port serves. The emulators' endpoints,
 * table and queues are the local runtime's own, so they are not read from the environment.
 * @throws ConfigError naming every malformed variable.
 */
export function loadLocalConfig(env: Env = process.env): LocalConfig {
  const c = load(
    env,
    [
      'DATA_DIR',
      'PORT',
      'LOG_LEVEL',
      'CURSOR_SECRET',
      'LOCAL_QUEUE_MAX_BACKLOG',
      'LOCAL_CONSUMER_CONCURRENCY',
    ],
    ['CURSOR_SECRET'],
  );
  // Locally the consumer's per-record INFO lines would drown the terminal: warnings unless asked.
  const logLevel = env.LOG_LEVEL ? c.LOG_LEVEL : 'WARN';
  return {
    dataDir: c.DATA_DIR,
    port: c.PORT,
    logLevel,
    cursorSecret: c.CURSOR_SECRET ?? null,
    maxBacklog: c.LOCAL_QUEUE_MAX_BACKLOG,
    consumerConcurrency: c.LOCAL_CONSUMER_CONCURRENCY,
  };
}

export interface SignInConfig extends ObservabilityConfig {
  readonly hostedUiUrl: string;
  readonly clientId: string;
  readonly apiUrl: string;
}

/**
 * Settings of the recruiters' sign-in routes on AWS (`/auth/*`).
 * @throws ConfigError naming every missing or malformed variable.
 */
export function loadSignInConfig(env: Env = process.env): SignInConfig {
  const c = load(env, ['SIGN_IN_HOSTED_UI_URL', 'SIGN_IN_CLIENT_ID', 'API_URL', ...OBSERVABILITY]);
  return {
    hostedUiUrl: c.SIGN_IN_HOSTED_UI_URL,
    clientId: c.SIGN_IN_CLIENT_ID,
    apiUrl: c.API_URL,
    ...observabilityOf(c),
  };
}

export interface PageAuthorizerConfig extends ObservabilityConfig {
  readonly userPoolId: string;
  readonly clientId: string;
}

/**
 * Settings of the page's session authorizer on AWS.
 * @throws ConfigError naming every missing or malformed variable.
 */
export function loadPageAuthorizerConfig(env: Env = process.env): PageAuthorizerConfig {
  const c = load(env, ['SIGN_IN_USER_POOL_ID', 'SIGN_IN_CLIENT_ID', ...OBSERVABILITY]);
  return { userPoolId: c.SIGN_IN_USER_POOL_ID, clientId: c.SIGN_IN_CLIENT_ID, ...observabilityOf(c) };
}
