/**
 * Which API a command talks to, and how it signs: `--to URL` (a deployed stack, SigV4-signed
 * with the default AWS credential chain), or the API of the `npm start` running on the data
 * directory (no signing).
 */
import { resolve } from 'node:path';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import {
  type ApiClient,
  ApiClientError,
  createApiClient,
  isLoopbackEndpoint,
  parseEndpoint,
  regionOfEndpoint,
} from '../ingest/signed-api-client.ts';
import { CliError, type Io, UsageError } from './cli-io.ts';

export interface ApiTargetOptions {
  readonly to?: string | undefined;
  readonly region?: string | undefined;
  readonly dataDir: string;
}

/** Credentials from the environment given to the CLI, or null when it names none. */
function envCredentials(io: Io): AwsCredentialIdentity | null {
  const accessKeyId = io.env('AWS_ACCESS_KEY_ID');
  const secretAccessKey = io.env('AWS_SECRET_ACCESS_KEY');
  if (!accessKeyId || !secretAccessKey) return null;
  const sessionToken = io.env('AWS_SESSION_TOKEN');
  return { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) };
}

/**
 * The client for a command. A remote endpoint is always signed (credentials from the
 * environment, else the default provider chain: SSO, shared config, instance role...); a
 * loopback one is signed only when the environment holds keys and a region is known.
 */
export async function apiClientFor(options: ApiTargetOptions, io: Io): Promise<ApiClient> {
  try {
    return await buildClient(options, io);
  } catch (error) {
    // A bad --to or a missing region is the caller's usage.
    if (error instanceof ApiClientError) throw new UsageError(error.message, { cause: error });
    throw error;
  }
}

async function buildClient(options: ApiTargetOptions, io: Io): Promise<ApiClient> {
  let endpointText = options.to;
  if (!endpointText) {
    const { readRuntimeInfo } = await import('../local/runtime-file.ts');
    const dataDir = resolve(options.dataDir);
    const runtime = await readRuntimeInfo(dataDir);
    if (!runtime?.apiUrl)
      throw new CliError(
        `no local runtime is running on ${dataDir}: start one with npm start, or pass --to https://<api>`,
      );
    endpointText = runtime.apiUrl;
  }
  const endpoint = parseEndpoint(endpointText);
  const region =
    options.region ?? io.env('AWS_REGION') ?? io.env('AWS_DEFAULT_REGION') ?? regionOfEndpoint(endpoint);
  const fromEnv = envCredentials(io);
  let credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider | null;
  if (isLoopbackEndpoint(endpoint)) credentials = fromEnv && region ? fromEnv : null;
  else if (fromEnv) credentials = fromEnv;
  else {
    const { defaultProvider } = await import('@aws-sdk/credential-provider-node');
    credentials = defaultProvider();
  }
  return createApiClient({
    endpoint: endpoint.href,
    credentials,
    region: region ?? null,
    ...(io.fetch ? { fetch: io.fetch } : {}),
  });
}

/** A one-line reason from an API's error response (problem+json, API Gateway's `message`, or text). */
export async function apiErrorOf(response: Response): Promise<string> {
  const text = (await response.text()).slice(0, 2000);
  let reason = text.replace(/\s+/g, ' ').trim().slice(0, 300);
  try {
    const body = JSON.parse(text) as { detail?: unknown; title?: unknown; message?: unknown };
    if (typeof body.detail === 'string') reason = body.detail;
    else if (typeof body.message === 'string') reason = body.message;
    else if (typeof body.title === 'string') reason = body.title;
  } catch {
    // not JSON: the text itself
  }
  return `the API answered ${response.status}${reason ? `: ${reason}` : ''}`;
}
