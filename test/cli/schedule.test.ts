import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

// A day of hourly intensities [g/kWh] with a solar dip at noon (as in test/workloads).
const G = [500, 480, 470, 460, 450, 440, 430, 420, 380, 300, 200, 120, 100, 110, 150, 250, 350, 450, 520, 540, 530, 510, 505, 500];

describe('ailca schedule', () => {
  it('ailca schedule finds the cleanest 3-hour window of a day', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ailca-schedule-'));
    const file = join(dir, 'day.csv');
    writeFileSync(file, `timestamp,gCO2e_per_kWh\n${G.map((g, h) => `2024-06-01T${String(h).padStart(2, '0')}:00Z,${g}`).join('\n')}\n`);
    const { code, stdout } = await cli('schedule', file, '--hours', '3', '--power', '20', '--format', 'json');
    expect(code).toBe(0);
    const r = JSON.parse(stdout);
    // lowest 3-hour window 11–14 h: (120 + 100 + 110) g/kWh × 20 kW = 6.6 kg; now: (500 + 480 + 470) × 20 = 29 kg
    expect(r.start).toBe('2024-06-01T11:00:00.000Z');
    expect(r.kgCO2e).toBeCloseTo(6.6, 9);
    expect(r.savingKgCO2e).toBeCloseTo(29 - 6.6, 9);
    const bad = await cli('schedule', file, '--hours', '3');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/powerKW|energyKWh/);
  });

  it('names the flag that leaves no room: --start after the series, --deadline before it, --hours longer than it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ailca-schedule-'));
    const file = join(dir, 'four.csv');
    // four hourly values: the series spans 00:00 to 04:00
    writeFileSync(file, 'timestamp,gCO2e_per_kWh\n2024-01-01T00:00Z,300\n2024-01-01T01:00Z,200\n2024-01-01T02:00Z,100\n2024-01-01T03:00Z,250\n');
    const cases: [string[], RegExp][] = [
      [['--hours', '1', '--start', '2025-01-01T00:00Z'], /^ailca schedule: --start is after the series ends: got "2025-01-01T00:00:00\.000Z"; .*2024-01-01T04:00:00\.000Z/],
      [['--hours', '1', '--start', '2024-01-01T03:30Z'], /^ailca schedule: --start leaves no room for the job before the series ends/],
      [['--hours', '1', '--deadline', '2024-01-01T00:30Z'], /^ailca schedule: --deadline leaves no room for the job: got "2024-01-01T00:30:00\.000Z"/],
      [['--hours', '5'], /^ailca schedule: --hours is longer than the series: got 5; expected at most the series' span, 4 h/],
      [['--hours', '1', '--start', '2023-12-31T23:00Z'], /^ailca schedule: --start is before the series starts/],
    ];
    for (const [flags, message] of cases) {
      const r = await cli('schedule', file, '--power', '1', ...flags);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
    }
  });
});
