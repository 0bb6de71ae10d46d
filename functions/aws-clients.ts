/**
 * SDK clients for the configured endpoints. In AWS no endpoint is set and the SDK resolves the
 * regional endpoint and the function's role credentials; against the local emulators the
 * endpoint is a loopback URL and the credentials are dummies (the emulators check none), so no
 * AWS credentials are ever needed or read locally.
 *
 * One module per client: importing a client costs ~200 ms of cold start, so a function that
 * never talks to SQS must not import it (see sqs-client.ts).
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';

/** Static credentials for emulators; they authorise nothing anywhere. */
export const EMULATOR_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' } as const;

export interface ClientSettings {
  readonly region: string;
  /** An emulator's URL; absent in AWS. */
  readonly endpoint?: string | undefined;
}

/** A DynamoDB client for AWS, or for an emulator when `endpoint` is set. */
export function createDynamoDbClient(settings: ClientSettings): DynamoDBClient {
  return new DynamoDBClient({
    region: settings.region,
    ...(settings.endpoint ? { endpoint: settings.endpoint, credentials: EMULATOR_CREDENTIALS } : {}),
  });
}
