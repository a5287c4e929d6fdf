import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/graph/index.js';
import { compileStudy, defineStudy } from '../../src/study/index.js';

const job = (share?: unknown) => ({
  name: 'instance', functionalUnit: 'training-run', cloud: { gridIntensity: 0, pue: 1 },
  model: { jobs: [{
    id: 'j', hours: '10 h',
    accelerator: { name: 'gpu', count: 1, power: '300 W', embodied: '150 kg' },
    host: { count: 1, power: '200 W', embodied: '1000 kg' },
    allocation: { rule: 'time', lifetime: '4 years', utilization: 1, ...(share !== undefined ? { share } : {}) },
  }] },
});

function values(raw: unknown): Map<string, number> {
  const m = compileStudy(defineStudy(raw));
  const v = evaluate(m.outputs.map((o) => o.expr), new Map(m.inputs.map((i) => [i.name, i.value])));
  return new Map(m.outputs.map((o, i) => [o.key, v[i]]));
}

describe('allocation.share: a job holding part of its host (a cloud instance)', () => {
  const runShare = 10 / (4 * 8760); // 10 h of 4 years busy all the time
  it('charges the host 12/96 of its embodied carbon and the accelerator whole', () => {
    const v = values(job({ vcpus: 12, of: 96 }));
    expect(v.get('job:j:hostShare')).toBe(0.125);
    expect(v.get('job:j:embodied')).toBeCloseTo((1000 * 0.125 + 150) * runShare, 12);
  });
  it('takes a plain fraction too, and no share means the whole host', () => {
    expect(values(job(0.125)).get('job:j:embodied')).toBeCloseTo((1000 * 0.125 + 150) * runShare, 12);
    const whole = values(job());
    expect(whole.get('job:j:embodied')).toBeCloseTo((1000 + 150) * runShare, 12);
    expect(whole.has('job:j:hostShare')).toBe(false);
  });
  it('records the rule as the source of the share', () => {
    const s = defineStudy(job({ vcpus: 12, of: 96, source: 'a2-highgpu-1g on a 96-vCPU host' }));
    const p = s.params.find((x) => x.path === 'model.jobs[0].allocation.share')!;
    expect(p.value).toBe(0.125);
    expect(p.source?.citation).toBe('12 of 96 vCPUs of the host; a2-highgpu-1g on a 96-vCPU host');
  });
  it('refuses a share outside (0, 1] and more vCPUs than the host has, naming the field', () => {
    const err = (share: unknown) => {
      try {
        defineStudy(job(share));
      } catch (e) {
        return (e as Error).message;
      }
      return 'accepted';
    };
    expect(err(0)).toMatch(/allocation\.share/);
    expect(err(1.5)).toMatch(/allocation\.share/);
    expect(err({ vcpus: 128, of: 96 })).toMatch(/allocation\.share\.of/);
    expect(err({ vcpus: 0, of: 96 })).toMatch(/allocation\.share\.vcpus/);
    expect(err({ cores: 2, of: 96 })).toMatch(/allocation\.share/);
  });
});
