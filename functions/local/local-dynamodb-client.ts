/**
 * The DynamoDB client of the local runtime: the SDK's own client and commands (the store, the
 * change log and the benchmark fold run the code they run on AWS), with three things a loopback
 * emulator in this process does not need taken out of each call's path:
 *   - the transport: requests go to dynalite's thread as messages (start-emulators.ts), not over
 *     HTTP on a socket;
 *   - SigV4 signing: dynalite checks no signature (the credentials are dummies anyway);
 *   - the logger middleware, which copies every input and output through the schema's
 *     sensitive-data filter even when nothing logs.
 * Together about a third of the consumer thread's time under `npm run bench -- pipeline`.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
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
  });
  client.middlewareStack.remove('httpSigningMiddleware');
  client.middlewareStack.remove('loggerMiddleware');
  return client;
}
