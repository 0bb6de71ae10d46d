/**
 * `npm start` writes where it listens to DATA_DIR/local-runtime.json, so that
 * `job-enrich ingest` in another terminal can post to the running API (whose /ingest queues
 * durably) and `job-enrich redrive` can reach the running runtime.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as z from 'zod/mini';

const FILE = 'local-runtime.json';

export const RuntimeInfoSchema = z.object({
  pid: z.int(),
  startedAt: z.string(),
  region: z.string(),
  tableName: z.string(),
  queueUrl: z.string(),
  endpoints: z.object({ dynamodb: z.string() }),
  apiUrl: z._default(z.nullable(z.string()), null),
});
export type RuntimeInfo = z.infer<typeof RuntimeInfoSchema>;

/** Records a running local runtime. */
export async function writeRuntimeInfo(dataDir: string, info: RuntimeInfo): Promise<void> {
  await writeFile(join(dataDir, FILE), `${JSON.stringify(info, null, 2)}\n`);
}

/** Forgets the local runtime (on stop). */
export async function removeRuntimeInfo(dataDir: string): Promise<void> {
  await rm(join(dataDir, FILE), { force: true });
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** The running local runtime of a data directory, or null when none runs there. */
export async function readRuntimeInfo(dataDir: string): Promise<RuntimeInfo | null> {
  let text: string;
  try {
    text = await readFile(join(dataDir, FILE), 'utf8');
  } catch {
    return null;
  }
  const parsed = RuntimeInfoSchema.safeParse(JSON.parse(text));
  return parsed.success && isAlive(parsed.data.pid) ? parsed.data : null;
}
