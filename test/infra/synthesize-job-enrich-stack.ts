import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App, type CfnElement, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { Code } from 'aws-cdk-lib/aws-lambda';
import type { IConstruct } from 'constructs';
import { PROJECT_ROOT } from '../../lib/function-defaults.ts';
import { JobEnrichStack, type JobEnrichStackProps } from '../../lib/job-enrich-stack.ts';

/** Stand-in code for every function, so the tests never wait for esbuild. */
export const INLINE_HANDLER = Code.fromInline('export const handler = async () => ({});');

/** The context (feature flags) of cdk.json, so tests synthesize what `cdk synth` synthesizes. */
export function readCdkContext(): Record<string, unknown> {
  const cdkJson = JSON.parse(readFileSync(join(PROJECT_ROOT, 'cdk.json'), 'utf8')) as {
    context?: Record<string, unknown>;
  };
  return cdkJson.context ?? {};
}

export interface SynthesizedStack {
  readonly app: App;
  readonly stack: JobEnrichStack;
  readonly template: Template;
}

/**
 * Builds the app's stack with inline function code and returns its template.
 *
 * CDK's built-in CloudFormation validation (`@aws-cdk/core:validateAgainstDefaultRules`) is off
 * here: its engine takes seconds to start in every test process. `cdk synth` runs it, and so does
 * the cdk-nag test that mirrors `bin/app.ts`.
 */
export function synthesizeJobEnrichStack(props: Partial<JobEnrichStackProps> = {}): SynthesizedStack {
  const app = new App({
    context: { ...readCdkContext(), '@aws-cdk/core:validateAgainstDefaultRules': false },
  });
  const stack = new JobEnrichStack(app, 'JobEnrich', { functionCode: INLINE_HANDLER, ...props });
  return { app, stack, template: Template.fromStack(stack) };
}

/** The logical id CloudFormation will see for a construct's default resource. */
export function logicalIdOf(construct: IConstruct): string {
  const element = construct.node.defaultChild as CfnElement | undefined;
  if (!element) throw new Error(`${construct.node.path} has no default CloudFormation resource`);
  return Stack.of(construct).resolve(element.logicalId) as string;
}

export interface PolicyStatement {
  readonly Effect: string;
  readonly Action: string | string[];
  readonly Resource: unknown;
  readonly Principal?: unknown;
  readonly Condition?: unknown;
}

/** Every statement of the inline policies attached to a role, by the role's logical id. */
export function statementsOfRole(template: Template, roleLogicalId: string): PolicyStatement[] {
  const policies = template.findResources('AWS::IAM::Policy');
  return Object.values(policies)
    .filter((policy) =>
      (policy.Properties.Roles as { Ref: string }[]).some((role) => role.Ref === roleLogicalId),
    )
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement as PolicyStatement[]);
}

/** The actions of a statement, always as a list. */
export function actionsOf(statement: PolicyStatement): string[] {
  return Array.isArray(statement.Action) ? statement.Action : [statement.Action];
}

/** The resources of a statement, always as a list. */
export function resourcesOf(statement: PolicyStatement): unknown[] {
  return Array.isArray(statement.Resource) ? statement.Resource : [statement.Resource];
}
