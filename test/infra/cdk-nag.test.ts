import { App, Stack, Validations } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { beforeAll, describe, expect, it } from 'vitest';
import { TABLE_INDEXES } from '../../functions/store/table-definition.ts';
import { JobEnrichStack } from '../../lib/job-enrich-stack.ts';
import {
  INLINE_HANDLER,
  logicalIdOf,
  readCdkContext,
  synthesizeJobEnrichStack,
} from './synthesize-job-enrich-stack.ts';

interface Acknowledgement {
  readonly path: string;
  readonly id: string;
  readonly reason: string;
}

/** Every acknowledgement recorded with `Validations.of(x).acknowledge()` in a construct tree. */
function collectAcknowledgements(root: IConstruct): Acknowledgement[] {
  return root.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
          path: construct.node.path,
          id: id.replace(/^annotation::/i, ''),
          reason,
        })),
      ),
  );
}

describe('cdk-nag AwsSolutions checks', () => {
  let report: ReturnType<AwsSolutionsChecks['validateScope']>;

  // The first run loads every rule module of cdk-nag: seconds on a busy machine, so in a hook.
  beforeAll(() => {
    const { app } = synthesizeJobEnrichStack();
    report = new AwsSolutionsChecks(app, { verbose: true }).validateScope(app);
  });

  it('find nothing unacknowledged in the stack', () => {
    expect(report.violations).toEqual([]);
    expect(report.success).toBe(true);
  });

  // The CloudFormation validation engine starts here, in the test: seconds on a busy machine.
  it('let the app synthesize with the checks registered as a validation plugin, as bin/app.ts does', {
    timeout: 60_000,
  }, () => {
    // Built like bin/app.ts, with cdk.json's full context (CloudFormation validation included).
    const app = new App({ context: readCdkContext() });
    const stack = new JobEnrichStack(app, 'JobEnrich', { functionCode: INLINE_HANDLER });
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
    expect(() => app.synth()).not.toThrow();
    expect(Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp('AwsSolutions-.*'))).toEqual(
      [],
    );
    expect(Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('AwsSolutions-.*'))).toEqual(
      [],
    );
  });

  it('leave CDK itself with no warning or error to report', () => {
    const { stack } = synthesizeJobEnrichStack();
    expect(Annotations.fromStack(stack).findError('*', Match.anyValue())).toEqual([]);
    expect(Annotations.fromStack(stack).findWarning('*', Match.anyValue())).toEqual([]);
  });

  it('fail synthesis on a finding nobody acknowledged (the gate is live)', () => {
    const app = new App();
    new Secret(new Stack(app, 'Unreviewed'), 'Secret');
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    expect(() => app.synth()).toThrow(/AwsSolutions-SMG4/);
  });

  it('are acknowledged only on the resource concerned, for one named finding, with a reason', () => {
    const { app, stack } = synthesizeJobEnrichStack();
    const acknowledgements = collectAcknowledgements(app);
    // Index ARNs (`<table>/index/*`) are acknowledged per role, and only once the table has indexes.
    const indexWildcard = `AwsSolutions-IAM5[Resource::<${logicalIdOf(stack.listings.table)}.Arn>/index/*]`;
    const signIn = stack.api.signIn;
    if (!signIn) throw new Error('the stack signs recruiters in by default');
    const tableRoles = [
      stack.enrichConsumer.handler,
      stack.feedPull.handler,
      stack.api.handler,
      stack.api.documentHandler,
      stack.reenrich.handler,
    ].map((h) => h.role.node.path);
    // X-Ray's actions of active tracing take only "*", acknowledged on each function's role.
    // The fold's role also has dynamodb:ListStreams (no resource-level permission) under the same finding.
    const roles = [
      stack.enrichConsumer.handler,
      stack.ingest.handler,
      stack.feedPull.handler,
      stack.api.handler,
      stack.api.documentHandler,
      signIn.signInHandler,
      signIn.authorizerHandler,
      stack.reenrich.handler,
      stack.benchmarkStream.handler,
    ].map((h) => h.role);
    // The sign-in flow's own routes are the only routes without an authorizer.
    const openRoutes = ['/auth/login', '/auth/callback', '/auth/logout', '/auth/signed-out'].map(
      (path) => `${stack.api.routes.get(`GET ${path}`)?.node.path} AwsSolutions-APIG4`,
    );
    const expected = [
      ...openRoutes,
      // The fold's on-failure queue is a destination, not a queue with a dead-letter queue.
      'JobEnrich/BenchmarkStream/OnFailure AwsSolutions-SQS3',
      ...(TABLE_INDEXES.length > 0 ? tableRoles.map((path) => `${path} ${indexWildcard}`) : []),
      ...roles.map((role) => `${role.node.path} AwsSolutions-IAM5[Resource::*]`),
      'JobEnrich/QueryApi/CursorSecret AwsSolutions-SMG4',
    ];
    expect(acknowledgements.map(({ path, id }) => `${path} ${id}`).sort()).toEqual(expected.sort());
    for (const { path, reason } of acknowledgements) {
      expect(path).not.toBe(stack.node.path);
      expect(reason.length).toBeGreaterThan(60);
    }
  });
});
