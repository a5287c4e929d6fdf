import { describe, expect, it } from 'vitest';
import {
  choleskyCorrelation,
  correlateUniforms,
  distributionPpf,
  parseDistribution,
  rankCorrelationToPearson,
} from '../../src/distributions/index.js';
import { InputError } from '../../src/errors/index.js';
import { createRng } from '../../src/random/index.js';
import { ksCritical, ksStatistic, spearman } from './helpers.js';

function uniforms(seed: number, n: number): Float64Array {
  const rng = createRng(seed);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let u = rng.next();
    while (u === 0) u = rng.next();
    out[i] = u;
  }
  return out;
}

describe('rankCorrelationToPearson', () => {
  it('rankCorrelationToPearson(ρs) = 2 sin(πρs/6): 0 → 0, ±1 → ±1, 0.5 → 2 sin(π/12)', () => {
    expect(rankCorrelationToPearson(0)).toBe(0);
    expect(rankCorrelationToPearson(1)).toBeCloseTo(1, 15); // 2 sin(π/6) = 1
    expect(rankCorrelationToPearson(-1)).toBeCloseTo(-1, 15);
    expect(rankCorrelationToPearson(0.5)).toBeCloseTo(0.5176380902050415, 15); // 2 sin(15°) = (√6 − √2)/2
    expect((Math.sqrt(6) - Math.sqrt(2)) / 2).toBeCloseTo(0.5176380902050415, 15);
  });

  it('rankCorrelationToPearson refuses values outside [−1, 1] naming the field', () => {
    expect(() => rankCorrelationToPearson(1.2, 'correlations[0].rank')).toThrow(/correlations\[0\]\.rank is out of range: got 1\.2; expected a finite number in \[-1, 1\]/);
    expect(() => rankCorrelationToPearson(Number.NaN)).toThrow(InputError);
  });
});

describe('choleskyCorrelation', () => {
  it('choleskyCorrelation of a 3×3 matrix equals the factor derived by hand', () => {
    // C = [[1, .5, .3], [.5, 1, .2], [.3, .2, 1]]
    // L11 = 1; L21 = .5; L22 = √(1 − .25) = √.75; L31 = .3; L32 = (.2 − .3·.5)/√.75 = .05/√.75;
    // L33 = √(1 − .09 − .0025/.75)
    const L = choleskyCorrelation([[1, 0.5, 0.3], [0.5, 1, 0.2], [0.3, 0.2, 1]], 'correlations');
    const want = [
      [1, 0, 0],
      [0.5, Math.sqrt(0.75), 0],
      [0.3, 0.05 / Math.sqrt(0.75), Math.sqrt(1 - 0.09 - 0.0025 / 0.75)],
    ];
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) expect(L[i][j]).toBeCloseTo(want[i][j], 15);
    expect(Object.isFrozen(L)).toBe(true);
  });

  it('choleskyCorrelation refuses a non-symmetric matrix, a bad diagonal and entries outside [−1, 1]', () => {
    expect(() => choleskyCorrelation([[1, 0.5], [0.4, 1]], 'c')).toThrow(/c\[1\]\[0\] differs from c\[0\]\[1\] \(0\.5\): got 0\.4; expected a symmetric matrix/);
    expect(() => choleskyCorrelation([[1, 0], [0, 2]], 'c')).toThrow(/c\[1\]\[1\] is out of range: got 2/);
    expect(() => choleskyCorrelation([[1, 0], [0, 0.9]], 'c')).toThrow(/c\[1\]\[1\] is not 1 on the diagonal: got 0\.9/);
    expect(() => choleskyCorrelation([[1, 1.5], [1.5, 1]], 'c')).toThrow(/c\[0\]\[1\] is out of range: got 1\.5; expected a finite number in \[-1, 1\]/);
    expect(() => choleskyCorrelation([[1, Number.NaN], [Number.NaN, 1]], 'c')).toThrow(/c\[0\]\[1\] must be finite: got NaN/);
    expect(() => choleskyCorrelation([[1, 0]], 'c')).toThrow(/c\[0\] is not a row of the square matrix/);
  });

  it('choleskyCorrelation names the pair when the correlations are inconsistent (not positive definite)', () => {
    // a~b = 0.9, b~c = 0.9, a~c = −0.9 cannot hold together.
    const bad = [[1, 0.9, -0.9], [0.9, 1, 0.9], [-0.9, 0.9, 1]];
    expect(() => choleskyCorrelation(bad, 'correlations', ['grid', 'pue', 'lifetime'])).toThrow(
      /correlations\[2\]\[0\] makes the correlations of "lifetime" inconsistent with those of "grid"/,
    );
    // A perfect correlation makes the matrix singular.
    expect(() => choleskyCorrelation([[1, 1], [1, 1]], 'c')).toThrow(/not positive definite/);
  });
});

describe('correlateUniforms', () => {
  const N = 200_000;
  // Spearman's ρ of n pairs has standard error at most 1/√(n − 1) (its null value); 5 SE bounds it.
  const tol = 5 / Math.sqrt(N - 1);

  it('correlateUniforms reaches the requested Spearman ρ (0.7, −0.4 and 0) within sampling error', () => {
    const rank = [[1, 0.7, -0.4], [0.7, 1, 0], [-0.4, 0, 1]];
    const pearson = rank.map((row) => row.map((r, j) => (r === 1 ? 1 : rankCorrelationToPearson(r, `rank[${j}]`))));
    const L = choleskyCorrelation(pearson, 'correlations');
    const [a, b, c] = correlateUniforms([uniforms(1, N), uniforms(2, N), uniforms(3, N)], L);
    expect(Math.abs(spearman(a, b) - 0.7)).toBeLessThan(tol);
    expect(Math.abs(spearman(a, c) + 0.4)).toBeLessThan(tol);
    expect(Math.abs(spearman(b, c))).toBeLessThan(tol); // requested 0
  });

  it('correlateUniforms keeps each margin uniform (KS below 1.9495/√n), so any ppf can follow', () => {
    const L = choleskyCorrelation([[1, rankCorrelationToPearson(0.8)], [rankCorrelationToPearson(0.8), 1]], 'c');
    const [a, b] = correlateUniforms([uniforms(4, N), uniforms(5, N)], L);
    const uniformCdf = (x: number): number => Math.min(1, Math.max(0, x));
    expect(ksStatistic(a, uniformCdf)).toBeLessThan(ksCritical(N));
    expect(ksStatistic(b, uniformCdf)).toBeLessThan(ksCritical(N));
    // Ranks survive monotone margins: triangular lifetimes and lognormal intensities keep ρs = 0.8.
    const tri = parseDistribution({ dist: 'triangular', min: 3, mode: 5, max: 7 }, 'x');
    const logn = parseDistribution({ dist: 'lognormal', median: 0.4, gsd: 1.3 }, 'y');
    const x = a.map((u) => distributionPpf(tri, u));
    const y = b.map((u) => distributionPpf(logn, u));
    expect(Math.abs(spearman(x, y) - 0.8)).toBeLessThan(tol);
  });

  it('correlateUniforms with the identity leaves the columns unchanged and does not modify its input', () => {
    const u = [new Float64Array([0.1, 0.5, 0.9]), new Float64Array([0.3, 0.7, 0.2])];
    const copy = u.map((c) => Float64Array.from(c));
    const out = correlateUniforms(u, choleskyCorrelation([[1, 0], [0, 1]], 'c'));
    for (let j = 0; j < 2; j++) for (let i = 0; i < 3; i++) expect(out[j][i]).toBeCloseTo(u[j][i], 15);
    expect(u).toEqual(copy);
  });

  it('correlateUniforms refuses mismatched sizes and values outside (0, 1)', () => {
    const L = choleskyCorrelation([[1, 0.5], [0.5, 1]], 'c');
    expect(() => correlateUniforms([new Float64Array(3)], L)).toThrow(/columns does not match the correlation matrix/);
    expect(() => correlateUniforms([new Float64Array([0.5, 0.5]), new Float64Array([0.5])], L)).toThrow(/columns\[1\] has the wrong length/);
    expect(() => correlateUniforms([new Float64Array([0.5]), new Float64Array([0])], L)).toThrow(/columns\[1\]\[0\] is not in \(0, 1\): got 0/);
  });
});
