/**
 * The Lambda entry as API Gateway calls it: an HTTP API (payload 2.0) event in, a proxy result
 * out, with the table on dynalite and the cursor key read through a fake Secrets extension.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readExtensionSecret, SecretReadError } from '../../../functions/http/read-extension-secret.ts';
import { SHIPPED_TAXONOMY_FILE } from '../../../lib/function-defaults.ts';
import {
  createTestTable,
  type DynamoBackend,
  startDynaliteBackend,
} from '../../integration/support/dynamodb-backends.ts';

function httpApiEvent(method: string, rawPath: string, rawQueryString = ''): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath,
    rawQueryString,
    headers: { host: 'abc123.execute-api.eu-west-1.amazonaws.com' },
    isBase64Encoded: false,
    requestContext: {
      accountId: '123456789012',
      apiId: 'abc123',
      domainName: 'abc123.execute-api.eu-west-1.amazonaws.com',
      domainPrefix: 'abc123',
      http: { method, path: rawPath, protocol: 'HTTP/1.1', sourceIp: '203.0.113.9', userAgent: 'curl/8.5.0' },
      requestId: 'JKJaXmPLvHcESHA=',
      routeKey: '$default',
      stage: '$default',
      time: '22/Nov/2026:12:00:00 +0000',
      timeEpoch: 1_795_348_800_000,
    },
  };
}

type Handler = (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyResultV2>;

describe('handlers/api.ts', () => {
  let backend: DynamoBackend;
  let extension: Server;
  let handler: Handler;
  const asked: string[] = [];

  beforeAll(async () => {
    backend = await startDynaliteBackend();
    const { tableName } = await createTestTable(backend);
    extension = createServer((req, res) => {
      asked.push(`${req.url} ${req.headers['x-aws-parameters-secrets-token']}`);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ SecretString: 'k'.repeat(64) }));
    });
    await new Promise<void>((resolve) => extension.listen(0, '127.0.0.1', resolve));
    Object.assign(process.env, {
      AWS_REGION: 'us-east-1',
      TABLE_NAME: tableName,
      QUEUE_URL: 'http://127.0.0.1:9/000000000000/postings',
      DYNAMODB_ENDPOINT: backend.endpoint,
      CURSOR_SECRET_ARN: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:CursorSecret-AbCdEf',
      AWS_SESSION_TOKEN: 'session-token-123',
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      // As the stack ships it: the taxonomy file beside the bundle (lib/function-defaults.ts).
      JOB_ENRICH_TAXONOMY: SHIPPED_TAXONOMY_FILE,
      LOG_LEVEL: 'SILENT',
      PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: String((extension.address() as AddressInfo).port),
    });
    ({ handler } = (await import('../../../functions/handlers/api.ts')) as unknown as { handler: Handler });
  });

  afterAll(async () => {
    await new Promise((resolve) => extension.close(resolve));
    await backend.stop();
  });

  it('reads the cursor key through the Secrets extension with the session token', () => {
    expect(asked).toEqual([
      '/secretsmanager/get?secretId=arn%3Aaws%3Asecretsmanager%3Aus-east-1%3A123456789012%3Asecret%3ACursorSecret-AbCdEf session-token-123',
    ]);
  });

  it('answers an API Gateway event', async () => {
    const result = await handler(httpApiEvent('GET', '/listings', 'tier=director&limit=5'));

    expect(result).toMatchObject({ statusCode: 200 });
    expect(JSON.parse((result as { body: string }).body)).toEqual({ items: [], nextCursor: null });
  });

  it("answers a problem carrying API Gateway's request id", async () => {
    const result = (await handler(httpApiEvent('GET', '/listings/missing'))) as {
      statusCode: number;
      body: string;
      headers: Record<string, string>;
    };

    expect(result.statusCode).toBe(404);
    expect(result.headers['content-type']).toBe('application/problem+json');
    expect(JSON.parse(result.body)).toMatchObject({ requestId: 'JKJaXmPLvHcESHA=' });
  });
});

describe('readExtensionSecret', () => {
  const respond = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

  it('retries while the extension is starting', async () => {
    let calls = 0;
    const secret = await readExtensionSecret({
      secretId: 'arn:aws:secretsmanager:us-east-1:1:secret:x',
      sessionToken: 't',
      fetch: async () => {
        calls += 1;
        if (calls === 1) throw new TypeError('fetch failed: ECONNREFUSED');
        return respond(200, { SecretString: 'the-key' });
      },
    });

    expect(secret).toBe('the-key');
    expect(calls).toBe(2);
  });

  it('fails at once when the extension refuses the request', async () => {
    let calls = 0;
    const read = readExtensionSecret({
      secretId: 'arn:aws:secretsmanager:us-east-1:1:secret:x',
      sessionToken: 'wrong',
      fetch: async () => {
        calls += 1;
        return respond(401, { message: 'unauthorized' });
      },
    });

    await expect(read).rejects.toThrow(SecretReadError);
    expect(calls).toBe(1);
  });
});
