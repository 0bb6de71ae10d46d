import { Stack, Validations } from 'aws-cdk-lib';
import type { CfnTable } from 'aws-cdk-lib/aws-dynamodb';
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
