/**
 * A client of a job-enrich HTTP API: the one `npm start` serves (no auth) or a deployed stack
 * behind API Gateway's IAM authorizer, which wants every request SigV4-signed for the
 * `execute-api` service. `job-enrich ingest --to` and `job-enrich feeds` use it.
 */
import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';
import { SignatureV4 } from '@smithy/signature-v4';
import type {
  AwsCredentialIdentity,
  AwsCredentialIdentityProvider,
  Checksum,
  SourceData,
} from '@smithy/types';

export interface ApiClientOptions {
  /** The API's base URL, e.g. `https://abc123.execute-api.eu-west-1.amazonaws.com`. */
  readonly endpoint: string;
  /** Credentials to sign with; null sends unsigned requests (a local `npm start`). */
  readonly credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider | null;
  /** The API's region; required when signing. */
  readonly region?: string | null;
  /** @default globalThis.fetch */
  readonly fetch?: typeof globalThis.fetch;
}

export interface ApiRequest {
  readonly method: 'GET' | 'POST' | 'DELETE';
  /** A path below the endpoint, e.g. `/feeds/abc`. */
  readonly path: string;
  readonly query?: Readonly<Record<string, string>>;
  readonly body?: Uint8Array | string;
  readonly contentType?: string;
}

export interface ApiClient {
  readonly endpoint: URL;
  readonly signed: boolean;
  request(request: ApiRequest): Promise<Response>;
}

/** A bad endpoint or a missing region: the caller's mistake. */
export class ApiClientError extends Error {
  override readonly name = 'ApiClientError';
}

/** SHA-256 (and HMAC-SHA-256 given a secret) for the signer, from node:crypto. */
class NodeSha256 implements Checksum {
  readonly #secret: SourceData | undefined;
  #hash: Hash | Hmac;
  constructor(secret?: SourceData) {
    this.#secret = secret;
    this.#hash = this.#fresh();
  }
  #fresh(): Hash | Hmac {
    if (this.#secret === undefined) return createHash('sha256');
    const key = typeof this.#secret === 'string' ? this.#secret : toBytes(this.#secret);
    return createHmac('sha256', key);
  }
  update(chunk: Uint8Array): void {
    this.#hash.update(chunk);
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.#hash.digest());
  }
  reset(): void {
    this.#hash = this.#fresh();
  }
}

function toBytes(data: ArrayBuffer | ArrayBufferView): Uint8Array {
  return data instanceof ArrayBuffer
    ? new Uint8Array(data)
    : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/** The region in an execute-api host name (`<id>.execute-api.<region>.amazonaws.com`), if any. */
export function regionOfEndpoint(endpoint: URL): string | null {
  return /\.execute-api\.([a-z0-9-]+)\.amazonaws\.com(\.cn)?$/i.exec(endpoint.hostname)?.[1] ?? null;
}

/** Loopback hosts: a local `npm start`, which has no authorizer. */
export function isLoopbackEndpoint(endpoint: URL): boolean {
  const host = endpoint.hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** Parses an endpoint argument: an http(s) URL with no credentials, query or fragment. */
export function parseEndpoint(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ApiClientError(`${JSON.stringify(text.slice(0, 200))} is not a URL: give the API's base URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new ApiClientError(`the API URL must be http(s), not ${url.protocol}`);
  if (url.username || url.password) throw new ApiClientError('the API URL must not carry credentials');
  if (url.protocol === 'http:' && !isLoopbackEndpoint(url))
    throw new ApiClientError('a remote API is reached over https only (http is for localhost)');
  url.search = '';
  url.hash = '';
  return url;
}

/** Builds a client; signs when credentials are given. */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const endpoint = parseEndpoint(options.endpoint);
  const fetchImpl = options.fetch ?? globalThis.fetch;
  let signer: SignatureV4 | null = null;
  if (options.credentials !== null) {
    const region = options.region ?? regionOfEndpoint(endpoint);
    if (!region)
      throw new ApiClientError(
        `no region for ${endpoint.host}: pass --region or set AWS_REGION (requests to the API are SigV4-signed)`,
      );
    signer = new SignatureV4({
      credentials: options.credentials,
      region,
      service: 'execute-api',
      sha256: NodeSha256,
    });
  }
  const basePath = endpoint.pathname.replace(/\/+$/, '');

  return {
    endpoint,
    signed: signer !== null,
    async request(request) {
      const path = `${basePath}${request.path}`;
      const body = typeof request.body === 'string' ? new TextEncoder().encode(request.body) : request.body;
      const headers: Record<string, string> = { host: endpoint.host, accept: 'application/json' };
      if (request.contentType) headers['content-type'] = request.contentType;
      let sent = headers;
      if (signer) {
        const signed = await signer.sign({
          method: request.method,
          protocol: endpoint.protocol,
          hostname: endpoint.hostname,
          ...(endpoint.port ? { port: Number(endpoint.port) } : {}),
          path,
          query: { ...request.query },
          headers,
          ...(body ? { body } : {}),
        });
        sent = signed.headers;
      }
      const url = new URL(path, endpoint);
      for (const [k, v] of Object.entries(request.query ?? {})) url.searchParams.set(k, v);
      // fetch sets Host itself (and refuses to be told); the signature covers the same value.
      const { host: _host, ...fetchHeaders } = sent;
      return fetchImpl(url, {
        method: request.method,
        headers: fetchHeaders,
        ...(body ? { body } : {}),
        redirect: 'error',
      });
    },
  };
}
