import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  HttpApi,
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
import { JobEnrichFunction } from './function-defaults.ts';
import type { ListingsTable } from './listings-table.ts';
import type { PostingsQueue } from './postings-queue.ts';
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
   * Authorizer of every route. IAM (SigV4-signed requests) needs no user pool and suits the
   * callers this API has: recruiters' tools and job boards with AWS credentials. Swap in a JWT or
   * Lambda authorizer to serve browsers; there is no way to leave a route open.
   * @default new HttpIamAuthorizer()
   */
  readonly authorizer?: IHttpRouteAuthorizer;
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
  public readonly handler: JobEnrichFunction;
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
      description: 'Serves the job-enrich HTTP API (Hono app)',
      serviceName: 'api',
      memorySize: props.memorySize ?? 1024,
      timeout: props.timeout ?? Duration.seconds(20),
      logRetention: props.logRetention,
      code: props.code,
      taxonomyFile: props.taxonomyFile,
      // GET /docs reads Swagger UI's files at run time: ~1.6 MB that must not enter the bundle.
      assets: {
        dir: 'swagger-ui',
        files: DOCS_ASSET_FILES.map((name) => `node_modules/swagger-ui-dist/${name}`),
      },
      environment: {
        QUEUE_URL: props.postings.queue.queueUrl,
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
    props.postings.grantSendPostings(this.handler);
    this.cursorSecret.grantRead(this.handler);

    this.httpApi = new HttpApi(this, 'HttpApi', {
      description: 'job-enrich: listings, benchmarks, classify and ingest',
      defaultIntegration: new HttpLambdaIntegration('Integration', this.handler.function),
      defaultAuthorizer: props.authorizer ?? new HttpIamAuthorizer(),
      // Our own stage below, to give it throttling and access logs.
      createDefaultStage: false,
    });

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
