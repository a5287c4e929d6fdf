import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { defineStudy, parseFunctionalUnit } from '../../src/study/index.js';

const cloud = { gridIntensity: '0.4 kg/kWh', pue: 1.2 };
const job = { id: 't', accelerator: { name: 'gpu', count: 8, power: '300 W' }, hours: '10 h' };

function refusal(raw: unknown): InputError {
  try {
    defineStudy(raw);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('the study was accepted');
}

describe('defineStudy with model and data blocks', () => {
  it('defineStudy accepts a study of jobs only, without servers or workload', () => {
    const s = defineStudy({ name: 'jobs only', cloud, model: { jobs: [job] } });
    expect(s.servers).toEqual([]);
    expect(s.workload).toBeUndefined();
    expect(s.serviceLife?.status).toBe('default');
  });

  it('defineStudy still refuses an empty server list when nothing else brings hardware', () => {
    const e = refusal({ name: 'empty', servers: [], workload: { utilization: 0.5 }, cloud });
    expect(e.message).toMatch(/servers is empty/);
  });

  it('defineStudy refuses a job on a standing server, which would count its embodied carbon twice', () => {
    const xeon = JSON.parse(readFileSync('examples/xeon-8468.json', 'utf8'));
    const e = refusal({ ...xeon, model: { jobs: [{ ...job, server: 'xeon-8468', allocation: { utilization: 0.5 } }] } });
    expect(e.path).toBe('model.jobs[0].server');
    expect(e.message).toMatch(/twice.*"use": "jobs"/);
  });

  it('defineStudy refuses a server kept for jobs that no job uses', () => {
    const xeon = JSON.parse(readFileSync('examples/xeon-8468.json', 'utf8'));
    xeon.servers[0].use = 'jobs';
    expect(refusal({ ...xeon, model: { jobs: [job] } }).path).toBe('servers[0].use');
    expect(refusal(xeon).path).toBe('servers[0].use');
  });

  it('defineStudy asks for the expected utilisation when embodied carbon must be allocated', () => {
    const e = refusal({ name: 'alloc', cloud, model: { jobs: [{ ...job, accelerator: { ...job.accelerator, embodied: '150 kg' } }] } });
    expect(e.path).toBe('model.jobs[0].allocation');
    expect(e.message).toMatch(/utilization/);
    const zero = refusal({ name: 'alloc', cloud, model: { jobs: [{ ...job, accelerator: { ...job.accelerator, embodied: '150 kg' }, allocation: { utilization: 0 } }] } });
    expect(zero.path).toBe('model.jobs[0].allocation.utilization');
  });

  it('defineStudy warns when a catalogue accelerator\'s embodied carbon is left out for lack of an allocation', () => {
    const s = defineStudy({ name: 'h100', cloud, model: { jobs: [{ id: 'x', accelerator: { catalogue: 'nvidia-h100-sxm', count: 8, powerFraction: 0.7 }, hours: '1 h' }] } });
    expect(s.warnings.some((w) => /nvidia-h100-sxm.*left out/.test(w))).toBe(true);
    expect(s.params.find((p) => p.path === 'model.jobs[0].accelerator.tdp')?.value).toBe(700);
  });

  it('defineStudy refuses work given two ways or not at all', () => {
    expect(refusal({ name: 'x', cloud, model: { jobs: [{ ...job, energy: '5 kWh' }] } }).path).toBe('model.jobs[0].accelerator');
    expect(refusal({ name: 'x', cloud, model: { jobs: [{ ...job, acceleratorHours: '80 h' }] } }).message).toMatch(/duration twice/);
    expect(refusal({ name: 'x', cloud, model: { jobs: [{ id: 'y', accelerator: job.accelerator }] } }).path).toBe('model.jobs[0].hours');
    expect(refusal({ name: 'x', cloud, model: { jobs: [{ id: 'y', hours: '3 h', accelerator: { name: 'gpu' } }] } }).path).toBe('model.jobs[0].accelerator.power');
    expect(refusal({ name: 'x', cloud, model: { jobs: [job, job] } }).message).toMatch(/duplicate/);
    expect(refusal({ name: 'x', cloud, model: {} }).message).toMatch(/describes no work/);
  });

  it('defineStudy refuses a power profile whose shares do not cover the job', () => {
    const e = refusal({ name: 'x', cloud, model: { jobs: [{ id: 'p', hours: '1 h', accelerator: { name: 'gpu', profile: [{ share: 0.5, power: '300 W' }, { share: 0.3, power: '100 W' }] } }] } });
    expect(e.path).toBe('model.jobs[0].accelerator.profile');
    expect(e.message).toMatch(/0\.8/);
  });

  it('defineStudy refuses per-unit functional units the study cannot count', () => {
    expect(refusal({ name: 'x', functionalUnit: 'request', cloud, model: { jobs: [job] } }).message).toMatch(/model\.inference/);
    expect(refusal({ name: 'x', functionalUnit: '1000 tokens', cloud, model: { inference: { requestsPerYear: 10, energyPerRequest: '1 Wh' } } }).path).toBe('model.inference.tokensPerRequest');
    const xeon = JSON.parse(readFileSync('examples/xeon-8468.json', 'utf8'));
    expect(refusal({ ...xeon, functionalUnit: 'request' }).path).toBe('functionalUnit');
    expect(refusal({ ...xeon, functionalUnit: 'per hour' }).message).toMatch(/not a known functional unit/);
  });

  it('defineStudy reports one image per request as a default for the per-image unit', () => {
    const s = defineStudy({ name: 'img', functionalUnit: 'image', cloud, model: { inference: { requestsPerYear: 10, energyPerRequest: '1 Wh' } } });
    const p = s.params.find((q) => q.path === 'model.inference.imagesPerRequest')!;
    expect([p.value, p.status]).toEqual([1, 'default']);
  });

  it('defineStudy refuses bad data entries with the field and the fix', () => {
    expect(refusal({ name: 'x', cloud, data: { storage: [{ technology: 'tape', capacity: '1 TB' }] } }).path).toBe('data.storage[0].technology');
    expect(refusal({ name: 'x', cloud, data: { storage: [{ technology: 'ssd', capacity: '1 TB', replication: 0.5 }] } }).path).toBe('data.storage[0].replication');
    expect(refusal({ name: 'x', cloud, data: { transfer: [{ amount: '1 TB', amountPerYear: '1 TB' }] } }).path).toBe('data.transfer[0].amount');
    expect(refusal({ name: 'x', cloud, data: { transfer: [{ amount: '1 TB', network: 'wifi' }] } }).path).toBe('data.transfer[0].network');
    expect(refusal({ name: 'x', cloud, data: { transfer: [{ amount: '1 kWh' }] } }).path).toBe('data.transfer[0].amount');
  });

  it('defineStudy lets a job or server run on its own grid and PUE', () => {
    const s = defineStudy({ name: 'site', cloud, model: { jobs: [{ ...job, location: 'FR', year: 2019, pue: 1.1 }] } });
    const j = s.model!.jobs[0];
    expect(j.site.pue.value).toBe(1.1);
    expect(j.site.gridIntensity.status).toBe('dataset');
    expect(j.site.gridIntensity.path).toBe('model.jobs[0].gridIntensity');
    const shared = defineStudy({ name: 'site', cloud, model: { jobs: [job] } });
    expect(shared.model!.jobs[0].site.gridIntensity).toBe(shared.cloud.gridIntensity); // the same input
  });
});

describe('parseFunctionalUnit', () => {
  it('parseFunctionalUnit reads strings and objects with counts', () => {
    expect(parseFunctionalUnit('lifetime')).toBe('lifetime');
    expect(parseFunctionalUnit('training-run')).toEqual({ per: 'training-run', count: 1 });
    expect(parseFunctionalUnit('1000 tokens')).toEqual({ per: 'token', count: 1000 });
    expect(parseFunctionalUnit({ per: 'image', count: 100 })).toEqual({ per: 'image', count: 100 });
    expect(() => parseFunctionalUnit({ per: '10 requests', count: 2 })).toThrow(/given twice/);
    expect(() => parseFunctionalUnit({ per: 'request', count: 0 })).toThrow(InputError);
  });
});
