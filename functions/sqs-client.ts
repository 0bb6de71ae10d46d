/** The SQS client for AWS or for the local emulator (see aws-clients.ts for why it stands alone). */
import { SQSClient } from '@aws-sdk/client-sqs';
import { type ClientSettings, EMULATOR_CREDENTIALS } from './aws-clients.ts';

/** An SQS client for AWS, or for an emulator when `endpoint` is set. */
export function createSqsClient(settings: ClientSettings): SQSClient {
  return new SQSClient({
    region: settings.region,
    ...(settings.endpoint ? { endpoint: settings.endpoint, credentials: EMULATOR_CREDENTIALS } : {}),
  });
}
