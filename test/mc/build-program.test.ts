import { describe, expect, it } from 'vitest';
import { buildProgram, referenceSamples } from '../../src/mc/program/index.js';
import { loadStudyFile } from '../../src/scenarios/index.js';
import { pcgStream } from '../../src/mc/random/pcg.js';
import { OUTPUT, compileStudy } from '../../src/study/index.js';

/** Run a program's statements in plain float64 JavaScript with the PCG stream standing in for Math.random. */
function runPlain(statements: string, outputs: readonly string[], tables: Record<string, readonly number[]>, seed: number, start: number, count: number) {
  const names = Object.keys(tables);
  const fn = new Function('rand', ...names, `${statements.replace(/Math\.random\(\)/g, 'rand()')}\nreturn [${outputs.join(', ')}];`) as (...a: unknown[]) => number[];
  const cols = outputs.map(() => new Float64Array(count));
  for (let i = 0; i < count; i += 1) {
    const r = fn(pcgStream(seed, start + i), ...names.map((n) => tables[n]));
    r.forEach((v, k) => ((cols[k] as Float64Array)[i] = v));
  }
  return cols;
}

describe('buildProgram', () => {
  const model = compileStudy(loadStudyFile('examples/xeon-8468-uncertain.json').study);
  const keys = [OUTPUT.annualizedTotal, OUTPUT.embodiedTotal, OUTPUT.operationalAnnual, OUTPUT.usePhaseShare];
  const built = buildProgram(model, keys);

  it('buildProgram draws one uniform per uncertain input', () => {
    // lifetime, logic factor, shared less-complex-IC factor, utilisation, grid, PUE
    expect(built.program.uniformsPerSample).toBe(6);
    expect(built.inputs.map((i) => i.name)).toContain('shared.lessComplexIcFactor');
  });

  it('buildProgram code agrees with the float64 graph reference on identical uniforms', () => {
    const plain = runPlain(built.program.statements, built.program.outputs, built.program.tables as Record<string, number[]>, 7, 1000, 2000);
    const ref = referenceSamples(model, built, 7, 1000, 2000);
    for (let k = 0; k < keys.length; k += 1) {
      for (let i = 0; i < 2000; i += 1) {
        const a = (plain[k] as Float64Array)[i];
        const b = (ref[k])[i];
        // the same AS 241 inverse normal in float64 on both sides; the copula-free program differs only by rounding
        expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-12 * Math.abs(b));
      }
    }
  });

  it('buildProgram samples have the analytic mean of the uncertain Xeon study', () => {
    // E[annualised] = E[embodied]·E[1/L] + E[u·555 + (1−u)·200]·8.76·E[PUE]·E[CI]
    // E[1/L], L ~ Tri(3, 5, 7): (1/4)[2 − 3 ln(5/3)] + (1/4)[7 ln(7/5) − 2]
    const invL = 0.25 * (2 - 3 * Math.log(5 / 3)) + 0.25 * (7 * Math.log(7 / 5) - 2);
    const embodied = 8.12 * 3.0 + 1024 * 0.6 * 1.8 + 6 * 1.8 + 595.4 * 0.06; // factor means 3.0 and 1.8
    const operational = (0.725 * 555 + 0.275 * 200) * 8.76 * 1.35 * 0.4; // E[u] = 0.725, E[PUE] = 1.35, E[CI] = 0.4
    const mean = embodied * invL + operational; // 2,405.64
    expect(mean).toBeCloseTo(2405.64, 2);
    const n = 200_000;
    const [total] = runPlain(built.program.statements, [built.program.outputs[0]], built.program.tables as Record<string, number[]>, 1, 0, n);
    let s = 0;
    let s2 = 0;
    for (const v of total as Float64Array) {
      s += v;
      s2 += v * v;
    }
    const m = s / n;
    const se = Math.sqrt((s2 / n - m * m) / n);
    expect(Math.abs(m - mean)).toBeLessThan(5 * se);
  });

  it('buildProgram refuses an unknown output', () => {
    expect(() => buildProgram(model, ['nope'])).toThrow(/nope.*annualized\.total/);
  });
});
