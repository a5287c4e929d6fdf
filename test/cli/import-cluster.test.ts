import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

const SACCT = 'examples/measurements/sacct.txt';
const USAGE = 'examples/measurements/cloud-usage.csv';
const MAP = ['--gpu-map', 'gpu-a*=nvidia-a100-sxm4-80gb', '--gpu-map', 'gpu-h*=nvidia-h100-sxm'];

describe('ailca import sacct', () => {
  it('prints the fragment on stdout and the summary table on stderr', async () => {
    const { code, stdout, stderr } = await cli('import', 'sacct', SACCT, ...MAP, '--by', 'user');
    expect(code).toBe(0);
    const fragment = JSON.parse(stdout) as { model: { jobs: { id: string; acceleratorHours: { value: string } }[] } };
    // alice: 106 (1001, A100) and 0.75 + 2 (1003_1, 1003_2, H100); bob: 96 (1002, A100)
    expect(fragment.model.jobs.map((j) => [j.id, j.acceleratorHours.value])).toEqual([
      ['gpu-alice-nvidia-a100-sxm4-80gb', '106 h'],
      ['gpu-alice-nvidia-h100-sxm', '2.75 h'],
      ['gpu-bob-nvidia-a100-sxm4-80gb', '96 h'],
    ]);
    expect(stderr).toMatch(/alice\s+3\s+2\s+108\.75\s+870/);
    expect(stderr).toMatch(/total\s+5\s+3\s+204\.75\s+1686/);
    expect(stderr).toContain('row 12, job 1005: RUNNING: no final Elapsed yet');
  });

  it('--out writes the study fragment, refuses to overwrite without --force', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ailca-import-'));
    const out = join(dir, 'fragment.json');
    const first = await cli('import', 'sacct', SACCT, '--gpu', 'nvidia-a100-sxm4-80gb', '--cpu', 'xeon-platinum-8468', '--out', out);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/proj-llm\s+3\s+1\s+202\s+1664/);
    expect((JSON.parse(readFileSync(out, 'utf8')) as { model: { jobs: unknown[] } }).model.jobs).toHaveLength(4); // 2 GPU + 2 CPU jobs
    const again = await cli('import', 'sacct', SACCT, '--gpu', 'nvidia-a100-sxm4-80gb', '--out', out);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('exists already');
    expect((await cli('import', 'sacct', SACCT, '--gpu', 'nvidia-a100-sxm4-80gb', '--out', out, '--force')).code).toBe(0);
  });

  it('bad input exits 2 with the file, row and column', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ailca-import-'));
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, readFileSync(SACCT, 'utf8').replace('12:00:00|billing=64', '12h|billing=64'));
    const r = await cli('import', 'sacct', bad, '--gpu', 'nvidia-a100-sxm4-80gb');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${bad}, row 6, column Elapsed`);
    const noGpu = await cli('import', 'sacct', SACCT);
    expect(noGpu.code).toBe(2);
    expect(noGpu.stderr).toContain('--gpu is missing');
    const big = await cli('import', 'sacct', SACCT, '--gpu', 'nvidia-a100-sxm4-80gb', '--max-file-size', '100');
    expect(big.code).toBe(2);
    expect(big.stderr).toContain('larger than the 100-byte limit');
    expect((await cli('import', 'slurm', SACCT)).stderr).toContain('one of sacct, cloud-usage');
    expect(existsSync('missing.txt')).toBe(false);
    expect((await cli('import', 'sacct', 'missing.txt', '--gpu', 'nvidia-a100-sxm4-80gb')).stderr).toContain('file not found');
  });
});

describe('ailca import cloud-usage', () => {
  it('prints a job per instance line with its host share', async () => {
    const { code, stdout, stderr } = await cli('import', 'cloud-usage', USAGE);
    expect(code).toBe(0);
    const jobs = (JSON.parse(stdout) as { model: { jobs: { id: string; location: string; note: string }[] } }).model.jobs;
    expect(jobs.map((j) => j.location)).toEqual(['aws:us-east-1', 'gcp:europe-west4', 'azure:westeurope', 'aws:eu-west-1']);
    expect(stderr).toMatch(/gcp:europe-west4\s+a2-highgpu-1g\s+300\s+12\s+96\s+0\.125\s+1\s+300\s+27\.66/); // 12 × (0.64 + 0.5 × 3.33) W
    expect(stderr).toMatch(/aws:eu-west-1\s+m5\.xlarge\s+2000\s+4\s+96\s+0\.0417/); // 4 ÷ 96
  });

  it('charges the host embodied carbon with its vCPU share; --lifetime and --utilization replace the defaults, out-of-range values exit 2', async () => {
    const { code, stdout, stderr } = await cli('import', 'cloud-usage', USAGE, '--lifetime', '6', '--utilization', '0.5');
    expect(code).toBe(0);
    const jobs = (JSON.parse(stdout) as { model: { jobs: { allocation: { lifetime: unknown; utilization: unknown; share?: { vcpus: number; of: number } } }[] } }).model.jobs;
    expect(jobs[3].allocation).toMatchObject({ lifetime: '6 years', utilization: 0.5, share: { vcpus: 4, of: 96 } });
    expect(stderr).toMatch(/aws:eu-west-1\s+m5\.xlarge\s+2000\s+4\s+96\s+0\.0417\s+0\s+0\s+9\.82\s+1610\.79/); // m5.metal, CCF 1,610.79 kgCO2e
    const bad = await cli('import', 'cloud-usage', USAGE, '--utilization', '50');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('did you mean 0.5?');
    expect((await cli('import', 'cloud-usage', USAGE, '--lifetime', 'four')).code).toBe(2);
  });

  it('an unknown instance type exits 2 with row, column and did-you-mean', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ailca-import-'));
    const bad = join(dir, 'usage.csv');
    writeFileSync(bad, readFileSync(USAGE, 'utf8').replace('Standard_ND96isr_H100_v5', 'Standard_ND96isr_H100'));
    const r = await cli('import', 'cloud-usage', bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${bad}, row 5, column instanceType`);
    expect(r.stderr).toContain('did you mean "Standard_ND96isr_H100_v5"');
  });
});
