// Preloaded into a bench child (`node --import ./bench/peak-rss.mjs …`): writes the process's
// peak resident set size (KiB, from getrusage) to $PEAK_RSS_FILE as it exits.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.PEAK_RSS_FILE)
    writeFileSync(process.env.PEAK_RSS_FILE, String(process.resourceUsage().maxRSS));
});
