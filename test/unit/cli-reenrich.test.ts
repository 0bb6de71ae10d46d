import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runReenrichCommand } from '../../functions/cli/reenrich.ts';

const io = () => {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l), env: () => undefined },
  };
};

describe('job-enrich reenrich', () => {
  it.each([[['--rate', '-1']], [['--rate', 'fast']], [['--page-size', '0']], [['--nope']]])(
    'refuses %j as bad usage, touching nothing',
    async (argv) => {
      const t = io();
      expect(await runReenrichCommand(argv, t.io)).toBe(2);
      expect(t.err.join('\n')).toMatch(/usage: job-enrich reenrich/);
      expect(t.out).toEqual([]);
    },
  );

  it('dry-runs an empty data directory at rest: nothing to re-enrich, nothing written, its lock released', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'reenrich-cli-'));
    try {
      const t = io();
      expect(await runReenrichCommand(['--dry-run', '--data-dir', dataDir], t.io)).toBe(0);
      expect(JSON.parse(t.out[0] as string)).toMatchObject({ seen: 0, changed: 0, done: true, dryRun: true });
      expect(t.err.join('\n')).toContain('dry run, nothing written');
      expect(await readdir(dataDir)).not.toContain('lock');
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
