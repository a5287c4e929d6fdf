import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { problemFromFunction } from '../../src/sensitivity/index.js';
import { uniform } from './helpers.js';

const twoInputs = [uniform('energyKWh', 900, 1100), uniform('intensity', 0.2, 0.6)];

describe('problemFromFunction', () => {
  it('problemFromFunction names a single number output y and evaluates row by row', () => {
    const p = problemFromFunction(twoInputs, (x) => (x.energyKWh) * (x.intensity));
    expect(p.outputs).toEqual(['y']);
    // 1000 × 0.4 = 400; 900 × 0.5 = 450.
    expect(Array.from(p.evaluate(new Float64Array([1000, 0.4, 900, 0.5]), 2)[0])).toEqual([400, 450]);
  });

  it('problemFromFunction takes the output names from a record, probing once at the medians', () => {
    const seen: Record<string, number>[] = [];
    const p = problemFromFunction(twoInputs, (x) => {
      seen.push({ ...x });
      return { kg: (x.energyKWh) * (x.intensity), kWh: x.energyKWh };
    });
    expect(p.outputs).toEqual(['kg', 'kWh']);
    // Medians of U(900, 1100) and U(0.2, 0.6).
    expect(seen).toEqual([{ energyKWh: 1000, intensity: 0.4 }]);
    const [kg, kWh] = p.evaluate(new Float64Array([1000, 0.5]), 1);
    expect([kg?.[0], kWh?.[0]]).toEqual([500, 1000]);
  });

  it('problemFromFunction skips the probe when outputs are given and refuses a missing output', () => {
    let calls = 0;
    const p = problemFromFunction(twoInputs, () => {
      calls += 1;
      return { a: 1 };
    }, { outputs: ['a', 'b'] });
    expect(calls).toBe(0);
    expect(() => p.evaluate(new Float64Array([1000, 0.4]), 1)).toThrow(/fn\(x\)\.b is missing/);
  });

  it('problemFromFunction refuses duplicate names, a missing ppf and a non-finite base', () => {
    expect(() => problemFromFunction([uniform('a', 0, 1), uniform('a', 0, 1)], () => 1)).toThrow(/inputs\[1\] is a duplicate/);
    expect(() => problemFromFunction([{ name: 'a' } as never], () => 1)).toThrow(/inputs\[0\]\.ppf/);
    expect(() => problemFromFunction([{ name: 'a', ppf: (u) => u, base: Number.NaN }], () => 1)).toThrow(/inputs\[0\]\.base must be finite/);
    expect(() => problemFromFunction([], () => 1)).toThrow(InputError);
    expect(() => problemFromFunction(twoInputs, () => 'x' as never)).toThrow(/neither a number nor a record/);
  });

  it('problemFromFunction refuses a misspelt option and output names that are empty or repeated', () => {
    // `output` (the option of problemFromExpression) would otherwise be ignored and the output named y.
    expect(() => problemFromFunction(twoInputs, () => 1, { output: 'kg' } as never)).toThrow(
      /problemFromFunction: options\.output is not a known option: got "kg"; .* Fix: did you mean "outputs"\?/,
    );
    expect(() => problemFromFunction(twoInputs, () => 1, { outputs: [] })).toThrow(/options\.outputs is invalid/);
    expect(() => problemFromFunction(twoInputs, () => 1, { outputs: ['kg', 'kg'] })).toThrow(/options\.outputs\[1\] is a duplicate/);
    expect(() => problemFromFunction(twoInputs, () => 1, { outputs: [''] })).toThrow(/options\.outputs\[0\]/);
  });
});
