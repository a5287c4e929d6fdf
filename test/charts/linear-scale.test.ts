import { describe, expect, it } from 'vitest';
import { linearScale } from '../../src/charts/index.js';
import { InputError } from '../../src/errors/index.js';

describe('linearScale', () => {
  it('linearScale maps the domain ends to the range ends and interpolates', () => {
    const x = linearScale([1400, 2400], [100, 600]);
    expect(x(1400)).toBe(100);
    expect(x(2400)).toBe(600);
    expect(x(1869.1008)).toBeCloseTo(100 + (469.1008 / 1000) * 500, 9); // 334.5504
  });
  it('linearScale handles a reversed range (SVG y grows downwards) and extrapolates', () => {
    const y = linearScale([0, 1], [300, 20]);
    expect(y(0.25)).toBe(230); // 300 − 0.25 × 280
    expect(y(-0.5)).toBe(440); // not clamped
  });
  it('linearScale refuses an empty domain', () => {
    expect(() => linearScale([3, 3], [0, 1])).toThrow(InputError);
  });
});
