/**
 * The recruiters' sign-in on AWS: which authorizer guards each route, the user pool's settings,
 * the app client's OAuth flow and the session authorizer (lib/recruiter-sign-in.ts,
 * lib/query-api.ts).
 */
import { App, Duration, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { ListingsTable } from '../../lib/listings-table.ts';
import { PostingsQueue } from '../../lib/postings-queue.ts';
import { QueryApi } from '../../lib/query-api.ts';
import { INLINE_HANDLER, logicalIdOf, synthesizeJobEnrichStack } from './synthesize-job-enrich-stack.ts';

const { stack, template } = synthesizeJobEnrichStack();
const signIn = stack.api.signIn;
if (!signIn) throw new Error('the stack signs recruiters in by default');

const routes = Object.values(template.findResources('AWS::ApiGatewayV2::Route'));
const integrations = template.findResources('AWS::ApiGatewayV2::Integration');
const authorizers = template.findResources('AWS::ApiGatewayV2::Authorizer');
const sessionAuthorizerId = Object.keys(authorizers)[0];

/** The function a route's integration invokes, as the logical id of the function. */
function functionOf(route: (typeof routes)[number]): string {
  const target = route.Properties.Target as { 'Fn::Join': [string, unknown[]] };
  const integrationRef = (target['Fn::Join'][1] as { Ref?: string }[]).find((part) => part.Ref)?.Ref;
  const uri = integrations[integrationRef ?? '']?.Properties.IntegrationUri as { 'Fn::GetAtt': [string] };
  return uri['Fn::GetAtt'][0];
}

const byKey = new Map(routes.map((route) => [route.Properties.RouteKey as string, route]));
const query = logicalIdOf(stack.api.handler.function);
const documents = logicalIdOf(stack.api.documentHandler.function);
const signInFn = logicalIdOf(signIn.signInHandler.function);

describe('each route of the API', () => {
  it.each([
    ['$default', 'AWS_IAM', query],
    ['POST /ingest', 'AWS_IAM', documents],
    ['POST /classify', 'AWS_IAM', documents],
    ['GET /', 'CUSTOM', query],
    ['POST /', 'CUSTOM', documents],
    ['GET /page/{proxy+}', 'CUSTOM', query],
    ['GET /docs', 'CUSTOM', query],
    ['GET /docs/{proxy+}', 'CUSTOM', query],
    ['GET /auth/login', 'NONE', signInFn],
    ['GET /auth/callback', 'NONE', signInFn],
    ['GET /auth/logout', 'NONE', signInFn],
    ['GET /auth/signed-out', 'NONE', signInFn],
  ])('%s: authorization %s, served by the right function', (key, authorization, fn) => {
    const route = byKey.get(key);
    expect(route?.Properties.AuthorizationType).toBe(authorization);
    expect(functionOf(route as (typeof routes)[number])).toBe(fn);
    if (authorization === 'CUSTOM')
      expect(route?.Properties.AuthorizerId).toEqual({ Ref: sessionAuthorizerId });
  });

  it('has no route but those above', () => {
    expect(routes).toHaveLength(12);
  });

  it('leaves no write route open: the only routes without an authorizer are the GETs of the sign-in flow', () => {
    const open = routes.filter((route) => route.Properties.AuthorizationType === 'NONE');
    for (const route of open) expect(route.Properties.RouteKey).toMatch(/^GET \/auth\/[a-z-]+$/);
    for (const route of routes.filter((r) => !/^(GET|\$default)/.test(r.Properties.RouteKey as string)))
      expect(route.Properties.AuthorizationType).not.toBe('NONE');
  });
});

describe("the page's session authorizer", () => {
  it('is the Lambda authorizer, reading the Cookie header, with simple responses and a short cache', () => {
    expect(Object.keys(authorizers)).toHaveLength(1);
    expect(Object.values(authorizers)[0]?.Properties).toMatchObject({
      AuthorizerType: 'REQUEST',
      AuthorizerPayloadFormatVersion: '2.0',
      EnableSimpleResponses: true,
      IdentitySource: ['$request.header.Cookie'],
      AuthorizerResultTtlInSeconds: 300,
    });
  });

  it('checks tokens of this pool and this client, and has no other permission than its logs', () => {
    const fn =
      template.findResources('AWS::Lambda::Function')[logicalIdOf(signIn.authorizerHandler.function)];
    expect(fn?.Properties.Environment.Variables).toMatchObject({
      SIGN_IN_USER_POOL_ID: { Ref: logicalIdOf(signIn.userPool) },
      SIGN_IN_CLIENT_ID: { Ref: logicalIdOf(signIn.client) },
    });
  });
});

describe("the recruiters' user pool", () => {
  const pool = Object.values(template.findResources('AWS::Cognito::UserPool'));

  it('is one pool, retained, with deletion protection', () => {
    expect(pool).toHaveLength(1);
    expect(pool[0]?.DeletionPolicy).toBe('Retain');
    expect(pool[0]?.Properties.DeletionProtection).toBe('ACTIVE');
  });

  it('lets only an administrator create users (no self sign-up)', () => {
    expect(pool[0]?.Properties.AdminCreateUserConfig).toMatchObject({ AllowAdminCreateUserOnly: true });
  });

  it('asks for a strong password', () => {
    expect(pool[0]?.Properties.Policies.PasswordPolicy).toMatchObject({
      MinimumLength: 14,
      RequireLowercase: true,
      RequireUppercase: true,
      RequireNumbers: true,
      RequireSymbols: true,
      TemporaryPasswordValidityDays: 3,
    });
  });

  it('requires MFA with an authenticator app, never SMS', () => {
    expect(pool[0]?.Properties.MfaConfiguration).toBe('ON');
    expect(pool[0]?.Properties.EnabledMfas).toEqual(['SOFTWARE_TOKEN_MFA']);
    expect(pool[0]?.Properties.SmsConfiguration).toBeUndefined();
  });

  it('enforces threat protection (the Plus plan)', () => {
    expect(pool[0]?.Properties.UserPoolTier).toBe('PLUS');
    expect(pool[0]?.Properties.UserPoolAddOns).toEqual({ AdvancedSecurityMode: 'ENFORCED' });
  });

  it("has one public app client: authorization code only, back to this API's callback", () => {
    template.resourceCountIs('AWS::Cognito::UserPoolClient', 1);
    const client = Object.values(template.findResources('AWS::Cognito::UserPoolClient'))[0]?.Properties;
    expect(client.GenerateSecret).toBe(false);
    expect(client.AllowedOAuthFlows).toEqual(['code']);
    expect(client.AllowedOAuthFlowsUserPoolClient).toBe(true);
    expect(client.SupportedIdentityProviders).toEqual(['COGNITO']);
    expect(client.PreventUserExistenceErrors).toBe('ENABLED');
    expect(client.CallbackURLs).toEqual([
      {
        'Fn::Join': [
          '',
          [{ 'Fn::GetAtt': [logicalIdOf(stack.api.httpApi), 'ApiEndpoint'] }, '/auth/callback'],
        ],
      },
    ]);
    expect(client.AccessTokenValidity).toBe(60);
    expect(client.TokenValidityUnits).toMatchObject({ AccessToken: 'minutes' });
  });

  it('has a hosted UI domain and outputs the pool and the page URL', () => {
    template.resourceCountIs('AWS::Cognito::UserPoolDomain', 1);
    template.hasOutput('UserPoolId', { Value: { Ref: logicalIdOf(signIn.userPool) } });
    template.hasOutput('PageUrl', Match.anyValue());
  });
});

describe('without sign-in', () => {
  it('keeps the machine authorizer on the page routes, and creates no pool', () => {
    const scope = new Stack(new App(), 'NoSignIn');
    new QueryApi(scope, 'QueryApi', {
      postings: new PostingsQueue(scope, 'Postings', { consumerTimeout: Duration.seconds(30) }),
      listings: new ListingsTable(scope, 'Listings'),
      signIn: false,
      code: INLINE_HANDLER,
    });
    const plain = Template.fromStack(scope);
    plain.resourceCountIs('AWS::Cognito::UserPool', 0);
    const all = Object.values(plain.findResources('AWS::ApiGatewayV2::Route'));
    expect(all.length).toBeGreaterThan(0);
    for (const route of all) expect(route.Properties.AuthorizationType).toBe('AWS_IAM');
  });
});
