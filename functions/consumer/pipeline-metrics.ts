/**
 * The consumer's metrics: how many postings were enriched, out of scope, unchanged (a
 * redelivery) or failed, and enriched postings by tier. Counted per invocation and emitted
 * once at its end as CloudWatch EMF through Powertools Metrics (one log line, no API call).
 */
import { type Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';

export const OUTCOMES = ['enriched', 'outOfScope', 'unchanged', 'failed'] as const;
export type Outcome = (typeof OUTCOMES)[number];

const METRIC_NAMES: Readonly<Record<Outcome, string>> = {
  enriched: 'PostingsEnriched',
  outOfScope: 'PostingsOutOfScope',
  unchanged: 'PostingsUnchanged',
  failed: 'PostingsFailed',
};

/** The consumer's view of metrics: count outcomes, flush at the end of an invocation. */
export interface PipelineMetrics {
  record(outcome: Outcome, tier?: string | null): void;
  flush(): void;
}

/** Counts kept in memory: for the local runtime and tests, which have no CloudWatch. */
export class CountingMetrics implements PipelineMetrics {
  readonly totals: Record<Outcome, number> = { enriched: 0, outOfScope: 0, unchanged: 0, failed: 0 };
  readonly byTier = new Map<string, number>();

  record(outcome: Outcome, tier?: string | null): void {
    this.totals[outcome] += 1;
    if (outcome === 'enriched' && tier) this.byTier.set(tier, (this.byTier.get(tier) ?? 0) + 1);
  }

  flush(): void {}
}

/** Emits through Powertools Metrics: outcome totals, then one metric per tier with a `tier` dimension. */
export function createPowertoolsMetrics(metrics: Metrics): PipelineMetrics {
  let counts = new CountingMetrics();
  return {
    record: (outcome, tier) => counts.record(outcome, tier),
    flush: () => {
      const done = counts;
      counts = new CountingMetrics();
      for (const outcome of Object.keys(done.totals) as Outcome[]) {
        metrics.addMetric(METRIC_NAMES[outcome], MetricUnit.Count, done.totals[outcome]);
      }
      metrics.publishStoredMetrics();
      for (const [tier, n] of done.byTier) {
        const single = metrics.singleMetric();
        single.addDimension('tier', tier);
        single.addMetric('PostingsEnrichedByTier', MetricUnit.Count, n);
      }
    },
  };
}
