/**
 * Operating the stack: an alarm for each failure an on-call engineer must hear about, active
 * tracing, a bounded consumer, and the IAM conditions that keep the consumer to listing items.
 */
import { describe, expect, it } from 'vitest';
import { CONSUMER_LEADING_KEYS, TABLE_ADMIN_ACTIONS } from '../../lib/table-access.ts';
import {
  actionsOf,
  logicalIdOf,
  type PolicyStatement,
  statementsOfRole,
  synthesizeJobEnrichStack,
} from './synthesize-job-enrich-stack.ts';

const { stack, template } = synthesizeJobEnrichStack();
const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm'));
const topicRef = { Ref: logicalIdOf(stack.alarms.topic) };
const functions = {
  EnrichConsumer: stack.enrichConsumer.handler,
  Ingest: stack.ingest.handler,
  FeedPull: stack.feedPull.handler,
  Api: stack.api.handler,
  ApiDocuments: stack.api.documentHandler,
  Reenrich: stack.reenrich.handler,
  BenchmarkFold: stack.benchmarkStream.handler,
  ...(stack.api.signIn
    ? { SignIn: stack.api.signIn.signInHandler, PageAuthorizer: stack.api.signIn.authorizerHandler }
    : {}),
};

/** The alarms on a metric with one dimension equal to `value`. */
function alarmsOn(metricName: string, dimension: string, value: unknown) {
  return alarms.filter(
    (a) =>
      a.Properties.MetricName === metricName &&
      JSON.stringify(a.Properties.Dimensions) === JSON.stringify([{ Name: dimension, Value: value }]),
  );
}

describe('the alarms', () => {
  it.each(Object.entries(functions))('fire on any error or throttle of the %s function', (_name, fn) => {
    for (const metric of ['Errors', 'Throttles']) {
      const found = alarmsOn(metric, 'FunctionName', { Ref: logicalIdOf(fn.function) });
      expect(found, metric).toHaveLength(1);
      expect(found[0]?.Properties).toMatchObject({
        Namespace: 'AWS/Lambda',
        Statistic: 'Sum',
        Period: 300,
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        TreatMissingData: 'notBreaching',
        AlarmActions: [topicRef],
        OKActions: [topicRef],
      });
    }
  });

  it("fire on the API's 5xx answers", () => {
    const found = alarmsOn('5xx', 'ApiId', { Ref: logicalIdOf(stack.api.httpApi) });
    expect(found).toHaveLength(1);
    expect(found[0]?.Properties).toMatchObject({
      Namespace: 'AWS/ApiGateway',
      Statistic: 'Sum',
      Threshold: 5,
      AlarmActions: [topicRef],
    });
  });

  it('fire on any read or write throttle event of the table', () => {
    const table = { Ref: logicalIdOf(stack.listings.table) };
    for (const metric of ['ReadThrottleEvents', 'WriteThrottleEvents']) {
      const found = alarmsOn(metric, 'TableName', table);
      expect(found, metric).toHaveLength(1);
      expect(found[0]?.Properties).toMatchObject({
        Namespace: 'AWS/DynamoDB',
        Threshold: 1,
        AlarmActions: [topicRef],
      });
    }
  });

  it('fire on throttled requests of every operation the functions call on the table', () => {
    const throttled = alarms.filter((a) =>
      (a.Properties.Metrics as Array<{ MetricStat?: { Metric: { MetricName: string } } }> | undefined)?.some(
        (m) => m.MetricStat?.Metric.MetricName === 'ThrottledRequests',
      ),
    );
    expect(throttled).toHaveLength(1);
    const operations = (
      (throttled[0]?.Properties.Metrics ?? []) as Array<{
        MetricStat?: { Metric: { Dimensions: Array<{ Name: string; Value: unknown }> } };
      }>
    )
      .flatMap((m) => m.MetricStat?.Metric.Dimensions ?? [])
      .filter((d) => d.Name === 'Operation')
      .map((d) => d.Value);
    const granted = new Set(
      [stack.enrichConsumer, stack.feedPull, stack.api]
        .flatMap((c) => statementsOfRole(template, logicalIdOf(c.handler.role)))
        .filter((s) => s.Effect === 'Allow')
        .flatMap(actionsOf)
        .filter((a) => a.startsWith('dynamodb:'))
        .map((a) => a.slice('dynamodb:'.length)),
    );
    expect(new Set(operations)).toEqual(granted);
    expect(throttled[0]?.Properties).toMatchObject({ Threshold: 1, AlarmActions: [topicRef] });
  });

  it('all notify the topic, on alarm and on recovery', () => {
    // 4 dead-letter queues (postings, feed pull, re-enrichment, the fold's on-failure) + backlog age
    // + 2 per function + the fold's iterator age + API 5xx + 3 table throttling
    expect(alarms).toHaveLength(5 + Object.keys(functions).length * 2 + 1 + 1 + 3);
    for (const alarm of alarms) {
      expect(alarm.Properties.AlarmActions).toEqual([topicRef]);
      expect(alarm.Properties.OKActions).toEqual([topicRef]);
      expect(String(alarm.Properties.AlarmDescription).length).toBeGreaterThan(30);
    }
  });

  it("let only this account's CloudWatch alarms use the topic's key (aws:SourceAccount)", () => {
    const key = Object.values(template.findResources('AWS::KMS::Key'))[0];
    const statements = key?.Properties.KeyPolicy.Statement as PolicyStatement[];
    const cloudWatch = statements.filter(
      (s) => JSON.stringify(s.Principal) === JSON.stringify({ Service: 'cloudwatch.amazonaws.com' }),
    );
    expect(cloudWatch).toHaveLength(1);
    expect(cloudWatch[0]?.Condition).toEqual({
      StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } },
      ArnLike: { 'aws:SourceArn': expect.objectContaining({ 'Fn::Join': expect.anything() }) },
    });
  });
});

describe('every function', () => {
  it('is traced by X-Ray (active tracing)', () => {
    for (const fn of Object.values(functions)) {
      const resource = template.findResources('AWS::Lambda::Function')[logicalIdOf(fn.function)];
      expect(resource?.Properties.TracingConfig).toEqual({ Mode: 'Active' });
    }
  });

  it('ships no source map it would not read: no --enable-source-maps without maps', () => {
    for (const fn of Object.values(functions)) {
      const resource = template.findResources('AWS::Lambda::Function')[logicalIdOf(fn.function)];
      expect(resource?.Properties.Environment.Variables.NODE_OPTIONS).toBeUndefined();
    }
  });
});

describe('the enrich consumer', () => {
  const statements = statementsOfRole(template, logicalIdOf(stack.enrichConsumer.handler.role));
  const tableArn = { 'Fn::GetAtt': [logicalIdOf(stack.listings.table), 'Arn'] };

  it('runs at most 10 batches at once (the event source maxConcurrency)', () => {
    const mapping = Object.values(template.findResources('AWS::Lambda::EventSourceMapping')).find(
      (m) => m.Properties.FunctionName?.Ref === logicalIdOf(stack.enrichConsumer.handler.function),
    );
    expect(mapping?.Properties.ScalingConfig).toEqual({ MaximumConcurrency: 10 });
  });

  it('is denied every write to an item whose partition key is not listing-shaped (dynamodb:LeadingKeys)', () => {
    const deny = statements.find((s) => s.Effect === 'Deny' && actionsOf(s).includes('dynamodb:PutItem'));
    expect(deny?.Resource).toEqual(tableArn);
    expect(actionsOf(deny as PolicyStatement).sort()).toEqual(
      ['dynamodb:BatchWriteItem', 'dynamodb:DeleteItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'].sort(),
    );
    expect(deny?.Condition).toEqual({
      'ForAnyValue:StringNotLike': { 'dynamodb:LeadingKeys': [...CONSUMER_LEADING_KEYS] },
    });
    // Feed sources and seen markers (the feed pull's items) are outside.
    expect(CONSUMER_LEADING_KEYS).not.toContain('FEED');
    expect(CONSUMER_LEADING_KEYS.some((p) => p.startsWith('S#'))).toBe(false);
  });

  it('is denied DeleteTable and every other change to the table itself', () => {
    const deny = statements.find((s) => s.Effect === 'Deny' && actionsOf(s).includes('dynamodb:DeleteTable'));
    expect(deny).toMatchObject({ Resource: tableArn });
    expect(deny?.Condition).toBeUndefined();
    expect(actionsOf(deny as PolicyStatement).sort()).toEqual([...TABLE_ADMIN_ACTIONS].sort());
  });
});
