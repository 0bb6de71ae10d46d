import { Duration } from 'aws-cdk-lib';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { Code } from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { JobEnrichFunction, SHIPPED_TAXONOMY_FILE } from './function-defaults.ts';
import type { ListingsTable } from './listings-table.ts';
import { createDeadLetterQueue } from './postings-queue.ts';
import {
  denyOutsideKeys,
  grantTableAccess,
  TABLE_READ_ACTIONS,
  TABLE_WRITE_ACTIONS,
} from './table-access.ts';

export interface ReenrichJobProps {
  readonly listings: ListingsTable;
  /** @default - `functions/handlers/reenrich.ts` bundled by esbuild */
  readonly code?: Code;
  /** An operator's taxonomy file, bundled beside the function (lib/function-defaults.ts). */
  readonly taxonomyFile?: string;
}

/**
 * Partition keys the job writes: listings and their index items (through the listing writer)
 * and its checkpoint (`R#reenrich`, functions/store/reenrich-checkpoint.ts).
 */
export const REENRICH_LEADING_KEYS: readonly string[] = ['L#*', 'X#*', 'R#*'];

/**
 * The re-enrichment job (issue 17, docs/aws.md): a queue and one function. A message starts (or
 * continues) the walk; the function works for up to 14 minutes from the checkpoint kept in the
 * table, then queues its own next message. Started by `job-enrich reenrich --to <ReenrichQueueUrl>`.
 * A slice that fails comes back after the visibility timeout and resumes from the checkpoint;
 * after 3 failures its message goes to the dead-letter queue (alarmed).
 */
export class ReenrichJob extends Construct {
  public readonly handler: JobEnrichFunction;
  public readonly queue: Queue;
  public readonly deadLetterQueue: Queue;

  public constructor(scope: Construct, id: string, props: ReenrichJobProps) {
    super(scope, id);
    const timeout = Duration.minutes(15);
    this.deadLetterQueue = createDeadLetterQueue(this, 'DeadLetterQueue');
    this.queue = new Queue(this, 'Queue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // Longer than a slice: a running slice's message is never handed to a second one.
      visibilityTimeout: Duration.minutes(20),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: 3 },
    });
    this.handler = new JobEnrichFunction(this, 'Handler', {
      entry: 'functions/handlers/reenrich.ts',
      description: 'Re-enriches stored listings of an older taxonomy version from their kept postings',
      serviceName: 'reenrich',
      memorySize: 1024,
      timeout,
      code: props.code,
      taxonomyFile: props.taxonomyFile ?? SHIPPED_TAXONOMY_FILE,
    });
    grantTableAccess(this.handler, props.listings, [...TABLE_READ_ACTIONS, ...TABLE_WRITE_ACTIONS]);
    // The walk is a Scan of the table (never of an index): this function alone may Scan.
    this.handler.role.addToPrincipalPolicy(
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: ['dynamodb:Scan'],
        resources: [props.listings.table.tableArn],
      }),
    );
    denyOutsideKeys(this.handler, props.listings, REENRICH_LEADING_KEYS);
    this.queue.grantSendMessages(this.handler);
    this.handler.function.addEnvironment('QUEUE_URL', this.queue.queueUrl);
    // One slice at a time: two would walk the same pages (harmless: the writer's guard, but paid twice).
    this.handler.function.addEventSource(new SqsEventSource(this.queue, { batchSize: 1, maxConcurrency: 2 }));
  }
}
