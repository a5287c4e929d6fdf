import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { cloudStudyFragment, parseCloudUsage } from '../../src/entry/measurements.js';
import { loadStudy } from '../../src/scenarios/index.js';

// examples/web-service-cloud-usage.json: a month of a web service from the synthetic cloud usage file
// examples/measurements/cloud-usage-web-service.csv. Expected values derived here from the file and the
// published figures: instance catalogues (AWS, Google), Cloud Carbon Footprint's coefficients, grid and PUE datasets.
const rel = (actual: number, expected: number) => expect(Math.abs(actual - expected) / Math.abs(expected)).toBeLessThan(1e-9);
const USAGE = 'examples/measurements/cloud-usage-web-service.csv';
const LIFE_H = 4 * 8760; // 4 years (the base of the lifetime) × 8,760 h at utilisation 1 (the base)

describe('examples/web-service-cloud-usage.json', () => {
  const example = JSON.parse(readFileSync('examples/web-service-cloud-usage.json', 'utf8')) as { model: { jobs: Record<string, unknown>[] } };
  const imported = cloudStudyFragment(parseCloudUsage(readFileSync(USAGE, 'utf8'), USAGE), { file: USAGE }).fragment.model.jobs;

  it('its jobs are what ailca import cloud-usage writes, but for the documented hand edits (lifetime, utilisation, GPU power fraction)', () => {
    const strip = (j: Record<string, unknown>) => {
      const { allocation, accelerator, ...rest } = j as { allocation: Record<string, unknown>; accelerator?: Record<string, unknown> };
      const { lifetime: _l, utilization: _u, ...alloc } = allocation;
      const acc = accelerator === undefined ? {} : { accelerator: Object.fromEntries(Object.entries(accelerator).filter(([k]) => k !== 'powerFraction')) };
      return { ...rest, ...acc, allocation: alloc };
    };
    expect(example.model.jobs.map(strip)).toEqual(imported.map(strip));
  });

  it('assesses to the hand-derived energy and embodied carbon', () => {
    const r = assess(loadStudy('examples/web-service-cloud-usage.json'));
    const [m5, a2, n2] = r.jobs ?? [];
    // m5.xlarge: 1,440 + 96 h × 4 Skylake vCPUs × (0.65 + 0.5 × (4.26 − 0.65)) W = 1,536 h × 9.82 W
    rel(m5.itEnergyKWh, (1536 * 4 * (0.65 + 0.5 * (4.26 - 0.65))) / 1000);
    // a2-highgpu-1g: 1,440 h × (1 A100 at 400 W TDP × power fraction 1 + 12 Cascade Lake vCPUs × (0.64 + 0.5 × 3.33) W)
    rel(a2.itEnergyKWh, (1440 * (400 + 12 * (0.64 + 0.5 * (3.97 - 0.64)))) / 1000);
    // n2-standard-8: 720 h × 8 Cascade Lake vCPUs
    rel(n2.itEnergyKWh, (720 * 8 * (0.64 + 0.5 * (3.97 - 0.64))) / 1000);
    // operational: aws:eu-west-1 278.6 g/kWh (CCF, EEA), AWS PUE 1.135; gcp:europe-west4 208.81 g/kWh (Google 2024), GCP PUE 1.1
    rel(m5.operationalKgCO2e, m5.itEnergyKWh * 1.135 * 0.2786);
    rel(a2.operationalKgCO2e, a2.itEnergyKWh * 1.1 * 0.20881);
    // embodied: host platform × vCPUs ÷ host vCPUs (+ the GPU whole) × hours ÷ lifetime hours
    rel(m5.embodiedKgCO2e, 1610.79 * (4 / 96) * (1536 / LIFE_H)); // m5.metal, CCF 1,610.79 kg
    rel(a2.embodiedKgCO2e, (3065.5 * (12 / 96) + 150) * (1440 / LIFE_H)); // a2-megagpu-16g 5,465.5 − 16 × 150 kg; A100 40 GB at CCF's 150 kg
    rel(n2.embodiedKgCO2e, 1888.46 * (8 / 128) * (720 / LIFE_H)); // n2-standard-128, CCF 1,888.46 kg
  });
});
