import { Duration } from 'aws-cdk-lib';
import type { Grant, IGrantable } from 'aws-cdk-lib/aws-iam';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import {
  CONSUMER_TIMEOUT_SECONDS,
  DLQ_RETENTION_SECONDS,
  MAX_BATCHING_WINDOW_SECONDS,
  MAX_MESSAGE_BYTES,
  MAX_RECEIVE_COUNT,
  MESSAGE_RETENTION_SECONDS,
} from '../functions/ingest/queue-definition.ts';

/**
 * Lambda's SQS event source needs the visibility timeout to be at least six times the function
 * timeout (plus the batching window), or messages reappear while a retried batch is still running.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html#events-sqs-queueconfig
 */
export const VISIBILITY_TIMEOUT_FACTOR = 6;

/**
 * The visibility timeout a queue needs for a Lambda consumer with the given timeout.
 * @example computeVisibilityTimeout(Duration.seconds(30)) // 180 seconds
 */
export function computeVisibilityTimeout(consumerTimeout: Duration, batchingWindow?: Duration): Duration {
  return Duration.seconds(
    consumerTimeout.toSeconds() * VISIBILITY_TIMEOUT_FACTOR + (batchingWindow?.toSeconds() ?? 0),
  );
}

/**
 * An encrypted, TLS-only queue that keeps messages 14 days: what every dead-letter queue here is.
 *
 * SSE-SQS rather than a KMS key: the messages are job postings (public text), so a customer key's
 * control buys nothing, while it would cost $1/month plus KMS calls and a key policy for every
 * producer (service principals such as EventBridge cannot use the `aws/sqs` managed key at all).
 */
export function createDeadLetterQueue(scope: Construct, id: string): Queue {
  return new Queue(scope, id, {
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    // 14 days, the SQS maximum: time to read the logged reason, fix, and redrive.
    retentionPeriod: Duration.seconds(DLQ_RETENTION_SECONDS),
  });
}

/**
 * Defaults come from `functions/ingest/queue-definition.ts`, which the local runtime (fauxqs and
 * its poller) reads too, so the queue behaves the same under `npm start`.
 */
export interface PostingsQueueProps {
  /**
   * Timeout of the Lambda function that consumes the queue; the visibility timeout derives from
   * it, and the consumer construct takes it from here.
   * @default Duration.seconds(CONSUMER_TIMEOUT_SECONDS) (30 seconds)
   */
  readonly consumerTimeout?: Duration;
  /**
   * The consumer's event source batching window, added to the visibility timeout.
   * @default Duration.seconds(MAX_BATCHING_WINDOW_SECONDS) (1 second)
   */
  readonly consumerBatchingWindow?: Duration;
  /**
   * Deliveries of a message before it moves to the dead-letter queue. Enough to ride out a
   * throttled write or a cold-start timeout; a poison posting still leaves within minutes.
   * @default MAX_RECEIVE_COUNT (5)
   */
  readonly maxReceiveCount?: number;
  /**
   * How long an unconsumed posting waits in the main queue.
   * @default Duration.seconds(MESSAGE_RETENTION_SECONDS) (4 days)
   */
  readonly retentionPeriod?: Duration;
}

/**
 * The postings queue (one message per posting) and its dead-letter queue, both encrypted with
 * SSE-SQS and refusing non-TLS requests.
 */
export class PostingsQueue extends Construct {
  public readonly queue: Queue;
  public readonly deadLetterQueue: Queue;
  public readonly consumerTimeout: Duration;
  public readonly consumerBatchingWindow: Duration;
  public readonly visibilityTimeout: Duration;
  public readonly maxReceiveCount: number;

  public constructor(scope: Construct, id: string, props: PostingsQueueProps = {}) {
    super(scope, id);
    this.consumerTimeout = props.consumerTimeout ?? Duration.seconds(CONSUMER_TIMEOUT_SECONDS);
    this.consumerBatchingWindow =
      props.consumerBatchingWindow ?? Duration.seconds(MAX_BATCHING_WINDOW_SECONDS);
    this.visibilityTimeout = computeVisibilityTimeout(this.consumerTimeout, this.consumerBatchingWindow);
    this.maxReceiveCount = props.maxReceiveCount ?? MAX_RECEIVE_COUNT;

    // Stateful: these construct ids name the queues; renaming one replaces it and loses its messages.
    this.deadLetterQueue = createDeadLetterQueue(this, 'DeadLetterQueue');
    this.queue = new Queue(this, 'Queue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: this.visibilityTimeout,
      retentionPeriod: props.retentionPeriod ?? Duration.seconds(MESSAGE_RETENTION_SECONDS),
      // Ten messages of this size still fit Lambda's 6 MB synchronous payload (SQS would take 1 MiB).
      maxMessageSizeBytes: MAX_MESSAGE_BYTES,
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: this.maxReceiveCount },
    });
  }

  /**
   * Lets a producer send postings: `sqs:SendMessage` (which also covers SendMessageBatch) on the
   * main queue only; no receive, no delete, no attributes.
   */
  public grantSendPostings(grantee: IGrantable): Grant {
    return this.queue.grant(grantee, 'sqs:SendMessage');
  }
}
