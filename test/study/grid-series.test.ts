import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { InputError } from '../../src/errors/index.js';
import { loadStudy } from '../../src/scenarios/index.js';

// A four-hour series [g/kWh] written by hand: 400, 200, 100, 300 (the last interval lasts as long as the one before).
const dir = mkdtempSync(join(tmpdir(), 'ailca-series-'));
writeFileSync(join(dir, 'grid.csv'), 'timestamp,gCO2e_per_kWh\n2024-06-01T00:00Z,400\n2024-06-01T01:00Z,200\n2024-06-01T02:00Z,100\n2024-06-01T03:00Z,300\n');
const study = (gridIntensity: unknown) => {
  const f = join(dir, `study-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(f, JSON.stringify({
    name: 'series',
    servers: [{ name: 'box', lifetime: '4 years', components: [{ type: 'part', name: 'x', perUnit: 100 }], power: { active: '1000 W', idle: '1000 W' } }],
    workload: { utilization: 1 },
    cloud: { gridIntensity, pue: 1 },
  }));
  return loadStudy(f);
};

describe('loadStudy with a grid-intensity series', () => {
  it('loadStudy takes the time-weighted mean of the series, relative to the study file', () => {
    const s = study({ series: 'grid.csv' });
    const p = s.params.find((x) => x.path === 'cloud.gridIntensity')!;
    expect(p.value).toBeCloseTo((0.4 + 0.2 + 0.1 + 0.3) / 4, 12); // 0.25 kgCO2e/kWh over four equal hours
    expect(p.source?.citation).toMatch(/time-weighted mean of grid\.csv/);
    // 1 kW all year: 8,760 kWh × 0.25
    expect(assess(s).operational.annualKgCO2e).toBeCloseTo(8760 * 0.25, 9);
  });

  it('loadStudy averages over a window of the series', () => {
    // 00:30–02:00: half an hour at 0.4 and an hour at 0.2 → (0.2 + 0.2) / 1.5
    const s = study({ series: 'grid.csv', from: '2024-06-01T00:30Z', to: '2024-06-01T02:00Z' });
    expect(s.params.find((x) => x.path === 'cloud.gridIntensity')!.value).toBeCloseTo(0.4 / 1.5, 12);
  });

  it('loadStudy refuses a window outside the series and a missing file', () => {
    expect(() => study({ series: 'grid.csv', from: '2023-01-01T00:00Z' })).toThrow(InputError);
    expect(() => study({ series: 'grid.csv', from: '2023-01-01T00:00Z' })).toThrow(/cloud\.gridIntensity\.from is not a window/);
    expect(() => study({ series: 'nope.csv' })).toThrow(/nope\.csv/);
  });
});
