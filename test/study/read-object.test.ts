import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { defineStudy } from '../../src/study/index.js';

const cloud = { gridIntensity: '0.4 kg/kWh', pue: 1 };
const params = (raw: unknown) => defineStudy(raw).params;

describe('readSource', () => {
  it('defineStudy echoes the source of an inference block and of a compute block on the values they give', () => {
    const ps = params({
      name: 'cited',
      functionalUnit: 'request',
      cloud,
      model: {
        jobs: [{ id: 't', accelerator: { name: 'gpu', count: 8, tdp: '400 W' }, compute: { flops: 1e21, peakFlops: 1e14, efficiency: 0.4, source: 'paper, Table 2' } }],
        inference: { requestsPerYear: 1e6, energyPerRequest: '0.3 Wh', source: 'provider report' },
      },
    });
    const cite = (path: string) => ps.find((p) => p.path === path)?.source?.citation;
    expect(cite('model.inference.requestsPerYear')).toBe('provider report');
    expect(cite('model.inference.energyPerRequest')).toBe('provider report');
    for (const f of ['flops', 'peakFlops', 'efficiency']) expect(cite(`model.jobs[0].compute.${f}`)).toBe('paper, Table 2');
  });

  it('defineStudy refuses a source that is not text instead of dropping it', () => {
    const job = (extra: object) => ({ name: 'x', cloud, model: { jobs: [{ id: 'j', energy: '1 kWh', ...extra }] } });
    expect(() => defineStudy(job({ source: 42 }))).toThrow(InputError);
    expect(() => defineStudy(job({ source: 42 }))).toThrow(/model\.jobs\[0\]\.source must be a string: got 42/);
    expect(() => defineStudy({ name: 'x', cloud, model: { jobs: [{ id: 'j', hours: '1 h', accelerator: { name: 'gpu', power: '300 W' }, source: 42 }] } })).toThrow(/model\.jobs\[0\]\.source must be a string/);
    expect(() => defineStudy({ name: 'x', cloud, model: { inference: { requestsPerYear: 1, energyPerRequest: '1 Wh', source: ['a'] } } })).toThrow(/model\.inference\.source must be a string/);
    expect(() => defineStudy({ name: 'x', cloud, data: { transfer: [{ amount: '1 GB', source: {} }] } })).toThrow(/data\.transfer\[0\]\.source must be a string/);
  });
});
