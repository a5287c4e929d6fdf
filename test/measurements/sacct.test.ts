import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandHostlist, gpuModelOfHosts, parseAllocTres, parseGpuMapRule, parseSacct, parseSlurmElapsed, sacctStudyFragment, summariseSacct } from '../../src/entry/measurements.js';
import { fileError, inputError } from './helpers.js';

const SAMPLE = 'examples/measurements/sacct.txt';
const text = readFileSync(SAMPLE, 'utf8');
const at = { file: 'x.txt' };
const MAP = [parseGpuMapRule('gpu-a*=nvidia-a100-sxm4-80gb', '--gpu-map'), parseGpuMapRule('gpu-h*=nvidia-h100-sxm', '--gpu-map')];



describe('Slurm Elapsed', () => {
  it('reads [D-]HH:MM:SS as hours', () => {
    expect(parseSlurmElapsed('1-02:30:00', at)).toBe(26.5); // 24 + 2 + 30/60
    expect(parseSlurmElapsed('00:45:00', at)).toBe(0.75);
    expect(parseSlurmElapsed('12:00:00', at)).toBe(12);
    expect(parseSlurmElapsed('00:00:36', at)).toBe(0.01); // 36 / 3600
  });

  it('refuses anything else, naming the cell', () => {
    for (const bad of ['', 'UNLIMITED', '26:30:00', '1-24:00:00', '00:60:00', '00:00:60', '1:02:03', '00:45:00.5', '-1-00:00:00']) {
      const e = fileError(() => parseSlurmElapsed(bad, { file: 'x.txt', row: 4, column: 'Elapsed' }));
      expect(e.message).toContain('x.txt, row 4, column Elapsed');
      expect(e.message).toContain('[D-]HH:MM:SS');
    }
  });

  it('property: D-HH:MM:SS written from whole seconds reads back as those seconds ÷ 3600', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 86_400 }), (secs) => {
        const d = Math.floor(secs / 86_400);
        const p = (n: number) => String(n).padStart(2, '0');
        const hms = `${p(Math.floor((secs % 86_400) / 3600))}:${p(Math.floor((secs % 3600) / 60))}:${p(secs % 60)}`;
        const t = d > 0 ? `${d}-${hms}` : hms;
        expect(Math.abs(parseSlurmElapsed(t, at) - secs / 3600)).toBeLessThan(1e-9);
      }),
    );
  });
});

describe('AllocTRES', () => {
  it('reads CPUs, GPUs, nodes and memory', () => {
    expect(parseAllocTres('billing=8,cpu=8,gres/gpu=2,mem=64G,node=1', at)).toEqual({ cpus: 8, gpus: 2, gpuTypes: {}, nodes: 1, memGiB: 64 });
    expect(parseAllocTres('cpu=16,mem=32000M', at)).toEqual({ cpus: 16, gpus: 0, gpuTypes: {}, memGiB: 32000 / 1024 });
    expect(parseAllocTres('cpu=4,gres/gpu:a100=1,gres/gpu:v100=2', at).gpus).toBe(3); // typed counts only: 1 + 2
    expect(parseAllocTres('cpu=4,gres/gpu:h100=2,gres/gpu=2,energy=100,fs/disk=10', at).gpuTypes).toEqual({ h100: 2 });
  });

  it('refuses malformed cells with the bad pair', () => {
    const cases: [string, string][] = [
      ['', 'is empty'],
      ['cpu=8,gres/gpu', 'not name=value'],
      ['cpu=8,gres/gpu=two', 'gres/gpu="two" is not a whole number'],
      ['cpu=8,cpu=4', 'gives cpu twice'],
      ['gres/gpu=2,mem=8G', 'has no cpu= count'],
      ['cpu=8,mem=lots', 'mem="lots"'],
      ['cpu=8,gres/gpu=4,gres/gpu:a100=2', 'disagrees'],
    ];
    for (const [cell, words] of cases) {
      const e = fileError(() => parseAllocTres(cell, { file: 'x.txt', row: 3, column: 'AllocTRES' }));
      expect(e.message, cell).toContain('x.txt, row 3, column AllocTRES');
      expect(e.message, cell).toContain(words);
    }
  });
});

describe('host lists and the node → accelerator mapping', () => {
  it('expands Slurm host lists', () => {
    expect(expandHostlist('gpu-a[02-03]', at)).toEqual(['gpu-a02', 'gpu-a03']);
    expect(expandHostlist('n[1-2]r[08-09],x', at)).toEqual(['n1r08', 'n1r09', 'n2r08', 'n2r09', 'x']);
    expect(() => expandHostlist('gpu[03-01]', at)).toThrow(/reversed range/);
    expect(() => expandHostlist('gpu[01-02', at)).toThrow(/unbalanced/);
  });

  it('maps hosts by the first matching glob and refuses unmapped or mixed hosts', () => {
    expect(gpuModelOfHosts(['gpu-h01'], MAP, 'r')).toBe('nvidia-h100-sxm');
    expect(inputError(() => gpuModelOfHosts(['cpu07'], MAP, 'sacct.txt, row 9')).fix).toContain("--gpu-map 'cpu*=CATALOGUE_ID'");
    expect(inputError(() => gpuModelOfHosts(['gpu-a01', 'gpu-h01'], MAP, 'r')).problem).toContain('different accelerators');
    expect(inputError(() => parseGpuMapRule('gpu-a*', '--gpu-map')).problem).toContain('not a node-pattern mapping');
  });
});

describe('parseSacct on the sample export', () => {
  const exp = parseSacct(text, SAMPLE);

  it('counts each allocation once: steps are skipped, not added', () => {
    // Job 1001 has three step lines (batch, extern, 0), 1002 and 1003_2 one each: 5 skipped.
    expect(exp.stepsSkipped).toBe(5);
    expect(exp.jobs.map((j) => j.jobId)).toEqual(['1001', '1002', '1003_1', '1003_2', '1004']);
  });

  it('GPU-hours and CPU-hours per job, derived by hand', () => {
    const byId = Object.fromEntries(exp.jobs.map((j) => [j.jobId, j]));
    expect(byId['1001'].gpuHours).toBe(106); // 1-02:30:00 = 26.5 h × gres/gpu=4
    expect(byId['1001'].cpuHours).toBe(848); // 26.5 h × cpu=32
    expect(byId['1002'].gpuHours).toBe(96); // 12 h × 8 GPUs, TIMEOUT: counted
    expect(byId['1002'].hosts).toEqual(['gpu-a02', 'gpu-a03']);
    expect(byId['1003_1'].gpuHours).toBe(0.75); // 45 min × 1 GPU, "CANCELLED by 1001": counted
    expect(byId['1003_1'].state).toBe('CANCELLED');
    expect(byId['1003_2'].gpuHours).toBe(2); // 2 h × 1 GPU, FAILED: counted
    expect(byId['1004'].gpuHours).toBe(0);
    expect(byId['1004'].cpuHours).toBe(48); // 3 h × 16 CPUs
  });

  it('reports RUNNING and PENDING jobs, and a job cancelled before it started, as excluded with their rows', () => {
    expect(exp.excluded).toEqual([
      { jobId: '1005', state: 'RUNNING', row: 12, reason: 'RUNNING: no final Elapsed yet' },
      { jobId: '1006', state: 'PENDING', row: 13, reason: 'PENDING: no final Elapsed yet' },
      { jobId: '1007', state: 'CANCELLED', row: 14, reason: 'CANCELLED before it started: no allocation, Elapsed 00:00:00' },
    ]);
  });

  it('a finished job with no AllocTRES but a non-zero Elapsed is a broken export, not skipped', () => {
    const e = fileError(() => parseSacct(text.replace('1007|carol|proj-vision|gpu|00:00:00|', '1007|carol|proj-vision|gpu|00:10:00|'), 'q.txt'));
    expect([e.row, e.column]).toEqual([14, 'AllocTRES']);
  });

  it('groups by account and by user', () => {
    // proj-llm: 1001 (106, 848), 1002 (96, 768), 1004 (0, 48); proj-vision: 1003_1 (0.75, 6), 1003_2 (2, 16)
    expect(summariseSacct(exp.jobs, 'account')).toEqual([
      { key: 'proj-llm', jobs: 3, notCompleted: 1, gpuHours: 202, cpuHours: 1664 },
      { key: 'proj-vision', jobs: 2, notCompleted: 2, gpuHours: 2.75, cpuHours: 22 },
    ]);
    // alice: 1001, 1003_1, 1003_2 → 106 + 0.75 + 2 GPU-h, 848 + 6 + 16 CPU-h
    expect(summariseSacct(exp.jobs, 'user')).toEqual([
      { key: 'alice', jobs: 3, notCompleted: 2, gpuHours: 108.75, cpuHours: 870 },
      { key: 'bob', jobs: 1, notCompleted: 1, gpuHours: 96, cpuHours: 768 },
      { key: 'carol', jobs: 1, notCompleted: 0, gpuHours: 0, cpuHours: 48 },
    ]);
  });

  it('accepts the trailing "|" of --parsable and CRLF line ends', () => {
    const parsable = text.split('\n').map((l) => (l === '' ? l : `${l}|`)).join('\r\n');
    const again = parseSacct(parsable, SAMPLE);
    expect(again.jobs.map((j) => j.gpuHours)).toEqual(exp.jobs.map((j) => j.gpuHours));
  });

  it('property: adding step lines never changes the totals', () => {
    const header = 'JobID|User|Account|Elapsed|AllocTRES|NodeList|State';
    fc.assert(
      fc.property(fc.array(fc.record({ h: fc.integer({ min: 0, max: 23 }), g: fc.integer({ min: 0, max: 8 }), steps: fc.integer({ min: 0, max: 3 }) }), { minLength: 1, maxLength: 8 }), (jobs) => {
        const alloc = jobs.map((j, k) => `${k + 1}|u|a|${String(j.h).padStart(2, '0')}:00:00|cpu=4,gres/gpu=${j.g}|n1|COMPLETED`);
        const withSteps = jobs.flatMap((j, k) => [alloc[k], ...Array.from({ length: j.steps }, (_, s) => `${k + 1}.${s}||a|${String(j.h).padStart(2, '0')}:00:00|cpu=4,gres/gpu=${j.g}|n1|COMPLETED`)]);
        const a = summariseSacct(parseSacct([header, ...alloc].join('\n'), 'a').jobs, 'account');
        const b = summariseSacct(parseSacct([header, ...withSteps].join('\n'), 'b').jobs, 'account');
        expect(b).toEqual(a);
        expect(a[0].gpuHours).toBe(jobs.reduce((s, j) => s + j.h * j.g, 0));
      }),
    );
  });
});

describe('parseSacct refuses malformed exports with file, row and column', () => {
  const lines = text.trimEnd().split('\n');
  const header = lines[0];
  const edit = (row: number, from: string, to: string) => lines.map((l, i) => (i === row - 1 ? l.replace(from, to) : l)).join('\n');

  it('a missing column', () => {
    const noTres = lines.map((l) => l.split('|').filter((_, k) => k !== 5).join('|')).join('\n');
    const e = fileError(() => parseSacct(noTres, 'q.txt'));
    expect(e.row).toBe(1);
    expect(e.column).toBe('AllocTRES');
    expect(e.message).toContain('--format=JobID,User,Account,Elapsed,AllocTRES,NodeList,State');
  });

  it('a column in the wrong case is named', () => {
    const e = fileError(() => parseSacct([header.replace('Elapsed', 'elapsed'), ...lines.slice(1)].join('\n'), 'q.txt'));
    expect(e.message).toContain('rename elapsed to Elapsed');
  });

  it('a bad Elapsed', () => {
    const e = fileError(() => parseSacct(edit(2, '1-02:30:00', '26:30'), 'q.txt'));
    expect([e.row, e.column]).toEqual([2, 'Elapsed']);
  });

  it('a bad TRES', () => {
    const e = fileError(() => parseSacct(edit(6, 'gres/gpu=8', 'gres/gpu=8x'), 'q.txt'));
    expect([e.row, e.column]).toEqual([6, 'AllocTRES']);
    expect(e.message).toContain('gres/gpu="8x" is not a whole number');
  });

  it('a row with a "|" inside a cell, an unknown state, a duplicate job, an unknown id form', () => {
    expect(fileError(() => parseSacct(edit(11, 'cpu07', 'cpu|07'), 'q.txt')).message).toMatch(/row 11: 9 cells where the header has 8/);
    expect(fileError(() => parseSacct(edit(11, 'COMPLETED', 'DONE'), 'q.txt')).column).toBe('State');
    expect(fileError(() => parseSacct(`${lines.join('\n')}\n${lines[1]}`, 'q.txt')).message).toContain('job 1001 appears twice (first in row 2)');
    expect(fileError(() => parseSacct(edit(11, '1004|', 'job-1004|'), 'q.txt')).column).toBe('JobID');
  });

  it('a step without its allocation line is excluded, never counted', () => {
    const orphan = lines.filter((_, i) => i !== 1).join('\n'); // drop the allocation line of 1001
    const exp = parseSacct(orphan, 'q.txt');
    expect(exp.jobs.map((j) => j.jobId)).not.toContain('1001');
    expect(exp.excluded.filter((e) => e.jobId.startsWith('1001.')).map((e) => e.jobId)).toEqual(['1001.batch', '1001.extern', '1001.0']);
    expect(exp.stepsSkipped).toBe(2);
  });
});

describe('sacctStudyFragment', () => {
  const exp = parseSacct(text, SAMPLE);

  it('one GPU job per account and accelerator, with GPU-hours as acceleratorHours, and a CPU job with --cpu', () => {
    const out = sacctStudyFragment(exp, { by: 'account', gpuMap: MAP, cpu: 'xeon-platinum-8468' });
    expect(out.gpuUse).toEqual([
      { key: 'proj-llm', catalogue: 'nvidia-a100-sxm4-80gb', jobs: 2, gpuHours: 202 }, // 106 + 96
      { key: 'proj-vision', catalogue: 'nvidia-h100-sxm', jobs: 2, gpuHours: 2.75 }, // 0.75 + 2
    ]);
    const jobs = out.fragment.model.jobs;
    expect(jobs.map((j) => j.id)).toEqual(['gpu-proj-llm-nvidia-a100-sxm4-80gb', 'gpu-proj-vision-nvidia-h100-sxm', 'cpu-proj-llm', 'cpu-proj-vision']);
    expect((jobs[0].acceleratorHours as { value: string }).value).toBe('202 h');
    // xeon-platinum-8468: 350 W TDP ÷ 48 cores per Slurm CPU
    expect((jobs[2].host as { power: { value: string } }).power.value).toBe(`${350 / 48} W`);
    expect((jobs[2].hours as { value: string }).value).toBe('1664 h');
    expect(out.notes.join(' ')).toContain('5 step line(s) skipped');
  });

  it('without --cpu the CPU-hours are reported, not turned into jobs', () => {
    const out = sacctStudyFragment(exp, { by: 'user', gpu: 'nvidia-a100-sxm4-80gb' });
    expect(out.fragment.model.jobs.every((j) => String(j.id).startsWith('gpu-'))).toBe(true);
    expect(out.notes.join(' ')).toContain('CPU-hours (1686 h in all) are reported, not converted'); // 1664 + 22
  });

  it('refuses a GPU job with no accelerator given, and an unknown catalogue id with close matches', () => {
    expect(inputError(() => sacctStudyFragment(exp, { by: 'user' })).path).toBe('--gpu');
    const e = inputError(() => sacctStudyFragment(exp, { by: 'user', gpu: 'nvidia-a100' }));
    expect(e.path).toBe('--gpu');
    expect(e.fix).toContain('nvidia-a100-sxm4-80gb');
    expect(inputError(() => sacctStudyFragment(exp, { by: 'user', gpu: 'xeon-platinum-8468' })).problem).toBe('is a cpu');
  });
});
