import { describe, expect, it } from 'vitest';
import { defineStudy } from '../../src/study/index.js';

// datasets/pue: aws 1.135, gcp 1.1, azure 1.185 (Cloud Carbon Footprint); industry 1.56 (Uptime 2024)
const jobs = { model: { jobs: [{ id: 't', energy: '1 kWh' }] } };

describe('a cloud region implies its provider\'s PUE', () => {
  it('takes the fleet PUE of the provider a location names, reported as dataset', () => {
    const s = defineStudy({ name: 'aws', cloud: { location: 'aws:us-east-1' }, ...jobs });
    expect(s.cloud.pue.value).toBe(1.135);
    expect(s.cloud.pue.status).toBe('dataset');
    expect(s.cloud.pue.source?.dataset?.name).toBe('pue');
  });
  it('accepts a provider key as the PUE', () => {
    const s = defineStudy({ name: 'gcp', cloud: { gridIntensity: 0.4, pue: 'gcp' }, ...jobs });
    expect(s.cloud.pue.value).toBe(1.1);
    expect(s.cloud.pue.status).toBe('dataset');
  });
  it('keeps a given PUE and the industry default without a provider', () => {
    expect(defineStudy({ name: 'x', cloud: { location: 'azure:westeurope', pue: 1.3 }, ...jobs }).cloud.pue.value).toBe(1.3);
    const s = defineStudy({ name: 'x', cloud: { location: 'DE', year: 2022 }, ...jobs });
    expect(s.cloud.pue.status).toBe('default');
    expect(s.cloud.pue.value).toBe(1.56);
  });
  it('gives an entry in a provider region that provider\'s PUE', () => {
    const s = defineStudy({ name: 'x', cloud: { gridIntensity: 0.4, pue: 1.5 }, model: { jobs: [{ id: 't', energy: '1 kWh', location: 'azure:westeurope' }] } });
    expect(s.model!.jobs[0].site.pue.value).toBe(1.185);
  });
  it('refuses an unknown provider key with the keys it knows', () => {
    expect(() => defineStudy({ name: 'x', cloud: { gridIntensity: 0.4, pue: 'ibm' }, ...jobs })).toThrow(/cloud\.pue.*ibm/);
  });
});
