import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { HttpLambdaAuthorizer, HttpLambdaResponseType } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import {
  AccountRecovery,
  FeaturePlan,
  ManagedLoginVersion,
  Mfa,
  OAuthScope,
  StandardThreatProtectionMode,
  UserPool,
  type UserPoolClient,
  UserPoolClientIdentityProvider,
  type UserPoolDomain,
} from 'aws-cdk-lib/aws-cognito';
import type { Code } from 'aws-cdk-lib/aws-lambda';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { JobEnrichFunction } from './function-defaults.ts';

export interface RecruiterSignInProps {
  /** The API's base URL: the callback (`/auth/callback`) and sign-out URLs live under it. */
  readonly apiUrl: string;
  /**
   * Prefix of the hosted UI's domain (`<prefix>.auth.<region>.amazoncognito.com`), unique across
   * AWS; it may not contain `aws`, `amazon` or `cognito`.
   * @default `job-enrich-<account id>`
   */
  readonly domainPrefix?: string;
  /**
   * How long a sign-in lasts: the access token's validity, and the session cookie's.
   * @default Duration.hours(1)
   */
  readonly sessionDuration?: Duration;
  /** @default - the function defaults' retention */
  readonly logRetention?: RetentionDays;
  /** @default - each handler bundled by esbuild */
  readonly code?: Code;
}

/**
 * Sign-in for the recruiters' page (docs/aws.md): a Cognito user pool whose users an operator
 * creates (no self sign-up), its hosted UI, a public app client for the authorization-code flow
 * with PKCE, the small function that runs that flow and sets the session cookie (`/auth/*`), and
 * a Lambda authorizer that checks the cookie's access token on every page route.
 *
 * Why a Lambda authorizer and not API Gateway's JWT authorizer: a JWT authorizer reads the token
 * from a header or a query parameter only, and a browser's navigation sends neither; the token
 * rides in an HttpOnly cookie, out of reach of the page's script and of URLs and access logs.
 * The authorizer verifies the same things a JWT authorizer would (signature against the pool's
 * keys, issuer, expiry, token use, client id) with aws-jwt-verify, AWS's own library.
 */
export class RecruiterSignIn extends Construct {
  public readonly userPool: UserPool;
  public readonly client: UserPoolClient;
  public readonly domain: UserPoolDomain;
  /** `GET /auth/*`: the authorization-code flow with PKCE. */
  public readonly signInHandler: JobEnrichFunction;
  public readonly signInIntegration: HttpLambdaIntegration;
  /** Checks the session cookie of the page's routes. */
  public readonly authorizerHandler: JobEnrichFunction;
  public readonly authorizer: HttpLambdaAuthorizer;

  public constructor(scope: Construct, id: string, props: RecruiterSignInProps) {
    super(scope, id);
    const session = props.sessionDuration ?? Duration.hours(1);

    this.userPool = new UserPool(this, 'UserPool', {
      // An operator adds each recruiter (docs/aws.md); nobody signs themselves up.
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      autoVerify: { email: true },
      signInCaseSensitive: false,
      passwordPolicy: {
        minLength: 14,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
        passwordHistorySize: 5,
      },
      // Required, with an authenticator app (TOTP): the page shows market pay data, the users are
      // few and known, and a leaked password alone must not open it. No SMS: no SNS role, no SIM
      // swapping, no per-message cost. The hosted UI asks for the app on the first sign-in.
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      // Threat protection (compromised credentials, risky sign-ins blocked), which needs the Plus
      // plan: cents a month for a handful of recruiters (cdk-nag AwsSolutions-COG3, COG8).
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      userInvitation: {
        emailSubject: 'Your job-enrich sign-in',
        emailBody:
          'You can now sign in to the job-enrich recruiters’ page as {username} with the temporary ' +
          'password {####}. You will choose a new password and set up an authenticator app.',
      },
      deletionProtection: true,
      // The users are not data this stack can recreate.
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.domain = this.userPool.addDomain('Domain', {
      cognitoDomain: { domainPrefix: props.domainPrefix ?? `job-enrich-${Stack.of(this).account}` },
      managedLoginVersion: ManagedLoginVersion.CLASSIC_HOSTED_UI,
    });

    this.client = this.userPool.addClient('PageClient', {
      // Public client: the code is protected by PKCE, so no secret needs keeping anywhere.
      generateSecret: false,
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true, implicitCodeGrant: false },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL],
        callbackUrls: [`${props.apiUrl}/auth/callback`],
        logoutUrls: [`${props.apiUrl}/auth/signed-out`],
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      accessTokenValidity: session,
      idTokenValidity: session,
      refreshTokenValidity: Duration.hours(Math.max(1, session.toHours())),
    });

    const hostedUiUrl = this.domain.baseUrl();
    this.signInHandler = new JobEnrichFunction(this, 'SignInHandler', {
      entry: 'functions/handlers/sign-in.ts',
      description: "Recruiters' sign-in: authorization code with PKCE against the Cognito hosted UI",
      serviceName: 'sign-in',
      memorySize: 256,
      timeout: Duration.seconds(10),
      logRetention: props.logRetention,
      code: props.code,
      environment: {
        SIGN_IN_HOSTED_UI_URL: hostedUiUrl,
        SIGN_IN_CLIENT_ID: this.client.userPoolClientId,
        API_URL: props.apiUrl,
      },
    });
    this.signInIntegration = new HttpLambdaIntegration('SignInIntegration', this.signInHandler.function);

    this.authorizerHandler = new JobEnrichFunction(this, 'AuthorizerHandler', {
      entry: 'functions/handlers/page-authorizer.ts',
      description: "Checks the session cookie of the recruiters' page (Cognito access token)",
      serviceName: 'page-authorizer',
      memorySize: 256,
      timeout: Duration.seconds(5),
      logRetention: props.logRetention,
      code: props.code,
      environment: {
        SIGN_IN_USER_POOL_ID: this.userPool.userPoolId,
        SIGN_IN_CLIENT_ID: this.client.userPoolClientId,
      },
    });
    this.authorizer = new HttpLambdaAuthorizer('PageSession', this.authorizerHandler.function, {
      authorizerName: 'page-session',
      responseTypes: [HttpLambdaResponseType.SIMPLE],
      // The whole Cookie header is the cache key: a new sign-in (a new token) is checked afresh.
      identitySource: ['$request.header.Cookie'],
      resultsCacheTtl: Duration.minutes(5),
    });
  }

  /** The hosted UI's base URL. */
  public get hostedUiUrl(): string {
    return this.domain.baseUrl();
  }
}
