/**
 * SDK clients for the configured endpoints. In AWS no endpoint is set and the SDK resolves the
 * regional endpoint and the function's role credentials; against the local emulators the
 * endpoint is a loopback URL and the credentials are dummies (the emulators check none), so no
 * AWS credentials are ever needed or read locally.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';

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

/** An SQS client for AWS, or for an emulator when `endpoint` is set. */
export function createSqsClient(settings: ClientSettings): SQSClient {
  return new SQSClient({
    region: settings.region,
    ...(settings.endpoint ? { endpoint: settings.endpoint, credentials: EMULATOR_CREDENTIALS } : {}),
  });
}
