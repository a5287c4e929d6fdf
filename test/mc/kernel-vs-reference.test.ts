import { describe, expect, it } from 'vitest';
import { parseDistribution } from '../../src/distributions/index.js';
import { constant, input, mul, add, type CompiledGraph } from '../../src/graph/index.js';
import { buildProgram, createBackend, referenceSamples, type BackendName } from '../../src/mc/index.js';
import { loadStudyFile } from '../../src/scenarios/index.js';
import { compileStudy, OUTPUT } from '../../src/study/index.js';

// Every backend's generated kernel against the float64 host reference (exact
// quantiles, graph interpreter) on identical PCG uniforms: this is what
// catches a mistyped constant whose bias would hide below Monte Carlo noise.
const webgpuRequired = process.env.AILCA_REQUIRE_WEBGPU === '1';

async function available(name: BackendName): Promise<boolean> {
  try {
    const b = await createBackend(name);
    await b.dispose();
    return true;
  } catch (e) {
    if (name === 'webgpu' && !webgpuRequired) return false;
    throw e;
  }
}

/** One input per distribution kind, each an output of its own, plus a correlated pair. */
function distributionModel(): CompiledGraph {
  const d = (spec: object) => parseDistribution(spec, 'x');
  const inputs = [
    { name: 'uniform', value: 3.5, unit: '1', distribution: d({ dist: 'uniform', min: 2, max: 5 }) },
    { name: 'triangular', value: 2, unit: '1', distribution: d({ dist: 'triangular', min: 1, mode: 2, max: 4 }) },
    { name: 'normal', value: 300, unit: '1', distribution: d({ dist: 'normal', mean: 300, sd: 60 }) },
    { name: 'truncnormal', value: 1, unit: '1', distribution: d({ dist: 'normal', mean: 1, sd: 0.5, min: 0.2, max: 1.5 }) },
    { name: 'lognormal', value: 10, unit: '1', distribution: d({ dist: 'lognormal', median: 10, gsd: 1.5 }) },
    { name: 'pert', value: 2, unit: '1', distribution: d({ dist: 'pert', min: 0, mode: 1, max: 10 }) },
    { name: 'beta', value: 0.3, unit: '1', distribution: d({ dist: 'beta', alpha: 2, beta: 5 }) },
    { name: 'discrete', value: 0.4, unit: '1', distribution: d({ dist: 'discrete', values: [0.1, 0.4, 0.8], weights: [1, 2, 1] }) },
  ];
  const outputs: CompiledGraph['outputs'][number][] = inputs.map((i) => ({ key: i.name, label: i.name, unit: '1', expr: input(i.name), tags: {} }));
  outputs.push({ key: 'product', label: 'product', unit: '1', expr: add(mul(input('normal'), input('lognormal')), constant(1)), tags: {} });
  return { inputs, outputs, correlations: [{ a: 'normal', b: 'lognormal', rank: 0.7 }] };
}

const cases: [string, () => { model: CompiledGraph; keys: string[] }][] = [
  ['the uncertain Xeon study', () => {
    const model = compileStudy(loadStudyFile('examples/xeon-8468-uncertain.json').study);
    return { model, keys: [OUTPUT.annualizedTotal, OUTPUT.embodiedTotal, OUTPUT.operationalAnnual, OUTPUT.usePhaseShare, OUTPUT.lifetimeTotal] };
  }],
  ['every distribution kind and a rank correlation', () => {
    const model = distributionModel();
    return { model, keys: model.outputs.map((o) => o.key) };
  }],
];

describe('generated kernels agree with the float64 reference on identical uniforms', () => {
  for (const name of ['js', 'webasm', 'cpu', 'webgpu'] as const) {
    for (const [label, make] of cases) {
      it(`${name}: ${label}`, async (ctx) => {
        if (!(await available(name))) ctx.skip();
        const { model, keys } = make();
        const built = buildProgram(model, keys);
        const backend = await createBackend(name);
        try {
          const kernel = await backend.compile(built.program);
          const start = 123_456;
          const n = 4000;
          const got = await kernel.run(start, n, 42);
          kernel.dispose();
          const ref = referenceSamples(model, built, 42, start, n);
          // float64 backend: exact but for the beta/PERT quantile tables (linear in normal
          // scores, relative error ≈ 2e-5); float32 backends add the rounding of every operation.
          const tol = name === 'js' ? 5e-5 : 2e-4;
          let worst = 0;
          keys.forEach((_k, j) => {
            const g = got[j];
            const r = ref[j];
            for (let i = 0; i < n; i += 1) {
              const scale = Math.max(Math.abs(r[i]), 1e-3);
              worst = Math.max(worst, Math.abs((g[i]) - (r[i])) / scale);
            }
          });
          expect(worst).toBeLessThan(tol);
        } finally {
          await backend.dispose();
        }
      });
    }
  }
});
