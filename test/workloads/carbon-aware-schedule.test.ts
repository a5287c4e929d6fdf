import { describe, expect, it } from 'vitest';
import { intensityIntegral, parseIntensitySeries } from '../../src/datasets/index.js';
import { InputError } from '../../src/errors/index.js';
import { carbonAwareSchedule } from '../../src/workloads/index.js';

// A day of hourly intensities [g/kWh]: high in the morning and evening, a solar dip at noon.
const G = [500, 480, 470, 460, 450, 440, 430, 420, 380, 300, 200, 120, 100, 110, 150, 250, 350, 450, 520, 540, 530, 510, 505, 500];
const csv = `timestamp,gCO2e_per_kWh\n${G.map((g, h) => `2024-06-01T${String(h).padStart(2, '0')}:00Z,${g}`).join('\n')}\n`;
const series = parseIntensitySeries(csv, 'day.csv');
const at = (h: number) => Date.UTC(2024, 5, 1, h);

describe('carbonAwareSchedule', () => {
  it('carbonAwareSchedule finds the cleanest 3-hour window and the saving against starting at once', () => {
    // 3 h at 20 kW: windows of three hours summed by hand; the lowest is 11–14 h: 120 + 100 + 110 = 330 g/kWh·h
    const r = carbonAwareSchedule(series, { hours: 3, powerKW: 20 });
    expect(r.start).toBe('2024-06-01T11:00:00.000Z');
    expect(r.kgCO2e).toBeCloseTo((20 * 330) / 1000, 12); // 6.6 kg
    expect(r.nowKgCO2e).toBeCloseTo((20 * (500 + 480 + 470)) / 1000, 12); // 29 kg
    expect(r.savingKgCO2e).toBeCloseTo(29 - 6.6, 12);
    expect(r.savingFraction).toBeCloseTo(22.4 / 29, 12);
    expect(r.candidates).toBe(22); // starts 0 … 21 h end by 24 h
  });

  it('carbonAwareSchedule respects the earliest start and the deadline, and integrates part hours', () => {
    // from 15:30, 1.5 h, 10 kWh in all, to end by 19:00: starts 15:30, 16:00, 17:00
    // 15:30 → 0.5 h × 250 + 1 h × 350 = 475; 16:00 → 350 + 0.5 × 450 = 575; 17:00 → 450 + 0.5 × 520 = 710 g·h/kWh
    const r = carbonAwareSchedule(series, { hours: 1.5, energyKWh: 10, earliestStart: '2024-06-01T15:30Z', deadline: at(19) });
    expect(r.startMs).toBe(Date.UTC(2024, 5, 1, 15, 30));
    expect(r.kgCO2e).toBeCloseTo(((10 / 1.5) * 475) / 1000, 12);
    expect(r.candidates).toBe(3);
    expect(r.savingKgCO2e).toBe(0);
  });

  it('carbonAwareSchedule refuses a window that cannot hold the job and a power given twice', () => {
    expect(() => carbonAwareSchedule(series, { hours: 5, powerKW: 1, earliestStart: at(20) })).toThrow(InputError);
    expect(() => carbonAwareSchedule(series, { hours: 1, powerKW: 1, energyKWh: 1 })).toThrow(/together/);
    expect(() => carbonAwareSchedule(series, { hours: 0, powerKW: 1 })).toThrow(InputError);
    expect(() => carbonAwareSchedule(series, { hours: 1, powerKW: 1, earliestStart: '2024-06-01 10:00' })).toThrow(/not a time/);
  });
});

describe('intensityIntegral', () => {
  it('intensityIntegral integrates the piecewise-constant series and gives the last hour the step before it', () => {
    const c = intensityIntegral(series);
    const total = G.reduce((a, g) => a + g, 0) / 1000; // 24 one-hour intervals [kg/kWh·h]
    expect(c.at(c.endMs)).toBeCloseTo(total, 12);
    expect(c.endMs).toBe(at(24));
    expect(c.at(at(1) + 15 * 60e3)).toBeCloseTo(0.5 + 0.48 / 4, 12);
  });
});
