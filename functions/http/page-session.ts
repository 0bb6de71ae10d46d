/**
 * The page's authorizer on AWS: API Gateway (HTTP API, Lambda REQUEST authorizer, simple
 * responses, identity source the Cookie header) asks it whether a request to the recruiters'
 * page carries a valid session; the session is the Cognito access token that /auth/callback set
 * as an HttpOnly cookie (sign-in-routes.ts). The token's signature (the pool's JWKS), issuer,
 * expiry, `token_use` and `client_id` are checked by aws-jwt-verify; anything else is refused.
 */

/** The session cookie: `__Host-` pins it to this origin, Secure, Path=/ and no Domain. */
export const SESSION_COOKIE = '__Host-job-enrich-session';

/** What this authorizer reads of API Gateway's payload 2.0 authorizer event. */
export interface SessionAuthorizerEvent {
  readonly cookies?: readonly string[];
  readonly headers?: Readonly<Record<string, string | undefined>>;
}

export interface SessionAuthorizerResult {
  readonly isAuthorized: boolean;
  readonly context?: Readonly<Record<string, string>>;
}

/** Verifies an access token; throws when it is not valid. */
export type VerifyAccessToken = (
  token: string,
) => Promise<{ readonly sub: string; readonly username?: unknown }>;

/** The session cookie's value among the request's cookies, or null. */
export function sessionTokenOf(event: SessionAuthorizerEvent): string | null {
  const pairs = event.cookies ?? (event.headers?.cookie ?? '').split(';');
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at < 0) continue;
    if (pair.slice(0, at).trim() !== SESSION_COOKIE) continue;
    const value = pair.slice(at + 1).trim();
    // A Cognito JWT: three base64url parts. Anything else is not worth a verification.
    return /^[\w-]+\.[\w-]+\.[\w-]+$/.test(value) && value.length <= 8192 ? value : null;
  }
  return null;
}

/** Builds the authorizer's handler around a token verifier. */
export function createSessionAuthorizer(
  verify: VerifyAccessToken,
): (event: SessionAuthorizerEvent) => Promise<SessionAuthorizerResult> {
  return async (event) => {
    const token = sessionTokenOf(event);
    if (token === null) return { isAuthorized: false };
    try {
      const payload = await verify(token);
      const username = typeof payload.username === 'string' ? payload.username : payload.sub;
      return { isAuthorized: true, context: { sub: payload.sub, username } };
    } catch {
      return { isAuthorized: false };
    }
  };
}
