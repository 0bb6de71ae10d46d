/**
 * Every Lambda's code size as deployed, then the consumer Lambda's cold-start cost: its bundle size (minified, AWS SDK left to the runtime
 * as in lib/function-defaults.ts) and its module load time, against a bare `cheerio/slim`
 * import, each in fresh processes, alternating.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { handlerBuildOptions, maxBundleBytes } from '../lib/function-defaults.ts';
import { fmt, median } from './measure.ts';

const root = join(import.meta.dirname, '..');

async function bundle(entry: string | { contents: string }, outfile: string): Promise<number> {
  await build({
    ...(typeof entry === 'string'
      ? { entryPoints: [entry] }
      : { stdin: { contents: entry.contents, resolveDir: root, loader: 'js' as const } }),
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    outfile,
    external: ['@aws-sdk/*'],
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    logLevel: 'error',
  });
  return statSync(outfile).size;
}

const RUNTIME_SDK = ['@aws-sdk/client-dynamodb'];

/** Every Lambda's code as the stack bundles it (lib/function-defaults.ts), in bytes, largest first. */
async function handlerSizes(): Promise<Array<[string, number]>> {
  const dir = join(root, 'functions/handlers');
  const sizes: Array<[string, number]> = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const result = await build(handlerBuildOptions(join(dir, file)));
    sizes.push([file.replace(/\.ts$/, ''), result.outputFiles[0]?.contents.byteLength ?? 0]);
  }
  return sizes.sort((a, b) => b[1] - a[1]);
}

/**
 * Milliseconds to import `file` in a fresh Node process (the process's own start excluded);
 * `preload` modules are imported before the clock starts.
 */
function loadMs(file: string, preload: readonly string[] = []): number {
  const pre = preload.map((m) => `await import(${JSON.stringify(m)});`).join('');
  const script = `${pre}const t=performance.now();await import(${JSON.stringify(file)});process.stdout.write(String(performance.now()-t));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: root,
    env: {
      ...process.env,
      AWS_REGION: 'us-east-1',
      TABLE_NAME: 'bench',
      QUEUE_URL: 'http://localhost/q',
      // As the stack ships it: the taxonomy file beside the bundle, read at cold start.
      JOB_ENRICH_TAXONOMY: join(root, 'taxonomy/it-management.json'),
    },
    // stderr kept off the terminal (on Node 20 the SDK warns of its Node 22 requirement in every
    // child); a child that fails still throws with its stderr in the error.
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return Number(out.toString());
}

export async function benchBundle(rounds = 9): Promise<void> {
  for (const [name, bytes] of await handlerSizes())
    console.log(
      `${name} Lambda: ${fmt(bytes / 1024, 1)} KiB as the stack bundles it (bar ${maxBundleBytes(name) / 1024} KiB)`,
    );
  // Inside the project, so the bundle's external @aws-sdk/* imports resolve as the Lambda
  // runtime's would: their load time is part of the figure.
  const dir = join(root, 'node_modules/.cache/job-enrich-bench');
  mkdirSync(dir, { recursive: true });
  const consumer = join(dir, 'consumer.mjs');
  const consumerBytes = await bundle(join(root, 'functions/handlers/enrich-consumer.ts'), consumer);
  const cheerio = join(dir, 'cheerio.mjs');
  const cheerioBytes = await bundle({ contents: "export { load } from 'cheerio/slim';" }, cheerio);
  // The document function carries the reader and the classifier under a larger bar
  // (MAX_DOCUMENT_BUNDLE_BYTES): its load is the figure that bar stands for.
  const documents = join(dir, 'document-api.mjs');
  await bundle(join(root, 'functions/handlers/document-api.ts'), documents);
  const own: number[] = [];
  const withSdk: number[] = [];
  const bare: number[] = [];
  const documentLoad: number[] = [];
  for (let i = 0; i < rounds; i++) {
    own.push(loadMs(consumer, RUNTIME_SDK));
    withSdk.push(loadMs(consumer));
    bare.push(loadMs(cheerio));
    documentLoad.push(loadMs(documents, [...RUNTIME_SDK, '@aws-sdk/client-sqs']));
  }
  const ratio = median(own) / median(bare);
  console.log(
    `consumer bundle: ${fmt(consumerBytes / 1024, 1)} KB minified, AWS SDK external (goal <= 250 KB)`,
  );
  console.log(
    `consumer module load: ${fmt(median(own), 1)} ms with the runtime's AWS SDK already loaded vs bare cheerio/slim ${fmt(median(bare), 1)} ms (${fmt(cheerioBytes / 1024, 1)} KB bundle): ratio ${fmt(ratio, 2)} (goal <= 1.5); ${fmt(median(withSdk), 1)} ms counting the SDK's own load from node_modules`,
  );
  console.log(
    `document function module load: ${fmt(median(documentLoad), 1)} ms with the runtime's AWS SDK already loaded: ratio ${fmt(median(documentLoad) / median(bare), 2)} to bare cheerio/slim`,
  );
}
