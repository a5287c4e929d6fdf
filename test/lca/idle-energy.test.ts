import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { defineStudy } from '../../src/study/index.js';
import { refusal, valuesOf } from './helpers.js';

// A job of 8 GPUs at 300 W for 10 h (dynamic 24 kWh) beside a measured 6 kWh of idle
// nodes and infrastructure, at 0.5 kgCO2e/kWh and PUE 1.5.
const study = (job: Record<string, unknown>) => ({
  name: 'idle', functionalUnit: 'training-run', cloud: { gridIntensity: '0.5 kg/kWh', pue: 1.5 },
  model: { jobs: [{ id: 't', ...job }] },
});
const gpus = { accelerator: { name: 'gpu', count: 8, power: '300 W' }, hours: '10 h' };

describe('idle: measured idle and infrastructure energy beside the dynamic energy', () => {
  it('compileStudy applies the PUE to a measured idle energy that is IT energy (includesOverhead false): (24 + 6) × 1.5 × 0.5', () => {
    const v = valuesOf(study({ ...gpus, idle: { energy: '6 kWh', includesOverhead: false } }));
    expect(v.get('job:t:itEnergy')).toBeCloseTo(24 + 6, 12);
    expect(v.get('job:t:energy')).toBeCloseTo(30 * 1.5, 12); // 45 kWh at the meter
    expect(v.get('job:t:operational')).toBeCloseTo(45 * 0.5, 12); // 22.5 kg
  });

  it('compileStudy leaves the PUE off an idle energy that includes the facility overhead: 24 × 1.5 + 6 = 42 kWh', () => {
    const v = valuesOf(study({ ...gpus, idle: { energy: '6 kWh', includesOverhead: true } }));
    expect(v.get('job:t:itEnergy')).toBeCloseTo(30, 12);
    expect(v.get('job:t:energy')).toBeCloseTo(24 * 1.5 + 6, 12);
    expect(v.get('job:t:operational')).toBeCloseTo((24 * 1.5 + 6) * 0.5, 12); // 21 kg
  });

  it('assess lists the dynamic and the idle energy as two lines of the job, and the overhead on the dynamic part only', () => {
    const r = assess(defineStudy(study({ ...gpus, idle: { energy: '6 kWh', includesOverhead: true } })));
    const line = (name: string) => r.operational.components.find((c) => c.name === `t: ${name}`)!;
    expect(line('gpu (dynamic)').energyKWh).toBeCloseTo(24, 12);
    expect(line('gpu (dynamic)').kgCO2e).toBeCloseTo(12, 12);
    expect(line('idle and infrastructure (measured)').energyKWh).toBeCloseTo(6, 12);
    expect(line('idle and infrastructure (measured)').kgCO2e).toBeCloseTo(3, 12);
    expect(r.functionalUnit.value).toBeCloseTo(21, 12);
  });

  it('compileStudy reads energy as the dynamic energy beside idle: 400 + 100 kWh, and scales both by energyScale', () => {
    const v = valuesOf(study({ energy: '400 kWh', idle: { energy: '100 kWh', includesOverhead: false }, energyScale: 0.5 }));
    expect(v.get('job:t:itEnergy')).toBeCloseTo((400 + 100) * 0.5, 12);
  });

  it('compileStudy allocates by the dynamic energy under the energy rule: 24 kWh ÷ (8 × 400 W × 8,760 h ÷ 1000)', () => {
    const v = valuesOf(study({ accelerator: { name: 'gpu', count: 8, power: '300 W', tdp: '400 W', embodied: '100 kg' }, hours: '10 h', idle: { energy: '6 kWh', includesOverhead: false }, allocation: { rule: 'energy', lifetime: '1 year', utilization: 1 } }));
    const share = 24 / ((8 * 400 * 8760) / 1000); // the 6 kWh of idle energy is not the GPUs' work
    expect(v.get('job:t:share')! / share).toBeCloseTo(1, 12);
    expect(v.get('job:t:embodied')! / (8 * 100 * share)).toBeCloseTo(1, 12);
  });

  it('defineStudy refuses what would count the idle draw twice, and an idle energy without the PUE flag', () => {
    const idle = { energy: '6 kWh', includesOverhead: false };
    expect(refusal(study({ ...gpus, host: { count: 2, power: '200 W' }, idle })).message).toMatch(/host\.power .*would count the hosts twice/);
    expect(refusal(study({ accelerator: { name: 'gpu', count: 8, power: { idle: '50 W', max: '300 W', utilization: 0.5 } }, hours: '10 h', idle })).message).toMatch(/accelerator\.power .*would count the idle draw twice/);
    expect(refusal(study({ ...gpus, idle: { energy: '6 kWh' } })).message).toMatch(/idle\.includesOverhead is missing/);
    expect(refusal(study({ hours: '10 h', host: { count: 1 }, idle })).message).toMatch(/energy is missing.*the dynamic energy beside/);
  });
});
