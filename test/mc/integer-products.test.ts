import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDistribution } from '../../src/distributions/index.js';
import { add, constant, div, input, mul, sub, type Expr, type CompiledGraph } from '../../src/graph/index.js';
import { buildProgram, referenceSamples, runMonteCarlo, type Backend } from '../../src/mc/index.js';
import { loadStudyFile } from '../../src/scenarios/index.js';
import { OUTPUT } from '../../src/study/index.js';
import { tryBackend } from './backends/backend-fixture.js';

// gpu.js's webasm and webgpu backends type an integer-valued literal (`365.0`
// parses to 365) as an integer, and a product of two of them as 32-bit integer
// arithmetic: 365 × 50,000 × 600 = 1.095e10 wrapped to −1,934,901,888 and the
// LLM example printed a negative footprint. Fixed inputs are now folded into
// one float literal; every backend must agree with the float64 reference.
const BACKENDS = ['js', 'cpu', 'webasm', 'webgpu'] as const;
// float64 js: rounding only; float32 kernels: a few roundings of 2^-24 per operation
const tolerance = (name: string): number => (name === 'js' ? 1e-12 : 2e-5);

function worstRelativeError(got: readonly (Float32Array | Float64Array)[], ref: readonly Float64Array[]): number {
  let worst = 0;
  ref.forEach((r, j) => {
    const g = got[j];
    for (let i = 0; i < r.length; i += 1) {
      const want = r[i];
      worst = Math.max(worst, Math.abs((g[i]) - want) / Math.abs(want));
    }
  });
  return worst;
}

async function runOn(backend: Backend, model: CompiledGraph, n: number): Promise<{ got: (Float32Array | Float64Array)[]; ref: Float64Array[] }> {
  const keys = model.outputs.map((o) => o.key);
  const built = buildProgram(model, keys);
  const kernel = await backend.compile(built.program);
  try {
    const got = (await kernel.run(1000, n, 7)) as (Float32Array | Float64Array)[];
    return { got, ref: referenceSamples(model, built, 7, 1000, n) };
  } finally {
    kernel.dispose();
  }
}

const fixedInput = (name: string, value: number) => ({ name, value, unit: '1', distribution: { kind: 'fixed' as const, value } });
const uniformInput = (name: string, min: number, max: number) => ({
  name, value: (min + max) / 2, unit: '1', distribution: parseDistribution({ dist: 'uniform', min, max }, name),
});
const output = (key: string, expr: Expr) => ({ key, label: key, unit: '1', expr, tags: {} });

/** Tokens a year (365 × 50,000 × 600 ≈ 1.1e10 > 2^31), a product of two 2^27-sized counts (> 2^53), and of three (> 2^63). */
function largeProductModel(): CompiledGraph {
  const year = mul(input('days'), input('requests'), input('tokens'));
  const huge = mul(input('a'), input('b'), input('x'));
  return {
    inputs: [
      fixedInput('days', 365), fixedInput('requests', 50000), fixedInput('tokens', 600),
      fixedInput('a', 2 ** 27 + 1), fixedInput('b', 2 ** 27 + 3), fixedInput('c', 1e6), uniformInput('x', 0.5, 1.5),
    ],
    outputs: [
      output('perToken', div(input('x'), year)),
      output('total', mul(year, input('x'))),
      output('huge', huge),
      output('hugePlus', add(huge, mul(input('days'), input('requests')))),
      // beyond 2^63 (1.8e22): WGSL's 64-bit constant folding overflowed and the shader did not compile
      output('beyond64', mul(input('a'), input('b'), input('c'), input('x'))),
      // a folded negative literal, (−49,635.0), next to a variable
      output('negative', mul(input('x'), sub(input('days'), input('requests')))),
    ],
    correlations: [],
  };
}

describe('integer-valued constants never become 32-bit integer arithmetic', () => {
  for (const name of BACKENDS) {
    it(`${name}: products beyond 2^31, 2^53 and 2^63 of fixed inputs agree with the float64 reference`, async (ctx) => {
      const { backend, skip } = await tryBackend(name, {});
      if (!backend) return ctx.skip(skip);
      try {
        const { got, ref } = await runOn(backend, largeProductModel(), 256);
        // by hand: total = 1.095e10 · x with x in [0.5, 1.5]
        for (const v of got[1] as Float32Array) expect(v).toBeGreaterThanOrEqual(0.5 * 1.095e10 * (1 - 1e-6));
        expect(worstRelativeError(got, ref)).toBeLessThan(tolerance(name));
      } finally {
        await backend.dispose();
      }
    });
  }

  it('examples/llm-serving-year.json on webasm gives a positive footprint per 1,000 tokens, as on js', async () => {
    const { study } = loadStudyFile('examples/llm-serving-year.json');
    const options = { samples: 2000, seed: 3 } as const;
    const js = await runMonteCarlo(study, { ...options, backend: 'js' });
    const wasm = await runMonteCarlo(study, { ...options, backend: 'webasm' });
    const fu = (r: typeof js) => r.outputs.find((o) => o.key === OUTPUT.functionalUnit)!;
    expect(fu(wasm).summary.min).toBeGreaterThan(0);
    // same uniforms, float32 arithmetic: the means agree to float32 rounding
    expect(Math.abs(fu(wasm).summary.mean / fu(js).summary.mean - 1)).toBeLessThan(1e-5);
  });
});

/** A random positive expression: a sum of products of 2–5 factors, some divided. */
const names = ['a', 'b', 'c', 'd', 'e'] as const;
const termArb = fc.record({
  factors: fc.array(fc.constantFrom(...names), { minLength: 2, maxLength: 5 }),
  literal: fc.option(fc.integer({ min: 2, max: 100000 }), { nil: undefined }),
  divisor: fc.option(fc.constantFrom(...names), { nil: undefined }),
});
/** Each input fixed at an integer up to 10^6, or uniform on [lo, 2·lo] with lo such an integer. */
const inputArb = fc.record({ uncertain: fc.boolean(), value: fc.integer({ min: 1, max: 1_000_000 }) });
const studyArb = fc.record({
  inputs: fc.array(inputArb, { minLength: names.length, maxLength: names.length }),
  terms: fc.array(termArb, { minLength: 1, maxLength: 3 }),
});
type GeneratedStudy = {
  readonly inputs: readonly { uncertain: boolean; value: number }[];
  readonly terms: readonly { factors: readonly string[]; literal?: number | undefined; divisor?: string | undefined }[];
};

function propertyModel(s: GeneratedStudy): CompiledGraph {
  const exprs = s.terms.map((t) => {
    let e: Expr = mul(...t.factors.map((f) => input(f)), ...(t.literal !== undefined ? [constant(t.literal)] : []));
    if (t.divisor !== undefined) e = div(e, input(t.divisor));
    return e;
  });
  // at least one uncertain input, so that there is something to sample
  const inputs = s.inputs.map((x, i) => (x.uncertain || i === 0 ? uniformInput(names[i] as string, x.value, 2 * x.value) : fixedInput(names[i] as string, x.value)));
  return {
    inputs,
    outputs: [output('sum', add(...exprs)), ...exprs.map((e, i) => output(`term${i}`, e))],
    correlations: [],
  };
}

describe('property: generated studies with large integer products agree with the float64 reference', () => {
  for (const name of BACKENDS) {
    it(`${name}: random products of fixed integers and uncertain inputs`, async (ctx) => {
      const { backend, skip } = await tryBackend(name, {});
      if (!backend) return ctx.skip(skip);
      try {
        await fc.assert(
          fc.asyncProperty(studyArb, async (s) => {
            const { got, ref } = await runOn(backend, propertyModel(s), 32);
            expect(worstRelativeError(got, ref)).toBeLessThan(tolerance(name));
          }),
          { numRuns: 25, seed: 16 },
        );
      } finally {
        await backend.dispose();
      }
    });
  }
});
