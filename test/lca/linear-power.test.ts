import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/graph/index.js';
import { compileStudy, defineStudy } from '../../src/study/index.js';

const at = (raw: unknown, key: string) => {
  const m = compileStudy(defineStudy(raw));
  return evaluate([m.outputs.find((o) => o.key === key)!.expr], new Map(m.inputs.map((i) => [i.name, i.value])))[0];
};
const job = (accelerator: unknown, host?: unknown) => ({
  name: 'linear', functionalUnit: 'training-run', cloud: { gridIntensity: 0.5, pue: 1 },
  model: { jobs: [{ id: 't', hours: '100 h', ...(accelerator ? { accelerator } : {}), ...(host ? { host } : {}) }] },
});

describe('power between idle and maximum by utilisation: idle + u × (max − idle)', () => {
  it('for accelerators: 4 A100s between 46 W and 407 W (Cloud Carbon Footprint) at 60 %', () => {
    const w = 46 + 0.6 * (407 - 46); // 262.6 W
    expect(at(job({ name: 'A100', count: 4, power: { idle: '46 W', max: '407 W', utilization: 0.6 } }), 'job:t:itEnergy')).toBeCloseTo((4 * w * 100) / 1000, 12);
  });
  it('for host nodes, e.g. 12 vCPUs at 0.74 W to 3.5 W each (AWS, CCF) at 50 %, with no implausibility warning for the idle draw', () => {
    const raw = job(undefined, { count: 12, power: { idle: '0.74 W', max: '3.5 W', utilization: 0.5 } });
    expect(at(raw, 'job:t:itEnergy')).toBeCloseTo((12 * (0.74 + 0.5 * 2.76) * 100) / 1000, 12);
    expect(defineStudy(raw as Parameters<typeof defineStudy>[0]).warnings.filter((w) => w.includes('idle'))).toEqual([]);
  });
  it('takes uncertain parts and refuses a maximum below the idle draw', () => {
    const m = compileStudy(defineStudy(job({ name: 'gpu', count: 1, power: { idle: '50 W', max: '300 W', utilization: { dist: 'uniform', min: 0.2, max: 0.8 } } })));
    expect(m.inputs.some((i) => i.name === 'model.jobs[0].accelerator.power.utilization' && i.distribution !== undefined)).toBe(true);
    expect(() => defineStudy(job({ name: 'gpu', count: 1, power: { idle: '300 W', max: '50 W', utilization: 0.5 } }) as Parameters<typeof defineStudy>[0])).toThrow(/accelerator\.power\.max/);
    expect(() => defineStudy(job({ name: 'gpu', count: 1, power: { idle: '30 W', max: '50 W' } }) as Parameters<typeof defineStudy>[0])).toThrow(/power\.utilization/);
  });
});
