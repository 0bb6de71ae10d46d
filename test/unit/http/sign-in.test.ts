/**
 * The recruiters' sign-in on AWS: the authorization-code flow with PKCE (sign-in-routes.ts) and
 * the session authorizer (page-session.ts) verifying real RS256 tokens with aws-jwt-verify
 * against a key set given to it (no network).
 */
import { createSign, generateKeyPairSync } from 'node:crypto';
import { CognitoJwtVerifier } from 'aws-jwt-verify';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createSessionAuthorizer,
  SESSION_COOKIE,
  sessionTokenOf,
} from '../../../functions/http/page-session.ts';
import {
  codeChallengeOf,
  createSignInRoutes,
  SIGN_IN_COOKIE,
} from '../../../functions/http/sign-in-routes.ts';

const HOSTED_UI = 'https://job-enrich-1.auth.eu-west-1.amazoncognito.com';
const API = 'https://abc123.execute-api.eu-west-1.amazonaws.com';
const POOL = 'eu-west-1_Abc123';
const CLIENT = 'page-client-id';

/** Cookies set by a response, by name. */
function setCookies(response: Response): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of response.headers.getSetCookie()) {
    const [pair = ''] = line.split(';');
    const at = pair.indexOf('=');
    out.set(pair.slice(0, at), line);
  }
  return out;
}

function routes(tokenResponse: () => Response, seen: { body?: string } = {}) {
  return createSignInRoutes({
    hostedUiUrl: HOSTED_UI,
    clientId: CLIENT,
    apiUrl: API,
    fetch: async (_url, init) => {
      seen.body = String(init?.body);
      return tokenResponse();
    },
  });
}

describe('GET /auth/login', () => {
  it('sends the browser to the hosted UI with a state and an S256 challenge of a verifier kept in an HttpOnly cookie', async () => {
    const response = await routes(() => new Response()).request('/auth/login');
    expect(response.status).toBe(302);
    const target = new URL(response.headers.get('location') ?? '');
    expect(`${target.origin}${target.pathname}`).toBe(`${HOSTED_UI}/oauth2/authorize`);
    expect(Object.fromEntries(target.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: CLIENT,
      redirect_uri: `${API}/auth/callback`,
      code_challenge_method: 'S256',
    });
    const cookie = setCookies(response).get(SIGN_IN_COOKIE) ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const [state, verifier] = (cookie.split(';')[0] ?? '').split('=')[1]?.split('.') ?? [];
    expect(target.searchParams.get('state')).toBe(state);
    expect(target.searchParams.get('code_challenge')).toBe(codeChallengeOf(verifier ?? ''));
    expect(verifier?.length).toBeGreaterThanOrEqual(43);
  });

  it('draws a new state and verifier every time', async () => {
    const app = routes(() => new Response());
    const a = setCookies(await app.request('/auth/login')).get(SIGN_IN_COOKIE);
    const b = setCookies(await app.request('/auth/login')).get(SIGN_IN_COOKIE);
    expect(a).not.toBe(b);
  });
});

describe('GET /auth/callback', () => {
  async function started() {
    const app = routes(
      () => Response.json({ access_token: 'a.b.c', id_token: 'x.y.z', expires_in: 3600 }),
      seen,
    );
    const login = await app.request('/auth/login');
    const cookie = (setCookies(login).get(SIGN_IN_COOKIE) ?? '').split(';')[0] ?? '';
    const state = new URL(login.headers.get('location') ?? '').searchParams.get('state') ?? '';
    return { app, cookie, state, verifier: cookie.split('=')[1]?.split('.')[1] };
  }
  const seen: { body?: string } = {};

  it('exchanges the code with the verifier and sets the access token as an HttpOnly session cookie', async () => {
    const { app, cookie, state, verifier } = await started();
    const response = await app.request(`/auth/callback?code=the-code&state=${state}`, {
      headers: { cookie },
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/');
    const form = new URLSearchParams(seen.body);
    expect(Object.fromEntries(form)).toEqual({
      grant_type: 'authorization_code',
      client_id: CLIENT,
      code: 'the-code',
      redirect_uri: `${API}/auth/callback`,
      code_verifier: verifier,
    });
    const session = setCookies(response).get(SESSION_COOKIE) ?? '';
    expect(session).toMatch(new RegExp(`^${SESSION_COOKIE}=a\\.b\\.c;`));
    expect(session).toMatch(/Max-Age=3600/);
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/Secure/);
    expect(session).toMatch(/SameSite=Lax/);
    // The one-time sign-in cookie is cleared.
    expect(setCookies(response).get(SIGN_IN_COOKIE)).toMatch(/Max-Age=0/);
  });

  it('refuses a state that does not match the one it started (a forged or replayed callback)', async () => {
    const { app, cookie } = await started();
    const response = await app.request('/auth/callback?code=the-code&state=someone-elses', {
      headers: { cookie },
    });
    expect(response.status).toBe(400);
    expect(setCookies(response).has(SESSION_COOKIE)).toBe(false);
  });

  it('refuses a callback with no sign-in started in this browser', async () => {
    const { app, state } = await started();
    const response = await app.request(`/auth/callback?code=the-code&state=${state}`);
    expect(response.status).toBe(400);
  });

  it('sets no session when the token endpoint refuses the code', async () => {
    const app = routes(() => Response.json({ error: 'invalid_grant' }, { status: 400 }));
    const login = await app.request('/auth/login');
    const cookie = (setCookies(login).get(SIGN_IN_COOKIE) ?? '').split(';')[0] ?? '';
    const state = new URL(login.headers.get('location') ?? '').searchParams.get('state') ?? '';
    const response = await app.request(`/auth/callback?code=c&state=${state}`, { headers: { cookie } });
    expect(response.status).toBe(502);
    expect(setCookies(response).has(SESSION_COOKIE)).toBe(false);
  });
});

describe('GET /auth/logout', () => {
  it("clears the session cookie and ends the hosted UI's session", async () => {
    const response = await routes(() => new Response()).request('/auth/logout');
    expect(response.status).toBe(302);
    const target = new URL(response.headers.get('location') ?? '');
    expect(`${target.origin}${target.pathname}`).toBe(`${HOSTED_UI}/logout`);
    expect(target.searchParams.get('logout_uri')).toBe(`${API}/auth/signed-out`);
    expect(setCookies(response).get(SESSION_COOKIE)).toMatch(/Max-Age=0/);
  });
});

// A signing key of our own, and the verifier given its public half (no JWKS download).
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const jwk = { ...publicKey.export({ format: 'jwk' }), kid: 'test-key', alg: 'RS256', use: 'sig' };
const verifier = CognitoJwtVerifier.create({ userPoolId: POOL, clientId: CLIENT, tokenUse: 'access' });
verifier.cacheJwks({ keys: [jwk as never] });
const authorize = createSessionAuthorizer((token) => verifier.verify(token));

function token(claims: Record<string, unknown>, key = privateKey): string {
  const now = Math.floor(Date.now() / 1000);
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const body = `${part({ alg: 'RS256', kid: 'test-key', typ: 'JWT' })}.${part({
    sub: 'user-1',
    username: 'recruiter@example.com',
    iss: `https://cognito-idp.eu-west-1.amazonaws.com/${POOL}`,
    client_id: CLIENT,
    token_use: 'access',
    scope: 'openid email',
    iat: now,
    exp: now + 3600,
    ...claims,
  })}`;
  const signature = createSign('RSA-SHA256').update(body).sign(key).toString('base64url');
  return `${body}.${signature}`;
}

const withCookie = (value: string) => ({ cookies: [`other=1`, `${SESSION_COOKIE}=${value}`] });

describe('the session authorizer', () => {
  it('lets in a valid access token of this pool and client', async () => {
    expect(await authorize(withCookie(token({})))).toEqual({
      isAuthorized: true,
      context: { sub: 'user-1', username: 'recruiter@example.com' },
    });
  });

  it.each([
    ['expired', { exp: Math.floor(Date.now() / 1000) - 60 }],
    ['another client', { client_id: 'someone-else' }],
    ['another pool', { iss: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Other1' }],
    ['an id token', { token_use: 'id' }],
  ])('refuses a token that is %s', async (_name, claims) => {
    expect(await authorize(withCookie(token(claims)))).toEqual({ isAuthorized: false });
  });

  it('refuses a token signed with another key', async () => {
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    expect(await authorize(withCookie(token({}, other)))).toEqual({ isAuthorized: false });
  });

  it('refuses a request without the session cookie', async () => {
    expect(await authorize({ cookies: ['other=1'] })).toEqual({ isAuthorized: false });
    expect(await authorize({})).toEqual({ isAuthorized: false });
  });

  it('reads the cookie from the Cookie header too', () => {
    expect(sessionTokenOf({ headers: { cookie: `a=1; ${SESSION_COOKIE}=x.y.z; b=2` } })).toBe('x.y.z');
  });

  it('never lets in a cookie value that is not a token of this pool, whatever it is', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (value) => {
        expect((await authorize(withCookie(value))).isAuthorized).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
