/**
 * Lambda entry of the recruiters' page authorizer on AWS (an HTTP API Lambda authorizer with
 * simple responses, http/page-session.ts): the session cookie's Cognito access token verified by
 * aws-jwt-verify against the user pool's keys, which it fetches once and caches. Wiring only.
 */
import { CognitoJwtVerifier } from 'aws-jwt-verify';
import { loadPageAuthorizerConfig } from '../config.ts';
import { createSessionAuthorizer } from '../http/page-session.ts';

const config = loadPageAuthorizerConfig();
const verifier = CognitoJwtVerifier.create({
  userPoolId: config.userPoolId,
  clientId: config.clientId,
  tokenUse: 'access',
});

export const handler = createSessionAuthorizer((token) => verifier.verify(token));
