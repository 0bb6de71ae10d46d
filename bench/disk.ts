/**
 * `npm run bench -- disk`: bytes on disk per stored listing under DATA_DIR, the way `npm start`
 * keeps them (dynalite on LevelDB in DATA_DIR/dynalite), for the items the writer leaves
 * (listing item with its index entries, skill and certification items), and the process's peak
 * memory while seeding. DISK_LISTINGS sets the count (default 3,000).
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDynamoDbClient } from '../functions/aws-clients.ts';
import { ensureTable } from '../functions/local/bootstrap.ts';
import { startDynalite } from '../functions/local/start-emulators.ts';
import { fmt, PeakMemory } from './measure.ts';
import { seedListings } from './seed-listings.ts';

const bytesUnder = (dir: string) => Number(execFileSync('du', ['-sb', dir]).toString().split('\t')[0]);

export async function benchDisk(count = Number(process.env.DISK_LISTINGS ?? 3_000)): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'job-enrich-disk-'));
  const path = join(dataDir, 'dynalite');
  const peak = new PeakMemory();
  const timer = setInterval(() => peak.sample(), 100);
  try {
    let emulator = await startDynalite({ path });
    let client = createDynamoDbClient({ region: 'us-east-1', endpoint: emulator.endpoint });
    await ensureTable(client, 'job-enrich-listings');
    const empty = bytesUnder(path);
    const t0 = performance.now();
    await seedListings(client, 'job-enrich-listings', 0, count);
    const seconds = (performance.now() - t0) / 1000;
    client.destroy();
    await emulator.stop();
    // Reopened, as a restart does: LevelDB has flushed its log into tables by then.
    emulator = await startDynalite({ path });
    client = createDynamoDbClient({ region: 'us-east-1', endpoint: emulator.endpoint });
    client.destroy();
    await emulator.stop();
    const used = bytesUnder(path) - empty;
    console.log(
      `local store on disk: ${fmt(used / count, 0)} bytes per listing under DATA_DIR (${fmt(count)} listings, ${fmt(used / 2 ** 20, 1)} MiB; ` +
        `${fmt(count / seconds, 0)} listings/s seeded; peak RSS of this process, dynalite in it, ${fmt(peak.mib, 0)} MiB); ` +
        `100,000 listings: about ${fmt(((used / count) * 100_000) / 2 ** 20, 0)} MiB`,
    );
  } finally {
    clearInterval(timer);
    await rm(dataDir, { recursive: true, force: true });
  }
}
