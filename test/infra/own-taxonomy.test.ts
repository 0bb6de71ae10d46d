/**
 * The stack's `taxonomyFile` prop (or `-c taxonomyFile=...`): validated at synth with the message
 * npm start and the CLI give, and shipped to the functions that classify, named in their
 * JOB_ENRICH_TAXONOMY.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../functions/enrichment/index.ts';
import { bundledTaxonomy, readTaxonomyFile } from '../../functions/taxonomy-in-force.ts';
import { PROJECT_ROOT, SHIPPED_TAXONOMY_FILE } from '../../lib/function-defaults.ts';
import { JobEnrichStack, TAXONOMY_FILE_CONTEXT } from '../../lib/job-enrich-stack.ts';
import {
  INLINE_HANDLER,
  logicalIdOf,
  readCdkContext,
  synthesizeJobEnrichStack,
} from './synthesize-job-enrich-stack.ts';

const own = join(PROJECT_ROOT, 'examples/own-taxonomy.json');

function envOf(template: Template, logicalId: string): Record<string, string> {
  const fn = template.findResources('AWS::Lambda::Function')[logicalId];
  return (fn?.Properties.Environment?.Variables ?? {}) as Record<string, string>;
}

// Synthesized once, outside any test's timeout (the first synth loads aws-cdk-lib: seconds here).
const { stack, template } = synthesizeJobEnrichStack({ taxonomyFile: own });

describe('an operator taxonomy file on AWS', () => {
  it('ships to the consumer and the API, named in JOB_ENRICH_TAXONOMY, and to nothing else', () => {
    const named = '/var/task/taxonomy/own-taxonomy.json';
    expect(envOf(template, logicalIdOf(stack.enrichConsumer.handler.function)).JOB_ENRICH_TAXONOMY).toBe(
      named,
    );
    expect(envOf(template, logicalIdOf(stack.api.handler.function)).JOB_ENRICH_TAXONOMY).toBe(named);
    // Ingest and the feed pull never classify.
    expect(envOf(template, logicalIdOf(stack.ingest.handler.function))).not.toHaveProperty(
      'JOB_ENRICH_TAXONOMY',
    );
    expect(envOf(template, logicalIdOf(stack.feedPull.handler.function))).not.toHaveProperty(
      'JOB_ENRICH_TAXONOMY',
    );
    // The deployment says which taxonomy version its listings will carry.
    expect(stack.taxonomy.version).toBe(readTaxonomyFile(own).version);
    expect(stack.taxonomy.version).not.toBe(loadTaxonomy().version);
    template.hasOutput('TaxonomyVersion', { Value: stack.taxonomy.version });
  });

  it('is read from the cdk context too (-c taxonomyFile=...)', () => {
    const app = new App({
      context: {
        ...readCdkContext(),
        '@aws-cdk/core:validateAgainstDefaultRules': false,
        [TAXONOMY_FILE_CONTEXT]: own,
      },
    });
    const stack = new JobEnrichStack(app, 'JobEnrich', { functionCode: INLINE_HANDLER });
    const template = Template.fromStack(stack);
    expect(envOf(template, logicalIdOf(stack.api.handler.function)).JOB_ENRICH_TAXONOMY).toMatch(
      /own-taxonomy\.json$/,
    );
  });

  it('ships the shipped taxonomy the same way when none is named: a file beside each classifying bundle', () => {
    const shipped = synthesizeJobEnrichStack();
    const file = '/var/task/taxonomy/it-management.json';
    for (const fn of [
      shipped.stack.enrichConsumer.handler,
      shipped.stack.api.handler,
      shipped.stack.api.documentHandler,
      shipped.stack.reenrich.handler,
    ])
      expect(envOf(shipped.template, logicalIdOf(fn.function)).JOB_ENRICH_TAXONOMY).toBe(file);
    expect(shipped.stack.taxonomy.version).toBe(loadTaxonomy().version);
    // The file the handlers read is the data the shipped taxonomy is built from.
    expect(bundledTaxonomy(SHIPPED_TAXONOMY_FILE).version).toBe(loadTaxonomy().version);
  });

  it('fails synth on a broken file with the message npm start and the CLI give', () => {
    const dir = mkdtempSync(join(tmpdir(), 'own-taxonomy-'));
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, readFileSync(own, 'utf8').replaceAll('"currency": "GBP"', '"currency": "XYZ"'));
    const expected = (() => {
      try {
        readTaxonomyFile(broken);
      } catch (error) {
        return (error as Error).message;
      }
      return 'no error';
    })();
    expect(expected).toMatch(/broken\.json:\d+:\d+: tiers\.0\.bands\.0\.currency: unknown currency XYZ/);
    expect(() => synthesizeJobEnrichStack({ taxonomyFile: broken })).toThrow(expected);
    expect(() => synthesizeJobEnrichStack({ taxonomyFile: join(dir, 'absent.json') })).toThrow(
      /absent\.json: cannot read the taxonomy file \(ENOENT\)/,
    );
  });
});
