import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { problemFromExpression, sobol } from '../../src/sensitivity/index.js';
import { uniform } from './helpers.js';

const twoInputs = [uniform('energyKWh', 900, 1100), uniform('intensity', 0.2, 0.6)];

describe('problemFromExpression', () => {
  it('problemFromExpression evaluates a mathjs formula over the inputs', () => {
    const p = problemFromExpression(twoInputs, 'energyKWh * intensity / 1000 + sqrt(energyKWh) * 0', { output: 'tCO2e' });
    expect(p.outputs).toEqual(['tCO2e']);
    // 1000 × 0.4 / 1000 = 0.4; 1100 × 0.6 / 1000 = 0.66.
    const y = p.evaluate(new Float64Array([1000, 0.4, 1100, 0.6]), 2)[0];
    expect(y[0]).toBeCloseTo(0.4, 15);
    expect(y[1]).toBeCloseTo(0.66, 15);
  });

  it('problemFromExpression refuses unknown symbols, listing the inputs', () => {
    expect(() => problemFromExpression(twoInputs, 'energy * intensity')).toThrow(/unknown symbol "energy".*use one of: energyKWh, intensity/);
    expect(() => problemFromExpression(twoInputs, 'energyKWh * (intensity')).toThrow(/cannot be parsed/);
    expect(() => problemFromExpression(twoInputs, '')).toThrow(InputError);
  });

  it('problemFromExpression refuses a misspelt option instead of naming the output y', () => {
    expect(() => problemFromExpression(twoInputs, 'energyKWh * intensity', { outputs: ['kg'] } as never)).toThrow(
      /problemFromExpression: options\.outputs is not a known option: .* Fix: did you mean "output"\?/,
    );
  });

  it('problemFromExpression gives the Sobol indices of a linear formula', async () => {
    // y = e + 500·i with e ~ U(900, 1100) (variance 200²/12) and i ~ U(0.2, 0.6) (variance 0.4²/12):
    // contributions 200² and (500·0.4)² = 200² are equal, so S = ST = 0.5 each.
    const p = problemFromExpression(twoInputs, 'energyKWh + 500 * intensity');
    const r = await sobol(p, { n: 8192, seed: 1, bootstrap: { resamples: 100 } });
    expect(Math.abs((r.outputs.y?.indices.energyKWh?.S1) - 0.5)).toBeLessThan(0.03);
    expect(Math.abs((r.outputs.y?.indices.intensity?.ST) - 0.5)).toBeLessThan(0.03);
  });
});
