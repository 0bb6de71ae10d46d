/**
 * One `npm start` per data directory: DATA_DIR/lock holds the pid of the runtime that owns it,
 * created exclusively. A lock whose pid no longer runs (a `kill -9`, a power cut) is stale and
 * taken over; a live one makes the second start fail with one line naming the pid.
 */
import { open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

const LOCK_FILE = 'lock';

/** The data directory is in use by another live process. */
export class DataDirInUseError extends Error {
  override readonly name = 'DataDirInUseError';
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `${dataDir} is in use by another npm start (pid ${pid}): stop it, or set DATA_DIR to another directory`,
    );
  }
}

export interface DataDirLock {
  readonly path: string;
  release(): Promise<void>;
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

async function holderOf(path: string): Promise<number | null> {
  try {
    const pid = Number.parseInt((await readFile(path, 'utf8')).trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/**
 * Takes the lock of `dataDir` for this process.
 * @throws DataDirInUseError when a live process holds it.
 */
export async function lockDataDir(dataDir: string, pid = process.pid): Promise<DataDirLock> {
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const handle = await open(path, 'wx');
      try {
        await handle.write(`${pid}\n`);
        await handle.sync();
      } finally {
        await handle.close();
      }
      return {
        path,
        release: async () => {
          if ((await holderOf(path)) === pid) await rm(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await holderOf(path);
    if (holder !== null && holder !== pid && isAlive(holder)) throw new DataDirInUseError(dataDir, holder);
    // Stale (its process is gone) or half written by a start that died: take it over.
    await rm(path, { force: true });
  }
  const holder = await holderOf(path);
  throw new DataDirInUseError(dataDir, holder ?? 0);
}
