import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  loadApiConfig,
  loadConsumerConfig,
  loadFeedPullConfig,
  loadLocalConfig,
} from '../../functions/config.ts';

const AWS_ENV = {
  AWS_REGION: 'eu-west-1',
  TABLE_NAME: 'JobEnrich-Listings-1A2B',
  QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/123456789012/postings',
};

describe('config', () => {
  it('reads what the consumer needs, with defaults for logging and metrics', () => {
    expect(loadConsumerConfig(AWS_ENV)).toEqual({
      region: 'eu-west-1',
      tableName: 'JobEnrich-Listings-1A2B',
      endpoints: {},
      logLevel: 'INFO',
      serviceName: 'job-enrich',
      metricsNamespace: 'JobEnrich',
    });
  });

  it('passes emulator endpoints through and ignores empty ones', () => {
    const config = loadFeedPullConfig({
      ...AWS_ENV,
      DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000',
      SQS_ENDPOINT: '',
    });

    expect(config.endpoints).toEqual({ dynamodb: 'http://127.0.0.1:8000' });
  });

  it('names every missing and malformed variable in one message', () => {
    const load = () =>
      loadFeedPullConfig({ AWS_REGION: 'eu-west-1', QUEUE_URL: 'not a url', LOG_LEVEL: 'chatty' });

    expect(load).toThrow(ConfigError);
    expect(load).toThrow(/TABLE_NAME is required/);
    expect(load).toThrow(/QUEUE_URL must be an absolute URL/);
    expect(load).toThrow(/LOG_LEVEL must be one of/);
  });

  it('requires a long enough cursor secret for the API', () => {
    expect(() => loadApiConfig(AWS_ENV)).toThrow(/CURSOR_SECRET is required/);
    expect(() => loadApiConfig({ ...AWS_ENV, CURSOR_SECRET: 'short' })).toThrow(
      /CURSOR_SECRET must be at least 32/,
    );
    expect(loadApiConfig({ ...AWS_ENV, CURSOR_SECRET: 'k'.repeat(32) }).cursorSecret).toBe('k'.repeat(32));
  });

  it('gives npm start its defaults, quieter logs and no required secret', () => {
    expect(loadLocalConfig({})).toEqual({
      dataDir: '.data/',
      port: 3000,
      logLevel: 'WARN',
      cursorSecret: null,
      maxBacklog: 20_000,
      consumerConcurrency: 8,
    });
    expect(loadLocalConfig({ PORT: '8080', LOG_LEVEL: 'debug', DATA_DIR: '/tmp/je' })).toMatchObject({
      port: 8080,
      logLevel: 'DEBUG',
      dataDir: '/tmp/je',
    });
    expect(() => loadLocalConfig({ PORT: 'eighty' })).toThrow(/PORT/);
  });
});
