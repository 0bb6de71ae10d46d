import { Duration } from 'aws-cdk-lib';
import type { Code } from 'aws-cdk-lib/aws-lambda';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { JobEnrichFunction } from './function-defaults.ts';
import type { PostingsQueue } from './postings-queue.ts';

export interface IngestFunctionProps {
  readonly postings: PostingsQueue;
  /**
   * Fetching a URL and splitting a large feed into SendMessageBatch calls, with retries.
   * @default Duration.seconds(60)
   */
  readonly timeout?: Duration;
  /** @default 512 */
  readonly memorySize?: number;
  /** @default - the function defaults' retention */
  readonly logRetention?: RetentionDays;
  /** @default - `functions/handlers/ingest.ts` bundled by esbuild */
  readonly code?: Code;
}

/**
 * The ingest function: takes a document (or a URL to fetch), finds its postings and sends one
 * message per posting to the postings queue. Invoked directly (`aws lambda invoke`, another
 * service); it may send to the queue and nothing else, not even read the table.
 */
export class IngestFunction extends Construct {
  public readonly handler: JobEnrichFunction;

  public constructor(scope: Construct, id: string, props: IngestFunctionProps) {
    super(scope, id);
    this.handler = new JobEnrichFunction(this, 'Handler', {
      entry: 'functions/handlers/ingest.ts',
      description: 'Splits a document into postings and queues one message per posting',
      serviceName: 'ingest',
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(60),
      logRetention: props.logRetention,
      code: props.code,
      environment: { QUEUE_URL: props.postings.queue.queueUrl },
    });
    props.postings.grantSendPostings(this.handler);
  }
}
