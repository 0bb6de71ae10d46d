/**
 * `job-enrich doctor [--fix]`: recounts benchmarks from the stored listings and checks every
 * listing's index entries (store/store-doctor.ts), on the local store or a deployed table.
 *
 *   job-enrich doctor [--fix] [--data-dir DIR]        the store of `npm start` on DIR (running or not)
 *   job-enrich doctor [--fix] --table NAME [--region R] [--endpoint URL]   a deployed table
 *
 * Exit 0: consistent (or repaired and consistent); 1: findings remain; 2: bad usage.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createDynamoDbClient } from '../aws-clients.ts';

export interface DoctorIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly env: (name: string) => string | undefined;
}

const USAGE =
  'usage: job-enrich doctor [--fix] [--data-dir DIR] | [--fix] --table NAME [--region REGION] [--endpoint URL]';

/** The store a store command works on: a deployed table, the running `npm start`'s, or a DATA_DIR at rest. */
export async function openTarget(
  values: {
    table?: string | undefined;
    region?: string | undefined;
    endpoint?: string | undefined;
    'data-dir'?: string | undefined;
  },
  io: DoctorIo,
) {
  if (values.table !== undefined) {
    const region = values.region ?? io.env('AWS_REGION') ?? io.env('AWS_DEFAULT_REGION');
    if (!region) throw new Error('--table needs --region (or AWS_REGION)');
    const client = createDynamoDbClient({ region, endpoint: values.endpoint });
    return {
      client,
      tableName: values.table,
      label: `table ${values.table} (${region})`,
      close: async () => client.destroy(),
    };
  }
  const dataDir = resolve(values['data-dir'] ?? io.env('DATA_DIR') ?? '.data');
  const { readRuntimeInfo } = await import('../local/runtime-file.ts');
  const running = await readRuntimeInfo(dataDir);
  if (running) {
    const client = createDynamoDbClient({ region: running.region, endpoint: running.endpoints.dynamodb });
    return {
      client,
      tableName: running.tableName,
      label: `npm start on ${dataDir}`,
      close: async () => client.destroy(),
    };
  }
  // Nothing runs there: open the data directory's store directly (it is locked while npm start runs).
  const { join } = await import('node:path');
  const { startDynalite } = await import('../local/start-emulators.ts');
  const { LOCAL_REGION, LOCAL_TABLE_NAME } = await import('../local/start-local-runtime.ts');
  const emulator = await startDynalite({ path: join(dataDir, 'dynalite') });
  const client = createDynamoDbClient({ region: LOCAL_REGION, endpoint: emulator.endpoint });
  return {
    client,
    tableName: LOCAL_TABLE_NAME,
    label: `the local store under ${dataDir}`,
    close: async () => {
      client.destroy();
      await emulator.stop();
    },
  };
}

/** Runs the command; returns the exit code. */
export async function runDoctorCommand(argv: readonly string[], io: DoctorIo): Promise<number> {
  let values: ReturnType<typeof parse>['values'];
  const parse = () =>
    parseArgs({
      args: [...argv],
      options: {
        fix: { type: 'boolean', default: false },
        table: { type: 'string' },
        region: { type: 'string' },
        endpoint: { type: 'string' },
        'data-dir': { type: 'string' },
      },
    });
  try {
    values = parse().values;
  } catch (error) {
    io.err(`job-enrich doctor: ${(error as Error).message} (${USAGE})`);
    return 2;
  }
  const { runStoreDoctor } = await import('../store/store-doctor.ts');
  let target: Awaited<ReturnType<typeof openTarget>>;
  try {
    target = await openTarget(values, io);
  } catch (error) {
    io.err(`job-enrich doctor: ${(error as Error).message}`);
    return 2;
  }
  try {
    const result = await runStoreDoctor({
      client: target.client,
      tableName: target.tableName,
      fix: values.fix === true,
      report: (line) => io.out(line),
    });
    io.out(
      `${target.label}: ${result.listings} listings, ${result.indexItems} index items; ${result.problems} problems${
        values.fix ? `, ${result.repaired} repaired` : ''
      }; ${result.benchmarkDifferences} tier benchmarks differ from a recount of the listings; ${
        result.aggregateDifferences
      } kept benchmark aggregates differed${values.fix ? ' (repaired)' : ''}`,
    );
    const remaining =
      (values.fix ? 0 : result.problems + result.aggregateDifferences) + result.benchmarkDifferences;
    return remaining > 0 ? 1 : 0;
  } catch (error) {
    io.err(`job-enrich doctor: ${(error as Error).message}`);
    return 1;
  } finally {
    await target.close();
  }
}
