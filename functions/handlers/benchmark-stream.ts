/**
 * Lambda entry of the benchmark fold: the listings table's stream (NEW_AND_OLD_IMAGES, filtered
 * to listing items, tumbling window for the shard id) folded into the benchmark aggregates.
 * Wiring only; the fold is functions/store/benchmark-fold.ts.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { createDynamoDbClient } from '../aws-clients.ts';
import { loadConsumerConfig } from '../config.ts';
import { createBenchmarkStreamHandler } from '../store/benchmark-stream.ts';

const config = loadConsumerConfig();
const logger = new Logger({ serviceName: config.serviceName, logLevel: config.logLevel });

export const handler = createBenchmarkStreamHandler({
  client: createDynamoDbClient({ region: config.region, endpoint: config.endpoints.dynamodb }),
  tableName: config.tableName,
  log: (result) => logger.info('benchmark fold', { ...result }),
});
