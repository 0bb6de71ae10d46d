import { basename, resolve } from 'node:path';
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { IHttpRouteAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2';
import type { Schedule } from 'aws-cdk-lib/aws-events';
import type { Code } from 'aws-cdk-lib/aws-lambda';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';
import type { Taxonomy } from '../functions/enrichment/index.ts';
import { taxonomyInForce } from '../functions/taxonomy-in-force.ts';
import { Alarms } from './alarms.ts';
import { BenchmarkStream } from './benchmark-stream.ts';
import { EnrichConsumer } from './enrich-consumer.ts';
import { FeedSchedule } from './feed-schedule.ts';
import { IngestFunction } from './ingest-function.ts';
import { ListingsTable } from './listings-table.ts';
import { PostingsQueue } from './postings-queue.ts';
import { QueryApi, type QueryApiProps } from './query-api.ts';
import { ReenrichJob } from './reenrich-job.ts';

/** The context key naming an operator's taxonomy file: `npx cdk synth -c taxonomyFile=mine.json`. */
export const TAXONOMY_FILE_CONTEXT = 'taxonomyFile';

export interface JobEnrichStackProps extends StackProps {
  /**
   * Authorizer of every API route.
   * @default - IAM authorization (SigV4)
   */
  readonly apiAuthorizer?: IHttpRouteAuthorizer;
  /**
   * The recruiters' sign-in (a Cognito user pool on the page's routes), or `false` for none.
   * @default - sign-in on, hosted UI at `job-enrich-<account>.auth.<region>.amazoncognito.com`
   */
  readonly signIn?: QueryApiProps['signIn'];
  /**
   * How often stored feeds are pulled.
   * @default - every 30 minutes
   */
  readonly feedPullSchedule?: Schedule;
  /**
   * Topic the alarms notify.
   * @default - a new KMS-encrypted topic
   */
  readonly alarmTopic?: ITopic;
  /**
   * Code deployed in every function instead of bundling the handlers: lets infra tests synthesize
   * in milliseconds without esbuild. Never set it in the app.
   * @default - each handler bundled from `functions/handlers/` by the local esbuild
   */
  readonly functionCode?: Code;
  /**
   * An operator's own taxonomy file (the shape of taxonomy/it-management.json; README "Your own
   * taxonomy"), relative to the working directory or absolute. Validated at synth: a broken file
   * fails `cdk synth` with the message npm start and the CLI give. Bundled beside the functions
   * that classify (the consumer and the API).
   * @default - the context value `taxonomyFile`, else the shipped taxonomy
   */
  readonly taxonomyFile?: string;
}

/**
 * job-enrich on AWS: postings queue → enrich consumer → listings table → query API, with the
 * ingest function, the scheduled feed pull and the alarms. It only composes constructs, and it is
 * environment-agnostic so `cdk synth` needs no AWS account.
 */
export class JobEnrichStack extends Stack {
  public readonly listings: ListingsTable;
  public readonly postings: PostingsQueue;
  public readonly enrichConsumer: EnrichConsumer;
  public readonly ingest: IngestFunction;
  public readonly feedPull: FeedSchedule;
  public readonly api: QueryApi;
  public readonly benchmarkStream: BenchmarkStream;
  public readonly alarms: Alarms;
  public readonly reenrich: ReenrichJob;
  /** The taxonomy the consumer and the API classify with: the operator's file, or the shipped one. */
  public readonly taxonomy: Taxonomy;

  public constructor(scope: Construct, id: string, props: JobEnrichStackProps = {}) {
    super(scope, id, props);
    const code = props.functionCode;
    const named = props.taxonomyFile ?? (this.node.tryGetContext(TAXONOMY_FILE_CONTEXT) as unknown);
    if (named !== undefined && (typeof named !== 'string' || named.trim() === ''))
      throw new Error(`${TAXONOMY_FILE_CONTEXT}: must be the path of a taxonomy file`);
    const taxonomyFile = named === undefined ? undefined : resolve(named);
    // Throws TaxonomyError: the file, line, column and field of each problem; synth stops there.
    this.taxonomy = taxonomyInForce(taxonomyFile ?? null);

    // Construct ids of stateful resources (Listings, Postings, FeedPull's queue, QueryApi's secret)
    // are part of their logical ids: never rename them.
    this.listings = new ListingsTable(this, 'Listings');
    const listings = this.listings;
    this.postings = new PostingsQueue(this, 'Postings');
    const postings = this.postings;
    // The consumer takes its timeout from the queue, whose visibility timeout derives from it.
    this.enrichConsumer = new EnrichConsumer(this, 'EnrichConsumer', {
      postings,
      listings,
      code,
      taxonomyFile,
    });
    this.ingest = new IngestFunction(this, 'Ingest', { postings, code });
    this.feedPull = new FeedSchedule(this, 'FeedPull', {
      postings,
      listings,
      schedule: props.feedPullSchedule,
      code,
    });
    this.api = new QueryApi(this, 'QueryApi', {
      postings,
      listings,
      authorizer: props.apiAuthorizer,
      signIn: props.signIn,
      code,
      taxonomyFile,
    });
    const signIn = this.api.signIn;
    this.reenrich = new ReenrichJob(this, 'Reenrich', { listings, code, taxonomyFile });
    this.benchmarkStream = new BenchmarkStream(this, 'BenchmarkStream', { listings, code });
    this.alarms = new Alarms(this, 'Alarms', {
      postingsQueue: postings.queue,
      deadLetterQueues: {
        Postings: postings.deadLetterQueue,
        FeedPull: this.feedPull.deadLetterQueue,
        Reenrich: this.reenrich.deadLetterQueue,
        BenchmarkFold: this.benchmarkStream.onFailure,
      },
      functions: {
        EnrichConsumer: this.enrichConsumer.handler.function,
        Ingest: this.ingest.handler.function,
        FeedPull: this.feedPull.handler.function,
        Api: this.api.handler.function,
        ApiDocuments: this.api.documentHandler.function,
        ...(signIn
          ? { SignIn: signIn.signInHandler.function, PageAuthorizer: signIn.authorizerHandler.function }
          : {}),
        Reenrich: this.reenrich.handler.function,
        BenchmarkFold: this.benchmarkStream.handler.function,
      },
      streamConsumers: { BenchmarkFold: this.benchmarkStream.handler.function },
      httpApi: this.api.httpApi,
      table: listings.table,
      topic: props.alarmTopic,
    });

    new CfnOutput(this, 'ApiUrl', {
      value: this.api.url,
      description: 'Base URL of the API (SigV4-signed requests)',
    });
    new CfnOutput(this, 'TableName', { value: listings.table.tableName });
    new CfnOutput(this, 'QueueUrl', { value: postings.queue.queueUrl });
    new CfnOutput(this, 'DeadLetterQueueUrl', { value: postings.deadLetterQueue.queueUrl });
    new CfnOutput(this, 'IngestFunctionName', { value: this.ingest.handler.function.functionName });
    new CfnOutput(this, 'ApiFunctionName', { value: this.api.handler.function.functionName });
    new CfnOutput(this, 'CursorSecretArn', {
      value: this.api.cursorSecret.secretArn,
      description: 'The key stays in Secrets Manager; docs/aws.md says how to rotate it',
    });
    new CfnOutput(this, 'ReenrichQueueUrl', {
      value: this.reenrich.queue.queueUrl,
      description: 'job-enrich reenrich --to <this> starts the re-enrichment job',
    });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.alarms.topic.topicArn });
    if (signIn) {
      new CfnOutput(this, 'UserPoolId', {
        value: signIn.userPool.userPoolId,
        description: "Recruiters' user pool: docs/aws.md says how to add a recruiter",
      });
      new CfnOutput(this, 'PageUrl', {
        value: `${this.api.url}/auth/login`,
        description: "The recruiters' page: sign in here",
      });
    }
    new CfnOutput(this, 'TaxonomyVersion', {
      value: this.taxonomy.version,
      description: `taxonomyVersion of the listings this deployment writes (${this.taxonomy.file ? basename(this.taxonomy.file) : 'the shipped taxonomy'})`,
    });
  }
}
