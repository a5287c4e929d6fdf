import { describe, expect, it } from 'vitest';
import { formatSensitivity } from '../../src/cli/format-sensitivity.js';
import type { StudySensitivity } from '../../src/analysis/index.js';

const cells = (line: string): string[] => line.trim().split(/\s{2,}/);

function sens(method: string, part: Record<string, unknown>, outputs = ['total'], notes: string[] = []): StudySensitivity {
  return {
    study: 'Hand-made study',
    method,
    ...part,
    notes,
    provenance: { method, samples: 4096, seed: 5, backend: 'js', backendDescription: 'plain JavaScript', precision: 'float64', inputs: ['a', 'b'], outputs, durationMs: 1234 },
  } as unknown as StudySensitivity;
}

describe('formatSensitivity (the ailca sensitivity tables)', () => {
  it('header: study, method, base samples with separators, seed, backend, precision, seconds', () => {
    const lines = formatSensitivity(sens('tornado', { tornado: { outputs: {} } })).split('\n');
    expect(lines[0]).toBe('Study: Hand-made study');
    expect(lines[1]).toBe('Sensitivity: tornado, 4,096 base samples, seed 5; backend js (float64); 1.23 s');
  });

  it('tornado: base value to 6 digits; inputs to 4, outputs and swing to 6; tiny values not rounded to 0', () => {
    // output = 2a + 3b at a = 10, b = 100: base 320; a in [8, 12.5] → 316, 325; b in [0.000012346, 150] → 20.000037038, 470
    const tornado = {
      outputs: {
        total: {
          baseOutput: 320,
          bars: [
            { input: 'b', low: 0.000012346, high: 150, outputAtLow: 20 + 3 * 0.000012346, outputAtHigh: 470, swing: 450 - 3 * 0.000012346 },
            { input: 'a', low: 8, high: 12.5, outputAtLow: 316, outputAtHigh: 325, swing: 9 },
          ],
        },
      },
    };
    const lines = formatSensitivity(sens('tornado', { tornado })).split('\n');
    expect(lines[3]).toBe('Output: total');
    expect(lines[4]).toBe('  base value 320');
    expect(cells(lines[5])).toEqual(['input', 'low', 'high', 'output at low', 'output at high', 'swing']);
    // 1.2346e-5 to 4 digits = 1.235e-5 (printed as 0 before); 20.000037038 to 6 digits = 20; 449.999962962 to 6 digits = 450
    expect(cells(lines[6])).toEqual(['b', '1.235e-5', '150', '20', '470', '450']);
    expect(cells(lines[7])).toEqual(['a', '8', '12.5', '316', '325', '9']);
  });

  it('sobol: rows sorted by ST, indices and interval bounds to 3 decimals', () => {
    const sobol = {
      outputs: {
        total: {
          indices: {
            a: { S1: 0.30749, S1ci: [0.25, 0.3626], ST: 0.31, STci: [0.28125, 0.34] },
            b: { S1: 0.68751, S1ci: [0.6, 0.77749], ST: 0.7, STci: [0.65, 0.75] },
          },
        },
      },
    };
    const lines = formatSensitivity(sens('sobol', { sobol })).split('\n');
    expect(cells(lines[4])).toEqual(['input', 'S1', 'S1 95 % CI', 'ST', 'ST 95 % CI']);
    expect(cells(lines[5])).toEqual(['b', '0.688', '[0.600, 0.777]', '0.700', '[0.650, 0.750]']);
    expect(cells(lines[6])).toEqual(['a', '0.307', '[0.250, 0.363]', '0.310', '[0.281, 0.340]']);
  });

  it('morris: the ranking order, μ*, μ and σ to 4 significant digits', () => {
    const morris = {
      outputs: {
        total: {
          stats: { a: { mu: -2.00004, muStar: 2.00004, sigma: 0 }, b: { mu: 30.12345, muStar: 31234.5, sigma: 0.000012344 } },
          ranking: [
            { input: 'b', mu: 30.12345, muStar: 31234.5, sigma: 0.000012344 },
            { input: 'a', mu: -2.00004, muStar: 2.00004, sigma: 0 },
          ],
        },
      },
    };
    const lines = formatSensitivity(sens('morris', { morris })).split('\n');
    expect(cells(lines[4])).toEqual(['input', 'μ*', 'μ', 'σ']);
    expect(cells(lines[5])).toEqual(['b', '31,230', '30.12', '1.234e-5']);
    expect(cells(lines[6])).toEqual(['a', '2', '-2', '0']);
  });

  it('rank: rows by |SRRC|, ρ and SRRC to 3 decimals, the R² line, then the notes', () => {
    const rank = { outputs: { total: { spearman: { a: 0.1234, b: -0.9876 }, srrc: { a: 0.2, b: -0.95 }, r2: 0.99949 } } };
    const lines = formatSensitivity(sens('rank', { rank }, ['total'], ['inputs a and b are independent'])).split('\n');
    expect(cells(lines[4])).toEqual(['input', 'Spearman ρ', 'SRRC']);
    expect(cells(lines[5])).toEqual(['b', '-0.988', '-0.950']);
    expect(cells(lines[6])).toEqual(['a', '0.123', '0.200']);
    expect(lines[7]).toBe('  R² of the rank regression: 0.999');
    expect(lines.slice(-2)).toEqual(['Notes', '  - inputs a and b are independent']);
  });

  it('an output missing from the result is named and skipped, the others still print', () => {
    const rank = { outputs: { total: { spearman: { a: 0.5 }, srrc: { a: 0.5 }, r2: 0.25 } } };
    const text = formatSensitivity(sens('rank', { rank }, ['missing', 'total']));
    expect(text).toContain('Output: missing\n\nOutput: total');
    expect(text).toContain('  R² of the rank regression: 0.250');
  });
});
