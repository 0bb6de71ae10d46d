/**
 * The SQS API over the durable local queue, in-process: the commands the pipeline sends on AWS
 * (SendMessageBatch from ingest, ReceiveMessage and DeleteMessageBatch from the event source
 * stand-in, StartMessageMoveTask from `job-enrich redrive`) answered with SQS's shapes and
 * rules, so send-postings.ts, the poller and the redrive command run the same code locally.
 * Queue URLs and ARNs look like SQS's, in a dummy account.
 */
import {
  DeleteMessageBatchCommand,
  type DeleteMessageBatchCommandOutput,
  DeleteMessageCommand,
  GetQueueAttributesCommand,
  type GetQueueAttributesCommandOutput,
  type Message,
  ReceiveMessageCommand,
  type ReceiveMessageCommandOutput,
  type SendMessageBatchCommand,
  SendMessageBatchCommand as SendMessageBatchCommandClass,
  type SendMessageBatchCommandOutput,
  SendMessageCommand,
  type SendMessageCommandOutput,
  StartMessageMoveTaskCommand,
  type StartMessageMoveTaskCommandOutput,
} from '@aws-sdk/client-sqs';
import { MAX_MESSAGE_BYTES } from '../ingest/queue-definition.ts';
import type { DurableQueue, ReceivedMessage } from './durable-queue.ts';

export const LOCAL_ACCOUNT = '000000000000';

export const localQueueUrl = (region: string, name: string) =>
  `http://sqs.${region}.localhost/${LOCAL_ACCOUNT}/${name}`;
export const localQueueArn = (region: string, name: string) =>
  `arn:aws:sqs:${region}:${LOCAL_ACCOUNT}:${name}`;

/** Characters SQS accepts in a message body (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessage.html). */
const INVALID_BODY = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** An SQS-shaped error, as the SDK throws them. */
export class LocalSqsError extends Error {
  constructor(
    override readonly name: string,
    message: string,
  ) {
    super(message);
  }
}

export interface LocalSqsClientOptions {
  readonly queue: DurableQueue;
  readonly region: string;
  /** @default MAX_MESSAGE_BYTES */
  readonly maxMessageBytes?: number;
}

/** What a SendMessageBatch entry fails with, or null when SQS would take it. */
function refuse(body: string | undefined, maxBytes: number): { Code: string; Message: string } | null {
  if (body === undefined || body.length === 0)
    return { Code: 'MissingParameter', Message: 'MessageBody is required' };
  if (Buffer.byteLength(body, 'utf8') > maxBytes)
    return { Code: 'InvalidParameterValue', Message: `message is longer than ${maxBytes} bytes` };
  if (INVALID_BODY.test(body))
    return { Code: 'InvalidMessageContents', Message: 'message contains characters outside the allowed set' };
  return null;
}

/**
 * An SQS client for the local queue: `send(command)` as the SDK's, for the commands the
 * pipeline uses; any other command is refused with an error naming it.
 */
export class LocalSqsClient {
  private readonly queue: DurableQueue;
  private readonly region: string;
  private readonly maxBytes: number;
  private moveTasks = 0;

  constructor(options: LocalSqsClientOptions) {
    this.queue = options.queue;
    this.region = options.region;
    this.maxBytes = options.maxMessageBytes ?? MAX_MESSAGE_BYTES;
  }

  urlOf(name: string): string {
    return localQueueUrl(this.region, name);
  }

  arnOf(name: string): string {
    return localQueueArn(this.region, name);
  }

  private nameOf(urlOrArn: string | undefined): string {
    const name = urlOrArn?.split(/[/:]/).pop() ?? '';
    const known = this.queue.definitions().some((d) => d.name === name);
    if (!known || (urlOrArn !== this.urlOf(name) && urlOrArn !== this.arnOf(name)))
      throw new LocalSqsError('QueueDoesNotExist', `the specified queue does not exist: ${urlOrArn}`);
    return name;
  }

  // The SDK's send is overloaded per command; this answers the supported ones.
  // biome-ignore lint/suspicious/noExplicitAny: an SQSClient stand-in returns each command's own output
  async send(command: object, options?: unknown): Promise<any> {
    if (command instanceof SendMessageBatchCommandClass) return this.sendBatch(command);
    if (command instanceof SendMessageCommand) {
      const { QueueUrl, MessageBody } = command.input;
      const out = await this.sendBatch(
        new SendMessageBatchCommandClass({
          QueueUrl,
          Entries: [{ Id: 'm', MessageBody }],
        }),
      );
      const failed = out.Failed?.[0];
      if (failed) throw new LocalSqsError(failed.Code ?? 'InvalidParameterValue', failed.Message ?? '');
      const ok = out.Successful?.[0];
      return {
        MessageId: ok?.MessageId,
        MD5OfMessageBody: ok?.MD5OfMessageBody,
        $metadata: {},
      } satisfies SendMessageCommandOutput;
    }
    if (command instanceof ReceiveMessageCommand) {
      const { QueueUrl, MaxNumberOfMessages, WaitTimeSeconds, VisibilityTimeout } = command.input;
      const max = MaxNumberOfMessages ?? 1;
      if (max < 1 || max > 10)
        throw new LocalSqsError('InvalidParameterValue', 'MaxNumberOfMessages must be between 1 and 10');
      const signal = (options as { abortSignal?: AbortSignal } | undefined)?.abortSignal;
      const received = await this.queue.receive(this.nameOf(QueueUrl), {
        max,
        waitMs: (WaitTimeSeconds ?? 0) * 1000,
        ...(VisibilityTimeout !== undefined ? { visibilityTimeoutMs: VisibilityTimeout * 1000 } : {}),
        ...(signal ? { signal } : {}),
      });
      if (signal?.aborted && received.length === 0) {
        const error = new Error('Request aborted');
        error.name = 'AbortError';
        throw error;
      }
      return {
        Messages: received.map((m) => toMessage(m)),
        $metadata: {},
      } satisfies ReceiveMessageCommandOutput;
    }
    if (command instanceof DeleteMessageBatchCommand) {
      const { QueueUrl, Entries = [] } = command.input;
      const unknown = new Set(
        await this.queue.delete(
          this.nameOf(QueueUrl),
          Entries.map((e) => e.ReceiptHandle ?? ''),
        ),
      );
      return {
        Successful: Entries.filter((e) => !unknown.has(e.ReceiptHandle ?? '')).map((e) => ({ Id: e.Id })),
        Failed: Entries.filter((e) => unknown.has(e.ReceiptHandle ?? '')).map((e) => ({
          Id: e.Id,
          Code: 'ReceiptHandleIsInvalid',
          Message: 'the receipt handle names no message in flight',
          SenderFault: true,
        })),
        $metadata: {},
      } satisfies DeleteMessageBatchCommandOutput;
    }
    if (command instanceof DeleteMessageCommand) {
      const { QueueUrl, ReceiptHandle } = command.input;
      const unknown = await this.queue.delete(this.nameOf(QueueUrl), [ReceiptHandle ?? '']);
      if (unknown.length > 0)
        throw new LocalSqsError('ReceiptHandleIsInvalid', 'the receipt handle names no message in flight');
      return { $metadata: {} };
    }
    if (command instanceof GetQueueAttributesCommand) {
      const name = this.nameOf(command.input.QueueUrl);
      const depth = this.queue.depth(name);
      const definition = this.queue.definitions().find((d) => d.name === name);
      return {
        Attributes: {
          QueueArn: this.arnOf(name),
          ApproximateNumberOfMessages: String(depth.visible),
          ApproximateNumberOfMessagesNotVisible: String(depth.inflight),
          VisibilityTimeout: String(Math.round((definition?.visibilityTimeoutMs ?? 0) / 1000)),
          ...(definition?.redrive
            ? {
                RedrivePolicy: JSON.stringify({
                  deadLetterTargetArn: this.arnOf(definition.redrive.deadLetterQueue),
                  maxReceiveCount: definition.redrive.maxReceiveCount,
                }),
              }
            : {}),
        },
        $metadata: {},
      } satisfies GetQueueAttributesCommandOutput;
    }
    if (command instanceof StartMessageMoveTaskCommand) {
      const source = this.nameOf(command.input.SourceArn);
      // Without a destination, SQS moves the messages back to the queues they were dead-lettered from.
      const destination =
        command.input.DestinationArn !== undefined
          ? this.nameOf(command.input.DestinationArn)
          : this.queue.definitions().find((d) => d.redrive?.deadLetterQueue === source)?.name;
      if (destination === undefined)
        throw new LocalSqsError(
          'InvalidParameterValue',
          `${command.input.SourceArn} is not a dead-letter queue`,
        );
      await this.queue.moveAll(source, destination);
      this.moveTasks += 1;
      return {
        TaskHandle: `local-move-${this.moveTasks}`,
        $metadata: {},
      } satisfies StartMessageMoveTaskCommandOutput;
    }
    throw new LocalSqsError(
      'UnsupportedOperation',
      `${command.constructor.name} is not supported by the local queue`,
    );
  }

  private async sendBatch(command: SendMessageBatchCommand): Promise<SendMessageBatchCommandOutput> {
    const { QueueUrl, Entries = [] } = command.input;
    const name = this.nameOf(QueueUrl);
    if (Entries.length === 0 || Entries.length > 10)
      throw new LocalSqsError(
        Entries.length === 0 ? 'EmptyBatchRequest' : 'TooManyEntriesInBatchRequest',
        'a batch takes 1 to 10 entries',
      );
    const total = Entries.reduce((n, e) => n + Buffer.byteLength(e.MessageBody ?? '', 'utf8'), 0);
    if (total > this.maxBytes)
      throw new LocalSqsError('BatchRequestTooLong', `the batch is ${total} bytes, over ${this.maxBytes}`);
    const accepted = Entries.filter((e) => refuse(e.MessageBody, this.maxBytes) === null);
    const sent = await this.queue.send(
      name,
      accepted.map((e) => e.MessageBody as string),
    );
    return {
      Successful: accepted.map((e, i) => ({
        Id: e.Id,
        MessageId: sent[i]?.id,
        MD5OfMessageBody: sent[i]?.md5,
      })),
      Failed: Entries.flatMap((e) => {
        const why = refuse(e.MessageBody, this.maxBytes);
        return why ? [{ Id: e.Id, SenderFault: true, ...why }] : [];
      }),
      $metadata: {},
    } as SendMessageBatchCommandOutput;
  }

  /** Nothing to release: the queue is closed by its owner. */
  destroy(): void {}
}

function toMessage(m: ReceivedMessage): Message {
  return {
    MessageId: m.id,
    ReceiptHandle: m.receipt,
    Body: m.body,
    MD5OfBody: m.md5,
    Attributes: {
      ApproximateReceiveCount: String(m.receiveCount),
      SentTimestamp: String(m.sentAt),
      SenderId: LOCAL_ACCOUNT,
      ApproximateFirstReceiveTimestamp: String(m.firstReceiveAt ?? m.sentAt),
    },
  };
}
