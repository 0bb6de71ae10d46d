import { Duration, Validations } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { JobEnrichFunction, type JobEnrichFunctionProps } from './function-defaults.ts';
import type { ListingsTable } from './listings-table.ts';
import { createDeadLetterQueue } from './postings-queue.ts';
import { denyOutsideKeys } from './table-access.ts';

/**
 * Partition keys the benchmark fold writes: its aggregate items (functions/store/
 * benchmark-fold.ts), nothing else.
 */
export const FOLD_LEADING_KEYS: readonly string[] = ['A#*'];

/** Records per invocation at most: a batch folds to one update per aggregate key. */
export const FOLD_BATCH_SIZE = 100;
/** How long the event source gathers records before invoking (bigger batches, fewer updates). */
export const FOLD_BATCHING_WINDOW = Duration.seconds(5);

export interface BenchmarkStreamProps {
  readonly listings: ListingsTable;
  readonly code?: JobEnrichFunctionProps['code'];
}

/**
 * The benchmark fold on AWS: the listings table's stream (NEW_AND_OLD_IMAGES, enabled by
 * ListingsTable) → a Lambda that folds each batch into one conditional update per aggregate key.
 *
 * - Only listing items reach it (an event filter on `pk` prefix `L#`): index and feed items cost
 *   no invocation.
 * - A tumbling window puts the stream shard's id in each event: the fold's checkpoints are per
 *   shard, which is what makes a retried or bisected batch change nothing.
 * - A failing batch is bisected and retried; records still failing after the retries (or older
 *   than a day) go, as metadata, to an encrypted on-failure queue, alarmed; `job-enrich doctor
 *   --fix` then recounts the aggregates from the listings.
 * - Alarms (lib/alarms.ts): the function's errors and throttles, the on-failure queue, and the
 *   iterator age (how far benchmarks lag the listings).
 * - IAM: UpdateItem on the table's `A#` items only, the stream read the event source grants, and
 *   the explicit denies of table-access.ts.
 */
export class BenchmarkStream extends Construct {
  public readonly handler: JobEnrichFunction;
  public readonly onFailure: Queue;

  public constructor(scope: Construct, id: string, props: BenchmarkStreamProps) {
    super(scope, id);
    const table = props.listings.table;
    this.handler = new JobEnrichFunction(this, 'Handler', {
      entry: 'functions/handlers/benchmark-stream.ts',
      description: 'Folds listing changes from the table stream into the benchmark aggregates',
      serviceName: 'benchmark-fold',
      memorySize: 256,
      timeout: Duration.seconds(60),
      code: props.code,
      // The event source grants the stream read: GetRecords, GetShardIterator and DescribeStream
      // on this table's stream, and ListStreams, which has no resource-level permission.
      otherWildcardActions: ['dynamodb:ListStreams'],
    });
    // The only call the fold makes: UpdateItem of aggregate items, on the table (not its indexes),
    // no reads of the table at all (it reads the stream).
    this.handler.role.addToPrincipalPolicy(
      new PolicyStatement({
        sid: 'UpdateAggregateItems',
        actions: ['dynamodb:UpdateItem'],
        resources: [table.tableArn],
        conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [...FOLD_LEADING_KEYS] } },
      }),
    );
    this.handler.function.addEnvironment('TABLE_NAME', table.tableName);
    denyOutsideKeys(this.handler, props.listings, FOLD_LEADING_KEYS);

    this.onFailure = createDeadLetterQueue(this, 'OnFailure');
    Validations.of(this.onFailure).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason:
        "This queue is itself the end of the line: the benchmark fold's event source sends the metadata " +
        'of batches that failed every retry here (alarmed), for `job-enrich doctor --fix` to repair.',
    });
    this.handler.function.addEventSource(
      new DynamoEventSource(table, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: FOLD_BATCH_SIZE,
        maxBatchingWindow: FOLD_BATCHING_WINDOW,
        bisectBatchOnError: true,
        retryAttempts: 10,
        maxRecordAge: Duration.hours(24),
        parallelizationFactor: 1,
        tumblingWindow: Duration.seconds(60),
        onFailure: new SqsDlq(this.onFailure),
        filters: [FilterCriteria.filter({ dynamodb: { Keys: { pk: { S: FilterRule.beginsWith('L#') } } } })],
      }),
    );
  }
}
