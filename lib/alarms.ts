import { Duration, Stack } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Alarm, ComparisonOperator, type IMetric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { type ITable, Operation } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { type ITopic, Topic } from 'aws-cdk-lib/aws-sns';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface AlarmsProps {
  /** The main postings queue, watched for a growing backlog. */
  readonly postingsQueue: IQueue;
  /** Dead-letter queues, each watched for any message at all. */
  readonly deadLetterQueues: Readonly<Record<string, IQueue>>;
  /**
   * Age of the oldest posting waiting in the queue at which the backlog counts as stuck. A healthy
   * consumer takes seconds; this leaves room for a large feed to drain.
   * @default Duration.minutes(15)
   */
  readonly maxMessageAge?: Duration;
  /** Functions whose `Errors` and `Throttles` are watched, by a name used in the alarm ids. */
  readonly functions?: Readonly<Record<string, IFunction>>;
  /**
   * Stream consumers whose `IteratorAge` (age of the oldest record not yet processed) is watched:
   * for the benchmark fold, how far benchmarks lag the listings.
   */
  readonly streamConsumers?: Readonly<Record<string, IFunction>>;
  /**
   * Iterator age that raises the alarm, held for five minutes (stream records live 24 h).
   * @default Duration.minutes(10)
   */
  readonly maxIteratorAge?: Duration;
  /** The HTTP API whose 5xx answers are watched. */
  readonly httpApi?: IHttpApi;
  /** The table whose throttling (read and write throttle events, throttled requests) is watched. */
  readonly table?: ITable;
  /**
   * 5xx answers of the API in five minutes that raise the alarm: a stray one is a bug to read
   * in the logs, not a page.
   * @default 5
   */
  readonly api5xxThreshold?: number;
  /**
   * Where alarm state changes are published.
   * @default - a new topic encrypted with a customer-managed KMS key (subscribe to it after deploy)
   */
  readonly topic?: ITopic;
}

/** DynamoDB operations the functions call, whose ThrottledRequests are summed. */
const TABLE_OPERATIONS = [
  Operation.GET_ITEM,
  Operation.BATCH_GET_ITEM,
  Operation.QUERY,
  Operation.PUT_ITEM,
  Operation.UPDATE_ITEM,
  Operation.BATCH_WRITE_ITEM,
  Operation.DELETE_ITEM,
];

/**
 * The stack's CloudWatch alarms, all plain alarms in this one construct:
 * - queues: any message in a dead-letter queue (a posting or a feed pull that kept failing) and
 *   a postings backlog older than `maxMessageAge` (the consumer is down, throttled or failing
 *   every batch);
 * - stream consumers: an iterator age over `maxIteratorAge` for five minutes;
 * - each function: any `Errors` (an invocation that threw or timed out: for the consumer a whole
 *   batch, for the API a 5xx before the app answered) and any `Throttles` in five minutes;
 * - the API: `api5xxThreshold` 5xx answers in five minutes;
 * - the table: any read or write throttle event, or throttled request, in five minutes (on
 *   demand, that is a hot partition or a burst past twice the previous peak).
 * Each notifies an SNS topic, on alarm and on recovery.
 */
export class Alarms extends Construct {
  public readonly topic: ITopic;
  public readonly alarms: readonly Alarm[];

  public constructor(scope: Construct, id: string, props: AlarmsProps) {
    super(scope, id);
    this.topic = props.topic ?? this.createTopic();
    const action = new SnsAction(this.topic);

    const alarms: Alarm[] = [];
    for (const [name, queue] of Object.entries(props.deadLetterQueues)) {
      alarms.push(
        new Alarm(this, `${name}DeadLetters`, {
          alarmDescription: `Messages in the ${name} dead-letter queue: inspect their logged reason, fix, redrive`,
          metric: queue.metricApproximateNumberOfMessagesVisible({
            period: Duration.minutes(1),
            statistic: 'Maximum',
          }),
          threshold: 0,
          comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
          evaluationPeriods: 1,
          // SQS stops publishing metrics for a queue idle for 6 hours: keep the alarm state
          // until the queue is drained (0 visible) instead of quietly returning to OK.
          treatMissingData: TreatMissingData.IGNORE,
        }),
      );
    }

    const maxAge = props.maxMessageAge ?? Duration.minutes(15);
    alarms.push(
      new Alarm(this, 'PostingsBacklogAge', {
        alarmDescription: `The oldest posting has waited over ${maxAge.toMinutes()} minutes: is the consumer failing or throttled?`,
        metric: props.postingsQueue.metricApproximateAgeOfOldestMessage({
          period: Duration.minutes(1),
          statistic: 'Maximum',
        }),
        threshold: maxAge.toSeconds(),
        comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: 5,
        datapointsToAlarm: 5,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }),
    );

    const fiveMinutes = Duration.minutes(5);
    const anyIn5Minutes = (id: string, metric: IMetric, description: string, threshold = 1) =>
      new Alarm(this, id, {
        alarmDescription: description,
        metric,
        threshold,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
    for (const [name, fn] of Object.entries(props.functions ?? {})) {
      alarms.push(
        anyIn5Minutes(
          `${name}Errors`,
          fn.metricErrors({ period: fiveMinutes, statistic: 'Sum' }),
          `The ${name} function failed invocations (threw, timed out or ran out of memory): read its log group`,
        ),
        anyIn5Minutes(
          `${name}Throttles`,
          fn.metricThrottles({ period: fiveMinutes, statistic: 'Sum' }),
          `The ${name} function was throttled: the account's concurrency is exhausted or a reserved limit is too low`,
        ),
      );
    }
    const maxIteratorAge = props.maxIteratorAge ?? Duration.minutes(10);
    for (const [name, fn] of Object.entries(props.streamConsumers ?? {})) {
      alarms.push(
        new Alarm(this, `${name}IteratorAge`, {
          alarmDescription: `The ${name} function is over ${maxIteratorAge.toMinutes()} minutes behind its stream: is it failing or throttled?`,
          metric: fn.metric('IteratorAge', { period: Duration.minutes(1), statistic: 'Maximum' }),
          threshold: maxIteratorAge.toMilliseconds(),
          comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
          evaluationPeriods: 5,
          datapointsToAlarm: 5,
          treatMissingData: TreatMissingData.NOT_BREACHING,
        }),
      );
    }
    if (props.httpApi) {
      const threshold = props.api5xxThreshold ?? 5;
      alarms.push(
        anyIn5Minutes(
          'Api5xx',
          props.httpApi.metricServerError({ period: fiveMinutes, statistic: 'Sum' }),
          `The API answered ${threshold} or more 5xx in five minutes: read the API function's log group and the access log`,
          threshold,
        ),
      );
    }
    if (props.table) {
      const table = props.table;
      alarms.push(
        anyIn5Minutes(
          'TableReadThrottles',
          table.metric('ReadThrottleEvents', { period: fiveMinutes, statistic: 'Sum' }),
          'DynamoDB throttled reads of the listings table: a hot partition or a burst beyond on-demand headroom',
        ),
        anyIn5Minutes(
          'TableWriteThrottles',
          table.metric('WriteThrottleEvents', { period: fiveMinutes, statistic: 'Sum' }),
          'DynamoDB throttled writes to the listings table: a hot partition or a burst beyond on-demand headroom',
        ),
        anyIn5Minutes(
          'TableThrottledRequests',
          table.metricThrottledRequestsForOperations({
            operations: TABLE_OPERATIONS,
            period: fiveMinutes,
          }),
          'Requests to the listings table were throttled (ThrottledRequests, summed over the operations the functions call)',
        ),
      );
    }

    for (const alarm of alarms) {
      alarm.addAlarmAction(action);
      alarm.addOkAction(action);
    }
    this.alarms = alarms;
  }

  /**
   * CloudWatch cannot publish to a topic encrypted with the AWS-managed `aws/sns` key (its key
   * policy cannot name CloudWatch), hence a customer-managed key ($1/month) with rotation.
   */
  private createTopic(): Topic {
    const key = new Key(this, 'TopicKey', {
      description: 'Encrypts the job-enrich alarm topic',
      enableKeyRotation: true,
    });
    const cloudWatch = new ServicePrincipal('cloudwatch.amazonaws.com');
    const { account, region, partition } = Stack.of(this);
    // Only this account's alarms may use the key (confused-deputy guard).
    key.addToResourcePolicy(
      new PolicyStatement({
        sid: 'CloudWatchAlarmsUseKey',
        principals: [cloudWatch],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
        conditions: {
          StringEquals: { 'aws:SourceAccount': account },
          ArnLike: { 'aws:SourceArn': `arn:${partition}:cloudwatch:${region}:${account}:alarm:*` },
        },
      }),
    );
    const topic = new Topic(this, 'Topic', { masterKey: key, enforceSSL: true });
    topic.addToResourcePolicy(
      new PolicyStatement({
        sid: 'CloudWatchAlarmsPublish',
        principals: [cloudWatch],
        actions: ['sns:Publish'],
        resources: [topic.topicArn],
        conditions: {
          StringEquals: { 'aws:SourceAccount': account },
          ArnLike: { 'aws:SourceArn': `arn:${partition}:cloudwatch:${region}:${account}:alarm:*` },
        },
      }),
    );
    return topic;
  }
}
