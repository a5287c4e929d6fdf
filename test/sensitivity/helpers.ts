import { expect } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import type { UniformSource } from '../../src/distributions/index.js';
import type { SensitivityInput } from '../../src/sensitivity/index.js';

/**
 * mulberry32 (Tommy Ettinger, public domain): a tiny seeded 32-bit generator,
 * used to test that an injected random source is honoured.
 */
export function mulberry32(seed: number): UniformSource {
  let a = seed >>> 0;
  return {
    next(): number {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
  };
}

/** Uniform(a, b) input: ppf(u) = a + u(b − a). */
export function uniform(name: string, a: number, b: number): SensitivityInput {
  return { name, ppf: (u) => a + u * (b - a) };
}

/**
 * Standard normal quantile by Acklam's rational approximation (P. J. Acklam,
 * "An algorithm for computing the inverse normal cumulative distribution
 * function", 2003; relative error below 1.15e-9), written out here so the
 * tests do not depend on the distributions module.
 */
export function normalQuantile(p: number): number {
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  if (p > 1 - low) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

/** Normal(mean, sd) input. */
export function normal(name: string, mean: number, sd: number): SensitivityInput {
  return { name, ppf: (u) => mean + sd * normalQuantile(u) };
}

/** Ishigami function (Ishigami & Homma 1990) with a = 7, b = 0.1. */
export function ishigami(x: Readonly<Record<string, number>>): number {
  const x1 = x.x1;
  const x2 = x.x2;
  const x3 = x.x3;
  return Math.sin(x1) + 7 * Math.sin(x2) ** 2 + 0.1 * x3 ** 4 * Math.sin(x1);
}

/** Sobol' G function: Π (|4xᵢ − 2| + aᵢ) / (1 + aᵢ), xᵢ ~ U(0, 1). */
export function sobolG(a: readonly number[]): (x: Readonly<Record<string, number>>) => number {
  return (x) => a.reduce((p, ai, i) => p * (Math.abs(4 * (x[`x${i + 1}`]) - 2) + ai) / (1 + ai), 1);
}

/** The InputError a promise rejects with (or a function throws); fails when there is none. */
export async function inputErrorOf(p: Promise<unknown> | (() => unknown)): Promise<InputError> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected an InputError');
}
