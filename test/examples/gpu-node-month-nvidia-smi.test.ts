import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { importPowerLog } from '../../src/entry/measurements.js';
import { loadStudy } from '../../src/scenarios/index.js';

// examples/gpu-node-month-nvidia-smi.json: a month of an 8-GPU node from the synthetic nvidia-smi log
// examples/measurements/nvidia-smi-month.csv (every 2 h for 30 days; README.md gives the rule that wrote it).
// Every expected value is derived here from that rule and the study's published figures.
const rel = (actual: number, expected: number) => expect(Math.abs(actual - expected) / Math.abs(expected)).toBeLessThan(1e-9);
const LOG = 'examples/measurements/nvidia-smi-month.csv';

// The log's rule: 361 readings, 2 h apart; readings 0–239 GPU g draws 600 + 5g W, from 240 on GPUs 0–3 draw 300 W and 4–7 idle at 70 W.
// Trapezoidal energy of one GPU = 2 h × (Σ readings − (first + last) ÷ 2).
function gpuKWh(g: number): number {
  const busy = 600 + 5 * g;
  const late = g < 4 ? 300 : 70;
  return (2 * (240 * busy + 121 * late - (busy + late) / 2)) / 1000;
}
const GPU_KWH = [0, 1, 2, 3, 4, 5, 6, 7].reduce((a, g) => a + gpuKWh(g), 0); // 2,722.94 kWh

describe('examples/gpu-node-month-nvidia-smi.json', () => {
  const example = JSON.parse(readFileSync('examples/gpu-node-month-nvidia-smi.json', 'utf8')) as { model: { jobs: Record<string, unknown>[] } };

  it('the sample log is a month of 8 GPUs: 2,888 readings, 720 h, 2,722.94 kWh by hand', () => {
    const imp = importPowerLog('nvidia-smi', LOG, { catalogue: 'nvidia-h100-sxm' });
    expect(imp.integration.gpus.map((g) => g.energyKWh).map((e, g) => Math.abs(e - gpuKWh(g)) < 1e-9)).toEqual(Array(8).fill(true));
    expect(GPU_KWH).toBeCloseTo(2722.94, 9);
    expect(imp.job.hours).toMatchObject({ value: '720 h' });
    expect(imp.integration.gaps).toEqual([]);
  });

  it('its GPU job is what ailca import nvidia-smi writes, with the documented hand edits', () => {
    const imp = importPowerLog('nvidia-smi', LOG, { catalogue: 'nvidia-h100-sxm' }).job as Record<string, { value: unknown; source: string }>;
    const job = example.model.jobs[0] as Record<string, { value: Record<string, string>; source: string }>;
    expect(job.hours).toEqual(imp.hours);
    expect(job.name).toEqual(imp.name);
    expect(job.energy.value.base).toBe(imp.energy.value);
    expect(job.energy.source.startsWith(imp.energy.source)).toBe(true);
    // edits: ±5 % (NVML), the GPUs by name (counted in the server), the server and its allocation
    expect([job.energy.value.min, job.energy.value.max]).toEqual([`${(2722.94 * 0.95).toFixed(3)} kWh`, `${(2722.94 * 1.05).toFixed(3)} kWh`]);
    expect(job.accelerator).toEqual({ name: 'NVIDIA H100 SXM5 80 GB', count: 8 });
    expect(job.server).toBe('dgx-h100');
  });

  it('assesses to the hand-derived energy, operational carbon and embodied share', () => {
    const r = assess(loadStudy('examples/gpu-node-month-nvidia-smi.json'));
    const [gpu, host] = r.jobs ?? [];
    rel(gpu.itEnergyKWh, GPU_KWH);
    rel(host.itEnergyKWh, (578 * 720) / 1000); // host 578 W (midpoint of 200 and 956 W) × 720 h = 416.16 kWh
    // Germany 2022 0.4 kgCO2e/kWh (base of the lognormal) × PUE 1.56 (base)
    rel(gpu.operationalKgCO2e, GPU_KWH * 1.56 * 0.4);
    rel(host.operationalKgCO2e, 416.16 * 1.56 * 0.4);
    // the server's whole embodied carbon (the same bill of materials, standing, in examples/h100-server.json) × 720 h ÷ (5 years × 8,760 h × 0.85)
    const server = assess(loadStudy('examples/h100-server.json')).embodied.totalKgCO2e;
    expect(server).toBeGreaterThan(1000);
    rel(gpu.embodiedKgCO2e, (server * 720) / (5 * 8760 * 0.85));
    expect(host.embodiedKgCO2e).toBe(0);
  });
});
