import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleFiles, GOLDEN_DIR, goldenOf } from './golden-run.js';

// A refactor must not change what a user sees (issue 11). The golden files were
// written by scripts/update-golden.ts from the code before the reshape; every
// string and key must match exactly, every number to 1e-13 relative (a sum
// regrouped by the graph may move the last of 17 digits, nothing more).
function compare(actual: unknown, expected: unknown, path: string): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    const scale = Math.max(Math.abs(expected), Math.abs(actual));
    if (scale === 0 || Math.abs(actual - expected) <= 1e-13 * scale) return;
    throw new Error(`${path}: ${actual} differs from the golden ${expected}`);
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) throw new Error(`${path}: expected an array of ${expected.length}, got ${JSON.stringify(actual)?.slice(0, 80)}`);
    expected.forEach((e, i) => compare(actual[i], e, `${path}[${i}]`));
    return;
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null) throw new Error(`${path}: expected an object, got ${JSON.stringify(actual)}`);
    expect(Object.keys(actual).sort(), `${path} keys`).toEqual(Object.keys(expected).sort());
    for (const k of Object.keys(expected)) compare((actual as Record<string, unknown>)[k], (expected as Record<string, unknown>)[k], `${path}.${k}`);
    return;
  }
  expect(actual, path).toEqual(expected);
}

describe('every example gives the output recorded before the reshape', () => {
  it.each(exampleFiles())('%s: assessment, Monte Carlo (4,096 samples, js, seed 1) and scenarios', async (file) => {
    const golden = JSON.parse(readFileSync(join(GOLDEN_DIR, file), 'utf8')) as unknown;
    compare(await goldenOf(file), golden, file);
  });

  it('the comparison fails on a changed number', () => {
    expect(() => compare({ a: [1, 2.000001] }, { a: [1, 2] }, 'x')).toThrow('x.a[1]: 2.000001 differs from the golden 2');
  });
});
