import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport, renderMarkdown } from '../../src/report/index.js';
import { loadStudyFile } from '../../src/scenarios/index.js';

// one server of 20 kg: 100 kgCO2e made, shipped 10,000 km at 0.015 kgCO2e/(t·km) = 3 kgCO2e, recycled at 1 kgCO2e/kg = 20 kgCO2e
// (credit 2 kgCO2e/kg → module D −40 kgCO2e), 4 years; 100 W all year at 0.5 kgCO2e/kWh = 438 kgCO2e/year
const study = {
  name: 'stages', functionalUnit: 'year',
  servers: [{ name: 'box', lifetime: '4 years', mass: '20 kg', components: [{ type: 'part', name: 'server', perUnit: '100 kgCO2e' }],
    transport: [{ mode: 'ship', distance: '10000 km', factor: '0.015 kgCO2e/(t*km)' }],
    endOfLife: { treatment: 'recycling', factor: '1 kgCO2e/kg', credit: '2 kgCO2e/kg' },
    power: { active: '100 W', idle: '100 W' } }],
  workload: { utilization: 0.5 }, cloud: { gridIntensity: '0.5 kg/kWh', pue: 1 },
};

describe('a report of a study that declares transport and end of life', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ailca-stages-'));
  writeFileSync(join(dir, 'stages.json'), JSON.stringify(study));
  const report = await buildReport(loadStudyFile(join(dir, 'stages.json')), { samples: 200, sobolSamples: 64, scenarioSamples: 50, backend: 'js', date: '2026-12-06' });

  it('carries the stage split and module D apart', () => {
    expect(report.impact.lifeCycle).toMatchObject({ manufacturingKgCO2e: 25, useKgCO2e: 438, moduleDKgCO2e: -40 });
    expect(report.impact.lifeCycle!.transportKgCO2e).toBeCloseTo(3 / 4, 12); // 0.02 t × 10,000 km × 0.015 ÷ 4 years
    expect(report.impact.lifeCycle!.endOfLifeKgCO2e).toBeCloseTo(20 / 4, 12);
  });
  it('gives each stage its Monte Carlo statistics (the stage totals are default outputs)', () => {
    const est = report.impact.stageEstimates!;
    expect(est.map((e) => e.key)).toEqual(['stage.manufacturing', 'stage.transport', 'stage.use', 'stage.endOfLife']);
    // every input is fixed: each stage is constant at its base case
    expect(est[1].deterministic).toBeCloseTo(3 / 4, 12);
    expect(est[1].monteCarlo!.count).toBe(200);
    expect(est[1].monteCarlo!.mean).toBeCloseTo(3 / 4, 12);
  });
  it('renders a stage table and says module D is in no total', () => {
    const md = renderMarkdown(report).markdown;
    expect(md).toContain('### By life-cycle stage');
    expect(md).toContain('| end of life | 5.00000 | 1.07 % |'); // 5 ÷ (25 + 0.75 + 438 + 5) = 1.07 %
    expect(md).toContain('| transport | 0.750000 | 0.160 % |');
    expect(md).toContain('-40.0000 kgCO2e');
    expect(md).toContain('module D');
    expect(md).toContain('subtracted from no total');
  });
});
