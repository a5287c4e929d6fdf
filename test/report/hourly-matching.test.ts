import { describe, expect, it } from 'vitest';
import { buildReport, renderMarkdown } from '../../src/report/index.js';
import { loadStudyFile } from '../../src/scenarios/index.js';

describe('a report of a job matched hour by hour to the grid (examples/hourly-load.json)', async () => {
  const report = await buildReport(loadStudyFile('examples/hourly-load.json'), { samples: 200, sobolSamples: 64, scenarioSamples: 50, backend: 'js', date: '2026-12-06' });

  it('renderMarkdown tabulates the weighted and mean intensities and the 0.4 kgCO2e matching adds', () => {
    // grid 0.4, 0.2, 0.1, 0.3 kg/kWh, load 4, 2, 1, 1 kWh: 2.4 kg matched, 8 × 0.25 = 2.0 kg at the mean
    const md = renderMarkdown(report).markdown;
    const row = md.split('\n').find((l) => l.startsWith('| fine-tuning run | series/load-4h.csv'));
    expect(row).toBeDefined();
    expect(row!.split('|').map((c) => c.trim()).filter((c) => c !== '')).toEqual(['fine-tuning run', 'series/load-4h.csv', '0.300000', '0.250000', '0.400000']);
  });
});
