import { describe, expect, it } from 'vitest';
import { createSobol, MAX_SOBOL_DIMENSIONS, sobolPoints } from '../../src/random/index.js';
import { InputError } from '../../src/errors/index.js';

// Coordinates × 2^32 of points of the unscrambled 256-dimensional sequence as
// printed by scipy 1.17 (`scipy.stats.qmc.Sobol(d=256, scramble=False,
// bits=32).random(70000)`), an independent implementation (Cython, Bratley &
// Fox's algorithm) of the same Joe–Kuo new-joe-kuo-6.21201 numbers.
// Columns: dimensions 1, 2, 3, 7, 13, 32, 64, 100, 200, 256.
const DIMS = [1, 2, 3, 7, 13, 32, 64, 100, 200, 256];
const SCIPY: Record<number, number[]> = {
  1: [2147483648, 2147483648, 2147483648, 2147483648, 2147483648, 2147483648, 2147483648, 2147483648, 2147483648, 2147483648],
  2: [3221225472, 1073741824, 1073741824, 1073741824, 1073741824, 1073741824, 3221225472, 3221225472, 1073741824, 3221225472],
  3: [1073741824, 3221225472, 3221225472, 3221225472, 3221225472, 3221225472, 1073741824, 1073741824, 3221225472, 1073741824],
  5: [3758096384, 3758096384, 536870912, 3758096384, 3758096384, 2684354560, 2684354560, 1610612736, 1610612736, 3758096384],
  100: [1778384896, 1107296256, 3321888768, 100663296, 2046820352, 1778384896, 2785017856, 3791650816, 570425344, 2449473536],
  1000: [943718400, 415236096, 2227175424, 197132288, 692060160, 624951296, 1916796928, 801112064, 3619684352, 1069547520],
  65535: [65536, 4294901760, 2421489664, 2221342720, 4013359104, 2186215424, 1272905728, 2030501888, 192217088, 604307456],
  69999: [463044608, 2852618240, 4138565632, 485982208, 172589056, 2233368576, 3432022016, 2370338816, 2015199232, 1385791488],
};

describe('createSobol', () => {
  it('createSobol(2) starts with the textbook points of dimensions 1 (van der Corput) and 2', () => {
    const s = createSobol(2);
    const pts = Array.from({ length: 8 }, () => Array.from(s.next()));
    expect(pts.map((p) => p[0])).toEqual([0, 0.5, 0.75, 0.25, 0.375, 0.875, 0.625, 0.125]);
    expect(pts.map((p) => p[1])).toEqual([0, 0.5, 0.25, 0.75, 0.375, 0.875, 0.125, 0.625]);
    expect(s.index).toBe(8);
  });

  it('createSobol(256) matches scipy\'s unscrambled Sobol points bit for bit', () => {
    const s = createSobol(256);
    const rows = new Map<number, Float64Array>();
    for (let i = 0; i <= 69999; i++) {
      const p = s.next();
      if (i in SCIPY) rows.set(i, p);
    }
    for (const [row, want] of Object.entries(SCIPY)) {
      const p = rows.get(Number(row)) as Float64Array;
      expect(DIMS.map((d) => p[d - 1] * 2 ** 32)).toEqual(want);
    }
  });

  it('createSobol(d, skip) jumps straight to point `skip`', () => {
    const p = createSobol(256, 65535).next();
    expect(DIMS.map((d) => p[d - 1] * 2 ** 32)).toEqual(SCIPY[65535]);
    const all = sobolPoints(5, 20);
    expect(Array.from(sobolPoints(5, 7, 13))).toEqual(Array.from(all.subarray(13 * 5, 20 * 5)));
  });

  it('the first 2^m points are balanced in every one of the 256 dimensions', () => {
    // Each coordinate of the first 2^10 points takes every value k/2^10 exactly once
    // (each one-dimensional projection is a (0, m, 1)-net in base 2).
    const m = 10;
    const n = 2 ** m;
    const pts = sobolPoints(MAX_SOBOL_DIMENSIONS, n);
    for (let d = 0; d < MAX_SOBOL_DIMENSIONS; d++) {
      const seen = new Uint8Array(n);
      for (let i = 0; i < n; i++) seen[Math.floor(pts[i * MAX_SOBOL_DIMENSIONS + d] * n)]++;
      expect(seen.every((c) => c === 1)).toBe(true);
    }
  });

  it('dimensions 1 and 2 form a (0, m, 2)-net: every elementary box of area 2^-m holds one point', () => {
    const m = 8;
    const n = 2 ** m;
    const pts = sobolPoints(2, n);
    for (let k = 0; k <= m; k++) {
      const counts = new Uint16Array(n);
      for (let i = 0; i < n; i++) {
        const a = Math.floor(pts[2 * i] * 2 ** k);
        const b = Math.floor(pts[2 * i + 1] * 2 ** (m - k));
        counts[a * 2 ** (m - k) + b]++;
      }
      expect(counts.every((c) => c === 1)).toBe(true);
    }
  });

  it('createSobol and sobolPoints refuse bad sizes', () => {
    expect(() => createSobol(0)).toThrow(/dimensions is out of range: got 0; expected an integer in \[1, 256\]/);
    expect(() => createSobol(257)).toThrow(InputError);
    expect(() => createSobol(2.5)).toThrow(InputError);
    expect(() => createSobol(2, -1)).toThrow(/skip is out of range: got -1/);
    expect(() => sobolPoints(2, 0)).toThrow(/n is out of range: got 0/);
    expect(() => sobolPoints(2, 10, 4294967290)).toThrow(/skip \+ n is out of range/);
  });
});
