/**
 * Lambda entry of the recruiters' sign-in routes on AWS (`GET /auth/*`, http/sign-in-routes.ts):
 * the authorization-code flow with PKCE against the Cognito hosted UI. Wiring only.
 */
import { handle } from 'hono/aws-lambda';
import { loadSignInConfig } from '../config.ts';
import { createSignInRoutes } from '../http/sign-in-routes.ts';

const config = loadSignInConfig();

export const handler = handle(
  createSignInRoutes({ hostedUiUrl: config.hostedUiUrl, clientId: config.clientId, apiUrl: config.apiUrl }),
);
