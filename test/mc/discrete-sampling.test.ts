import { describe, expect, it } from 'vitest';
import { parseDistribution, type DiscreteDistribution } from '../../src/distributions/index.js';
import { input, type CompiledGraph } from '../../src/graph/index.js';
import { buildProgram, MIN_UNIFORM, pcgStream, referenceSamples } from '../../src/mc/index.js';
import { tryBackend } from './backends/backend-fixture.js';

// A discrete input with k values used to cost k − 1 comparisons per sample
// (8,760 hourly values: 26 s for 1e5 samples on js). The kernels now
// binary-search a table of cumulative weights; the value drawn for a uniform
// must stay the one the old chain of comparisons gave, on every backend.

/** k values 0.5, 1, 1.5, … with uneven weights 1 … 13 (integers, so the cumulative weights are not all dyadic). */
function discreteOf(k: number): DiscreteDistribution {
  const values = Array.from({ length: k }, (_, j) => 0.5 * (j + 1));
  const weights = values.map((_, j) => 1 + ((j * 7919) % 13));
  return parseDistribution({ dist: 'discrete', values, weights }, 'hourly') as DiscreteDistribution;
}

function model(d: DiscreteDistribution): CompiledGraph {
  return {
    inputs: [{ name: 'hourly', value: 1, unit: '1', distribution: d }],
    outputs: [{ key: 'hourly', label: 'hourly', unit: '1', expr: input('hourly'), tags: {} }],
    correlations: [],
  };
}

/** The old kernel's rule, written out: values[#{j < k − 1 : cumulative[j] ≤ u}], thresholds rounded as the backend stores them. */
function scanIndex(d: DiscreteDistribution, u: number, round: (x: number) => number): number {
  let i = 0;
  for (let j = 0; j < d.values.length - 1; j += 1) if (round(d.cumulative[j]) <= u) i += 1;
  return i;
}

const SEED = 11;
const START = 5000;
const N = 600;

describe('discrete inputs: binary search on every backend gives the old scan\'s values', () => {
  for (const name of ['js', 'cpu', 'webasm', 'webgpu'] as const) {
    for (const k of [5, 17, 8760, 100_000]) {
      it(`${name}: k = ${k}`, async (ctx) => {
        const { backend, skip } = await tryBackend(name, {});
        if (!backend) return ctx.skip(skip);
        const d = discreteOf(k);
        const m = model(d);
        const built = buildProgram(m, ['hourly']);
        expect(Object.keys(built.program.tables ?? {}).length).toBe(k > 16 ? 1 : 0);
        try {
          const kernel = await backend.compile(built.program);
          const got = (await kernel.run(START, N, SEED))[0];
          kernel.dispose();
          const ref = referenceSamples(m, built, SEED, START, N)[0];
          const round = name === 'js' ? (x: number) => x : Math.fround;
          for (let i = 0; i < N; i += 1) {
            const u = Math.max(pcgStream(SEED, START + i)(), MIN_UNIFORM);
            const idx = scanIndex(d, u, round);
            expect(got[i]).toBe(round(d.values[idx]));
            // the float64 reference takes the first cumulative ≥ u: it differs only where u
            // sits on a threshold or within its float32 rounding, and then by one value
            if (got[i] !== round(ref[i])) {
              expect(Math.abs((ref[i]) - (got[i]))).toBeLessThanOrEqual(0.5 + 1e-6);
              const c = d.cumulative[Math.min(idx, d.values.indexOf(ref[i]))];
              expect(Math.abs(c - u)).toBeLessThanOrEqual(2 ** -24);
            }
          }
        } finally {
          await backend.dispose();
        }
      });
    }
  }
});
