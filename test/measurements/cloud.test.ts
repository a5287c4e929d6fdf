import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { loadBundledDataset, rowsOf } from '../../src/datasets/index.js';
import { cloudInstanceSchema } from '../../src/datasets/schemas/index.js';
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

  it('host embodied figures: CCF published totals less 150 kg per GPU card, else CCF coefficients by hand', () => {
    const kg = (provider: string, type: string) => lookupCloudInstance(provider, type).hostEmbodied;
    // coefficients-aws-embodied.csv: p4d.24xlarge total 4,676.79 with additional_gpus 1,200 (8 × 150)
    expect(kg('aws', 'p4d.24xlarge')).toMatchObject({ kgCO2e: 4676.79 - 1200, sourceId: 'ccf-embodied' });
    // p3.16xlarge total 3,543.79, 8 GPUs; m5.metal 1,610.79; n2-standard-128 1,888.46; D64s v3 1,483.12
    expect(kg('aws', 'p3.2xlarge')?.kgCO2e).toBeCloseTo(3543.79 - 1200, 9);
    expect(kg('aws', 'm5.xlarge')?.kgCO2e).toBe(1610.79);
    expect(kg('gcp', 'n2-standard-8')?.kgCO2e).toBe(1888.46);
    expect(kg('azure', 'Standard_D8s_v3')?.kgCO2e).toBe(1483.12);
    // computed: 1,000 base + 100 second socket + (memory − 16 GB) × 533/384 (+ 100 per SSD)
    const ccf = (memGB: number, ssds: number) => Math.round((1000 + 100 + (memGB - 16) * (533 / 384) + 100 * ssds) * 100) / 100;
    expect(kg('aws', 'p5.48xlarge')).toMatchObject({ kgCO2e: ccf(2048, 8), sourceId: 'ccf-coefficients' });
    expect(kg('aws', 'p4de.24xlarge')?.kgCO2e).toBe(ccf(1152, 8)); // = p4d's, the same platform
    expect(kg('gcp', 'a3-highgpu-8g')?.kgCO2e).toBe(ccf(1872, 0));
    expect(kg('azure', 'Standard_ND96isr_H100_v5')?.kgCO2e).toBe(ccf(1900, 0));
    expect(kg('azure', 'Standard_NC24ads_A100_v4')?.kgCO2e).toBe(ccf(880, 0));
    for (const r of rows) expect(r.hostEmbodiedKgCO2e, r.instanceType).toBeGreaterThan(1000);
  });

  it('the schema refuses a host with fewer GPUs than the instance, and a host figure without its source (or the reverse)', () => {
    const row = { provider: 'gcp', instanceType: 'x', vcpus: 12, gpus: 1, gpuName: 'A100', gpuTdpW: 400, hostVcpus: 96 };
    expect(cloudInstanceSchema.check?.({ ...row, hostGpus: 16, hostEmbodiedKgCO2e: 3065.5, hostEmbodiedSource: 'ccf-embodied' })).toBeUndefined();
    expect(cloudInstanceSchema.check?.({ ...row, hostGpus: 0 })?.column).toBe('hostGpus');
    expect(cloudInstanceSchema.check?.({ ...row, hostEmbodiedKgCO2e: 3065.5 })?.column).toBe('hostEmbodiedSource');
    expect(cloudInstanceSchema.check?.({ ...row, hostEmbodiedSource: 'ccf-embodied' })?.column).toBe('hostEmbodiedKgCO2e');
    // every bundled host figure cites a source of the manifest
    const ids = new Set(ds.manifest.sources.map((x) => x.id));
    for (const r of rows) expect(ids.has(String(r.hostEmbodiedSource)), r.instanceType).toBe(true);
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
    expect(out.lines.map((l) => l.gpuShare)).toEqual([8 / 8, 1 / 16, 8 / 8, undefined]);
  });

  it('the host is charged its embodied carbon × vCPUs ÷ host vCPUs, the GPUs whole, by hand', () => {
    const study = defineStudy({ name: 'cloud', cloud: { location: 'DE', year: 2022 }, model: { jobs: out.fragment.model.jobs } });
    const r = assess(study);
    const embodied = (name: string) => (r.jobs ?? []).find((j) => j.name.startsWith(name))?.embodiedKgCO2e;
    const life = 4 * 8760; // CCF rack server lifespan 4 years, utilisation 1: 35,040 h
    // m5.xlarge: 4 of m5.metal's 96 vCPUs × 1,610.79 kg (CCF coefficients-aws-embodied.csv, m5.metal total) × 2,000 h ÷ 35,040 h = 3.8308 kg
    expect(embodied('m5.xlarge')).toBeCloseTo(1610.79 * (4 / 96) * (2000 / life), 9);
    // a2-highgpu-1g: 12/96 of a2-megagpu-16g without its GPUs (CCF 5,465.5 − 16 × 150 = 3,065.5 kg), plus its 1 A100 40 GB at CCF's 150 kg, × 300 h ÷ 35,040 h
    expect(embodied('a2-highgpu-1g')).toBeCloseTo((3065.5 * (12 / 96) + 150) * (300 / life), 9);
    // p4d.24xlarge, the whole host: (CCF 4,676.79 − 8 × 150) + 8 × 150 = 4,676.79 kg, CCF's own total, × 768 h ÷ 35,040 h
    expect(embodied('p4d.24xlarge')).toBeCloseTo(4676.79 * (768 / life), 9);
    // ND96isr H100 v5: no vCPU power, so no host: 8 H100 × 164 kg (hardware catalogue, NVIDIA HGX PCF) × 100 h ÷ 35,040 h
    expect(embodied('Standard_ND96isr_H100_v5')).toBeCloseTo(8 * 164 * (100 / life), 9);
    expect(out.notes.join(' ')).toContain('Not charged: Standard_ND96isr_H100_v5: host Standard_ND96isr_H100_v5 (3715.03 kgCO2e × 96/96) left out');
  });

  it('records the share rule in each line, each allocation and the notes; lifetime and utilisation are defaults unless given', () => {
    expect(out.lines.every((l) => l.shareRule.startsWith('host platform without its accelerators × vCPUs ÷ host vCPUs'))).toBe(true);
    const job = out.fragment.model.jobs[3] as { allocation: { share: { vcpus: number; of: number; source: string }; lifetime: { source: string }; utilization: { value: number } } };
    expect([job.allocation.share.vcpus, job.allocation.share.of]).toEqual([4, 96]);
    expect(job.allocation.share.source).toContain('Cloud Carbon Footprint');
    expect(job.allocation.lifetime.source).toMatch(/^default: .*RACK_SERVER_LIFESPAN 4 years/);
    expect(job.allocation.utilization.value).toBe(1);
    expect(out.lines.map((l) => l.hostEmbodiedCharged)).toEqual([true, true, false, true]);
    const mine = cloudStudyFragment(parseCloudUsage(text, SAMPLE), { file: SAMPLE, lifetimeYears: 6, utilization: 0.5 });
    const r = assess(defineStudy({ name: 'cloud', cloud: { location: 'DE', year: 2022 }, model: { jobs: mine.fragment.model.jobs } }));
    // 6 years × 8,760 h × 0.5 = 26,280 h
    expect((r.jobs ?? []).find((j) => j.name.startsWith('m5.xlarge'))?.embodiedKgCO2e).toBeCloseTo(1610.79 * (4 / 96) * (2000 / 26280), 9);
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
