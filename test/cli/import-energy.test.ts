import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/cli/commands/import.js';
import { cli } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'ailca-import-'));

describe('ailca import codecarbon | nvidia-smi | dcgm', () => {
  it('codecarbon writes a study to stdout and ailca\'s recount beside CodeCarbon\'s on stderr', async () => {
    const r = await cli('import', 'codecarbon', 'examples/measurements/codecarbon-emissions.csv', '--phase', 'fine-tuning');
    expect(r.code).toBe(0);
    const study = JSON.parse(r.stdout) as { model: { jobs: { phase: string }[] } };
    expect(study.model.jobs.map((j) => j.phase)).toEqual(['fine-tuning', 'fine-tuning']);
    // 9.4 kWh × 1.56 × 0.098 = 1.437 kg against CodeCarbon's 0.53486 kg: +168.7 %
    expect(r.stderr).toContain('= 1.437 kgCO2e; CodeCarbon said 0.5349 kgCO2e');
    expect(r.stderr).toContain('+168.7 %');
  });

  it('--out writes the study, which ailca assess then reads', async () => {
    const out = join(dir, 'cc.json');
    const r = await cli('import', 'codecarbon', 'examples/measurements/codecarbon-emissions.csv', '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Wrote ${out}`);
    expect(r.stdout).toContain('= 1.437 kgCO2e'); // with --out the summary goes to stdout
    expect((await cli('assess', out)).code).toBe(0);
  });

  it('nvidia-smi writes a job fragment; gaps and resets go to stderr', async () => {
    const log = join(dir, 'p.csv');
    const row = (t: string) => `2024/05/01 ${t}, 0, 100 W, 50 %`;
    writeFileSync(log, ['timestamp, index, power.draw [W], utilization.gpu [%]', row('12:00:00.000'), row('12:00:10.000'), row('12:00:20.000'), row('12:01:20.000'), row('12:01:30.000'), row('12:01:25.000'), row('12:01:35.000')].join('\n'));
    const r = await cli('import', 'nvidia-smi', log, '--on-reset', 'split', '--utc-offset', '+02:00', '--catalogue', 'nvidia-h100-sxm');
    expect(r.code).toBe(0);
    const job = JSON.parse(r.stdout) as { energy: { value: string }; accelerator: unknown };
    // integrated: 10 + 10 + 10 s before the reset, 10 s after, at 100 W = 4,000 J; the 60 s interval is a gap
    expect(job.energy.value).toBe(`${Number((4000 / 3.6e6).toPrecision(12))} kWh`);
    expect(job.accelerator).toEqual({ catalogue: 'nvidia-h100-sxm', count: 1 });
    expect(r.stderr).toMatch(/GAP: GPU 0, rows 4 to 5/);
    expect(r.stderr).toMatch(/RESET: GPU 0, row 7: 5 s earlier than row 6/);
  });

  it('refuses a malformed log with exit code 2 and file, row and column', async () => {
    const r = await cli('import', 'dcgm', 'examples/measurements/nvidia-smi-power.csv');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('examples/measurements/nvidia-smi-power.csv, row 1');
  });

  it('refuses an unknown kind, a flag of another kind and --out over the log', async () => {
    expect((await cli('import', 'codecarbn', 'x.csv')).stderr).toContain('is not a kind ailca import reads');
    const other = await cli('import', 'dcgm', 'examples/measurements/dcgm-power.csv', '--utc-offset', '+01:00');
    expect([other.code, other.stderr.includes('--utc-offset')]).toEqual([2, true]);
    const r = await cli('import', 'dcgm', 'examples/measurements/dcgm-power.csv', '--out', 'examples/measurements/dcgm-power.csv');
    expect([r.code, r.stderr.includes('exists already')]).toEqual([2, true]);
    expect(readFileSync('examples/measurements/dcgm-power.csv', 'utf8')).toContain('DCGM_FI_DEV_POWER_USAGE');
  });

  it('KINDS lists the energy kinds beside the others, each with its usage line', () => {
    expect(Object.keys(KINDS)).toEqual(expect.arrayContaining(['codecarbon', 'nvidia-smi', 'dcgm']));
    for (const [k, v] of Object.entries(KINDS)) expect(v.usage.startsWith(`ailca import ${k} `)).toBe(true);
  });
});
