/**
 * Debian's chromium (`apt-get install chromium`) driven by playwright-core: no browser is
 * downloaded. Each launch gets a fresh profile in a temp dir and flags that keep it off the
 * network (no updates, no sync, no QUIC) and working in a container (no sandbox, no GPU).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  readonly context: BrowserContext;
  /** Where screenshots go (a temp dir, removed by close unless KEEP_SCREENSHOTS is set). */
  readonly shots: string;
  close(): Promise<void>;
}

/** Launches chromium with a fresh user-data-dir; throws naming the install command when absent. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(`no chromium at ${CHROMIUM_PATH}: apt-get update && apt-get install -y chromium`);
  const profile = await mkdtemp(join(tmpdir(), 'job-enrich-chromium-'));
  const shots = await mkdtemp(join(tmpdir(), 'job-enrich-shots-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    shots,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
      if (!process.env.KEEP_SCREENSHOTS) await rm(shots, { recursive: true, force: true });
    },
  };
}
