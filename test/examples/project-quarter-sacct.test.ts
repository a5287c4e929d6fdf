import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { parseSacct, sacctStudyFragment } from '../../src/entry/measurements.js';
import { loadStudy } from '../../src/scenarios/index.js';

// examples/project-quarter-sacct.json: account proj-llm's jobs from the sacct sample.
// Every expected value is derived here from the sample and the catalogue's published figures.
const rel = (actual: number, expected: number) => expect(Math.abs(actual - expected) / Math.abs(expected)).toBeLessThan(1e-12);

describe('examples/project-quarter-sacct.json', () => {
  const example = JSON.parse(readFileSync('examples/project-quarter-sacct.json', 'utf8')) as { model: { jobs: Record<string, unknown>[] } };

  it('its jobs are what ailca import sacct writes for the account (plus the allocation added by hand)', () => {
    const text = readFileSync('examples/measurements/sacct.txt', 'utf8');
    const out = sacctStudyFragment(parseSacct(text, 'examples/measurements/sacct.txt'), {
      by: 'account',
      gpuMap: [{ pattern: 'gpu-a*', catalogue: 'nvidia-a100-sxm4-80gb' }, { pattern: 'gpu-h*', catalogue: 'nvidia-h100-sxm' }],
      cpu: 'xeon-platinum-8468',
    });
    const imported = out.fragment.model.jobs.filter((j) => String(j.id).includes('proj-llm'));
    const strip = (j: Record<string, unknown>) => Object.fromEntries(Object.entries(j).filter(([k]) => k !== 'allocation' && k !== 'source'));
    expect(example.model.jobs.map(strip)).toEqual(imported);
  });

  it('assesses to the hand-derived energy and embodied share', () => {
    const r = assess(loadStudy('examples/project-quarter-sacct.json'));
    const [gpu, cpu] = r.jobs ?? [];
    rel(gpu.itEnergyKWh, (202 * 400) / 1000); // (106 + 96) A100 GPU-hours × 400 W TDP = 80.8 kWh
    rel(cpu.itEnergyKWh, (1664 * (350 / 48)) / 1000); // (848 + 768 + 48) CPU-hours × 350 W ÷ 48 cores = 12.133 kWh
    rel(gpu.embodiedKgCO2e, (318 * 202) / (6 * 8760 * 0.85)); // A100 318 kgCO2e × 202 h ÷ (6 years × 8,760 h × 0.85) = 1.4378 kg
  });
});
