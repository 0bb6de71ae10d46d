/**
 * The postings queue's settings: the one definition that the CDK stack and the local runtime
 * (fauxqs + the poller) both read. Every figure that depends on another is derived here, so
 * changing the consumer's timeout moves the visibility timeout with it.
 */

/** The enrich consumer's Lambda timeout. */
export const CONSUMER_TIMEOUT_SECONDS = 30;

/** Deliveries before a message moves to the dead-letter queue. */
export const MAX_RECEIVE_COUNT = 5;

/** Records per consumer invocation: ten keeps a batch well inside the timeout and its retries small. */
export const CONSUMER_BATCH_SIZE = 10;

/** How long the event source may wait to fill a batch. */
export const MAX_BATCHING_WINDOW_SECONDS = 1;

/**
 * AWS asks for a visibility timeout of at least six times the function's timeout, plus the
 * batching window, so a batch retried by the event source mapping is not redelivered while
 * still being processed (https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html).
 */
export const VISIBILITY_TIMEOUT_SECONDS = 6 * CONSUMER_TIMEOUT_SECONDS + MAX_BATCHING_WINDOW_SECONDS;

/**
 * The largest message we send: SQS now takes 1 MiB, but ten of those would overflow Lambda's
 * 6 MB synchronous payload, so the queue stays at the classic 256 KiB.
 */
export const MAX_MESSAGE_BYTES = 256 * 1024;

/** Retention of the postings queue: four days, SQS's default. */
export const MESSAGE_RETENTION_SECONDS = 4 * 24 * 3600;

/** Retention of the dead-letter queue: fourteen days, the maximum, to leave time to look. */
export const DLQ_RETENTION_SECONDS = 14 * 24 * 3600;

/** Names of the local queues (in AWS, CDK names them). */
export const LOCAL_QUEUE_NAME = 'job-enrich-postings';
export const LOCAL_DLQ_NAME = 'job-enrich-postings-dlq';

/** The queue settings as one object, for constructs that take them together. */
export const QUEUE_DEFINITION = {
  consumerTimeoutSeconds: CONSUMER_TIMEOUT_SECONDS,
  visibilityTimeoutSeconds: VISIBILITY_TIMEOUT_SECONDS,
  maxReceiveCount: MAX_RECEIVE_COUNT,
  batchSize: CONSUMER_BATCH_SIZE,
  maxBatchingWindowSeconds: MAX_BATCHING_WINDOW_SECONDS,
  maxMessageBytes: MAX_MESSAGE_BYTES,
  retentionSeconds: MESSAGE_RETENTION_SECONDS,
  dlqRetentionSeconds: DLQ_RETENTION_SECONDS,
} as const;
