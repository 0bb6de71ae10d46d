/**
 * Each handler bundled as lib/function-defaults.ts bundles it (the same esbuild options): small
 * enough for a quick cold start, and importing only the SDK clients it uses.
 */
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import {
  handlerBuildOptions,
  MAX_BUNDLE_BYTES,
  MAX_DOCUMENT_BUNDLE_BYTES,
  maxBundleBytes,
  PROJECT_ROOT,
} from '../../lib/function-defaults.ts';

const HANDLERS = [
  'api',
  'document-api',
  'enrich-consumer',
  'ingest',
  'feed-pull',
  'sign-in',
  'page-authorizer',
] as const;

interface Bundle {
  readonly bytes: number;
  readonly sdkImports: string[];
  /** Every module in the bundle, as esbuild names it (project-relative). */
  readonly inputs: string[];
}

const bundles = new Map<string, Promise<Bundle>>();

function bundle(handler: string): Promise<Bundle> {
  let pending = bundles.get(handler);
  if (!pending) {
    pending = build1(handler);
    bundles.set(handler, pending);
  }
  return pending;
}

async function build1(handler: string): Promise<Bundle> {
  const result = await build({
    ...handlerBuildOptions(join(PROJECT_ROOT, 'functions/handlers', `${handler}.ts`)),
    metafile: true,
  });
  const output = result.outputFiles[0];
  const meta = result.metafile as Metafile;
  const sdkImports = Object.values(meta.inputs)
    .flatMap((input) => input.imports.map((i) => i.path))
    .filter((path) => path.startsWith('@aws-sdk/'));
  const inOutput = Object.values(meta.outputs).flatMap((o) =>
    Object.entries(o.inputs)
      .filter(([, v]) => v.bytesInOutput > 0)
      .map(([path]) => path),
  );
  return {
    bytes: output?.contents.byteLength ?? 0,
    sdkImports: [...new Set(sdkImports)].sort(),
    inputs: inOutput,
  };
}

describe('the handler bundles', () => {
  it.each(HANDLERS)('%s is within its bar without source maps', async (handler) => {
    const { bytes } = await bundle(handler);
    expect(bytes).toBeGreaterThan(20_000);
    expect(bytes).toBeLessThanOrEqual(maxBundleBytes(handler));
  });

  it('only the document function, the feed pull and ingest, which carry the whole reader, have the larger bar', () => {
    const readers = ['document-api', 'feed-pull', 'ingest'];
    expect(MAX_DOCUMENT_BUNDLE_BYTES).toBe(720 * 1024);
    for (const handler of readers) expect(maxBundleBytes(handler)).toBe(MAX_DOCUMENT_BUNDLE_BYTES);
    for (const handler of HANDLERS.filter((h) => !readers.includes(h)))
      expect(maxBundleBytes(handler)).toBe(MAX_BUNDLE_BYTES);
  });

  it('the query function carries no document reader (POST /ingest, /classify and the paste form run in the document function)', async () => {
    const { inputs } = await bundle('api');
    const reader = inputs.filter((path) =>
      /functions\/enrichment\/parse\/|node_modules\/(htmlparser2|cheerio|entities|@streamparser)\//.test(
        path,
      ),
    );
    expect(reader).toEqual([]);
    // The document function is where they went.
    const documents = (await bundle('document-api')).inputs;
    expect(documents.some((path) => path.includes('functions/enrichment/parse/'))).toBe(true);
  });

  it('the document function reads benchmarks only: no listing writer, listing queries or job identity', async () => {
    const { inputs } = await bundle('document-api');
    const unused = inputs.filter((path) =>
      /functions\/store\/(listing-writer|listing-query|listing-item|dynamodb-listing-store|listing-document)\.ts|functions\/enrichment\/identity\/|functions\/http\/openapi/.test(
        path,
      ),
    );
    expect(unused).toEqual([]);
    expect(inputs).toContain('functions/store/benchmark-reader.ts');
  });

  it('the query function sends nothing to SQS; the document function does', async () => {
    expect((await bundle('api')).sdkImports).toEqual(['@aws-sdk/client-dynamodb']);
    expect((await bundle('document-api')).sdkImports).toEqual([
      '@aws-sdk/client-dynamodb',
      '@aws-sdk/client-sqs',
    ]);
  });

  it('the ingest function imports the SQS client and not the DynamoDB client it does not use', async () => {
    expect((await bundle('ingest')).sdkImports).toEqual(['@aws-sdk/client-sqs']);
  });

  it('the sign-in routes and the page authorizer use no AWS SDK client at all', async () => {
    expect((await bundle('sign-in')).sdkImports).toEqual([]);
    expect((await bundle('page-authorizer')).sdkImports).toEqual([]);
  });
});
