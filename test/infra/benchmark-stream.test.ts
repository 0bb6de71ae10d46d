/**
 * The benchmark fold on AWS: the table's stream, the event source mapping that feeds the fold
 * (listing items only, batched, bisected, retried, an on-failure queue, a tumbling window for
 * the shard id its checkpoints need), its alarms and its least privilege.
 */
import { describe, expect, it } from 'vitest';
import { FOLD_BATCH_SIZE, FOLD_LEADING_KEYS } from '../../lib/benchmark-stream.ts';
import {
  actionsOf,
  logicalIdOf,
  resourcesOf,
  statementsOfRole,
  synthesizeJobEnrichStack,
} from './synthesize-job-enrich-stack.ts';

const { stack, template } = synthesizeJobEnrichStack();
const tableId = logicalIdOf(stack.listings.table);
const fold = stack.benchmarkStream;
const mapping = Object.values(template.findResources('AWS::Lambda::EventSourceMapping')).find(
  (m) => m.Properties.FunctionName?.Ref === logicalIdOf(fold.handler.function),
);
const statements = statementsOfRole(template, logicalIdOf(fold.handler.role));

describe('the benchmark fold', () => {
  it('reads the table stream with old and new images', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
    });
    expect(mapping?.Properties.EventSourceArn).toEqual({ 'Fn::GetAtt': [tableId, 'StreamArn'] });
  });

  it('gets listing items only, in batches, with the shard id (tumbling window), bisected and retried', () => {
    const p = mapping?.Properties;
    expect(p.BatchSize).toBe(FOLD_BATCH_SIZE);
    expect(p.MaximumBatchingWindowInSeconds).toBeGreaterThan(0);
    expect(p.StartingPosition).toBe('TRIM_HORIZON');
    expect(p.BisectBatchOnFunctionError).toBe(true);
    expect(p.MaximumRetryAttempts).toBeGreaterThan(0);
    expect(p.ParallelizationFactor).toBe(1);
    expect(p.TumblingWindowInSeconds).toBeGreaterThan(0);
    expect(JSON.parse(p.FilterCriteria.Filters[0].Pattern)).toEqual({
      dynamodb: { Keys: { pk: { S: [{ prefix: 'L#' }] } } },
    });
    expect(p.DestinationConfig.OnFailure.Destination).toEqual({
      'Fn::GetAtt': [logicalIdOf(fold.onFailure), 'Arn'],
    });
  });

  it('may only update aggregate items: no read, put or delete of the table, no other keys', () => {
    const allows = statements.filter((s) => s.Effect === 'Allow');
    const onTable = allows.filter((s) => JSON.stringify(resourcesOf(s)).includes(`"${tableId}","Arn"`));
    expect(onTable.map(actionsOf)).toEqual([['dynamodb:UpdateItem']]);
    expect(onTable[0]?.Condition).toEqual({
      'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [...FOLD_LEADING_KEYS] },
    });
    const deny = statements.find((s) => s.Effect === 'Deny' && actionsOf(s).includes('dynamodb:PutItem'));
    expect(deny?.Condition).toEqual({ 'ForAnyValue:StringNotLike': { 'dynamodb:LeadingKeys': ['A#*'] } });
    const streamRead = allows.find((s) => actionsOf(s).includes('dynamodb:GetRecords'));
    expect(resourcesOf(streamRead as (typeof statements)[number])).toEqual([
      { 'Fn::GetAtt': [tableId, 'StreamArn'] },
    ]);
    expect(allows.flatMap(actionsOf)).not.toContain('dynamodb:Query');
  });

  it('is alarmed: errors, throttles, iterator age and records given up on', () => {
    const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm'));
    const fnRef = { Ref: logicalIdOf(fold.handler.function) };
    const on = (metric: string) =>
      alarms.find(
        (a) =>
          a.Properties.MetricName === metric &&
          JSON.stringify(a.Properties.Dimensions ?? []).includes(JSON.stringify(fnRef)),
      );
    expect(on('Errors')).toBeDefined();
    expect(on('Throttles')).toBeDefined();
    expect(on('IteratorAge')?.Properties.Statistic).toBe('Maximum');
    const queueName = { 'Fn::GetAtt': [logicalIdOf(fold.onFailure), 'QueueName'] };
    expect(
      alarms.some((a) => JSON.stringify(a.Properties.Dimensions ?? []).includes(JSON.stringify(queueName))),
    ).toBe(true);
  });
});
