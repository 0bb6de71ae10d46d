import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  HttpApi,
  HttpMethod,
  HttpNoneAuthorizer,
  type HttpRoute,
  HttpStage,
  type IHttpRouteAuthorizer,
  LogGroupLogDestination,
  type ThrottleSettings,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpIamAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import {
  type Code,
  ParamsAndSecretsLayerVersion,
  ParamsAndSecretsLogLevel,
  ParamsAndSecretsVersions,
} from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { DOCS_ASSET_FILES } from '../functions/http/docs-assets.ts';
import { JobEnrichFunction, SHIPPED_TAXONOMY_FILE } from './function-defaults.ts';
import type { ListingsTable } from './listings-table.ts';
import type { PostingsQueue } from './postings-queue.ts';
import { RecruiterSignIn, type RecruiterSignInProps } from './recruiter-sign-in.ts';
import { grantTableAccess, TABLE_READ_ACTIONS } from './table-access.ts';

/** One JSON object per request, so Logs Insights can filter on any field. */
const ACCESS_LOG_FORMAT = AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    requestTime: '$context.requestTime',
    sourceIp: '$context.identity.sourceIp',
    caller: '$context.identity.userArn',
    method: '$context.httpMethod',
    path: '$context.path',
    routeKey: '$context.routeKey',
    protocol: '$context.protocol',
    status: '$context.status',
    responseLength: '$context.responseLength',
    responseLatency: '$context.responseLatency',
    integrationLatency: '$context.integrationLatency',
    integrationError: '$context.integrationErrorMessage',
    authorizerError: '$context.authorizer.error',
  }),
);

export interface QueryApiProps {
  readonly postings: PostingsQueue;
  readonly listings: ListingsTable;
  /**
   * Authorizer of the machine routes (every JSON and CSV route, `POST /ingest`, `/classify`,
   * `/feeds`). IAM (SigV4-signed requests) suits the callers these have: recruiters' tools and job
   * boards with AWS credentials. There is no way to leave one of these routes open.
   * @default new HttpIamAuthorizer()
   */
  readonly authorizer?: IHttpRouteAuthorizer;
  /**
   * Sign-in for the recruiters' page (`/`, `/page/*`, `/docs`): a Cognito user pool and a session
   * authorizer on those routes (recruiter-sign-in.ts). `false`: no user pool, and the page's
   * routes keep the machine authorizer like every other route.
   * @default - sign-in with the construct's defaults
   */
  readonly signIn?: Omit<RecruiterSignInProps, 'apiUrl' | 'code' | 'logRetention'> | false;
  /**
   * Stage-wide throttle. The account-wide limit (10,000 rps) is shared with every other API.
   * @default { rateLimit: 50, burstLimit: 100 }
   */
  readonly throttle?: ThrottleSettings;
  /** @default RetentionDays.ONE_MONTH */
  readonly accessLogRetention?: RetentionDays;
  /**
   * `POST /classify` and `POST /ingest` parse whole documents synchronously; API Gateway cuts
   * the integration at 30 s anyway.
   * @default Duration.seconds(20)
   */
  readonly timeout?: Duration;
  /** @default 1024 */
  readonly memorySize?: number;
  /** @default - the function defaults' retention */
  readonly logRetention?: RetentionDays;
  /** @default - `functions/handlers/api.ts` bundled by esbuild */
  readonly code?: Code;
  /**
   * An operator's taxonomy file (absolute path, validated by the stack): POST /classify,
   * GET /taxonomy and GET /benchmarks use it.
   * @default - the shipped taxonomy
   */
  readonly taxonomyFile?: string;
}

/**
 * The query API: an API Gateway HTTP API whose single `$default` route hands every request to one
 * Lambda function running the Hono app (routing happens in the app, as it does locally).
 *
 * Why an HTTP API rather than a REST API: none of the REST-only features is needed (usage plans
 * and API keys, request validation at the gateway, response caching, WAF, private endpoints);
 * validation lives in the app's zod schemas so it behaves the same under `npm start`. The HTTP API
 * costs $1.00 instead of $3.50 per million requests and adds less latency.
 *
 * The function can read listing items and send postings to the queue (`POST /ingest`); it cannot
 * write the table, except the feed-source items (`/feeds`). It reads one secret, the cursor HMAC key, once per cold start.
 */
export class QueryApi extends Construct {
  /** The query function: every route but the document routes (`functions/handlers/api.ts`). */
  public readonly handler: JobEnrichFunction;
  /** `POST /ingest`, `POST /classify` and the paste form (`functions/handlers/document-api.ts`). */
  public readonly documentHandler: JobEnrichFunction;
  /** The recruiters' sign-in, unless turned off. */
  public readonly signIn: RecruiterSignIn | null;
  /** Each explicit route (the `$default` route aside) by its route key, e.g. `GET /page/{proxy+}`. */
  public readonly routes: ReadonlyMap<string, HttpRoute>;
  public readonly httpApi: HttpApi;
  public readonly stage: HttpStage;
  public readonly accessLogs: LogGroup;
  public readonly cursorSecret: Secret;

  public constructor(scope: Construct, id: string, props: QueryApiProps) {
    super(scope, id);

    // Stateful in effect: a new secret invalidates every cursor handed out. Keep the id.
    this.cursorSecret = new Secret(this, 'CursorSecret', {
      description: 'HMAC key that signs the pagination cursors of the job-enrich API',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
    });
    Validations.of(this.cursorSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'The cursor HMAC key protects only pagination cursors (no data, no access). Rotating it ' +
        'invalidates every cursor in flight (clients get a 400 and restart from page one) and would ' +
        'need a custom rotation function; rotate by hand with `aws secretsmanager put-secret-value` ' +
        'if the key leaks (docs/aws.md).',
    });

    this.handler = new JobEnrichFunction(this, 'Handler', {
      entry: 'functions/handlers/api.ts',
      description: 'Serves the job-enrich HTTP API (Hono app) but the routes that read documents',
      serviceName: 'api',
      memorySize: props.memorySize ?? 1024,
      timeout: props.timeout ?? Duration.seconds(20),
      logRetention: props.logRetention,
      code: props.code,
      taxonomyFile: props.taxonomyFile ?? SHIPPED_TAXONOMY_FILE,
      // GET /docs reads Swagger UI's files at run time: ~1.6 MB that must not enter the bundle.
      assets: {
        dir: 'swagger-ui',
        files: DOCS_ASSET_FILES.map((name) => `node_modules/swagger-ui-dist/${name}`),
      },
      environment: {
        // The ARN, never the key: the handler fetches the value at cold start.
        CURSOR_SECRET_ARN: this.cursorSecret.secretArn,
      },
      paramsAndSecrets: ParamsAndSecretsLayerVersion.fromVersion(ParamsAndSecretsVersions.V1_0_103, {
        secretsManagerTtl: Duration.minutes(5),
        logLevel: ParamsAndSecretsLogLevel.WARN,
      }),
    });
    grantTableAccess(this.handler, props.listings, TABLE_READ_ACTIONS);
    // POST /feeds and DELETE /feeds/{id}: writes to the feed-source items alone (partition key
    // `FEED`, functions/store/table-definition.ts), never to listings. Like every route, they sit
    // behind the IAM authorizer of the $default route below.
    this.handler.role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['dynamodb:BatchWriteItem', 'dynamodb:DeleteItem'],
        resources: [props.listings.table.tableArn],
        conditions: { 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': ['FEED'] } },
      }),
    );
    this.cursorSecret.grantRead(this.handler);

    // The routes that read documents carry the document reader (~200 KB of bundle); in their own
    // function they leave the query function at half its size (test/infra/bundles.test.ts).
    this.documentHandler = new JobEnrichFunction(this, 'DocumentHandler', {
      entry: 'functions/handlers/document-api.ts',
      description: "Serves POST /ingest, POST /classify and the recruiters' paste form (documents read)",
      serviceName: 'api-documents',
      memorySize: props.memorySize ?? 1024,
      timeout: props.timeout ?? Duration.seconds(20),
      logRetention: props.logRetention,
      code: props.code,
      taxonomyFile: props.taxonomyFile ?? SHIPPED_TAXONOMY_FILE,
      environment: { QUEUE_URL: props.postings.queue.queueUrl },
    });
    // The paste form sets a posting against its tier's benchmark (reads); /ingest queues postings.
    grantTableAccess(this.documentHandler, props.listings, TABLE_READ_ACTIONS);
    props.postings.grantSendPostings(this.documentHandler);

    const machine = props.authorizer ?? new HttpIamAuthorizer();
    const query = new HttpLambdaIntegration('Integration', this.handler.function);
    const documents = new HttpLambdaIntegration('DocumentIntegration', this.documentHandler.function);
    this.httpApi = new HttpApi(this, 'HttpApi', {
      description: 'job-enrich: listings, benchmarks, classify and ingest',
      defaultIntegration: query,
      defaultAuthorizer: machine,
      // Our own stage below, to give it throttling and access logs.
      createDefaultStage: false,
    });

    this.signIn =
      props.signIn === false
        ? null
        : new RecruiterSignIn(this, 'SignIn', {
            ...props.signIn,
            apiUrl: this.httpApi.apiEndpoint,
            code: props.code,
            logRetention: props.logRetention,
          });
    const page = this.signIn?.authorizer ?? machine;

    const routes = new Map<string, HttpRoute>();
    const route = (
      method: HttpMethod,
      path: string,
      integration: HttpLambdaIntegration,
      authorizer: IHttpRouteAuthorizer,
    ) => {
      for (const r of this.httpApi.addRoutes({ path, methods: [method], integration, authorizer }))
        routes.set(`${method} ${path}`, r);
    };
    // Machine clients: the two document routes go to the document function; everything else
    // reaches the query function through $default. All of them keep the machine authorizer.
    route(HttpMethod.POST, '/ingest', documents, machine);
    route(HttpMethod.POST, '/classify', documents, machine);
    // The recruiters' page and the API reference, for people: the session cookie.
    route(HttpMethod.GET, '/', query, page);
    route(HttpMethod.POST, '/', documents, page);
    route(HttpMethod.GET, '/page/{proxy+}', query, page);
    route(HttpMethod.GET, '/docs', query, page);
    route(HttpMethod.GET, '/docs/{proxy+}', query, page);
    if (this.signIn) {
      // The sign-in flow itself cannot ask for a session: it is how one is made. GET only; it
      // reads no data and writes nothing but the browser's own cookies.
      const open = new HttpNoneAuthorizer();
      for (const path of ['/auth/login', '/auth/callback', '/auth/logout', '/auth/signed-out'])
        route(HttpMethod.GET, path, this.signIn.signInIntegration, open);
      for (const path of ['/auth/login', '/auth/callback', '/auth/logout', '/auth/signed-out']) {
        const r = routes.get(`GET ${path}`);
        if (r)
          Validations.of(r).acknowledge({
            id: 'AwsSolutions-APIG4',
            reason:
              'The sign-in flow (authorization code with PKCE against the Cognito hosted UI) must be ' +
              'reachable before a session exists. GET only; it serves no data and writes nothing but ' +
              "the caller's own cookies; every other route has an authorizer.",
          });
      }
    }
    this.routes = routes;

    this.accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: props.accessLogRetention ?? RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.httpApi,
      autoDeploy: true,
      throttle: props.throttle ?? { rateLimit: 50, burstLimit: 100 },
      accessLogSettings: {
        destination: new LogGroupLogDestination(this.accessLogs),
        format: ACCESS_LOG_FORMAT,
      },
    });
  }

  /** The API's base URL (the `$default` stage has no path prefix). */
  public get url(): string {
    return this.httpApi.apiEndpoint;
  }
}
