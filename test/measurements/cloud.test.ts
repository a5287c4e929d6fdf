import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { loadBundledDataset, rowsOf } from '../../src/datasets/index.js';
import { InputError } from '../../src/errors/index.js';
import { cloudStudyFragment, lookupCloudInstance, parseCloudUsage } from '../../src/entry/measurements.js';
import { defineStudy } from '../../src/study/index.js';
import { fileError } from './helpers.js';

const SAMPLE = 'examples/measurements/cloud-usage.csv';
const text = readFileSync(SAMPLE, 'utf8');


describe('the cloud-instances dataset', () => {
  const ds = loadBundledDataset('cloud-instances');
  const rows = rowsOf(ds, 'cloud-instance');

  it('has the instances the issue names, on all three providers, each with a source', () => {
    const ids = rows.map((r) => `${r.provider} ${r.instanceType}`);
    for (const id of ['aws p4d.24xlarge', 'aws p5.48xlarge', 'gcp a2-highgpu-1g', 'azure Standard_ND96asr_v4']) expect(ids).toContain(id);
    expect(new Set(rows.map((r) => r.provider))).toEqual(new Set(['aws', 'gcp', 'azure']));
    expect(rows.length).toBeGreaterThanOrEqual(12);
    const sources = new Set(ds.manifest.sources.map((s) => s.id));
    for (const r of rows) expect(sources.has(r.source), r.instanceType).toBe(true);
  });

  it('published figures: p4d.24xlarge 96 vCPUs, 8 A100 (AWS); a2-highgpu-1g 12 of 96 host vCPUs (Google)', () => {
    const p4d = lookupCloudInstance('aws', 'p4d.24xlarge');
    expect([p4d.row.vcpus, p4d.row.memoryGiB, p4d.row.gpus, p4d.hostShare]).toEqual([96, 1152, 8, 1]);
    const a2 = lookupCloudInstance('gcp', 'a2-highgpu-1g');
    expect(a2.hostShare).toBe(12 / 96);
    expect(lookupCloudInstance('aws', 'p5.48xlarge').row.gpuCatalogue).toBe('nvidia-h100-sxm');
    // CCF ComputeProcessorTypes CASCADE_LAKE: min 0.64 W, max 3.97 W per vCPU
    expect(p4d.vcpuPower).toMatchObject({ minWatts: 0.64, maxWatts: 3.97 });
  });

  it('an unknown instance type is refused with close matches; a type of another provider says so', () => {
    let e: unknown;
    try {
      lookupCloudInstance('aws', 'p4d.24xl');
    } catch (x) {
      e = x;
    }
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).fix).toContain('"p4d.24xlarge"');
    try {
      lookupCloudInstance('gcp', 'p4d.24xlarge');
    } catch (x) {
      e = x;
    }
    expect((e as InputError).fix).toContain('it is a aws instance');
  });
});

describe('parseCloudUsage', () => {
  it('reads the sample rows', () => {
    const rows = parseCloudUsage(text, SAMPLE);
    expect(rows.map((r) => [r.provider, r.region, r.instanceType, r.hours, r.row])).toEqual([
      ['aws', 'us-east-1', 'p4d.24xlarge', 720, 2],
      ['aws', 'us-east-1', 'p4d.24xlarge', 48, 3],
      ['gcp', 'europe-west4', 'a2-highgpu-1g', 300, 4],
      ['azure', 'westeurope', 'Standard_ND96isr_H100_v5', 100, 5],
      ['aws', 'eu-west-1', 'm5.xlarge', 2000, 6],
    ]);
  });

  it('refuses a missing or unknown column, an unknown provider, bad hours', () => {
    const lines = text.trimEnd().split('\n');
    const noHours = lines.map((l) => l.split(',').filter((_, k) => k !== 3).join(',')).join('\n');
    expect(fileError(() => parseCloudUsage(noHours, 'u.csv')).column).toBe('hours');
    expect(fileError(() => parseCloudUsage(text.replace('instanceType', 'instance_type'), 'u.csv')).message).toContain('unknown column "instance_type"');
    const e = fileError(() => parseCloudUsage(text.replace('gcp,', 'google,'), 'u.csv'));
    expect([e.row, e.column]).toEqual([4, 'provider']);
    expect(fileError(() => parseCloudUsage(text.replace(',720,', ',-720,'), 'u.csv')).message).toContain('row 2, column hours');
    expect(fileError(() => parseCloudUsage(text.replace(',300,', ',300h,'), 'u.csv')).column).toBe('hours');
  });
});

describe('cloudStudyFragment', () => {
  const out = cloudStudyFragment(parseCloudUsage(text, SAMPLE), { file: SAMPLE });

  it('one job per provider, region and instance type, rows summed', () => {
    expect(out.lines.map((l) => [l.location, l.instanceType, l.hours, l.rows])).toEqual([
      ['aws:us-east-1', 'p4d.24xlarge', 768, [2, 3]], // 720 + 48
      ['gcp:europe-west4', 'a2-highgpu-1g', 300, [4]],
      ['azure:westeurope', 'Standard_ND96isr_H100_v5', 100, [5]],
      ['aws:eu-west-1', 'm5.xlarge', 2000, [6]],
    ]);
  });

  it('the host share is explicit: vCPUs ÷ host vCPUs, in the line and in the job note', () => {
    expect(out.lines.map((l) => l.hostShare)).toEqual([96 / 96, 12 / 96, 96 / 96, 4 / 96]);
    expect(String(out.fragment.model.jobs[1].note)).toContain('12 of the 96 vCPUs of its host a2-megagpu-16g (host share 0.125)');
    expect(out.notes.join(' ')).toContain('cannot yet express a fractional host');
  });

  it('vCPU power after CCF: vcpus × (min + 0.5 × (max − min)); none for Sapphire Rapids', () => {
    expect(out.lines[0].cpuPowerW).toBeCloseTo(96 * (0.64 + 0.5 * (3.97 - 0.64)), 12); // Cascade Lake: 221.28 W
    expect(out.lines[3].cpuPowerW).toBeCloseTo(4 * (0.65 + 0.5 * (4.26 - 0.65)), 12); // Skylake: 9.82 W
    expect(out.lines[2].cpuPowerW).toBeUndefined();
    expect(out.notes.join(' ')).toContain('No vCPU power figures for Standard_ND96isr_H100_v5');
    const busy = cloudStudyFragment(parseCloudUsage(text, SAMPLE), { file: SAMPLE, cpuUtilization: 1 });
    expect(busy.lines[3].cpuPowerW).toBeCloseTo(4 * 4.26, 12);
  });

  it('the fragment assesses: energy = hours × (GPUs × TDP + vCPU power), grid of the region, provider PUE', () => {
    const study = defineStudy({ name: 'cloud', cloud: { location: 'DE', year: 2022 }, model: { jobs: out.fragment.model.jobs } });
    const r = assess(study);
    const kWh = (name: string) => (r.jobs ?? []).find((j) => j.name.startsWith(name))?.itEnergyKWh;
    // p4d: 768 h × (8 × 400 W + 221.28 W) = 768 × 3,421.28 Wh = 2,627.54 kWh
    expect(kWh('p4d.24xlarge')).toBeCloseTo((768 * (8 * 400 + 96 * (0.64 + 0.5 * 3.33))) / 1000, 6);
    // ND96isr H100 v5: 100 h × 8 × 700 W = 560 kWh (no CPU figures)
    expect(kWh('Standard_ND96isr_H100_v5')).toBeCloseTo(560, 9);
    // m5.xlarge: 2,000 h × 9.82 W = 19.64 kWh
    expect(kWh('m5.xlarge')).toBeCloseTo(19.64, 9);
  });

  it('an unknown instance type or region is a FileError at its row, with did-you-mean', () => {
    const typo = fileError(() => cloudStudyFragment(parseCloudUsage(text.replace('a2-highgpu-1g', 'a2-highgpu-1'), SAMPLE), { file: SAMPLE }));
    expect([typo.row, typo.column]).toEqual([4, 'instanceType']);
    expect(typo.message).toContain('did you mean "a2-highgpu-1g"');
    const region = fileError(() => cloudStudyFragment(parseCloudUsage(text.replace('eu-west-1', 'eu-west-9'), SAMPLE), { file: SAMPLE }));
    expect([region.row, region.column]).toEqual([6, 'region']);
    expect(region.message).toContain('aws:eu-west-1');
  });

  it('refuses a utilisation outside [0, 1], suggesting the fraction', () => {
    let e: unknown;
    try {
      cloudStudyFragment([], { file: 'x', cpuUtilization: 50 });
    } catch (x) {
      e = x;
    }
    expect((e as InputError).fix).toBe('did you mean 0.5?');
  });
});
