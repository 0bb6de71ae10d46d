/**
 * Emulators in-process, on loopback ports: dynalite (the DynamoDB API on LevelDB; persisted
 * when given a directory), the local runtime's store; and fauxqs (the SQS API, in memory only),
 * which the local runtime no longer uses (its queue is durable-queue.ts) but tests of the Lambda
 * entries do, as they need an SQS endpoint. Nothing here talks to AWS.
 */
import type { AddressInfo } from 'node:net';
import dynalite from 'dynalite';
import type { FauxqsServer } from 'fauxqs';

export interface RunningEmulator {
  /** `http://127.0.0.1:<port>` */
  readonly endpoint: string;
  stop(): Promise<void>;
}

/**
 * Starts dynalite on 127.0.0.1.
 * @param options.path LevelDB directory for persistence; in memory when absent.
 */
export async function startDynalite(
  options: { path?: string | undefined; port?: number } = {},
): Promise<RunningEmulator> {
  const server = dynalite({
    ...(options.path ? { path: options.path } : {}),
    createTableMs: 0,
    deleteTableMs: 0,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    // dynalite's close() also closes LevelDB, which a restart needs to reopen the directory.
    stop: () =>
      new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

export interface RunningFauxqs extends RunningEmulator {
  readonly server: FauxqsServer;
}

/**
 * Starts fauxqs on 127.0.0.1. Queue URLs name `sqs.<region>.localhost` (a host name that is a valid
 * URL; clients send to the endpoint, not to that host).
 */
export async function startSqsEmulator(options: { port?: number; region: string }): Promise<RunningFauxqs> {
  const { startFauxqs } = await import('fauxqs');
  const server = await startFauxqs({
    port: options.port ?? 0,
    host: 'localhost',
    logger: false,
    defaultRegion: options.region,
  });
  return { endpoint: server.address, server, stop: () => server.stop() };
}
