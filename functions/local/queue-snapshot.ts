/**
 * fauxqs keeps messages in memory only, so `npm start` saves what is still queued (ready,
 * delayed, in flight; postings queue and dead-letter queue) to DATA_DIR on a clean stop and
 * sends it again on the next start: a restart loses no posting. Receive counts start again.
 */
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { FauxqsServer } from 'fauxqs';
import * as z from 'zod/mini';

const SNAPSHOT_FILE = 'queue-snapshot.json';

const SnapshotSchema = z.object({
  savedAt: z.string(),
  queues: z.record(z.string(), z.array(z.string())),
});

/** Message bodies of a queue, in every state. */
function bodiesOf(server: FauxqsServer, queueName: string): string[] {
  const inspected = server.inspectQueue(queueName);
  if (!inspected) return [];
  const { ready, delayed, inflight } = inspected.messages;
  return [...ready, ...delayed, ...inflight.map((i) => i.message)].map((m) => m.body);
}

/** Writes the bodies of the named queues under `dataDir`; returns how many were saved. */
export async function saveQueueSnapshot(
  server: FauxqsServer,
  dataDir: string,
  queueNames: readonly string[],
) {
  const queues = Object.fromEntries(queueNames.map((name) => [name, bodiesOf(server, name)]));
  const count = Object.values(queues).reduce((n, bodies) => n + bodies.length, 0);
  const path = join(dataDir, SNAPSHOT_FILE);
  if (count === 0) {
    await rm(path, { force: true });
    return 0;
  }
  await writeFile(`${path}.tmp`, JSON.stringify({ savedAt: new Date().toISOString(), queues }));
  await rename(`${path}.tmp`, path);
  return count;
}

/**
 * Sends the saved bodies back to their queues (by name → URL) and removes the snapshot.
 * Returns how many were restored.
 */
export async function restoreQueueSnapshot(
  sqs: SQSClient,
  dataDir: string,
  urls: Readonly<Record<string, string>>,
): Promise<number> {
  const path = join(dataDir, SNAPSHOT_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return 0;
  }
  const snapshot = SnapshotSchema.parse(JSON.parse(text));
  let restored = 0;
  for (const [name, bodies] of Object.entries(snapshot.queues)) {
    const queueUrl = urls[name];
    if (!queueUrl) continue;
    // One by one: ten bodies near the size limit would overflow a batch call.
    for (const body of bodies) {
      await sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: body }));
      restored += 1;
    }
  }
  await rm(path, { force: true });
  return restored;
}
