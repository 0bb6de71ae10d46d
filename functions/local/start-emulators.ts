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
 * and `{ closed }` after 'stop'. Besides its HTTP port (for tools in other processes), it takes
 * requests as messages `{ requests: [{ req, headers, body }] }` and answers
 * `{ answers: [{ res, status, headers, body }] }`, each side sending what one turn of its event
 * loop gathered as one message:
 * dynalite's own request handler (validation, errors, LevelDB) run on a stand-in request, with
 * no socket, HTTP parser or signature check in between (dynalite checks none).
 */
const DYNALITE_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { EventEmitter } = require('node:events');
const dynalite = require(workerData.modulePath);
// dynalite reads and decodes the table's description from LevelDB on every request (a fifth of
// its thread's time under npm run bench -- pipeline): keep the active table's, dropped whenever
// a table description is written (create, update, delete).
const db = require(require('node:path').join(require('node:path').dirname(workerData.modulePath), 'db'));
const create = db.create;
db.create = function (options) {
  const store = create(options);
  const tables = new Map();
  let generation = 0;
  for (const method of ['put', 'del', 'batch']) {
    const original = store.tableDb[method];
    store.tableDb[method] = function (...args) {
      tables.clear();
      generation += 1;
      return original.apply(this, args);
    };
  }
  const getTable = store.getTable;
  store.getTable = function (name, checkStatus, cb) {
    if (typeof checkStatus === 'function') return store.getTable(name, true, checkStatus);
    if (!checkStatus) return getTable(name, checkStatus, cb);
    const kept = tables.get(name);
    if (kept) return setImmediate(cb, null, kept);
    const asked = generation;
    getTable(name, checkStatus, (error, table) => {
      if (!error && asked === generation && table.TableStatus === 'ACTIVE') tables.set(name, table);
      cb(error, table);
    });
  };
  return store;
};
const server = dynalite(workerData.options);
const handle = server.listeners('request')[0];
const encoder = new TextEncoder();
// dynalite wants a SigV4-shaped header and a date; it verifies neither.
const AUTH = 'AWS4-HMAC-SHA256 Credential=local/20260101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=local';
server.once('error', (error) => parentPort.postMessage({ error: String(error && error.message || error) }));
server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port }));
// Answers go back in one message per turn of this thread's loop, as requests come (below).
let answers = [];
const flushAnswers = () => {
  const batch = answers;
  answers = [];
  parentPort.postMessage({ answers: batch }, batch.map((a) => a.body.buffer));
};
const serve = (message) => {
  const req = new EventEmitter();
  req.method = 'POST';
  req.url = '/';
  req.headers = { authorization: AUTH, 'x-amz-date': '20260101T000000Z', ...message.headers };
  const headers = {};
  const res = {
    statusCode: 200,
    setHeader(name, value) { headers[String(name).toLowerCase()] = String(value); },
    end(body) {
      const bytes = encoder.encode(body === undefined ? '' : String(body));
      if (answers.length === 0) setImmediate(flushAnswers);
      answers.push({ res: message.req, status: res.statusCode, headers, body: bytes });
    },
  };
  handle(req, res);
  const body = message.body;
  if (body.byteLength > 0) req.emit('data', Buffer.from(body.buffer, body.byteOffset, body.byteLength));
  req.emit('end');
};
parentPort.on('message', (message) => {
  if (message === 'stop') {
    server.close((error) => parentPort.postMessage({ closed: error ? String(error) : true }));
    return;
  }
  for (const request of message.requests) serve(request);
});
`;

/** The part of the SDK's HttpHandler contract an in-process transport needs (@smithy/types). */
export interface InProcessRequestHandler {
  handle(request: {
    method: string;
    headers: Record<string, string>;
    body?: unknown;
  }): Promise<{ response: { statusCode: number; headers: Record<string, string>; body: Uint8Array } }>;
  updateHttpClientConfig(key: never, value: never): void;
  httpHandlerConfigs(): Record<string, never>;
  destroy(): void;
}

export interface RunningDynaliteThread extends RunningEmulator {
  /**
   * An SDK `requestHandler` that hands each request to dynalite's thread as a message instead
   * of over HTTP: the same dynalite code answers, without the client's and the server's socket
   * and HTTP work (npm run bench -- pipeline).
   */
  readonly requestHandler: InProcessRequestHandler;
}

/**
 * Starts dynalite in a worker thread on 127.0.0.1: the table's LevelDB and JSON work runs on
 * another core than the consumer's parsing and classifying (npm run bench -- pipeline), and the
 * thread dies with the process, so a `kill -9` leaves no orphan holding the store's lock.
 * @param options.path LevelDB directory for persistence; in memory when absent.
 */
export async function startDynaliteThread(
  options: { path?: string | undefined } = {},
): Promise<RunningDynaliteThread> {
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
  type Answer = { res: number; status: number; headers: Record<string, string>; body: Uint8Array };
  const waiting = new Map<number, { resolve: (a: Answer) => void; reject: (e: unknown) => void }>();
  let nextId = 1;
  let closed: (() => void) | null = null;
  let gone: Error | null = null;
  const failAll = (error: Error) => {
    gone = error;
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  };
  worker.on('message', (message: { answers: Answer[] } | { closed: unknown }) => {
    if ('answers' in message) {
      for (const answer of message.answers) {
        const w = waiting.get(answer.res);
        waiting.delete(answer.res);
        w?.resolve(answer);
      }
    } else if ('closed' in message) closed?.();
  });
  worker.on('error', (error) => failAll(error));
  worker.on('exit', (code) => failAll(new Error(`dynalite's thread exited with ${code}`)));
  const encoder = new TextEncoder();
  // Requests made in one turn of the event loop go as one message (and their answers come back
  // as one): postMessage's fixed cost was 5.5% of the main thread's time under npm run bench --
  // pipeline, one message per request. With the trimmed middleware (local-dynamodb-client.ts):
  // 11.2 → 9.6 ms of CPU per posting stored, 600 bench-corpus postings in-process, loaded machine.
  type Request = { req: number; headers: Record<string, string>; body: Uint8Array<ArrayBuffer> };
  let outgoing: Request[] = [];
  const flush = () => {
    const requests = outgoing;
    outgoing = [];
    if (gone) {
      for (const r of requests) waiting.get(r.req)?.reject(gone);
      return;
    }
    worker.postMessage(
      { requests },
      requests.map((r) => r.body.buffer),
    );
  };
  const requestHandler: InProcessRequestHandler = {
    handle: async (request) => {
      if (gone) throw gone;
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(request.headers)) headers[name.toLowerCase()] = value;
      // Bytes in a buffer of their own, moved to the thread rather than copied again. (The SDK's
      // body is a Uint8Array with a string-like valueOf that Buffer.from would call.)
      const body =
        typeof request.body === 'string'
          ? encoder.encode(request.body)
          : request.body instanceof Uint8Array
            ? new Uint8Array(request.body)
            : new Uint8Array(0);
      const id = nextId++;
      const answer = await new Promise<Answer>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        if (outgoing.length === 0) setImmediate(flush);
        outgoing.push({ req: id, headers, body });
      });
      return { response: { statusCode: answer.status, headers: answer.headers, body: answer.body } };
    },
    updateHttpClientConfig: () => undefined,
    httpHandlerConfigs: () => ({}),
    destroy: () => undefined,
  };
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requestHandler,
    // Closing the server closes LevelDB, which a restart needs to reopen the directory.
    stop: async () => {
      if (!gone) {
        await new Promise<void>((resolve) => {
          closed = resolve;
          worker.postMessage('stop');
        });
      }
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
