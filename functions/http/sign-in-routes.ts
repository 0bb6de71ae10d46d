/**
 * Sign-in for the recruiters' page on AWS (docs/aws.md, "The recruiters' page"): the OAuth 2.0
 * authorization-code flow with PKCE against the Cognito user pool's hosted UI, ending in an
 * HttpOnly session cookie that the page's authorizer (page-session.ts) checks on every page
 * request. Served by its own small function; `npm start` has no sign-in and never mounts this.
 *
 *   GET /auth/login       a new state and PKCE verifier in a short-lived cookie, then the hosted UI
 *   GET /auth/callback    the code exchanged (with the verifier) for tokens; the access token
 *                         becomes the session cookie
 *   GET /auth/logout      the session cookie cleared, then Cognito's logout (ends its session)
 *   GET /auth/signed-out  where Cognito's logout returns
 *
 * Why a cookie: a browser's navigation (a link, a form) sends no Authorization header, and API
 * Gateway's JWT authorizer reads only a header or a query parameter. An HttpOnly cookie keeps the
 * token out of the page's script (an injected script cannot read it) and out of URLs and logs.
 * SameSite=Lax: sent on top-level navigations (the hosted UI's redirect back, links), never on a
 * cross-site POST, so another site cannot submit the paste form with the recruiter's session.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { html } from 'hono/html';
import { Hono } from 'hono/tiny';
import { SESSION_COOKIE } from './page-session.ts';

/** State and PKCE verifier between /auth/login and /auth/callback. */
export const SIGN_IN_COOKIE = '__Host-job-enrich-sign-in';
/** How long a sign-in may take on the hosted UI (MFA set-up included). */
const SIGN_IN_SECONDS = 600;

export interface SignInDeps {
  /** The hosted UI's base URL, e.g. https://job-enrich-123.auth.eu-west-1.amazoncognito.com */
  readonly hostedUiUrl: string;
  /** The page's app client (public: no secret; PKCE protects the code). */
  readonly clientId: string;
  /** This API's own base URL (the callback and sign-out URLs registered on the app client). */
  readonly apiUrl: string;
  /** @default globalThis.fetch */
  readonly fetch?: typeof fetch;
  /** @default crypto.randomBytes */
  readonly randomBytes?: (size: number) => Buffer;
}

const base64url = (bytes: Buffer) => bytes.toString('base64url');

/** The S256 code challenge of a PKCE verifier (RFC 7636 §4.2). */
export function codeChallengeOf(verifier: string): string {
  return base64url(createHash('sha256').update(verifier, 'ascii').digest());
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const COOKIE = { httpOnly: true, secure: true, sameSite: 'Lax', path: '/' } as const;

function message(c: Context, status: 200 | 400 | 502, title: string, text: string) {
  c.header('cache-control', 'no-store');
  c.header('content-security-policy', "default-src 'none'; base-uri 'none'; frame-ancestors 'none'");
  return c.html(
    html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · job-enrich</title></head>
<body><main><h1>${title}</h1><p>${text}</p><p><a href="/auth/login">Sign in</a></p></main></body></html>`,
    status,
  );
}

/** Builds the sign-in routes (mounted at `/`). */
export function createSignInRoutes(deps: SignInDeps): Hono {
  const fetchFn = deps.fetch ?? globalThis.fetch;
  const random = deps.randomBytes ?? randomBytes;
  const hostedUi = deps.hostedUiUrl.replace(/\/+$/, '');
  const apiUrl = deps.apiUrl.replace(/\/+$/, '');
  const callbackUrl = `${apiUrl}/auth/callback`;
  const app = new Hono();

  app.get('/auth/login', (c) => {
    const state = base64url(random(32));
    const verifier = base64url(random(32));
    setCookie(c, SIGN_IN_COOKIE, `${state}.${verifier}`, { ...COOKIE, maxAge: SIGN_IN_SECONDS });
    const authorize = new URL(`${hostedUi}/oauth2/authorize`);
    authorize.search = new URLSearchParams({
      response_type: 'code',
      client_id: deps.clientId,
      redirect_uri: callbackUrl,
      scope: 'openid email',
      state,
      code_challenge: codeChallengeOf(verifier),
      code_challenge_method: 'S256',
    }).toString();
    c.header('cache-control', 'no-store');
    return c.redirect(authorize.toString(), 302);
  });

  app.get('/auth/callback', async (c) => {
    const pending = getCookie(c, SIGN_IN_COOKIE) ?? '';
    deleteCookie(c, SIGN_IN_COOKIE, COOKIE);
    const [state, verifier] = pending.split('.');
    const code = c.req.query('code');
    const returned = c.req.query('state') ?? '';
    if (c.req.query('error') !== undefined)
      return message(c, 400, 'Not signed in', 'The sign-in was cancelled or refused.');
    if (!state || !verifier || !code || !sameText(state, returned))
      return message(c, 400, 'Not signed in', 'This sign-in link has expired or was not started here.');
    const response = await fetchFn(`${hostedUi}/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        client_id: deps.clientId,
        code,
        redirect_uri: callbackUrl,
        code_verifier: verifier,
      }).toString(),
    });
    const tokens = response.ok
      ? ((await response.json()) as { access_token?: unknown; expires_in?: unknown })
      : null;
    if (!tokens || typeof tokens.access_token !== 'string')
      return message(c, 502, 'Not signed in', 'The sign-in service did not accept the code: sign in again.');
    const expiresIn =
      typeof tokens.expires_in === 'number' && tokens.expires_in > 0 ? tokens.expires_in : 3600;
    setCookie(c, SESSION_COOKIE, tokens.access_token, { ...COOKIE, maxAge: Math.floor(expiresIn) });
    c.header('cache-control', 'no-store');
    return c.redirect('/', 303);
  });

  app.get('/auth/logout', (c) => {
    deleteCookie(c, SESSION_COOKIE, COOKIE);
    const logout = new URL(`${hostedUi}/logout`);
    logout.search = new URLSearchParams({
      client_id: deps.clientId,
      logout_uri: `${apiUrl}/auth/signed-out`,
    }).toString();
    c.header('cache-control', 'no-store');
    return c.redirect(logout.toString(), 302);
  });

  app.get('/auth/signed-out', (c) => message(c, 200, 'Signed out', 'You are signed out of job-enrich.'));

  return app;
}
