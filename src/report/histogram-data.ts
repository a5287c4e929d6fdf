import type { HistogramData } from '../charts/index.js';
import type { MonteCarloOutput } from '../mc/index.js';

/**
 * The histogram of a Monte Carlo output with its p2.5, p50, mean, p97.5
 * and base case marked, as {@link histogramChart} takes it.
 *
 * @param fu - a Monte Carlo output (the functional unit, in any category)
 * @example
 * const mc = await runMonteCarlo(loadStudy('examples/xeon-8468-uncertain.json'), { samples: 100, seed: 1, backend: 'js' });
 * histogramData(mc.outputs[0]).markers.map((m) => m.label); // => ['p2.5', 'p50', 'mean', 'p97.5', 'base case']
 */
export function histogramData(fu: MonteCarloOutput): HistogramData {
  const s = fu.summary;
  const p = (k: string) => s.percentiles[k];
  return {
    edges: s.histogram.edges,
    counts: s.histogram.counts,
    markers: [
      { label: 'p2.5', value: p('p2.5') },
      { label: 'p50', value: p('p50') },
      { label: 'mean', value: s.mean, style: 'solid' },
      { label: 'p97.5', value: p('p97.5') },
      { label: 'base case', value: fu.deterministic, style: 'solid' },
    ],
  };
}
