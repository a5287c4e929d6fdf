import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { loadStudy } from '../../src/scenarios/index.js';

const rel = (actual: number, expected: number, tol = 1e-9) => expect(Math.abs(actual - expected) / Math.abs(expected)).toBeLessThan(tol);
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe('assess on the workload examples', () => {
  it('assess derives the LLM served for a year per 1,000 tokens from its parts (examples/llm-serving-year.json)', () => {
    const r = assess(loadStudy('examples/llm-serving-year.json'));
    const ci = 0.37; // US, Ember 2020 via Boavizta (grid-intensity dataset)
    // serving node: (3,000 + 8 × 230.5) kg ÷ 5 years; 50 % busy at 8 × 400 W + 1 kW, idle 1,368 W
    const serverEmbodied = (3000 + 8 * ((143 + 318) / 2)) / 5; // 968.8 kg/year
    const serverKWh = ((0.5 * (8 * 400 + 1000) + 0.5 * 1368) * 8760) / 1000; // 24,387.84 kWh/year
    rel(r.byElement.server.totalKgCO2e, serverEmbodied + serverKWh * ci);
    // fine-tuning: (8 × 0.8 × 400 W + 1 kW) × 72 h = 256.32 kWh; 8 × 318 kg × 72 h ÷ (5 × 8,760 h × 0.6)
    const tuneKWh = ((8 * 0.8 * 400 + 1000) * 72) / 1000;
    const tuneEmbodied = (8 * 318 * 72) / (5 * 8760 * 0.6);
    rel(r.jobs![0].itEnergyKWh, tuneKWh);
    rel(r.jobs![0].embodiedKgCO2e, tuneEmbodied);
    rel(r.byElement.model.totalKgCO2e, tuneKWh * ci + tuneEmbodied); // one year of service
    // data: 2 TB × 3 on SSD at 1.2 W/TB all year, 0.0267143 kg/GB over 4 years; 183 GB at 0.06 kWh/GB
    const storageKWh = (6 * 1.2 * 8760) / 1000;
    rel(r.byElement.data.operationalKgCO2e, (storageKWh + 183 * 0.06) * ci);
    rel(r.byElement.data.embodiedKgCO2e, (6000 * 0.0267143) / 4);
    // cloud: PUE 1.2 on every data-centre load (not on the network transfer)
    rel(r.byElement.cloud.operationalKgCO2e, (serverKWh + tuneKWh + storageKWh) * 0.2 * ci);
    const annual = sum(Object.values(r.byElement).map((e) => e.totalKgCO2e));
    rel(r.annualized.totalKgCO2e, annual);
    rel(r.functionalUnit.value, (annual / (50000 * 365 * 600)) * 1000);
  });

  it('assess reports the vision model per 1,000 images with its Green Score (examples/vision-edge-cloud.json)', () => {
    const s = loadStudy('examples/vision-edge-cloud.json');
    const r = assess(s);
    const images = 1728000 * 365;
    rel(r.functionalUnit.value, (r.annualized.totalKgCO2e / images) * 1000);
    rel(r.greenScore as number, 92 / r.functionalUnit.value);
    // training: 5 one-off runs over 3 years; retraining and preprocessing 4 times a year
    const train = r.jobs!.find((j) => j.id === 'train')!;
    const retrain = r.jobs!.find((j) => j.id === 'retrain')!;
    rel(train.totalKgCO2e, 5 * train.perRunKgCO2e);
    rel(retrain.totalKgCO2e, 4 * 3 * retrain.perRunKgCO2e);
    rel(train.itEnergyKWh, ((8 * 0.7 * 400 + 1000) * 48) / 1000);
    // the edge boxes run at PUE 1: the cloud element holds no overhead of theirs
    const edgeOverhead = r.operational.components.find((c) => c.name === 'data-centre overhead (edge camera box with an embedded GPU module)')!;
    expect(edgeOverhead.kgCO2e).toBe(0);
    rel(sum(r.embodied.components.map((c) => c.kgCO2e)), r.embodied.totalKgCO2e);
    rel(sum(r.operational.components.map((c) => c.kgCO2e)), r.operational.annualKgCO2e);
    expect(s.warnings).toEqual([]);
  });
});
