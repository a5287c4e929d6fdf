import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileError } from '../../src/errors/index.js';
import { loadIntensitySeries, parseIntensitySeries } from '../../src/datasets/index.js';
import { thrown } from './helpers.js';

describe('loadIntensitySeries', () => {
  it('loadIntensitySeries reads timestamps with time zones and converts g/kWh to kg/kWh', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ailca-series-'));
    const file = join(dir, 'de.csv');
    writeFileSync(file, 'timestamp,gCO2e_per_kWh\n2024-01-01T00:00Z,400\n2024-01-01T02:00+01:00,350\n');
    const s = loadIntensitySeries(file);
    // 02:00+01:00 = 01:00Z, one hour (3.6e6 ms) after the first row
    expect(s.timesMs[1] - s.timesMs[0]).toBe(3_600_000);
    // 400 g = 0.4 kg, 350 g = 0.35 kg
    expect([...s.kgCO2ePerKWh]).toEqual([0.4, 0.35]);
  });

  it.each([
    ['a timestamp without a time zone', 'timestamp,kgCO2e_per_kWh\n2024-01-01T00:00,0.4\n', 2, 'timestamp', /time zone/],
    ['a duplicate timestamp', 'timestamp,kgCO2e_per_kWh\n2024-01-01T00:00Z,0.4\n2024-01-01T00:00Z,0.3\n', 3, 'timestamp', /not after/],
    ['a decimal comma', 'timestamp,kgCO2e_per_kWh\n2024-01-01T00:00Z,"0,4"\n', 2, 'kgCO2e_per_kWh', /decimal comma/],
    ['g/kWh under a kg header', 'timestamp,kgCO2e_per_kWh\n2024-01-01T00:00Z,400\n', 2, 'kgCO2e_per_kWh', /gCO2e_per_kWh/],
    ['an empty value', 'timestamp,kgCO2e_per_kWh\n2024-01-01T00:00Z,\n', 2, 'kgCO2e_per_kWh', /empty cell/],
  ])('parseIntensitySeries refuses %s with row and column', (_l, text, row, column, pattern) => {
    const e = thrown(() => parseIntensitySeries(text, 's.csv'));
    expect(e).toBeInstanceOf(FileError);
    expect([e.row, e.column]).toEqual([row, column]);
    expect(e.message).toMatch(pattern);
  });

  it('parseIntensitySeries refuses an unknown header', () => {
    expect(thrown(() => parseIntensitySeries('time,value\n2024-01-01T00:00Z,0.4\n', 's.csv')).message).toMatch(/not a series header/);
  });
});
