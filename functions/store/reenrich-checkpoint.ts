/**
 * Where a re-enrichment got to, kept in the listings table itself (one small item per target
 * taxonomy version: `pk = R#reenrich`, `sk = <version>`), so the local CLI and the AWS job
 * resume the same way after a crash or a timeout: from the walk's last page boundary, with the
 * counts so far. Listings written after that boundary and before the crash are not walked
 * twice (they carry the new version and the walk's filter drops them), so a resumed run's
 * counts may miss those few; listings and benchmarks are exact either way.
 */
import { DeleteItemCommand, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import type { Item } from './dynamodb-codec.ts';
import type { WriterContext } from './listing-writer.ts';

export const CHECKPOINT_PK = 'R#reenrich';

export interface ReenrichCheckpoint<S> {
  readonly version: string;
  /** The walk's next start (a table key), null when the walk is done. */
  readonly cursor: Item | null;
  readonly summary: S;
  readonly done: boolean;
  readonly updatedAt: string;
}

type Ctx = Pick<WriterContext, 'client' | 'tableName'>;
const key = (version: string): Item => ({ pk: { S: CHECKPOINT_PK }, sk: { S: version } });

export async function loadCheckpoint<S>(ctx: Ctx, version: string): Promise<ReenrichCheckpoint<S> | null> {
  const out = await ctx.client.send(
    new GetItemCommand({ TableName: ctx.tableName, Key: key(version), ConsistentRead: true }),
  );
  const body = out.Item?.cp?.S;
  if (body === undefined) return null;
  try {
    return JSON.parse(body) as ReenrichCheckpoint<S>;
  } catch {
    return null;
  }
}

export async function saveCheckpoint<S>(ctx: Ctx, checkpoint: ReenrichCheckpoint<S>): Promise<void> {
  await ctx.client.send(
    new PutItemCommand({
      TableName: ctx.tableName,
      Item: { ...key(checkpoint.version), cp: { S: JSON.stringify(checkpoint) } },
    }),
  );
}

export async function clearCheckpoint(ctx: Ctx, version: string): Promise<void> {
  await ctx.client.send(new DeleteItemCommand({ TableName: ctx.tableName, Key: key(version) }));
}
