import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/random/index.js';
import { InputError } from '../../src/errors/index.js';

// Reference vectors printed by test/random/reference/xoshiro128ss.c: the
// public-domain C reference code of xoshiro128** 1.1 and SplitMix64 by
// Blackman & Vigna (prng.di.unimi.it), compiled with gcc. They are an
// independent implementation in another language, not this library's output.
const REFERENCE: ReadonlyArray<{ seed: number; uint32: number[]; res53: number[] }> = [
  {
    seed: 0,
    uint32: [3737715805, 2584255861, 2876756834, 3286328325, 1553311962, 1625202774],
    res53: [0.87025477440427201, 0.66979715053109778, 0.36165862067339571],
  },
  {
    seed: 42,
    uint32: [1776835114, 4165204688, 17111135, 2317295270, 2792088233, 2554630222],
    res53: [0.41370166815658871, 0.0039839933778147429, 0.65008370276388672],
  },
  {
    seed: 4294967295,
    uint32: [331202089, 2303545133, 2732085799, 1755962312, 20464611, 435992899],
    res53: [0.077113997461914163, 0.63611329651506121, 0.0047647886090912417],
  },
];

describe('createRng', () => {
  it('createRng(seed).nextUint32() matches the C reference xoshiro128** seeded by SplitMix64', () => {
    for (const ref of REFERENCE) {
      const rng = createRng(ref.seed);
      expect(Array.from({ length: 6 }, () => rng.nextUint32())).toEqual(ref.uint32);
    }
  });

  it('createRng(seed).next() matches the reference res53 doubles bit for bit', () => {
    for (const ref of REFERENCE) {
      const rng = createRng(ref.seed);
      expect([rng.next(), rng.next(), rng.next()]).toEqual(ref.res53);
    }
  });

  it('createRng records its seed and gives the same stream for the same seed', () => {
    const a = createRng(123);
    const b = createRng(123);
    expect(a.seed).toBe(123);
    for (let i = 0; i < 1000; i++) expect(a.next()).toBe(b.next());
  });

  it('createRng(seed).next() returns multiples of 2^-53 in [0, 1) that use all 53 bits', () => {
    const rng = createRng(2024);
    let oddSeen = 0;
    let bad = 0;
    for (let i = 0; i < 10_000; i++) {
      const u = rng.next();
      const k = u * 2 ** 53; // exact: u is k / 2^53
      if (!(u >= 0 && u < 1 && Number.isInteger(k))) bad++;
      if (k % 2 === 1) oddSeen++; // the lowest of the 53 bits is random too
    }
    expect(bad).toBe(0);
    // Half the draws should have an odd k: 5000 ± 5·sqrt(10000·0.25) = 5000 ± 250.
    expect(Math.abs(oddSeen - 5000)).toBeLessThan(250);
  });

  it('createRng(seed).next() is uniform: mean 1/2 and variance 1/12 within 5 standard errors, KS below 1.9495/sqrt(n)', () => {
    const n = 200_000;
    const rng = createRng(99);
    const x = new Float64Array(n);
    let sum = 0;
    for (let i = 0; i < n; i++) {
      x[i] = rng.next();
      sum += x[i];
    }
    const mean = sum / n;
    // U(0,1): mean 1/2, sd sqrt(1/12); standard error sqrt(1/12/n).
    expect(Math.abs(mean - 0.5)).toBeLessThan(5 * Math.sqrt(1 / 12 / n));
    x.sort();
    let d = 0;
    for (let i = 0; i < n; i++) d = Math.max(d, Math.abs((i + 1) / n - x[i]), Math.abs(x[i] - i / n));
    expect(d).toBeLessThan(1.9495 / Math.sqrt(n)); // Kolmogorov–Smirnov, alpha = 0.001
  });

  it('createRng(seed).nextUint32() returns integers in [0, 2^32 - 1]', () => {
    const rng = createRng(5);
    for (let i = 0; i < 1000; i++) {
      const v = rng.nextUint32();
      expect(Number.isInteger(v) && v >= 0 && v <= 4294967295).toBe(true);
    }
  });

  it('createRng refuses a bad seed instead of picking another stream', () => {
    expect(() => createRng(1.5)).toThrow(InputError);
    expect(() => createRng(Number.NaN)).toThrow(/seed must be finite: got NaN/);
  });
});
