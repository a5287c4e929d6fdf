import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeMonteCarlo, runMonteCarlo, splitSamples, type MonteCarloResult } from '../../src/mc/index.js';
import { loadStudy } from '../../src/scenarios/index.js';
import { libraryVersion } from '../../src/version.js';
import { expectSameRun } from '../mc/same-run.js';
import { cli } from './helpers.js';
import { AILCA_FROM_SOURCE } from './tsx-cli.js';

const STUDY = 'examples/xeon-8468-uncertain.json';
const tmp = mkdtempSync(join(tmpdir(), 'ailca-shards-'));
const N = 1000;
const K = 3;

/** Exit 2, one line naming the culprit, no stack trace. */
function expectRefused(r: { code: number; stdout: string; stderr: string }, culprit: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(culprit);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

const scriptIn = (dir: string): string => join(dir, readdirSync(dir).find((f) => /^mc-[0-9a-f]{12}\.sh$/.test(f)) as string);

describe('ailca mc --shards', () => {
  it('ailca mc --shards passes --reduction on to every shard\'s command', async () => {
    const dir = join(tmp, 'reduction');
    const r = await cli('mc', STUDY, '--shards', '2', '--samples', '1000', '--backend', 'webgpu', '--reduction', 'device', '--out', dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(scriptIn(dir), 'utf8')).toMatch(/--backend webgpu --range START:END --format json.* --reduction device/);
  });

  it('ailca mc --shards writes a Slurm array script recording the command, seed, N, backend, hash and version, and a copy of the study', async () => {
    const dir = join(tmp, 'script');
    const r = await cli('mc', STUDY, '--shards', '4', '--samples', '1001', '--seed', '7', '--out', dir, '--partition', 'debug', '--time', '0:30:00', '--cpus-per-task', '2', '--category', 'climate');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const whole = await runMonteCarlo(loadStudy(STUDY), { samples: 1001, seed: 7, backend: 'js', categories: ['climate'], range: { start: 0, end: 2 } });
    const hash = whole.provenance.studyHash;
    const h12 = hash.slice('sha256:'.length, 'sha256:'.length + 12);
    const script = join(dir, `mc-${h12}.sh`);
    expect(r.stdout).toContain(`submit: sbatch ${script}`);
    expect(r.stdout).toContain(`merge:  ailca merge ${dir}`);
    expect(r.stdout).toMatch(/1001 samples in 4 shards of 251 or 250, seed 7, backend js \(float64\)/);
    const text = readFileSync(script, 'utf8');
    for (const line of ['#SBATCH --array=0-3', '#SBATCH --partition=debug', '#SBATCH --time=0:30:00', '#SBATCH --cpus-per-task=2', `#SBATCH --job-name=ailca-mc-${h12}`, `#   study hash: ${hash}`]) expect(text).toContain(line);
    expect(text).toMatch(new RegExp(`N = 1001 samples, seed 7, backend js \\(float64 samples, float64 reductions\\), ailca ${libraryVersion().replace(/\./g, '\\.')}`));
    expect(text).toContain(`ailca mc ${dir}/study-${h12}.json --samples 1001 --seed 7 --backend js --range START:END --format json --category climate`);
    // the #SBATCH lines come before the first command, or sbatch ignores them
    const lines = text.split('\n');
    const firstCommand = lines.findIndex((l) => l.trim() !== '' && !l.startsWith('#'));
    const sbatchLines = lines.flatMap((l, i) => (l.startsWith('#SBATCH') ? [i] : []));
    expect(Math.max(...sbatchLines)).toBeLessThan(firstCommand);
    expect(readFileSync(join(dir, `study-${h12}.json`), 'utf8')).toBe(readFileSync(STUDY, 'utf8'));
  });

  it('ailca mc --shards job: each task run outside Slurm (bash SCRIPT i) writes its range of splitSamples, and ailca merge DIR equals the unsharded run', async () => {
    const dir = join(tmp, 'run');
    expect((await cli('mc', STUDY, '--shards', String(K), '--samples', String(N), '--seed', '5', '--out', dir)).code).toBe(0);
    const script = scriptIn(dir);
    for (let i = 0; i < K; i += 1) execFileSync('bash', [script, String(i)], { env: { ...process.env, AILCA: AILCA_FROM_SOURCE }, stdio: 'pipe' });
    const whole = await runMonteCarlo(loadStudy(STUDY), { samples: N, seed: 5, backend: 'js' });
    const h12 = whole.provenance.studyHash.slice(7, 19);
    const names = readdirSync(dir).filter((f) => f.endsWith('.json') && f.startsWith('mc-')).sort();
    expect(names).toEqual(splitSamples(N, K).map((r) => `mc-${h12}-${r.start}-${r.end}.json`).sort());
    expect(readdirSync(dir).filter((f) => f.includes('.part'))).toEqual([]);
    const m = await cli('merge', dir, '--format', 'json');
    expect(m.stderr).toBe('');
    expect(m.code).toBe(0);
    expectSameRun(JSON.parse(m.stdout) as MonteCarloResult, whole);

    // writing the job again over finished shards says which tasks are left
    const [first] = names;
    renameSync(join(dir, first), join(tmp, first));
    const again = await cli('mc', STUDY, '--shards', String(K), '--samples', String(N), '--seed', '5', '--out', dir);
    expect(again.stdout).toMatch(/2 of 3 shards are already in .*; to compute only the others: sbatch --array=0 /);
    // a missing shard: merge reports the gap, loudly
    const gap = await cli('merge', dir);
    expect(gap.code).toBe(0);
    expect(gap.stdout).toMatch(/Coverage: INCOMPLETE, 666 of 1000 samples; missing 0:334/);
    expect(gap.stderr).toMatch(/missing 0:334/);
    // another run's shard in the directory: writing a job there, and merging it, are refused
    renameSync(join(tmp, first), join(dir, first));
    const otherDir = join(tmp, 'other-seed');
    expect((await cli('mc', STUDY, '--shards', '2', '--samples', String(N), '--seed', '6', '--out', otherDir)).code).toBe(0);
    execFileSync('bash', [scriptIn(otherDir), '0'], { env: { ...process.env, AILCA: AILCA_FROM_SOURCE }, stdio: 'pipe' });
    const foreign = readdirSync(otherDir).find((f) => /^mc-.*-0-500\.json$/.test(f)) as string;
    copyFileSync(join(otherDir, foreign), join(dir, foreign));
    expectRefused(await cli('mc', STUDY, '--shards', String(K), '--samples', String(N), '--seed', '5', '--out', dir), /--out holds 1 shard file\(s\) of another run .*would refuse the mix.*new directory/);
    expectRefused(await cli('merge', dir), /comes from another run than .*: seed 5 vs 6/);
  });

  it('ailca merge DIR refuses a directory without shards and a shard file whose name says another range', async () => {
    const empty = join(tmp, 'empty');
    mkdirSync(empty);
    expectRefused(await cli('merge', empty), /empty: holds no shard files \(mc-<hash12>-<start>-<end>\.json\).*submit the job script/);
    const dir = join(tmp, 'renamed');
    mkdirSync(dir);
    const shard = await cli('mc', STUDY, '--samples', String(N), '--seed', '5', '--backend', 'js', '--range', '0:500', '--format', 'json');
    const h12 = (JSON.parse(shard.stdout) as MonteCarloResult).provenance.studyHash.slice(7, 19);
    writeFileSync(join(dir, `mc-${h12}-500-1000.json`), shard.stdout);
    expectRefused(await cli('merge', dir), /mc-[0-9a-f]{12}-500-1000\.json holds another shard than its name says.*range 0:500/);
  });

  it('ailca mc --shards refuses bad input naming the flag, the value and the fix', async () => {
    const file = join(tmp, 'a-file');
    writeFileSync(file, 'x');
    const out = join(tmp, 'bad');
    const cases: [string[], RegExp][] = [
      [['--shards', '0', '--out', out], /--shards is out of range: got "0".*\[1, 4294967296\]/],
      [['--shards', '1.5', '--out', out], /--shards is not a whole number/],
      [['--shards', '11', '--samples', '10', '--out', out], /--shards is more than the 10 samples: some shards would be empty: got 11/],
      [['--shards', '2'], /--out is missing.*add --out DIR/],
      [['--shards', '2', '--out', file], /a-file: is not a directory/],
      [['--shards', '2', '--out', join(file, 'sub')], /a-file\/sub: cannot be created as the shard directory/],
      [['--shards', '2', '--out', join(tmp, 'has space')], /--out has characters that a #SBATCH line cannot hold/],
      [['--shards', '2', '--out', out, '--backend', 'auto'], /--backend may choose a different backend on each node.*--backend js/],
      [['--shards', '2', '--out', out, '--range', '0:10'], /--range cannot be combined with --shards/],
      [['--shards', '2', '--out', out, '--format', 'json'], /--format cannot be combined with --shards/],
      [['--shards', '2', '--out', out, '--time', '2 hours'], /--time is not a Slurm time: got "2 hours".*HH:MM:SS/],
      [['--shards', '2', '--out', out, '--partition', 'a b'], /--partition is not a partition name/],
      [['--shards', '2', '--out', out, '--cpus-per-task', '0'], /--cpus-per-task is out of range/],
      [['--out', out], /--out only applies to a sharded job script.*add --shards K/],
      [['--partition', 'debug'], /--partition only applies to a sharded job script/],
    ];
    for (const [args, culprit] of cases) expectRefused(await cli('mc', STUDY, ...args), culprit);
    expect(existsSync(out)).toBe(false);
  });

  it('ailca mc --shards refuses a study whose copy would read another file (a grid series next to it)', async () => {
    const src = join(tmp, 'series-study');
    mkdirSync(src);
    writeFileSync(join(src, 'grid.csv'), 'timestamp,gCO2e_per_kWh\n2024-06-01T00:00Z,400\n2024-06-01T01:00Z,200\n');
    const raw = { name: 'series', servers: [{ name: 'box', lifetime: '4 years', components: [{ type: 'part', name: 'x', perUnit: 100 }], power: { active: '1000 W', idle: '1000 W' } }], workload: { utilization: 1 }, cloud: { gridIntensity: { series: 'grid.csv' }, pue: 1 } };
    writeFileSync(join(src, 'study.json'), JSON.stringify(raw));
    // the study reads where it is …
    expect(loadStudy(join(src, 'study.json')).name).toBe(raw.name);
    // … but its copy in the shard directory would not find the series
    expectRefused(await cli('mc', join(src, 'study.json'), '--shards', '2', '--samples', '100', '--out', join(tmp, 'series-out')), /reads differently from its copy in .*series-out.*grid\.csv/);
    expect(readdirSync(join(tmp, 'series-out'))).toEqual([]);
  });

  it('mergeMonteCarlo of the K shards of splitSamples equals the unsharded run (in-process, any K)', async () => {
    const study = loadStudy(STUDY);
    const whole = await runMonteCarlo(study, { samples: N, seed: 11, backend: 'js' });
    for (const k of [1, 2, 7]) {
      const shards = await Promise.all(splitSamples(N, k).map((range) => runMonteCarlo(study, { samples: N, seed: 11, backend: 'js', range })));
      expectSameRun(mergeMonteCarlo(JSON.parse(JSON.stringify(shards)) as MonteCarloResult[]), whole);
    }
  });
});
