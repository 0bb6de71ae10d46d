import { Duration, Stack } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
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
  /**
   * Where alarm state changes are published.
   * @default - a new topic encrypted with a customer-managed KMS key (subscribe to it after deploy)
   */
  readonly topic?: ITopic;
}

/**
 * CloudWatch alarms on the queues: any message in a dead-letter queue (a posting or a feed pull
 * that kept failing) and a postings backlog older than `maxMessageAge` (the consumer is down,
 * throttled or failing every batch). Both notify an SNS topic, on alarm and on recovery.
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
    key.grant(cloudWatch, 'kms:Decrypt', 'kms:GenerateDataKey*');
    const topic = new Topic(this, 'Topic', { masterKey: key, enforceSSL: true });
    const { account, region, partition } = Stack.of(this);
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
