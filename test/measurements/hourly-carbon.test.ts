import { describe, expect, it } from 'vitest';
import { parseIntensitySeries } from '../../src/datasets/index.js';
import { InputError } from '../../src/errors/index.js';
import { hourlyCarbon, integratePower, parseDcgmCsv, powerLogJob } from '../../src/measurements/index.js';

const grid = parseIntensitySeries('timestamp,kgCO2e_per_kWh\n2024-01-01T00:00Z,0.5\n2024-01-01T01:00Z,0.1\n2024-01-01T02:00Z,0.3\n', 'grid.csv');

describe('hourlyCarbon', () => {
  it('cuts each trapezoid at whole hours and weights each piece by that hour\'s intensity', () => {
    // one GPU ramping 0 W at 00:30 to 600 W at 01:30 (linear): 300 W at 01:00
    // 00:30–01:00: (0 + 300)/2 W × 0.5 h = 75 Wh at 0.5 kg/kWh = 0.0375 kg
    // 01:00–01:30: (300 + 600)/2 W × 0.5 h = 225 Wh at 0.1 kg/kWh = 0.0225 kg
    const log = parseDcgmCsv('timestamp,gpu,DCGM_FI_DEV_POWER_USAGE\n2024-01-01T00:30Z,0,0\n2024-01-01T01:30Z,0,600\n', 'ramp.csv');
    const c = hourlyCarbon(integratePower(log), grid);
    expect(c.hours.map((h) => h.hourStartMs)).toEqual([Date.parse('2024-01-01T00:00Z'), Date.parse('2024-01-01T01:00Z')]);
    expect(c.hours[0].energyKWh).toBeCloseTo(0.075, 15);
    expect(c.hours[1].energyKWh).toBeCloseTo(0.225, 15);
    expect(c.hours[0].kgCO2e).toBeCloseTo(0.0375, 15);
    expect(c.hours[1].kgCO2e).toBeCloseTo(0.0225, 15);
    expect(c.kgCO2e).toBeCloseTo(0.06, 15);
    expect(c.meanIntensity).toBeCloseTo(0.06 / 0.3, 14);
    // the job fragment carries the energy-weighted intensity as its grid
    expect(powerLogJob(integratePower(log), {}, c).job.gridIntensity).toEqual({ value: '0.2 kgCO2e/kWh', source: 'energy-weighted mean of grid.csv over the hours of ramp.csv' });
  });

  it('refuses a series that does not cover the log', () => {
    const log = parseDcgmCsv('timestamp,gpu,DCGM_FI_DEV_POWER_USAGE\n2024-01-01T02:30Z,0,100\n2024-01-01T03:30Z,0,100\n', 'late.csv');
    expect(() => hourlyCarbon(integratePower(log), grid)).toThrow(InputError);
  });
});
