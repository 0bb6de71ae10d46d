import { Duration } from 'aws-cdk-lib';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import type { Code } from 'aws-cdk-lib/aws-lambda';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { JobEnrichFunction } from './function-defaults.ts';
import type { ListingsTable } from './listings-table.ts';
import { createDeadLetterQueue, type PostingsQueue } from './postings-queue.ts';
import { grantTableAccess, TABLE_READ_ACTIONS, TABLE_WRITE_ACTIONS } from './table-access.ts';

export interface FeedScheduleProps {
  readonly postings: PostingsQueue;
  readonly listings: ListingsTable;
  /**
   * How often the feeds are pulled. Conditional GETs make an unchanged feed cost one request.
   * @default Schedule.rate(Duration.minutes(30))
   */
  readonly schedule?: Schedule;
  /**
   * Every feed source is fetched in one run; shorter than the schedule so runs never overlap.
   * @default Duration.minutes(5)
   */
  readonly timeout?: Duration;
  /** @default 512 */
  readonly memorySize?: number;
  /**
   * Whether the rule fires; off pauses pulling without removing anything.
   * @default true
   */
  readonly enabled?: boolean;
  /** @default - the function defaults' retention */
  readonly logRetention?: RetentionDays;
  /** @default - `functions/handlers/feed-pull.ts` bundled by esbuild */
  readonly code?: Code;
}

/**
 * The scheduled feed pull: an EventBridge rule invokes the feed-pull function, which reads the
 * feed sources kept in the table, fetches each with its stored validators, records new validators
 * and seen markers, and queues the postings it has not seen.
 *
 * The invocation is asynchronous: a run that still fails after Lambda's two retries lands, with
 * its event, in a dead-letter queue (alarmed), as does an event EventBridge could not deliver.
 */
export class FeedSchedule extends Construct {
  public readonly handler: JobEnrichFunction;
  public readonly rule: Rule;
  public readonly deadLetterQueue: Queue;

  public constructor(scope: Construct, id: string, props: FeedScheduleProps) {
    super(scope, id);
    // Stateful: failed runs wait here for inspection; keep the id.
    this.deadLetterQueue = createDeadLetterQueue(this, 'DeadLetterQueue');

    this.handler = new JobEnrichFunction(this, 'Handler', {
      entry: 'functions/handlers/feed-pull.ts',
      description: 'Pulls the stored feed sources and queues postings not seen before',
      serviceName: 'feed-pull',
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.minutes(5),
      logRetention: props.logRetention,
      code: props.code,
      environment: { QUEUE_URL: props.postings.queue.queueUrl },
      deadLetterQueue: this.deadLetterQueue,
      retryAttempts: 2,
    });
    // Reads feed sources and seen markers; writes validators and seen markers. Items only.
    grantTableAccess(this.handler, props.listings, [...TABLE_READ_ACTIONS, ...TABLE_WRITE_ACTIONS]);
    props.postings.grantSendPostings(this.handler);

    this.rule = new Rule(this, 'Rule', {
      description: 'Pulls the stored job feeds',
      schedule: props.schedule ?? Schedule.rate(Duration.minutes(30)),
      enabled: props.enabled ?? true,
      targets: [
        new LambdaFunction(this.handler.function, {
          deadLetterQueue: this.deadLetterQueue,
          // A pull that could not start within the hour is superseded by the next one.
          maxEventAge: Duration.hours(1),
          retryAttempts: 3,
        }),
      ],
    });
  }
}
