/**
 * The listings table's keys and indexes: the one definition that the CDK stack and the local
 * bootstrap (dynalite) both read, so the two can never disagree.
 */
export const TABLE_KEYS = {
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'S' },
} as const;

export interface IndexDefinition {
  readonly indexName: string;
  readonly partitionKey: { readonly name: string; readonly type: 'S' | 'N' };
  readonly sortKey: { readonly name: string; readonly type: 'S' | 'N' };
}

/** Global secondary indexes (projection ALL). */
export const TABLE_INDEXES: readonly IndexDefinition[] = [];
