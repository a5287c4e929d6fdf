import { describe, expect, it } from 'vitest';
import { isFixed, parseDistribution, type ToNumber } from '../../src/distributions/index.js';
import { InputError } from '../../src/errors/index.js';

/** The error thrown by `fn`, for asserting its message and fields. */
function errorOf(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected an InputError');
}

const P = 'servers[0].lifetime';

/** A stand-in for the units module: "N years" → N·8760 h, numbers pass, anything else refused. */
const hours: ToNumber = (value, path) => {
  if (typeof value === 'number') return value;
  const m = typeof value === 'string' ? /^(\d+(?:\.\d+)?) years$/.exec(value) : null;
  if (m === null) throw new InputError({ path, received: value, expected: 'a duration such as "3 years"' });
  return Number(m[1]) * 8760; // 1 year = 8760 h
};

describe('parseDistribution: the forms users write', () => {
  it('parseDistribution normalises each kind to frozen plain data', () => {
    expect(parseDistribution({ dist: 'fixed', value: 2 }, P)).toEqual({ kind: 'fixed', value: 2 });
    expect(parseDistribution({ dist: 'uniform', min: 2, max: 5 }, P)).toEqual({ kind: 'uniform', min: 2, max: 5 });
    expect(parseDistribution({ dist: 'normal', mean: 5, sd: 1 }, P)).toEqual({ kind: 'normal', mean: 5, sd: 1, min: -Infinity, max: Infinity });
    expect(parseDistribution({ dist: 'normal', mean: 5, sd: 1, min: 0 }, P)).toEqual({ kind: 'normal', mean: 5, sd: 1, min: 0, max: Infinity });
    expect(parseDistribution({ dist: 'triangular', min: 3, mode: 5, max: 7 }, P)).toEqual({ kind: 'triangular', min: 3, mode: 5, max: 7 });
    expect(parseDistribution({ dist: 'beta', alpha: 2, beta: 5 }, P)).toEqual({ kind: 'beta', alpha: 2, beta: 5, min: 0, max: 1 });
    const d = parseDistribution({ dist: 'uniform', min: 2, max: 5 }, P);
    expect(Object.isFrozen(d)).toBe(true);
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });

  it('parseDistribution turns a PERT into Beta(1 + 4(m − a)/(b − a), 1 + 4(b − m)/(b − a)) and keeps its origin', () => {
    // PERT(0, 1, 10): α = 1 + 4·1/10 = 1.4, β = 1 + 4·9/10 = 4.6
    const d = parseDistribution({ dist: 'pert', min: 0, mode: 1, max: 10 }, P);
    expect(d).toEqual({ kind: 'beta', alpha: 1.4, beta: 4.6, min: 0, max: 10, from: 'pert', mode: 1, lambda: 4 });
    // λ = 6: α = 1 + 6·1/10 = 1.6, β = 1 + 6·9/10 = 6.4
    expect(parseDistribution({ dist: 'pert', min: 0, mode: 1, max: 10, lambda: 6 }, P)).toMatchObject({ alpha: 1.6, beta: 6.4, lambda: 6 });
  });

  it('parseDistribution reads the three lognormal forms', () => {
    expect(parseDistribution({ dist: 'lognormal', mu: -1, sigma: 0.5 }, P)).toEqual({ kind: 'lognormal', mu: -1, sigma: 0.5 }); // mu < 0 is valid
    expect(parseDistribution({ dist: 'lognormal', median: 10, gsd: 1.5 }, P)).toEqual({ kind: 'lognormal', mu: Math.log(10), sigma: Math.log(1.5) });
    // {mean, sd}: σ² = ln(1 + sd²/mean²), μ = ln(mean) − σ²/2
    const s2 = Math.log(1 + (30 / 100) ** 2);
    const d = parseDistribution({ dist: 'lognormal', mean: 100, sd: 30 }, P);
    expect(d.kind).toBe('lognormal');
    if (d.kind === 'lognormal') {
      expect(d.sigma).toBeCloseTo(Math.sqrt(s2), 15);
      expect(d.mu).toBeCloseTo(Math.log(100) - s2 / 2, 14);
    }
  });

  it('parseDistribution sorts discrete values, merges duplicates, drops zero weights and normalises', () => {
    expect(parseDistribution({ dist: 'discrete', values: [3, 1, 3, 2], weights: [1, 2, 1, 0] }, P)).toEqual({
      kind: 'discrete',
      values: [1, 3],
      probabilities: [0.5, 0.5],
      cumulative: [0.5, 1],
    });
    expect(parseDistribution({ dist: 'discrete', values: [1, 2, 3, 4] }, P)).toMatchObject({ probabilities: [0.25, 0.25, 0.25, 0.25], cumulative: [0.25, 0.5, 0.75, 1] });
  });

  it('parseDistribution converts parameters with units through toNumber and names each parameter path', () => {
    expect(parseDistribution({ dist: 'triangular', min: '3 years', mode: '5 years', max: '7 years' }, P, hours)).toEqual({
      kind: 'triangular',
      min: 3 * 8760,
      mode: 5 * 8760,
      max: 7 * 8760,
    });
    expect(parseDistribution('5 years', P, hours)).toEqual({ kind: 'fixed', value: 43800 });
    expect(parseDistribution({ dist: 'discrete', values: ['1 years', '2 years'] }, P, hours)).toMatchObject({ values: [8760, 17520] });
    const e = errorOf(() => parseDistribution({ dist: 'triangular', min: '3 years', mode: '5 yrs', max: '7 years' }, P, hours));
    expect(e.path).toBe('servers[0].lifetime.mode');
    expect(e.message).toContain('"5 yrs"');
  });

  it('parseDistribution refuses a converter that returns a non-finite number', () => {
    const e = errorOf(() => parseDistribution({ dist: 'uniform', min: 1, max: 2 }, P, () => Number.NaN));
    expect(e.message).toMatch(/servers\[0\]\.lifetime\.min must be finite: got NaN/);
  });

  it('parseDistribution accepts a bare number as a constant and refuses unit strings without a converter', () => {
    expect(parseDistribution(5, P)).toEqual({ kind: 'fixed', value: 5 });
    expect(errorOf(() => parseDistribution({ dist: 'uniform', min: '3 years', max: 4 }, P)).message).toMatch(
      /servers\[0\]\.lifetime\.min must be a number: got "3 years"/,
    );
  });
});

describe('parseDistribution: degenerate distributions become constants', () => {
  const cases: ReadonlyArray<[unknown, number, string]> = [
    [{ dist: 'normal', mean: 5, sd: 0 }, 5, 'normal'],
    [{ dist: 'normal', mean: 5, sd: 2, min: 4, max: 4 }, 4, 'normal'],
    [{ dist: 'uniform', min: 4, max: 4 }, 4, 'uniform'],
    [{ dist: 'triangular', min: 4, mode: 4, max: 4 }, 4, 'triangular'],
    [{ dist: 'pert', min: 4, mode: 4, max: 4 }, 4, 'pert'],
    [{ dist: 'beta', alpha: 2, beta: 3, min: 4, max: 4 }, 4, 'beta'],
    [{ dist: 'lognormal', median: 4, gsd: 1 }, 4, 'lognormal'],
    [{ dist: 'lognormal', mean: 4, sd: 0 }, 4, 'lognormal'],
    [{ dist: 'lognormal', mu: 0, sigma: 0 }, 1, 'lognormal'], // exp(0)
    [{ dist: 'discrete', values: [4] }, 4, 'discrete'],
    [{ dist: 'discrete', values: [4, 4, 4] }, 4, 'discrete'],
    [{ dist: 'discrete', values: [4, 9], weights: [1, 0] }, 4, 'discrete'],
  ];
  for (const [spec, value, from] of cases) {
    it(`parseDistribution(${JSON.stringify(spec)}) is the constant ${value}`, () => {
      const d = parseDistribution(spec, P);
      expect(d).toEqual({ kind: 'fixed', value, from });
      expect(isFixed(d)).toBe(true);
    });
  }
});

describe('parseDistribution: bad inputs of docs "bad inputs" are refused naming field, value, rule and fix', () => {
  it('triangular min > max names min, both values and the fix', () => {
    const e = errorOf(() => parseDistribution({ dist: 'triangular', min: 9, mode: 8, max: 7 }, P));
    expect(e.path).toBe('servers[0].lifetime.min');
    expect(e.message).toBe('servers[0].lifetime.min is greater than max (7): got 9; expected min ≤ max. Fix: swap min and max, or check that both are in the same unit');
  });

  it('triangular mode outside [min, max] names the mode and the range', () => {
    const e = errorOf(() => parseDistribution({ dist: 'triangular', min: 3, mode: 8, max: 7 }, P));
    expect(e.path).toBe('servers[0].lifetime.mode');
    expect(e.message).toMatch(/servers\[0\]\.lifetime\.mode is outside \[min, max\]: got 8; expected a mode in \[min, max\] = \[3, 7\]/);
  });

  it('pert and uniform bounds are checked the same way', () => {
    expect(errorOf(() => parseDistribution({ dist: 'pert', min: 1, mode: 0, max: 3 }, P)).path).toBe('servers[0].lifetime.mode');
    expect(errorOf(() => parseDistribution({ dist: 'uniform', min: 5, max: 2 }, P)).message).toMatch(/\.min is greater than max \(2\): got 5/);
    expect(errorOf(() => parseDistribution({ dist: 'normal', mean: 0, sd: 1, min: 8, max: 2 }, P)).message).toMatch(/\.min is greater than max \(2\): got 8/);
  });

  it('lognormal with arithmetic mean −5 is refused with the log-space alternative', () => {
    const e = errorOf(() => parseDistribution({ dist: 'lognormal', mean: -5, sd: 1 }, P));
    expect(e.path).toBe('servers[0].lifetime.mean');
    expect(e.message).toMatch(/mean must be > 0: got -5; .* for a log-space mean write \{mu, sigma\}/);
  });

  it('lognormal sigma < 0, gsd < 1 and median ≤ 0 are refused', () => {
    expect(errorOf(() => parseDistribution({ dist: 'lognormal', mu: 0, sigma: -1 }, P)).message).toMatch(/\.sigma is out of range: got -1; expected a finite number ≥ 0/);
    const gsd = errorOf(() => parseDistribution({ dist: 'lognormal', median: 10, gsd: 0.5 }, P));
    expect(gsd.path).toBe('servers[0].lifetime.gsd');
    expect(gsd.message).toMatch(/gsd is out of range: got 0\.5; expected a finite number ≥ 1\. Fix: gsd is a ratio ≥ 1/);
    expect(errorOf(() => parseDistribution({ dist: 'lognormal', median: 0, gsd: 2 }, P)).message).toMatch(/median must be > 0: got 0/);
  });

  it('mixed lognormal forms are refused with the three valid forms listed', () => {
    const e = errorOf(() => parseDistribution({ dist: 'lognormal', median: 10, sigma: 0.4 }, P));
    expect(e.path).toBe(P);
    expect(e.message).toContain('mixes lognormal parameters (median, sigma)');
    expect(e.message).toContain("{dist: 'lognormal', median, gsd}");
    expect(e.message).toContain("{dist: 'lognormal', mu, sigma}");
    expect(e.message).toContain("{dist: 'lognormal', mean, sd}");
    expect(e.message).toContain('gsd = exp(sigma)');
    expect(errorOf(() => parseDistribution({ dist: 'lognormal', mu: 1, gsd: 1.5 }, P)).message).toContain('mixes lognormal parameters (mu, gsd)');
    expect(errorOf(() => parseDistribution({ dist: 'lognormal', median: 1, gsd: 1.5, sigma: 1 }, P)).message).toContain('mixes');
  });

  it('normal sd < 0 is refused; sd = 0 with the mean outside its bounds is refused', () => {
    expect(errorOf(() => parseDistribution({ dist: 'normal', mean: 5, sd: -1 }, P)).message).toMatch(/servers\[0\]\.lifetime\.sd is negative: got -1/);
    expect(errorOf(() => parseDistribution({ dist: 'normal', mean: 5, sd: 0, min: 6, max: 7 }, P)).path).toBe('servers[0].lifetime.mean');
  });

  it('a truncated normal with no probability mass in its bounds is refused', () => {
    expect(errorOf(() => parseDistribution({ dist: 'normal', mean: 0, sd: 1, min: 50 }, P)).message).toMatch(/puts no probability in \[min, max\]/);
  });

  it('NaN, Infinity and strings as parameters are refused with the parameter path', () => {
    expect(errorOf(() => parseDistribution({ dist: 'uniform', min: Number.NaN, max: 3 }, P)).message).toMatch(/servers\[0\]\.lifetime\.min must be finite: got NaN/);
    expect(errorOf(() => parseDistribution({ dist: 'normal', mean: 1, sd: Infinity }, P)).message).toMatch(/\.sd must be finite: got Infinity/);
    expect(errorOf(() => parseDistribution({ dist: 'beta', alpha: '2', beta: 2 }, P)).message).toMatch(/\.alpha must be a number: got "2"/);
  });

  it('missing parameters, unknown parameters and unknown kinds are refused with a suggestion', () => {
    expect(errorOf(() => parseDistribution({ dist: 'uniform', min: 5 }, P)).message).toMatch(/servers\[0\]\.lifetime\.max is missing: got undefined; expected a uniform distribution written \{dist: 'uniform', min, max\}/);
    expect(errorOf(() => parseDistribution({ dist: 'normal', mean: 5, sigma: 1 }, P)).message).toMatch(/\.sigma is not a parameter of a normal distribution: got 1; .* Fix: did you mean sd\?/);
    expect(errorOf(() => parseDistribution({ dist: 'gaussian', mean: 1, sd: 1 }, P)).message).toMatch(/\.dist is not a known distribution: got "gaussian"; .* did you mean 'normal'\?/);
    expect(errorOf(() => parseDistribution({ dist: 'Triangular', min: 1, mode: 2, max: 3 }, P)).message).toMatch(/did you mean 'triangular'\?/);
    expect(errorOf(() => parseDistribution({ min: 1, max: 2 }, P)).message).toMatch(/\.dist is missing/);
    expect(errorOf(() => parseDistribution(null, P)).message).toMatch(/servers\[0\]\.lifetime is not a distribution: got null/);
    expect(errorOf(() => parseDistribution([1, 2], P)).message).toMatch(/is not a distribution: got \[1,2\]/);
  });

  it('beta shapes ≤ 0, PERT λ ≤ 0 and bad discrete weights are refused', () => {
    expect(errorOf(() => parseDistribution({ dist: 'beta', alpha: 0, beta: 2 }, P)).message).toMatch(/\.alpha is out of range: got 0; expected a finite number > 0/);
    expect(errorOf(() => parseDistribution({ dist: 'pert', min: 1, mode: 2, max: 3, lambda: -1 }, P)).message).toMatch(/\.lambda is out of range: got -1/);
    expect(errorOf(() => parseDistribution({ dist: 'discrete', values: [] }, P)).message).toMatch(/\.values must be a non-empty array: got \[\]/);
    expect(errorOf(() => parseDistribution({ dist: 'discrete', values: [1, 2], weights: [0, 0] }, P)).message).toMatch(/\.weights has no positive weight: got \[0,0\]/);
    expect(errorOf(() => parseDistribution({ dist: 'discrete', values: [1, 2], weights: [1, -1] }, P)).path).toBe('servers[0].lifetime.weights[1]');
    expect(errorOf(() => parseDistribution({ dist: 'discrete', values: [1, 2], weights: [1] }, P)).message).toMatch(/\.weights does not match values/);
  });

  it('a distribution whose mean or variance overflows float64 is refused', () => {
    expect(errorOf(() => parseDistribution({ dist: 'lognormal', mu: 0, sigma: 40 }, P)).message).toMatch(/has an infinite mean or variance/);
    expect(errorOf(() => parseDistribution({ dist: 'uniform', min: -1e308, max: 1e308 }, P)).message).toMatch(/too wide for float64/);
  });
});
