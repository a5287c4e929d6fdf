import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseStudy, planSobolStudyHash, splitDesignRows, type StudySensitivity, type StudySobolShard } from '../../src/analysis/index.js';
import { loadStudy } from '../../src/scenarios/index.js';
import { libraryVersion } from '../../src/version.js';
import { mergeShardFiles } from '../../src/cli/merge-shard-files.js';
import { cli, expectRefused } from './helpers.js';
import { AILCA_FROM_SOURCE } from './tsx-cli.js';

const STUDY = 'examples/xeon-8468-uncertain.json';
const study = loadStudy(STUDY);
const tmp = mkdtempSync(join(tmpdir(), 'ailca-sobol-shards-'));
const N = 128;
const SEED = 9;
/** The study has six uncertain inputs: n(d + 2) = 8n design rows. */
const ROWS = 8 * N;
const K = 3;
const HASH = planSobolStudyHash(study, { samples: N, seed: SEED });
const H12 = HASH.slice(7, 19);

/** Write the job into dir and compute each of its tasks' rows in-process, as the script's command line does. */
async function shardsInto(dir: string, seed = SEED, tasks: readonly number[] = [0, 1, 2]): Promise<void> {
  const w = await cli('sensitivity', STUDY, '--method', 'sobol', '--shards', String(K), '--samples', String(N), '--seed', String(seed), '--out', dir);
  expect(w.code, w.stderr).toBe(0);
  const copy = join(dir, readdirSync(dir).find((f) => f.startsWith('study-')) as string);
  for (const i of tasks) {
    const r = splitDesignRows(ROWS, K)[i];
    const t = await cli('sensitivity', copy, '--method', 'sobol', '--samples', String(N), '--seed', String(seed), '--backend', 'js', '--range', `${r.start}:${r.end}`, '--out', dir);
    expect(t.code, t.stderr).toBe(0);
  }
}

describe('ailca sensitivity --method sobol --shards / --range and ailca merge', () => {
  it('--shards writes a Slurm array script over the design rows, named by the design hash, whose tasks (run by bash) merge into ailca sensitivity\'s own JSON, every index and bound equal', async () => {
    const dir = join(tmp, 'script');
    const w = await cli('sensitivity', STUDY, '--method', 'sobol', '--shards', '2', '--samples', String(N), '--seed', String(SEED), '--out', dir, '--partition', 'debug', '--time', '0:30:00', '--cpus-per-task', '2');
    expect(w.code, w.stderr).toBe(0);
    const script = join(dir, `sobol-${H12}.sh`);
    expect(w.stdout).toContain(`submit: sbatch ${script}`);
    expect(w.stdout).toContain(`${ROWS} rows in 2 shards of 512`);
    const text = readFileSync(script, 'utf8');
    for (const line of ['#SBATCH --array=0-1', '#SBATCH --partition=debug', '#SBATCH --time=0:30:00', '#SBATCH --cpus-per-task=2', `#SBATCH --job-name=ailca-sobol-${H12}`, `#   design hash: ${HASH}`, `N=${ROWS}`, `ailca ${libraryVersion()}`]) expect(text).toContain(line);
    expect(readFileSync(join(dir, `study-${H12}.json`), 'utf8')).toBe(readFileSync(STUDY, 'utf8'));
    for (const i of [0, 1]) execFileSync('bash', [script, String(i)], { env: { ...process.env, AILCA: AILCA_FROM_SOURCE }, stdio: 'pipe' });
    expect(readdirSync(dir).filter((f) => f.endsWith('.json')).sort()).toEqual([`sobol-${H12}-0-512.json`, `sobol-${H12}-512-1024.json`, `study-${H12}.json`]);

    const m = await cli('merge', dir, '--format', 'json');
    expect(m.code, m.stderr).toBe(0);
    const s = await cli('sensitivity', STUDY, '--method', 'sobol', '--samples', String(N), '--seed', String(SEED), '--backend', 'js', '--format', 'json');
    const merged = JSON.parse(m.stdout) as StudySensitivity;
    const whole = JSON.parse(s.stdout) as StudySensitivity;
    expect(merged.sobol).toEqual(whole.sobol);
    expect(merged.notes).toEqual(whole.notes);
    // and the library's unsharded analysis, through JSON as printed
    expect(merged.sobol).toEqual(JSON.parse(JSON.stringify((await analyseStudy(study, { method: 'sobol', samples: N, seed: SEED, backend: 'js' })).sobol)));
  }, 120_000);

  it('ailca merge DIR prints the table of ailca sensitivity for K uneven shards (342 or 341 rows), and says it merged them', async () => {
    const dir = join(tmp, 'table');
    await shardsInto(dir);
    const m = await cli('merge', dir);
    expect(m.code, m.stderr).toBe(0);
    const s = await cli('sensitivity', STUDY, '--method', 'sobol', '--samples', String(N), '--seed', String(SEED), '--backend', 'js');
    const body = (t: string) => t.split('\n').filter((l) => !l.startsWith('Sensitivity: ') && !l.startsWith('Merged from') && l !== '');
    expect(body(m.stdout)).toEqual(body(s.stdout));
    expect(m.stdout).toContain(`Merged from ${K} shards covering every row of the design (design hash ${HASH})`);
  }, 60_000);

  it('ailca merge names missing rows and the sbatch line that recomputes them, and computes no index (exit 2)', async () => {
    const dir = join(tmp, 'missing');
    await shardsInto(dir, SEED, [0, 2]);
    const r = await cli('merge', dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const [, task1] = splitDesignRows(ROWS, K);
    expect(r.stderr).toContain(`${task1.end - task1.start} of ${ROWS} rows of the Sobol' design`);
    expect(r.stderr).toContain(`missing: ${task1.start}:${task1.end}`);
    expect(r.stderr).toContain(`sbatch --array=1 ${join(dir, `sobol-${H12}.sh`)}`);
    expect(r.stderr).toContain('none are computed');
  }, 60_000);

  it('ailca merge refuses shards of another design hash, a renamed shard, and Monte Carlo shards mixed in', async () => {
    const dir = join(tmp, 'mixed');
    await shardsInto(dir);
    const other = join(tmp, 'other');
    await shardsInto(other, SEED + 1, [1]);
    const stranger = readdirSync(other).find((f) => /^sobol-.*-\d+-\d+\.json$/.test(f)) as string;
    expectRefused(await cli('merge', join(dir, `sobol-${H12}-0-342.json`), join(other, stranger)), /is a shard of another analysis.*design hash/);
    // copied over one of this run's names: the content is not what the name says
    const renamed = join(tmp, 'renamed');
    mkdirSync(renamed);
    copyFileSync(join(other, stranger), join(renamed, `sobol-${H12}-342-683.json`));
    expectRefused(await cli('merge', renamed), /holds another shard than its name says/);
    // writing a job into a directory with another analysis's shards is refused before anything runs
    expectRefused(await cli('sensitivity', STUDY, '--method', 'sobol', '--shards', String(K), '--samples', String(N), '--seed', String(SEED), '--out', other), /--out holds 1 shard file\(s\) of another run.*would refuse the mix/);
    const mc = await cli('mc', STUDY, '--samples', '100', '--seed', '1', '--backend', 'js', '--range', '0:100', '--format', 'json');
    const mcFile = join(dir, 'mc-0123456789ab-0-100.json');
    execFileSync('bash', ['-c', 'cat > "$1"', 'x', mcFile], { input: mc.stdout });
    expectRefused(await cli('merge', dir), /mc-0123456789ab-0-100\.json.*is mixed with Sobol' shards/);
    rmSync(mcFile);
    // and the Monte Carlo merge (ailca report --mc-from DIR) refuses a directory of Sobol' shards, pointing to ailca merge
    expect(() => mergeShardFiles([dir], 1e8)).toThrow(/is not a Monte Carlo shard: .* holds Sobol' shards.*ailca merge/);
  }, 90_000);

  it('--range without --out prints the shard as JSON: those rows of the design, with the design hash', async () => {
    const r = await cli('sensitivity', STUDY, '--method', 'sobol', '--samples', String(N), '--seed', String(SEED), '--range', '100:150');
    expect(r.code, r.stderr).toBe(0);
    const s = JSON.parse(r.stdout) as StudySobolShard;
    expect(s.kind).toBe('ailca.sobol-shard');
    expect(s.provenance).toMatchObject({ designHash: HASH, range: { start: 100, end: 150 }, rows: ROWS, backend: 'js', precision: 'float64' });
    expect(Buffer.from(s.values.functionalUnit, 'base64').length).toBe(50 * 8);
  });

  it.each([
    [['--method', 'morris', '--shards', '4', '--out', 'x'], /--shards does not apply to --method morris: a Morris design has r\(d \+ 1\) rows/],
    [['--method', 'tornado', '--shards', '4', '--out', 'x'], /--shards does not apply to --method tornado: a tornado evaluates 2d \+ 1 rows/],
    [['--method', 'rank', '--range', '0:10'], /--range does not apply to --method rank: rank correlations need every sample's rank/],
    [['--method', 'sobol', '--shards', String(ROWS + 1), '--samples', String(N), '--out', join(tmp, 'k')], new RegExp(`--shards .*is more than the ${ROWS} rows of the design`)],
    [['--method', 'sobol', '--shards', '2', '--backend', 'auto', '--out', join(tmp, 'k')], /--backend .*may choose a different backend on each node/],
    [['--method', 'sobol', '--shards', '2'], /--out .*is missing/],
    [['--method', 'sobol', '--range', '0:10', '--format', 'table'], /--format .*a shard is always JSON/],
    [['--method', 'sobol', '--range', `0:${ROWS + 1}`, '--samples', String(N)], /--range .*0 ≤ start < end ≤ 1024/],
    [['--method', 'sobol', '--shards', '2', '--samples', '10', '--out', join(tmp, 'k')], /--samples is out of range: got 10; expected an integer ≥ 64/],
    [['--method', 'sobol', '--partition', 'debug'], /--partition .*only applies to a sharded Sobol' analysis/],
    [['--method', 'sobol', '--range', '0:10', '--time', '5:00'], /--time .*only applies to the job script of --shards/],
  ])('ailca sensitivity %j is refused, saying why', async (args, culprit) => {
    expectRefused(await cli('sensitivity', STUDY, ...args), culprit);
  });

  it('ailca sensitivity --shards on a study without two uncertain inputs is refused before any job is written', async () => {
    expectRefused(await cli('sensitivity', 'examples/xeon-8468.json', '--method', 'sobol', '--shards', '2', '--samples', '64', '--out', join(tmp, 'fixed')), /inputs leaves nothing to vary .*at least two uncertain inputs/);
    expect(readdirSync(tmp)).not.toContain('fixed');
  });
});
