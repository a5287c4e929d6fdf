import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { morrisDelta, morrisDesign } from '../../src/sensitivity/index.js';

describe('morrisDesign', () => {
  it('morrisDelta is p / (2(p − 1))', () => {
    expect(morrisDelta(4)).toBe(4 / 6);
    expect(morrisDelta(2)).toBe(1);
    expect(morrisDelta(6)).toBe(6 / 10);
  });

  it('morrisDesign builds trajectories that move each input once by ±Δ on the grid', () => {
    const d = 5;
    const r = 40;
    const p = 4;
    const x = morrisDesign(d, r, { seed: 2, levels: p });
    expect(x.length).toBe(r * (d + 1) * d);
    const grid = [0, 1 / 3, 2 / 3, 1];
    expect(x.every((v) => grid.includes(v))).toBe(true);
    for (let t = 0; t < r; t += 1) {
      const seen = new Set<number>();
      for (let m = 0; m < d; m += 1) {
        const before = (t * (d + 1) + m) * d;
        const changed: number[] = [];
        for (let i = 0; i < d; i += 1) if (x[before + d + i] !== x[before + i]) changed.push(i);
        expect(changed.length).toBe(1);
        const i = changed[0];
        expect(Math.abs((x[before + d + i]) - (x[before + i]))).toBeCloseTo(2 / 3, 12);
        expect(seen.has(i)).toBe(false);
        seen.add(i);
      }
      expect(seen.size).toBe(d);
    }
  });

  it('morrisDesign visits every grid level about equally often', () => {
    // Morris (1991): with Δ = p/(2(p − 1)) each of the p levels is equally likely: 1/4 each for p = 4.
    const x = morrisDesign(4, 500, { seed: 8 });
    const counts = [0, 1 / 3, 2 / 3, 1].map((g) => x.filter((v) => v === g).length / x.length);
    // 10,000 values from 2,000 (trajectory, input) pairs; counting only one value per pair,
    // a share's standard error is √(0.25·0.75/2000) = 0.0097, so 0.05 is over 5 standard errors.
    for (const c of counts) expect(Math.abs(c - 0.25)).toBeLessThan(0.05);
  });

  it('morrisDesign refuses odd levels and fewer than two trajectories', () => {
    expect(() => morrisDesign(3, 10, { levels: 5 })).toThrow(/levels is odd/);
    expect(() => morrisDesign(3, 1)).toThrow(/morrisDesign\.r/);
    expect(() => morrisDesign(3, 10, { levels: 1 })).toThrow(InputError);
    // A misspelt `level` would otherwise leave the default 4 levels in place.
    expect(() => morrisDesign(3, 10, { level: 6 } as never)).toThrow(/morrisDesign\.options\.level is not a known option: .* did you mean "levels"\?/);
  });
});
