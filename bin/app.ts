import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { JobEnrichStack } from '../lib/job-enrich-stack.ts';

const app = new App();
new JobEnrichStack(app, 'JobEnrich', {
  description: 'job-enrich: job postings queued, enriched and served',
});
// cdk-nag as a validation plugin: any finding not acknowledged with a reason fails `cdk synth`.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
