import { RemovalPolicy } from 'aws-cdk-lib';
import {
  type Attribute,
  AttributeType,
  BillingMode,
  ProjectionType,
  StreamViewType,
  Table,
  TableEncryption,
} from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { TABLE_INDEXES, TABLE_KEYS, TTL_ATTRIBUTE } from '../functions/store/table-definition.ts';

function toAttribute(key: { readonly name: string; readonly type: 'S' | 'N' }): Attribute {
  return { name: key.name, type: key.type === 'N' ? AttributeType.NUMBER : AttributeType.STRING };
}

export interface ListingsTableProps {
  /**
   * Refuse `DeleteTable` even from an administrator until the flag is turned off. The table is
   * retained on stack deletion anyway; this also guards against a console or CLI slip.
   * @default true
   */
  readonly deletionProtection?: boolean;
}

/**
 * The listings table: on-demand, point-in-time recovery, encrypted with the AWS-managed key, kept
 * when the stack is deleted. Keys and indexes come from `functions/store/table-definition.ts`,
 * the module the local bootstrap reads too, so dynalite and DynamoDB cannot drift apart.
 */
export class ListingsTable extends Construct {
  public readonly table: Table;

  public constructor(scope: Construct, id: string, props: ListingsTableProps = {}) {
    super(scope, id);

    // Stateful: this construct id names the table; renaming it replaces the table (its data stays
    // behind, retained but orphaned).
    this.table = new Table(this, 'Table', {
      partitionKey: toAttribute(TABLE_KEYS.partitionKey),
      sortKey: toAttribute(TABLE_KEYS.sortKey),
      // Bursty ingest and an idle table most of the day: on-demand costs nothing while idle.
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      // The AWS-managed key (aws/dynamodb) rather than the default AWS-owned one: same cost in
      // practice (DynamoDB caches the table key), and every use of the key shows in CloudTrail.
      encryption: TableEncryption.AWS_MANAGED,
      deletionProtection: props.deletionProtection ?? true,
      removalPolicy: RemovalPolicy.RETAIN,
      // Seen markers of the feed pull expire; nothing else carries the attribute.
      timeToLiveAttribute: TTL_ATTRIBUTE,
      // The benchmark fold (lib/benchmark-stream.ts) reads each listing's change, before and after.
      stream: StreamViewType.NEW_AND_OLD_IMAGES,
    });

    for (const index of TABLE_INDEXES) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: toAttribute(index.partitionKey),
        sortKey: toAttribute(index.sortKey),
        ...(index.include
          ? { projectionType: ProjectionType.INCLUDE, nonKeyAttributes: [...index.include] }
          : { projectionType: ProjectionType.ALL }),
      });
    }
  }

  /** Whether the table has global secondary indexes (their ARNs then need grants too). */
  public get hasIndexes(): boolean {
    return TABLE_INDEXES.length > 0;
  }
}
