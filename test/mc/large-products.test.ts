import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDistribution } from '../../src/distributions/index.js';
import { constant, div, input, mul, type Expr, type CompiledGraph } from '../../src/graph/index.js';
import { buildProgram, referenceSamples, runMonteCarlo } from '../../src/mc/index.js';
import { loadStudyFile } from '../../src/scenarios/index.js';
import { BACKEND_CASES, tryBackend } from './backends/backend-fixture.js';

// gpu.js types an integer-valued literal as an integer; a chain of literals
// such as 365 × 50,000 × 600 (requests/day × days × tokens) was computed in
// 32-bit integers on webasm and wrapped to −1,934,901,888, so ailca printed
// a negative footprint per 1,000 tokens with exit 0. Every backend must give
// the float64 reference's value for products beyond 2^31 and 2^53.

const uniform = (min: number, max: number) => parseDistribution({ dist: 'uniform', min, max }, 'x');

/** A model whose outputs divide an uncertain energy by products of whole numbers (literal and fixed-input factors). */
function largeProductModel(factors: readonly number[], fixedFactors: readonly number[]): CompiledGraph {
  const fixedInputs = fixedFactors.map((v, i) => ({ name: `n${i}`, value: v, unit: '1' }));
  const product = (extra: Expr[]): Expr => mul(...factors.map((f) => constant(f)), ...fixedInputs.map((i) => input(i.name)), ...extra);
  return {
    inputs: [{ name: 'x', value: 2, unit: '1', distribution: uniform(1, 3) }, ...fixedInputs],
    outputs: [
      { key: 'perUnit', label: 'x ÷ product', unit: '1', expr: mul(constant(1000), div(input('x'), product([]))), tags: {} },
      { key: 'scaled', label: 'product × x', unit: '1', expr: product([input('x')]), tags: {} },
    ],
    correlations: [],
  };
}

async function worstRelativeError(label: string, model: CompiledGraph, keys: readonly string[]): Promise<number | string> {
  const c = BACKEND_CASES.find((b) => b.label === label)!;
  const { backend, skip } = await tryBackend(c.name, c.options);
  if (backend === undefined) return skip as string;
  try {
    const built = buildProgram(model, keys);
    const kernel = await backend.compile(built.program);
    const n = 256;
    const got = await kernel.run(1000, n, 7);
    kernel.dispose();
    const ref = referenceSamples(model, built, 7, 1000, n);
    let worst = 0;
    keys.forEach((_k, j) => {
      const g = got[j];
      const r = ref[j];
      for (let i = 0; i < n; i += 1) worst = Math.max(worst, Math.abs((g[i]) - (r[i])) / Math.abs(r[i]));
    });
    return worst;
  } finally {
    await backend.dispose();
  }
}

describe('generated kernels: integer-valued literals never become integer arithmetic', () => {
  const cases: [string, number[], number[]][] = [
    // 365 × 50,000 × 600 = 1.095e10 > 2^31: the llm-serving-year example's tokens per year
    ['literals, product 1.095e10 > 2^31', [365, 50_000, 600], []],
    ['literals and fixed inputs, product 1.095e10', [365], [50_000, 600]],
    // 2^31 exactly, and 3 × 2^31 − 1 (odd, wraps to a negative int32)
    ['product 2^31', [65_536, 32_768], []],
    ['product 6,442,450,943 (wraps negative in int32)', [3, 2_147_483_647], [1]],
    // beyond 2^53: 9.007e15 × 1,000 = 9.007e18
    ['fixed inputs, product 9.007e18 > 2^53', [1000], [9_007_199_254_740_993, 1]],
  ];
  for (const c of BACKEND_CASES) {
    for (const [label, factors, fixed] of cases) {
      it(`${c.label}: ${label} agrees with the float64 reference`, async (ctx) => {
        const worst = await worstRelativeError(c.label, largeProductModel(factors, fixed), ['perUnit', 'scaled']);
        if (typeof worst === 'string') return ctx.skip(worst);
        expect(worst).toBeLessThan(c.tolerance);
      });
    }
  }

  it('every backend agrees with the reference over generated products of whole numbers (fast-check)', async () => {
    const whole = fc.integer({ min: 1, max: 2_000_000 });
    await fc.assert(
      fc.asyncProperty(fc.array(whole, { minLength: 2, maxLength: 5 }), fc.array(whole, { maxLength: 3 }), async (factors, fixed) => {
        const model = largeProductModel(factors, fixed);
        for (const c of BACKEND_CASES) {
          if (c.label === 'webasm threads') continue; // same code as webasm; the worker pool is covered above
          const worst = await worstRelativeError(c.label, model, ['perUnit', 'scaled']);
          if (typeof worst === 'string') continue;
          expect(worst, `${c.label}: factors ${factors.join(' × ')}, fixed ${fixed.join(' × ')}`).toBeLessThan(c.tolerance);
        }
      }),
      { numRuns: 6, seed: 20261205 },
    );
  });

  it('runMonteCarlo on webasm: the llm-serving-year cost per 1,000 tokens is the js value, not a wrapped negative', async () => {
    const { study } = loadStudyFile('examples/llm-serving-year.json');
    const run = (backend: 'js' | 'webasm') => runMonteCarlo(study, { samples: 4096, seed: 3, backend, outputs: ['functionalUnit'] });
    const [js, wasm] = [await run('js'), await run('webasm')];
    const mean = (r: Awaited<ReturnType<typeof run>>) => r.outputs[0].summary.mean;
    // the deterministic value: (annualised kgCO2e) × 1000 ÷ (50,000 requests/day × 365 days × 600 tokens)
    expect(mean(wasm)).toBeGreaterThan(0);
    expect(Math.abs(mean(wasm) - mean(js)) / mean(js)).toBeLessThan(1e-5);
  });
});
