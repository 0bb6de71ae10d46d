/**
 * The DynamoDB client of the local runtime: the SDK's own client and commands (the store, the
 * change log and the benchmark fold run the code they run on AWS), with what a loopback emulator
 * in this process does not need taken out of each call's path:
 *   - the transport: requests go to dynalite's thread as messages (start-emulators.ts), not over
 *     HTTP on a socket;
 *   - SigV4 signing: dynalite checks no signature (the credentials are dummies anyway);
 *   - the logger middleware, which copies every input and output through the schema's
 *     sensitive-data filter even when nothing logs; the user agent, host, content length and
 *     recursion detection headers, which dynalite does not read;
 *   - the retry middleware (nothing to retry without a network or throttling; a failed posting
 *     comes back from the queue) and the endpoint rules (there is one endpoint);
 * and each command's middleware stack is resolved once (the SDK's `cacheMiddleware`).
 * Main-thread time per GetItem, in-process micro-benchmark (4,000 calls, 8 at once, on a loaded
 * 2-core machine): 6.7 ms over HTTP, 2.6 ms as messages, 1.2–1.3 ms with the middleware cache,
 * 0.8–0.9 ms with the fixed endpoint and no retry middleware.
 */
import { type AttributeValue, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EMULATOR_CREDENTIALS } from '../aws-clients.ts';
import type { InProcessRequestHandler } from './start-emulators.ts';

export function createLocalDynamoDbClient(settings: {
  readonly region: string;
  readonly endpoint: string;
  readonly requestHandler: InProcessRequestHandler;
}): DynamoDBClient {
  const client = new DynamoDBClient({
    region: settings.region,
    endpoint: settings.endpoint,
    credentials: EMULATOR_CREDENTIALS,
    requestHandler: settings.requestHandler,
    // Each command class's middleware stack resolved once, not on every call.
    cacheMiddleware: true,
    // The one endpoint there is, without evaluating the regional endpoint rules on every call.
    endpointProvider: () => ({ url: new URL(settings.endpoint) }),
  });
  client.middlewareStack.remove('httpSigningMiddleware');
  client.middlewareStack.remove('loggerMiddleware');
  // Headers dynalite reads none of (it needs only content-type and x-amz-target): 2.6% of the
  // main thread's time went to the user agent alone (npm run bench -- pipeline, --cpu-prof).
  client.middlewareStack.remove('getUserAgentMiddleware');
  client.middlewareStack.remove('hostHeaderMiddleware');
  client.middlewareStack.remove('recursionDetectionMiddleware');
  client.middlewareStack.remove('contentLengthMiddleware');
  // Nothing to retry: no network, no throttling (a failed posting comes back from the queue).
  client.middlewareStack.remove('retryMiddleware');
  // A middleware added later (the change log's, a test's recorder) still applies: any change to
  // the stack drops the resolved ones.
  const stack = client.middlewareStack;
  for (const method of ['add', 'addRelativeTo', 'use', 'remove', 'removeByTag'] as const) {
    const original = stack[method].bind(stack) as (...args: unknown[]) => unknown;
    (stack as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
      (client as unknown as { handlers?: unknown }).handlers = undefined;
      return original(...args);
    };
  }
  return client;
}

/**
 * A consistent GetItem straight to dynalite's thread, without the SDK's middleware and schema
 * serde: for the change log's own reads of a listing's image (change-log.ts), which are not the
 * store's code but the local stand-in for a stream, and run on every listing write. Binary
 * attributes come back as base64 strings (the log drops them anyway). SDK calls were 27% of the
 * main thread's busy time under npm run bench -- pipeline (--cpu-prof), these reads 1.2 of the
 * ~7 a posting; main-thread time per read, 4,000 reads 8 at once: 0.11–0.13 ms through the SDK,
 * 0.02 ms this way.
 */
export function createLocalItemReader(
  requestHandler: InProcessRequestHandler,
  tableName: string,
): (pk: string, sk: string) => Promise<Record<string, AttributeValue> | undefined> {
  const decoder = new TextDecoder();
  return async (pk, sk) => {
    const { response } = await requestHandler.handle({
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'DynamoDB_20120810.GetItem' },
      body: JSON.stringify({
        TableName: tableName,
        Key: { pk: { S: pk }, sk: { S: sk } },
        ConsistentRead: true,
      }),
    });
    const answer = JSON.parse(decoder.decode(response.body)) as {
      Item?: Record<string, AttributeValue>;
      __type?: string;
      message?: string;
    };
    if (response.statusCode !== 200)
      throw new Error(`GetItem ${pk}: ${answer.__type ?? response.statusCode}: ${answer.message ?? ''}`);
    return answer.Item;
  };
}
