import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { midranks, problemFromFunction, rankCorrelation, sampleProblem } from '../../src/sensitivity/index.js';
import { mulberry32, uniform } from './helpers.js';

describe('midranks', () => {
  it('midranks gives tied values the average of their ranks', () => {
    expect(Array.from(midranks([10, 30, 20, 30]))).toEqual([1, 3.5, 2, 3.5]);
    expect(Array.from(midranks([5, 5, 5]))).toEqual([2, 2, 2]);
  });
});

describe('rankCorrelation', () => {
  it('rankCorrelation reproduces Spearman ρ, SRRC and R² computed by hand', () => {
    // Ranks x1 = 1..5, x2 = (2, 1, 4, 3, 5), y = (1, 3, 2, 5, 4); ρ = 1 − 6Σd²/(n(n² − 1)), n(n² − 1) = 120:
    // ρ(x1, x2): d = (1, −1, 1, −1, 0), Σd² = 4 → 0.8; ρ(x1, y): d = (0, 1, −1, 1, −1) → 0.8;
    // ρ(x2, y): d = (−1, 2, −2, 2, −1), Σd² = 14 → 0.3.
    // SRRC = R⁻¹ρ with R = [[1, 0.8], [0.8, 1]]: β1 = (0.8 − 0.8·0.3)/(1 − 0.64) = 14/9,
    // β2 = (0.3 − 0.8·0.8)/0.36 = −17/18; R² = β·ρ = (14/9)·0.8 − (17/18)·0.3 = 0.961111.
    const r = rankCorrelation({ inputs: { x1: [1, 2, 3, 4, 5], x2: [20, 10, 40, 30, 50] }, outputs: { y: [0.1, 0.3, 0.2, 0.5, 0.4] } });
    const y = r.outputs.y;
    expect(y?.spearman.x1).toBeCloseTo(0.8, 12);
    expect(y?.spearman.x2).toBeCloseTo(0.3, 12);
    expect(y?.srrc.x1).toBeCloseTo(14 / 9, 12);
    expect(y?.srrc.x2).toBeCloseTo(-17 / 18, 12);
    expect(y?.r2).toBeCloseTo((14 / 9) * 0.8 - (17 / 18) * 0.3, 12);
    expect(r.n).toBe(5);
  });

  it('rankCorrelation handles ties with midranks', () => {
    // x ranks (1, 2.5, 2.5, 4), y ranks (1, 2, 3, 4); centred: (−1.5, 0, 0, 1.5) and (−1.5, −0.5, 0.5, 1.5):
    // ρ = 4.5/√(4.5·5) = 0.948683; one input, so SRRC = ρ and R² = ρ².
    const r = rankCorrelation({ inputs: { x: [1, 2, 2, 3] }, outputs: { y: [1, 2, 3, 4] } });
    expect(r.outputs.y?.spearman.x).toBeCloseTo(4.5 / Math.sqrt(22.5), 12);
    expect(r.outputs.y?.srrc.x).toBeCloseTo(4.5 / Math.sqrt(22.5), 12);
    expect(r.outputs.y?.r2).toBeCloseTo(0.9, 12);
  });

  it('rankCorrelation gives SRRC = 1 and 0 when the output is a monotone function of one input', () => {
    // y = exp(x1): ranks of y equal ranks of x1, so ρ = (1, ρ12) is the first column of R and β = (1, 0).
    const rng = mulberry32(5);
    const x1 = Array.from({ length: 500 }, () => rng.next());
    const x2 = Array.from({ length: 500 }, () => rng.next());
    const r = rankCorrelation({ inputs: { x1, x2 }, outputs: { y: x1.map(Math.exp) } });
    expect(r.outputs.y?.spearman.x1).toBeCloseTo(1, 12);
    expect(r.outputs.y?.srrc.x1).toBeCloseTo(1, 12);
    expect(r.outputs.y?.srrc.x2).toBeCloseTo(0, 12);
    expect(r.outputs.y?.r2).toBeCloseTo(1, 12);
  });

  it('rankCorrelation gives 0 for a constant output and says so', () => {
    const r = rankCorrelation({ inputs: { a: [1, 2, 3, 4], b: [4, 1, 3, 2] }, outputs: { y: [7, 7, 7, 7] } });
    expect(r.outputs.y).toEqual({ spearman: { a: 0, b: 0 }, srrc: { a: 0, b: 0 }, r2: 0, constant: true });
    expect(r.notes.join(' ')).toContain('"y" is constant');
  });

  it('rankCorrelation refuses mismatched, non-finite, constant, collinear or too few samples', () => {
    expect(() => rankCorrelation({ inputs: { a: [1, 2, 3, 4] }, outputs: { y: [1, 2, 3] } })).toThrow(/samples\.outputs\.y has the wrong length/);
    expect(() => rankCorrelation({ inputs: { a: [1, Number.NaN, 3, 4] }, outputs: { y: [1, 2, 3, 4] } })).toThrow(/samples\.inputs\.a\[1\] is not finite/);
    expect(() => rankCorrelation({ inputs: { a: [1, 1, 1, 1] }, outputs: { y: [1, 2, 3, 4] } })).toThrow(/is constant/);
    expect(() => rankCorrelation({ inputs: { a: [1, 2, 3, 4], b: [2, 4, 6, 8] }, outputs: { y: [1, 3, 2, 4] } })).toThrow(/collinear/);
    expect(() => rankCorrelation({ inputs: { a: [1, 2, 3], b: [3, 1, 2] }, outputs: { y: [1, 3, 2] } })).toThrow(/too few samples/);
    expect(() => rankCorrelation({ inputs: {}, outputs: {} })).toThrow(InputError);
  });

  it('rankCorrelation on sampleProblem ranks the inputs of y = 3a + b (a first look before Sobol)', async () => {
    // With a, b ~ U(0, 1) the (non-rank) standardised regression coefficients are 3/√10 = 0.949
    // and 1/√10 = 0.316 with R² = 1; the rank transform bends y only slightly, so a ranks first
    // and the rank regression still explains nearly all of the ranks' variance.
    const p = problemFromFunction([uniform('a', 0, 1), uniform('b', 0, 1)], (x) => 3 * (x.a) + (x.b));
    const s = await sampleProblem(p, { n: 4000, seed: 1 });
    const r = rankCorrelation(s);
    expect(r.outputs.y?.srrc.a).toBeGreaterThan(r.outputs.y?.srrc.b);
    expect(r.outputs.y?.srrc.b).toBeGreaterThan(0);
    expect(r.outputs.y?.r2).toBeGreaterThan(0.9);
  });
});
