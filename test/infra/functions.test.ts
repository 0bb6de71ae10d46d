import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App, Duration, Stack, Token } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../lib/function-defaults.ts';
import { ListingsTable } from '../../lib/listings-table.ts';
import { PostingsQueue } from '../../lib/postings-queue.ts';
import { QueryApi } from '../../lib/query-api.ts';
import { INLINE_HANDLER, logicalIdOf, synthesizeJobEnrichStack } from './synthesize-job-enrich-stack.ts';

// The compute half of the stack: the five functions, the schedule and the API in front of them.
const { stack, template } = synthesizeJobEnrichStack();
const functions = template.findResources('AWS::Lambda::Function');
const handlers = {
  'enrich consumer': stack.enrichConsumer.handler,
  ingest: stack.ingest.handler,
  'feed pull': stack.feedPull.handler,
  api: stack.api.handler,
  'api documents': stack.api.documentHandler,
  reenrich: stack.reenrich.handler,
  'benchmark fold': stack.benchmarkStream.handler,
  ...(stack.api.signIn
    ? { 'sign-in': stack.api.signIn.signInHandler, 'page authorizer': stack.api.signIn.authorizerHandler }
    : {}),
};

describe('every function', () => {
  it('is one of the handlers, nothing hidden (no custom resource functions)', () => {
    expect(Object.keys(functions).sort()).toEqual(
      Object.values(handlers)
        .map((handler) => logicalIdOf(handler.function))
        .sort(),
    );
  });

  it.each(Object.entries(handlers))(
    '%s is bundled from a handler file that exists and exports `handler`',
    (_name, handler) => {
      expect(handler.entry).toMatch(/^functions\/handlers\/[a-z-]+\.ts$/);
      const source = readFileSync(join(PROJECT_ROOT, handler.entry), 'utf8');
      expect(source).toMatch(/export (const|async function|function) handler\b/);
    },
  );

  it.each(Object.entries(handlers))('%s runs on Node.js 22 or newer on arm64', (_name, handler) => {
    const fn = functions[logicalIdOf(handler.function)];
    const runtime = fn?.Properties.Runtime as string;
    const major = Number(/^nodejs(\d+)\.x$/.exec(runtime)?.[1]);
    expect(major).toBeGreaterThanOrEqual(22);
    expect(fn?.Properties.Architectures).toEqual(['arm64']);
  });

  it.each(Object.entries(handlers))('%s has an explicit memory size and timeout', (_name, handler) => {
    const fn = functions[logicalIdOf(handler.function)];
    expect(fn?.Properties.MemorySize).toBeGreaterThanOrEqual(256);
    expect(fn?.Properties.Timeout).toBeGreaterThan(3);
  });

  it.each(Object.entries(handlers))(
    '%s logs as JSON to its own log group with a retention',
    (_name, handler) => {
      const fn = functions[logicalIdOf(handler.function)];
      const logGroupId = logicalIdOf(handler.logGroup);
      expect(fn?.Properties.LoggingConfig).toEqual({ LogFormat: 'JSON', LogGroup: { Ref: logGroupId } });
      expect(template.findResources('AWS::Logs::LogGroup')[logGroupId]?.Properties.RetentionInDays).toBe(30);
    },
  );

  it.each(Object.entries(handlers))(
    '%s gets its service name, metrics namespace and log level',
    (_name, handler) => {
      const variables = functions[logicalIdOf(handler.function)]?.Properties.Environment.Variables;
      expect(variables).toMatchObject({
        POWERTOOLS_SERVICE_NAME: expect.stringMatching(/^[a-z-]+$/),
        POWERTOOLS_METRICS_NAMESPACE: 'JobEnrich',
        LOG_LEVEL: 'INFO',
      });
    },
  );

  it.each([
    ['enrich consumer', stack.enrichConsumer.handler, ['JOB_ENRICH_TAXONOMY', 'TABLE_NAME']],
    ['ingest', stack.ingest.handler, ['QUEUE_URL']],
    ['feed pull', stack.feedPull.handler, ['QUEUE_URL', 'TABLE_NAME']],
    ['api', stack.api.handler, ['CURSOR_SECRET_ARN', 'JOB_ENRICH_TAXONOMY', 'TABLE_NAME']],
    ['api documents', stack.api.documentHandler, ['JOB_ENRICH_TAXONOMY', 'QUEUE_URL', 'TABLE_NAME']],
    ['sign-in', stack.api.signIn?.signInHandler, ['API_URL', 'SIGN_IN_CLIENT_ID', 'SIGN_IN_HOSTED_UI_URL']],
    ['page authorizer', stack.api.signIn?.authorizerHandler, ['SIGN_IN_CLIENT_ID', 'SIGN_IN_USER_POOL_ID']],
  ] as const)('%s is told the resource names it uses and no others', (_name, handler, expected) => {
    if (!handler) throw new Error('sign-in is on by default');
    const variables = functions[logicalIdOf(handler.function)]?.Properties.Environment.Variables;
    const shared =
      /^(POWERTOOLS_|LOG_LEVEL$|NODE_OPTIONS$|PARAMETERS_SECRETS_EXTENSION_|SECRETS_MANAGER_|SSM_PARAMETER_STORE_)/;
    expect(
      Object.keys(variables)
        .filter((name) => !shared.test(name))
        .sort(),
    ).toEqual(expected);
    if ('TABLE_NAME' in variables)
      expect(variables.TABLE_NAME).toEqual({ Ref: logicalIdOf(stack.listings.table) });
    if ('QUEUE_URL' in variables)
      expect(variables.QUEUE_URL).toEqual({ Ref: logicalIdOf(stack.postings.queue) });
  });

  it('holds no secret in its environment: the API gets the cursor key by ARN', () => {
    const variables = functions[logicalIdOf(stack.api.handler.function)]?.Properties.Environment.Variables;
    expect(variables.CURSOR_SECRET_ARN).toEqual({ Ref: logicalIdOf(stack.api.cursorSecret) });
    expect(variables).not.toHaveProperty('CURSOR_SECRET');
    template.hasResourceProperties('AWS::SecretsManager::Secret', {
      GenerateSecretString: Match.objectLike({ PasswordLength: 64 }),
      SecretString: Match.absent(),
    });
  });

  it('sends feed pulls that keep failing to a dead-letter queue', () => {
    const feedPull = functions[logicalIdOf(stack.feedPull.handler.function)];
    expect(feedPull?.Properties.DeadLetterConfig).toEqual({
      TargetArn: { 'Fn::GetAtt': [logicalIdOf(stack.feedPull.deadLetterQueue), 'Arn'] },
    });
  });

  it('pulls feeds on a schedule', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(30 minutes)',
      State: 'ENABLED',
      Targets: [
        Match.objectLike({ Arn: { 'Fn::GetAtt': [logicalIdOf(stack.feedPull.handler.function), 'Arn'] } }),
      ],
    });
  });
});

describe('the stack', () => {
  it('is environment-agnostic, so synth needs no AWS account', () => {
    expect(Token.isUnresolved(stack.account)).toBe(true);
    expect(Token.isUnresolved(stack.region)).toBe(true);
  });

  it('names no resource physically', () => {
    const physicalNames: Record<string, string> = {
      'AWS::DynamoDB::Table': 'TableName',
      'AWS::SQS::Queue': 'QueueName',
      'AWS::Lambda::Function': 'FunctionName',
      'AWS::IAM::Role': 'RoleName',
      'AWS::Logs::LogGroup': 'LogGroupName',
      'AWS::SNS::Topic': 'TopicName',
      'AWS::SecretsManager::Secret': 'Name',
      'AWS::Events::Rule': 'Name',
      'AWS::CloudWatch::Alarm': 'AlarmName',
    };
    for (const [type, property] of Object.entries(physicalNames)) {
      for (const resource of Object.values(template.findResources(type))) {
        expect(resource.Properties ?? {}, type).not.toHaveProperty(property);
      }
    }
  });

  it('keeps the logical ids of its stateful resources, so an update never replaces them', () => {
    expect({
      table: logicalIdOf(stack.listings.table),
      queue: logicalIdOf(stack.postings.queue),
      deadLetterQueue: logicalIdOf(stack.postings.deadLetterQueue),
      feedPullDeadLetterQueue: logicalIdOf(stack.feedPull.deadLetterQueue),
      cursorSecret: logicalIdOf(stack.api.cursorSecret),
    }).toEqual({
      table: 'ListingsTable615BFF8C',
      queue: 'PostingsQueueF7E73148',
      deadLetterQueue: 'PostingsDeadLetterQueue47420126',
      feedPullDeadLetterQueue: 'FeedPullDeadLetterQueue54B16353',
      cursorSecret: 'QueryApiCursorSecretFCC2BE7D',
    });
  });
});

describe('the query API', () => {
  it('is an HTTP API sending requests to the API function (the document routes aside)', () => {
    template.resourceCountIs('AWS::ApiGatewayV2::Api', 1);
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', { ProtocolType: 'HTTP' });
    template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'AWS_PROXY',
      IntegrationUri: { 'Fn::GetAtt': [logicalIdOf(stack.api.handler.function), 'Arn'] },
      PayloadFormatVersion: '2.0',
    });
  });

  it('authorizes every machine route with IAM by default (test/infra/sign-in.test.ts: the page)', () => {
    const routes = Object.values(template.findResources('AWS::ApiGatewayV2::Route')).filter(
      (route) => !/ \/(page|docs|auth)\b| \/$/.test(route.Properties.RouteKey as string),
    );
    expect(routes.map((r) => r.Properties.RouteKey).sort()).toEqual([
      '$default',
      'POST /classify',
      'POST /ingest',
    ]);
    for (const route of routes) expect(route.Properties.AuthorizationType).toBe('AWS_IAM');
  });

  it('takes another authorizer when configured, on every route when sign-in is off', () => {
    const scope = new Stack(new App(), 'JwtApi');
    new QueryApi(scope, 'QueryApi', {
      postings: new PostingsQueue(scope, 'Postings', { consumerTimeout: Duration.seconds(30) }),
      listings: new ListingsTable(scope, 'Listings'),
      authorizer: new HttpJwtAuthorizer('Jwt', 'https://issuer.example.com', { jwtAudience: ['job-enrich'] }),
      signIn: false,
      code: INLINE_HANDLER,
    });
    const jwt = Template.fromStack(scope);
    const routes = Object.values(jwt.findResources('AWS::ApiGatewayV2::Route'));
    expect(routes.length).toBeGreaterThan(0);
    for (const route of routes) {
      expect(route.Properties.AuthorizationType).toBe('JWT');
      expect(route.Properties.AuthorizerId).toBeDefined();
    }
  });

  it('throttles the stage', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 },
    });
  });

  it('writes one JSON access log line per request, with its request id, to a retained log group', () => {
    const stage = Object.values(template.findResources('AWS::ApiGatewayV2::Stage'))[0];
    const settings = stage?.Properties.AccessLogSettings;
    expect(settings.DestinationArn).toEqual({ 'Fn::GetAtt': [logicalIdOf(stack.api.accessLogs), 'Arn'] });
    const format = JSON.parse(settings.Format as string) as Record<string, string>;
    expect(format).toMatchObject({
      requestId: '$context.requestId',
      status: '$context.status',
      caller: '$context.identity.userArn',
    });
    template.hasResource('AWS::Logs::LogGroup', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({ RetentionInDays: 30 }),
    });
  });

  it('outputs its URL', () => {
    template.hasOutput('ApiUrl', {
      Value: { 'Fn::GetAtt': [logicalIdOf(stack.api.httpApi), 'ApiEndpoint'] },
    });
  });
});
