import { Stack, Validations } from 'aws-cdk-lib';
import type { CfnTable } from 'aws-cdk-lib/aws-dynamodb';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { JobEnrichFunction } from './function-defaults.ts';
import type { ListingsTable } from './listings-table.ts';

/**
 * Item reads. No `Scan`: every read path is a Query by design, and IAM keeps it that way.
 * No `DescribeTable`: the functions know the key schema from `table-definition.ts`.
 */
export const TABLE_READ_ACTIONS: readonly string[] = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
];

/**
 * Item writes, the ones the store issues (conditional puts and updates, batched writes). Nothing
 * here touches the table itself (no `DeleteTable`, `UpdateTable`, `dynamodb:*`), and no
 * `DeleteItem`: the store never deletes.
 */
export const TABLE_WRITE_ACTIONS: readonly string[] = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:BatchWriteItem',
];

/**
 * Grants `actions` on the table's items (and its indexes' items, when it has any) to a function,
 * and adds `TABLE_NAME` to its environment.
 *
 * Index ARNs are `<table-arn>/index/*`: cdk-nag reports that wildcard (AwsSolutions-IAM5), and
 * the acknowledgement is recorded here, on the function's role only, naming that exact resource.
 */
export function grantTableAccess(
  fn: JobEnrichFunction,
  listings: ListingsTable,
  actions: readonly string[],
): void {
  listings.table.grant(fn, ...actions);
  fn.function.addEnvironment('TABLE_NAME', listings.table.tableName);
  if (!listings.hasIndexes) return;
  const stack = Stack.of(listings);
  const tableLogicalId = stack.resolve((listings.table.node.defaultChild as CfnTable).logicalId) as string;
  Validations.of(fn.role).acknowledge({
    id: `AwsSolutions-IAM5[Resource::<${tableLogicalId}.Arn>/index/*]`,
    reason:
      'Queries go through the global secondary indexes of this one table; the wildcard covers only ' +
      'its index names, which table-definition.ts owns and may extend.',
  });
}

/**
 * Partition keys of the items the enrich consumer writes, as IAM `StringLike` patterns: the
 * listing item (`L#`) and its skill and certification index items (`X#`, functions/store/
 * listing-keys.ts); benchmarks are computed from the listings, so nothing else. Feed sources (`FEED`) and seen
 * markers (`S#`) belong to the feed pull. test/infra/consumer-keys.test.ts runs the real writer
 * and checks every key it writes against these, so a new item type fails there first.
 */
export const CONSUMER_LEADING_KEYS: readonly string[] = ['L#*', 'X#*'];

/** Writes that change items, deletes included (BatchWriteItem carries DeleteRequests too). */
const ITEM_WRITES = [...TABLE_WRITE_ACTIONS, 'dynamodb:DeleteItem'];

/** Actions on the table itself that no function needs. */
export const TABLE_ADMIN_ACTIONS: readonly string[] = [
  'dynamodb:DeleteTable',
  'dynamodb:UpdateTable',
  'dynamodb:UpdateTimeToLive',
  'dynamodb:DeleteBackup',
];

/**
 * Explicit denies on a function's role, whatever else it is granted: writes to any item whose
 * partition key matches none of `leadingKeys` (`dynamodb:LeadingKeys`, checked on every key of a
 * batch), and every table-level change, DeleteTable included.
 */
export function denyOutsideKeys(
  fn: JobEnrichFunction,
  listings: ListingsTable,
  leadingKeys: readonly string[],
): void {
  fn.role.addToPrincipalPolicy(
    new PolicyStatement({
      sid: 'OnlyListingShapedKeys',
      effect: Effect.DENY,
      actions: ITEM_WRITES,
      resources: [listings.table.tableArn],
      conditions: { 'ForAnyValue:StringNotLike': { 'dynamodb:LeadingKeys': [...leadingKeys] } },
    }),
  );
  fn.role.addToPrincipalPolicy(
    new PolicyStatement({
      sid: 'NoTableChanges',
      effect: Effect.DENY,
      actions: [...TABLE_ADMIN_ACTIONS],
      resources: [listings.table.tableArn],
    }),
  );
}
