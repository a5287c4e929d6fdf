import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { morris, problemFromFunction } from '../../src/sensitivity/index.js';
import { ishigami, normal, normalQuantile, uniform } from './helpers.js';

describe('morris', () => {
  it('morris gives μ* = |bᵢ|·(range) and σ = 0 for a linear model, ranked by |coefficient|·range', async () => {
    // y = 4a − 10b + 0.25c, a ~ U(0, 2), b ~ U(−1, 0), c ~ U(10, 30).
    // An elementary effect is Δy/Δ in unit space: moving u by Δ moves x by Δ·range,
    // so EE = b·range exactly: a: 4·2 = 8; b: −10·1 = −10; c: 0.25·20 = 5.
    const p = problemFromFunction(
      [uniform('a', 0, 2), uniform('b', -1, 0), uniform('c', 10, 30)],
      (x) => 4 * (x.a) - 10 * (x.b) + 0.25 * (x.c),
    );
    const m = await morris(p, { r: 20, seed: 1 });
    const stats = m.outputs.y?.stats;
    expect(stats?.a?.muStar).toBeCloseTo(8, 9);
    expect(stats?.a?.mu).toBeCloseTo(8, 9);
    expect(stats?.b?.muStar).toBeCloseTo(10, 9);
    expect(stats?.b?.mu).toBeCloseTo(-10, 9);
    expect(stats?.c?.muStar).toBeCloseTo(5, 9);
    for (const name of ['a', 'b', 'c']) expect(stats?.[name]?.sigma).toBeCloseTo(0, 9);
    expect(m.outputs.y?.ranking.map((e) => e.input)).toEqual(['b', 'a', 'c']);
    expect(m.evaluations).toBe(20 * 4);
    expect(m.delta).toBe(2 / 3);
    expect(m.notes.join(' ')).toContain('levels not given');
  });

  it('morris shows interactions and non-linearity as σ > 0 and finds the inert input', async () => {
    // Ishigami: every input acts non-linearly or through an interaction (x3 only
    // through x1), so each σ > 0; an input the function ignores has every effect exactly 0.
    const p = problemFromFunction(
      [uniform('x1', -Math.PI, Math.PI), uniform('x2', -Math.PI, Math.PI), uniform('x3', -Math.PI, Math.PI), uniform('dummy', 0, 1)],
      ishigami,
    );
    const m = await morris(p, { r: 50, seed: 2 });
    const s = m.outputs.y?.stats;
    expect(s?.dummy).toEqual({ mu: 0, muStar: 0, sigma: 0 });
    for (const name of ['x1', 'x2', 'x3']) expect(s?.[name]?.sigma).toBeGreaterThan(0);
    expect(m.outputs.y?.ranking.at(-1)?.input).toBe('dummy');
  });

  it('morris stretches the grid over the given percentiles for unbounded inputs', async () => {
    // y = 2a + b, a ~ N(0, 1), percentiles [0.025, 0.975]: grid level k/3 is evaluated at
    // u = 0.025 + 0.95·k/3. A step joins levels 0 and 2 or 1 and 3, which by the symmetry
    // of the normal change a by the same amount z(0.025 + 0.95·2/3) − z(0.025); so every
    // |EE| = 2·that/Δ with Δ = 2/3, and μ* equals it whatever the seed.
    const p = problemFromFunction([normal('a', 0, 1), uniform('b', 0, 1)], (x) => 2 * (x.a) + (x.b));
    await expect(morris(p, { r: 4, seed: 1 })).rejects.toThrow(/ppf \(a\) returned a non-finite value/);
    const m = await morris(p, { r: 4, seed: 1, percentiles: [0.025, 0.975] });
    const step = normalQuantile(0.025 + (0.95 * 2) / 3) - normalQuantile(0.025);
    expect(m.outputs.y?.stats.a?.muStar).toBeCloseTo((2 * step) / (2 / 3), 6);
    expect(m.percentiles).toEqual([0.025, 0.975]);
  });

  it('morris refuses bad r, levels and percentiles', async () => {
    const p = problemFromFunction([uniform('a', 0, 1), uniform('b', 0, 1)], (x) => x.a);
    await expect(morris(p, { r: 1 })).rejects.toThrow(/morris\.options\.r/);
    await expect(morris(p, { r: 10, levels: 3 })).rejects.toThrow(/odd/);
    await expect(morris(p, { r: 10, percentiles: [0.9, 0.1] })).rejects.toThrow(InputError);
    await expect(morris(p, { r: 10, trajectories: 5 } as never)).rejects.toThrow(/not a known option/);
  });
});
