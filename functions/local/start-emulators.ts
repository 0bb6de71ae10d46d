/**
 * Emulators in-process, on loopback ports: dynalite (the DynamoDB API on LevelDB; persisted
 * when given a directory), the local runtime's store; and fauxqs (the SQS API, in memory only),
 * which the local runtime no longer uses (its queue is durable-queue.ts) but tests of the Lambda
 * entries do, as they need an SQS endpoint. Nothing here talks to AWS.
 */
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { Worker } from 'node:worker_threads';
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

/**
 * dynalite in a worker thread: CommonJS evaluated in the worker, so no TypeScript loader is
 * needed there. It answers `{ port }` once listening, `{ error }` if it cannot open its store,
 * and closes on 'stop'.
 */
const DYNALITE_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const dynalite = require(workerData.modulePath);
const server = dynalite(workerData.options);
server.once('error', (error) => parentPort.postMessage({ error: String(error && error.message || error) }));
server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port }));
parentPort.on('message', (message) => {
  if (message === 'stop') server.close((error) => parentPort.postMessage({ closed: error ? String(error) : true }));
});
`;

/**
 * Starts dynalite in a worker thread on 127.0.0.1: the table's LevelDB and JSON work runs on
 * another core than the consumer's parsing and classifying (npm run bench -- pipeline), and the
 * thread dies with the process, so a `kill -9` leaves no orphan holding the store's lock.
 * @param options.path LevelDB directory for persistence; in memory when absent.
 */
export async function startDynaliteThread(
  options: { path?: string | undefined } = {},
): Promise<RunningEmulator> {
  const worker = new Worker(DYNALITE_WORKER, {
    eval: true,
    workerData: {
      modulePath: createRequire(import.meta.url).resolve('dynalite'),
      options: { ...(options.path ? { path: options.path } : {}), createTableMs: 0, deleteTableMs: 0 },
    },
  });
  const port = await new Promise<number>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`dynalite's thread exited with ${code}`)));
    worker.once('message', (message: { port?: number; error?: string }) => {
      if (message.port) resolve(message.port);
      else reject(new Error(message.error ?? 'dynalite did not start'));
    });
  }).catch(async (error: unknown) => {
    await worker.terminate();
    throw error;
  });
  return {
    endpoint: `http://127.0.0.1:${port}`,
    // Closing the server closes LevelDB, which a restart needs to reopen the directory.
    stop: async () => {
      const closed = new Promise<void>((resolve) => worker.once('message', () => resolve()));
      worker.postMessage('stop');
      await closed;
      await worker.terminate();
    },
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
