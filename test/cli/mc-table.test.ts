import { describe, expect, it } from 'vitest';
import { formatMonteCarlo } from '../../src/cli/format-monte-carlo.js';
import { formatSignificant } from '../../src/cli/format-significant.js';
import type { MonteCarloResult } from '../../src/mc/index.js';
import { cli } from './helpers.js';

/** Split a rendered table row into its cells (columns are separated by at least two spaces). */
const cells = (line: string): string[] => line.trim().split(/\s{2,}/);

function output(key: string, unit: string, deterministic: number, s: { mean: number; sd: number; se: number; p: Record<string, number>; method?: 'exact' | 'histogram' }) {
  return { key, label: key, unit, tags: {}, deterministic, constant: false, summary: { count: 1, mean: s.mean, sd: s.sd, standardError: s.se, min: 0, max: 0, percentiles: s.p, quantileMethod: s.method ?? 'exact' } };
}

function result(outputs: unknown[], extra: { warnings?: string[]; datasets?: { name: string; version: string }[]; durationMs?: number; samplesPerSecond?: number } = {}): MonteCarloResult {
  return {
    study: 'Hand-made result',
    outputs,
    aborted: false,
    warnings: extra.warnings ?? [],
    state: {},
    provenance: {
      seed: 7, samples: 2_000_000, range: { start: 0, end: 1_000_000 }, completed: 1_000_000,
      backend: 'js', backendDescription: 'plain JavaScript', precision: 'float64', reductionPrecision: 'float64',
      chunkSize: 1 << 20, pilotSamples: 0, library: 'ailca', version: '9.9.9',
      datasets: extra.datasets ?? [{ name: 'clemm-2024', version: '1.0.0' }], date: '2026-12-05T00:00:00.000Z',
      durationMs: extra.durationMs ?? 2500, samplesPerSecond: extra.samplesPerSecond ?? 400_000,
    },
  } as unknown as MonteCarloResult;
}

describe('formatMonteCarlo (the ailca mc table)', () => {
  const r = result([
    output('annualized.total', 'kgCO2e/year', 1869.0817, { mean: 2405.6438, sd: 671.14982, se: 0.67114982, p: { 'p2.5': 1378.4951, p50: 2314.6049, 'p97.5': 3981.7312 } }),
    output('perToken', 'kgCO2e', 4.2e-7, { mean: 4.312345e-7, sd: 0, se: 0, p: { 'p2.5': 0.000123456, p50: 1e20 } }),
  ]);
  const lines = formatMonteCarlo(r).split('\n');

  it('header: study, samples and range with separators, seed, backend and precisions, time', () => {
    expect(lines[0]).toBe('Study: Hand-made result');
    expect(lines[1]).toBe('Monte Carlo: 1,000,000 samples (0:1000000 of 2,000,000), seed 7');
    expect(lines[2]).toBe('Backend: js (plain JavaScript); samples in float64, reductions in float64');
    // 2,500 ms = 2.50 s; 400,000 samples/s = 0.4 M samples/s
    expect(lines[3]).toBe('Time: 2.50 s, 0.4 M samples/s');
  });

  it('each cell to five significant digits with thousands separators', () => {
    expect(cells(lines[5])).toEqual(['output', 'unit', 'deterministic', 'mean', 'sd', 'std error', 'p2.5', 'p50', 'p97.5']);
    // 1869.0817 → 1869.1; 2405.6438 → 2405.6; 671.14982 → 671.15; 0.67114982 → 0.67115; 1378.4951 → 1378.5; 2314.6049 → 2314.6; 3981.7312 → 3981.7
    expect(cells(lines[6])).toEqual(['annualized.total', 'kgCO2e/year', '1,869.1', '2,405.6', '671.15', '0.67115', '1,378.5', '2,314.6', '3,981.7']);
  });

  it('tiny values keep their significant digits (they used to print as 0), huge ones use an exponent, a missing percentile is NaN', () => {
    expect(cells(lines[7])).toEqual(['perToken', 'kgCO2e', '4.2e-7', '4.3123e-7', '0', '0', '0.00012346', '1e20', 'NaN']);
  });

  it('numbers are right-aligned, text left-aligned', () => {
    const header = lines[5];
    const row = lines[6];
    expect(row.indexOf('1,869.1') + '1,869.1'.length).toBe(header.indexOf('deterministic') + 'deterministic'.length);
    expect(row.indexOf('kgCO2e/year')).toBe(header.indexOf('unit'));
  });

  it('footer: version, datasets and date; no histogram note for exact percentiles; no warnings section without warnings', () => {
    expect(lines.at(-1)).toBe('ailca 9.9.9; datasets clemm-2024@1.0.0; 2026-12-05T00:00:00.000Z');
    expect(lines.join('\n')).not.toMatch(/histogram/);
    expect(lines).not.toContain('Warnings');
  });

  it('histogram note, warnings and "datasets none" when they apply; a slow run reads 0.0432 M samples/s, not 0.0', () => {
    const text = formatMonteCarlo(result([output('x', '1', 1, { mean: 1, sd: 0, se: 0, p: {}, method: 'histogram' })], { warnings: ['x had 3 non-finite samples'], datasets: [], samplesPerSecond: 43_210 }));
    expect(text).toContain('Time: 2.50 s, 0.0432 M samples/s');
    expect(text).toContain('Percentiles are read from a 65,536-bin histogram');
    expect(text).toContain('Warnings\n  ! x had 3 non-finite samples');
    expect(text.split('\n').at(-1)).toBe('ailca 9.9.9; datasets none; 2026-12-05T00:00:00.000Z');
  });
});

// Analytic mean of the uncertain Xeon study's annualised footprint (derivation in test/mc/run-monte-carlo.test.ts)
const INV_L = 0.25 * (2 - 3 * Math.log(5 / 3)) + 0.25 * (7 * Math.log(7 / 5) - 2);
const MEAN = 1176.804 * INV_L + (0.725 * 555 + 0.275 * 200) * 8.76 * 1.35 * 0.4;

describe('ailca mc table, end to end', () => {
  it('the printed mean of annualized.total is within 4 printed standard errors of the analytic 2,405.64', async () => {
    const { code, stdout } = await cli('mc', 'examples/xeon-8468-uncertain.json', '--samples', '200000', '--seed', '3', '--backend', 'js');
    expect(code).toBe(0);
    const row = stdout.split('\n').find((l) => l.startsWith('annualized.total '))!;
    const [, unit, , mean, , se] = cells(row);
    expect(unit).toBe('kgCO2e/year');
    const num = (t: string | undefined) => Number(t!.replace(/,/g, ''));
    expect(Math.abs(num(mean) - MEAN)).toBeLessThan(4 * num(se) + 0.05);
    expect(stdout).toMatch(/^Monte Carlo: 200,000 samples \(0:200000 of 200,000\), seed 3$/m);
  });
});

describe('formatSignificant', () => {
  it.each([
    [2405.6438, 5, '2,405.6'],
    [0.000123456, 5, '0.00012346'],
    [0.0001, 5, '0.0001'],
    [4.2e-7, 5, '4.2e-7'],
    [-6.02214076e23, 4, '-6.022e23'],
    [999999999999999, 5, '1e15'],
    [-1234567.8, 4, '-1,235,000'],
    [0, 5, '0'],
    [Infinity, 5, 'Infinity'],
    [NaN, 5, 'NaN'],
  ])('%d to %d digits is %s', (x, digits, text) => {
    expect(formatSignificant(x, digits)).toBe(text);
  });
});
