/**
 * `npm run bench`: every figure the issues ask for, printed. Cases can be picked by name:
 * `npm run bench -- classify feed`.
 */

import { benchApiLatency } from './api-latency.ts';
import { benchBigFeed } from './bigfeed.ts';
import { benchBundle } from './bundle.ts';
import { benchFeed, benchPages, printThroughput } from './classify.ts';
import { benchCost, benchCostScale } from './cost.ts';
import { benchDisk } from './disk.ts';
import { benchHostile } from './hostile.ts';
import { benchPage } from './page.ts';
import { benchPipeline } from './pipeline.ts';
import { benchReenrich } from './reenrich.ts';

const cases: Record<string, () => Promise<void> | void> = {
  classify: () => printThroughput('classify 2,000 careers pages (~8 KB)', benchPages()),
  feed: () => printThroughput('classify one RSS feed of 3,000 postings', benchFeed()),
  bigfeed: () => benchBigFeed(),
  bundle: () => benchBundle(),
  pipeline: () => benchPipeline(),
  cost: () => benchCost(),
  'cost-scale': () => benchCostScale(),
  disk: () => benchDisk(),
  page: () => benchPage(),
  reenrich: () => benchReenrich(),
  hostile: () => {
    console.log('hostile input, each through parse + classify:');
    benchHostile();
  },
  // Last: seeding 100,000 listings into dynalite takes about four minutes.
  'api-latency': () => benchApiLatency(),
};

const picked = process.argv.slice(2).filter((a) => a in cases);
for (const name of picked.length ? picked : Object.keys(cases)) await cases[name]?.();
