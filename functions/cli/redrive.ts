/**
 * `job-enrich redrive [DLQ_URL|DLQ_ARN]`: moves every message of the postings dead-letter queue
 * back to the queue it was dead-lettered from, with SQS's StartMessageMoveTask (the console's
 * "Start DLQ redrive"). On AWS, name the DLQ (the stack's DeadLetterQueueUrl output) or set
 * DLQ_URL; the caller needs sqs:StartMessageMoveTask, sqs:ReceiveMessage, sqs:DeleteMessage and
 * sqs:GetQueueAttributes on the DLQ and sqs:SendMessage on the source queue. Without either, it
 * redrives the local queue under DATA_DIR (npm start stopped, as it owns the queue while it runs),
 * through the same command on the local queue's SQS API.
 */
import { join } from 'node:path';
import { GetQueueAttributesCommand, SQSClient, StartMessageMoveTaskCommand } from '@aws-sdk/client-sqs';
import { LOCAL_DLQ_NAME } from '../ingest/queue-definition.ts';

export interface RedriveIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly env: (name: string) => string | undefined;
}

export interface RedriveOptions {
  readonly dataDir: string;
  readonly io: RedriveIo;
  /** Builds the SQS client for a region (tests pass the SDK's, mocked). @default new SQSClient */
  readonly createClient?: (region: string) => Pick<SQSClient, 'send'>;
}

/** A queue named by URL or ARN, with both forms. */
export interface QueueRef {
  readonly url: string;
  readonly arn: string;
  readonly region: string;
}

/** Parses an SQS queue URL (`https://sqs.<region>.amazonaws.com/<account>/<name>`) or ARN. */
export function parseQueueRef(text: string): QueueRef | null {
  const arn = /^arn:(aws[\w-]*):sqs:([a-z0-9-]+):(\d{12}):([\w-]{1,80})$/.exec(text);
  if (arn) {
    const [, partition, region, account, name] = arn as unknown as [string, string, string, string, string];
    const domain = partition === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com';
    return { arn: text, url: `https://sqs.${region}.${domain}/${account}/${name}`, region };
  }
  const url = /^https:\/\/sqs\.([a-z0-9-]+)\.amazonaws\.com(\.cn)?\/(\d{12})\/([\w-]{1,80})$/.exec(text);
  if (url) {
    const [, region, cn, account, name] = url as unknown as [
      string,
      string,
      string | undefined,
      string,
      string,
    ];
    return { url: text, arn: `arn:${cn ? 'aws-cn' : 'aws'}:sqs:${region}:${account}:${name}`, region };
  }
  return null;
}

/**
 * Starts the move task on `client` and says how many messages it moves. Returns the exit code.
 */
export async function redrive(
  client: Pick<SQSClient, 'send'>,
  dlq: QueueRef,
  io: RedriveIo,
): Promise<number> {
  const attributes = await client.send(
    new GetQueueAttributesCommand({ QueueUrl: dlq.url, AttributeNames: ['ApproximateNumberOfMessages'] }),
  );
  const waiting = Number(attributes.Attributes?.ApproximateNumberOfMessages ?? 0);
  if (waiting === 0) {
    io.out(`job-enrich: ${dlq.arn} is empty: nothing to redrive`);
    return 0;
  }
  // No DestinationArn: SQS sends each message back to the queue it was dead-lettered from.
  const task = await client.send(new StartMessageMoveTaskCommand({ SourceArn: dlq.arn }));
  io.out(
    `job-enrich: redriving about ${waiting} messages from ${dlq.arn} to their source queue (task ${task.TaskHandle ?? '?'})`,
  );
  return 0;
}

/** Runs `job-enrich redrive`; returns the exit code. */
export async function runRedriveCommand(args: readonly string[], options: RedriveOptions): Promise<number> {
  const { io } = options;
  const named = args[0] ?? options.io.env('DLQ_URL');
  if (named !== undefined && named !== '') {
    const dlq = parseQueueRef(named);
    if (!dlq) {
      io.err(`job-enrich: ${named} is not an SQS queue URL or ARN`);
      return 2;
    }
    const client = options.createClient?.(dlq.region) ?? new SQSClient({ region: dlq.region });
    try {
      return await redrive(client, dlq, io);
    } catch (error) {
      io.err(
        `job-enrich: redrive failed: ${error instanceof Error ? `${error.name}: ${error.message}` : error}`,
      );
      return 1;
    } finally {
      (client as { destroy?: () => void }).destroy?.();
    }
  }
  return redriveLocal(options);
}

/** The local queue's DLQ back to the postings queue, under the data directory's lock. */
async function redriveLocal(options: RedriveOptions): Promise<number> {
  const { lockDataDir, DataDirInUseError } = await import('../local/data-dir-lock.ts');
  const { DurableQueue } = await import('../local/durable-queue.ts');
  const { LocalSqsClient } = await import('../local/local-sqs-client.ts');
  const { QUEUE_JOURNAL_FILE, LOCAL_REGION, localQueueDefinitions } = await import(
    '../local/start-local-runtime.ts'
  );
  let lock: Awaited<ReturnType<typeof lockDataDir>>;
  try {
    lock = await lockDataDir(options.dataDir);
  } catch (error) {
    if (error instanceof DataDirInUseError) {
      options.io.err(
        `job-enrich: ${error.message.replace(/: stop it.*/, '')}: stop it (Ctrl-C), then redrive`,
      );
      return 1;
    }
    throw error;
  }
  const queue = await DurableQueue.open({
    path: join(options.dataDir, QUEUE_JOURNAL_FILE),
    queues: localQueueDefinitions(),
  });
  try {
    const client = new LocalSqsClient({ queue, region: LOCAL_REGION });
    const dlq = {
      url: client.urlOf(LOCAL_DLQ_NAME),
      arn: client.arnOf(LOCAL_DLQ_NAME),
      region: LOCAL_REGION,
    };
    return await redrive(client, dlq, options.io);
  } finally {
    await queue.close();
    await lock.release();
  }
}
