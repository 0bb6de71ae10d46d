import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirInUseError, lockDataDir } from '../../../functions/local/data-dir-lock.ts';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function dataDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'job-enrich-lock-'));
  dirs.push(dir);
  return dir;
}

describe('lockDataDir', () => {
  it('refuses a second holder while the first lives, naming its pid', async () => {
    const dir = await dataDir();
    const lock = await lockDataDir(dir);

    const second = lockDataDir(dir, process.pid + 1);

    await expect(second).rejects.toThrow(DataDirInUseError);
    await expect(second).rejects.toThrow(`in use by another npm start (pid ${process.pid})`);
    await lock.release();
    await (await lockDataDir(dir, process.pid + 1)).release();
  });

  it('takes over a stale lock whose process is gone (a kill -9), and an empty one', async () => {
    const dir = await dataDir();
    await writeFile(join(dir, 'lock'), `${2 ** 22 + 11}\n`);

    const lock = await lockDataDir(dir);
    expect((await readFile(lock.path, 'utf8')).trim()).toBe(String(process.pid));
    await lock.release();

    await writeFile(join(dir, 'lock'), '');
    await expect(lockDataDir(dir)).resolves.toMatchObject({ path: join(dir, 'lock') });
  });
});
