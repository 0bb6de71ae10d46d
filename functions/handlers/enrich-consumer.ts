/**
 * Lambda entry of the enrich consumer (SQS event source with ReportBatchItemFailures).
 * Wiring only: configuration, clients and the taxonomy are built once per cold start.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { createDynamoDbClient } from '../aws-clients.ts';
import { loadConsumerConfig, loadTaxonomyFileSetting } from '../config.ts';
import { createEnrichConsumer } from '../consumer/enrich-consumer.ts';
import { createPowertoolsMetrics } from '../consumer/pipeline-metrics.ts';
import { enrichPosting } from '../enrichment/index.ts';
import { createListingWriter } from '../store/dynamodb-listing-writer.ts';
import { bundledTaxonomy } from '../taxonomy-in-force.ts';

const config = loadConsumerConfig();
const logger = new Logger({ serviceName: config.serviceName, logLevel: config.logLevel });
const metrics = new Metrics({ namespace: config.metricsNamespace, serviceName: config.serviceName });

export const handler = createEnrichConsumer({
  store: createListingWriter({
    client: createDynamoDbClient({ region: config.region, endpoint: config.endpoints.dynamodb }),
    tableName: config.tableName,
  }),
  // The shipped taxonomy, or the operator's file the stack validated at synth and bundled.
  taxonomy: bundledTaxonomy(loadTaxonomyFileSetting()),
  enrich: enrichPosting,
  logger,
  metrics: createPowertoolsMetrics(metrics),
});
