import { describe, expect, it } from 'vitest';
import { problemFromFunction, sampleProblem } from '../../src/sensitivity/index.js';
import { mulberry32, uniform } from './helpers.js';

const twoInputs = [uniform('energyKWh', 900, 1100), uniform('intensity', 0.2, 0.6)];

describe('sampleProblem', () => {
  it('sampleProblem draws inputs through their ppf and evaluates them, reproducibly', async () => {
    const p = problemFromFunction(twoInputs, (x) => (x.energyKWh) * (x.intensity));
    const s = await sampleProblem(p, { n: 1000, seed: 3 });
    const e = s.inputs.energyKWh;
    const i = s.inputs.intensity;
    expect(e.every((v) => v >= 900 && v <= 1100)).toBe(true);
    expect(Array.from(s.outputs.y)).toEqual(Array.from(e, (v, j) => v * (i[j])));
    // Mean of U(900, 1100) is 1000 with sd 200/√12 = 57.7; 5 standard errors at n = 1000 is 9.1.
    expect(Math.abs(e.reduce((a, v) => a + v, 0) / 1000 - 1000)).toBeLessThan(9.2);
    expect((await sampleProblem(p, { n: 1000, seed: 3 })).outputs).toEqual(s.outputs);
    expect(s.seed).toBe(3);
    const injected = await sampleProblem(p, { n: 10, rng: mulberry32(1) });
    expect(injected.seed).toBeUndefined();
  });

  it('sampleProblem refuses a sample count below 3', async () => {
    const p = problemFromFunction(twoInputs, () => 1);
    await expect(sampleProblem(p, { n: 2 })).rejects.toThrow(/sampleProblem\.options\.n/);
  });
});
