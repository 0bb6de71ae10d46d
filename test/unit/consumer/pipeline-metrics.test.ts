import { Metrics } from '@aws-lambda-powertools/metrics';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPowertoolsMetrics } from '../../../functions/consumer/pipeline-metrics.ts';

afterEach(() => vi.restoreAllMocks());

/** The EMF documents Powertools writes to stdout during `run`. */
function captureEmf(run: () => void): Array<Record<string, unknown>> {
  const lines: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  run();
  vi.restoreAllMocks();
  return lines
    .flatMap((l) => l.split('\n'))
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l));
}

describe('Powertools pipeline metrics', () => {
  it('emits outcome totals and enriched postings by tier as EMF at flush', () => {
    const metrics = createPowertoolsMetrics(
      new Metrics({ namespace: 'JobEnrichTest', serviceName: 'consumer' }),
    );

    const docs = captureEmf(() => {
      metrics.record('enriched', 'director');
      metrics.record('enriched', 'director');
      metrics.record('enriched', 'vp');
      metrics.record('failed');
      metrics.flush();
    });

    const totals = docs.find((d) => 'PostingsEnriched' in d);
    expect(totals).toMatchObject({
      PostingsEnriched: 3,
      PostingsFailed: 1,
      PostingsOutOfScope: 0,
      service: 'consumer',
    });
    const byTier = docs
      .filter((d) => 'PostingsEnrichedByTier' in d)
      .map((d) => [d.tier, d.PostingsEnrichedByTier]);
    expect(byTier).toEqual([
      ['director', 2],
      ['vp', 1],
    ]);
  });

  it('starts counting afresh after a flush', () => {
    const metrics = createPowertoolsMetrics(
      new Metrics({ namespace: 'JobEnrichTest', serviceName: 'consumer' }),
    );
    captureEmf(() => {
      metrics.record('enriched', 'director');
      metrics.flush();
    });

    const docs = captureEmf(() => {
      metrics.record('unchanged');
      metrics.flush();
    });

    expect(docs.find((d) => 'PostingsEnriched' in d)).toMatchObject({
      PostingsEnriched: 0,
      PostingsUnchanged: 1,
    });
  });
});
