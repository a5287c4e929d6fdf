/**
 * A sharded Monte Carlo run, and a Sobol' analysis sharded by design rows, on a real Slurm cluster: scripts/slurm-local.sh
 * starts munged, slurmctld and slurmd for one node on localhost (state, logs
 * and munge key in a temporary directory), `ailca mc --shards` writes the
 * array job, sbatch submits it, each array task runs the project's CLI from
 * source (before `npm run build`, as CI runs the tests), and `ailca merge
 * DIR` must give the statistics of the unsharded run (for Sobol', every
 * index and confidence bound of the unsharded analysis, exactly). Where Slurm is not
 * installed or cannot start, the test is skipped with the reason — except
 * under AILCA_REQUIRE_SLURM=1 (set by .ci/run, which installs slurm-wlm and
 * munge), where it fails.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseStudy, planSobolStudyHash, splitDesignRows, type StudySensitivity } from '../../src/analysis/index.js';
import { runMonteCarlo, splitSamples, type MonteCarloResult } from '../../src/mc/index.js';
import { loadStudy } from '../../src/scenarios/index.js';
import { cli } from '../cli/helpers.js';
import { AILCA_FROM_SOURCE } from '../cli/tsx-cli.js';
import { expectSameRun } from '../mc/same-run.js';

const REQUIRED = process.env.AILCA_REQUIRE_SLURM === '1';
const STUDY = 'examples/xeon-8468-uncertain.json';
const N = 2000;
const K = 4;
const SEED = 17;
/** Sobol' base samples and shards: the study's 6 inputs give n(d + 2) = 4096 design rows, in 3 shards of 1366 or 1365. */
const SOBOL_N = 512;
const SOBOL_K = 3;
/** How long the array job may take from submission to its last task's end [ms] (each task starts Node and tsx: a few seconds). */
const JOB_TIMEOUT_MS = 100_000;
const PATH = `${process.env.PATH ?? ''}:/usr/sbin:/sbin`;
const BINARIES = ['munged', 'slurmctld', 'slurmd', 'sbatch', 'squeue', 'scontrol', 'sinfo'];

const found = (b: string): boolean => spawnSync('sh', ['-c', `command -v ${b}`], { env: { ...process.env, PATH } }).status === 0;
const missing = BINARIES.filter((b) => !found(b));
const INSTALL = 'apt-get install -y slurm-wlm munge (Debian), then rerun';
const title = missing.length === 0 ? 'ailca mc --shards on a local Slurm cluster' : `ailca mc --shards on a local Slurm cluster — SKIPPED: ${missing.join(', ')} not found (${INSTALL})`;

/** A TCP port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => (typeof a === 'object' && a !== null ? ok(a.port) : fail(new Error('no port'))));
    });
  });
}

const state = mkdtempSync(join(tmpdir(), 'ailca-slurm-'));
const env = { ...process.env, PATH, SLURM_CONF: join(state, 'slurm.conf'), AILCA: AILCA_FROM_SOURCE };
let startError: string | undefined = missing.length > 0 ? `${missing.join(', ')} not found (${INSTALL})` : undefined;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  if (startError !== undefined) return;
  const [ctld, slurmd] = [await freePort(), await freePort()];
  const r = spawnSync('bash', [resolve('scripts/slurm-local.sh'), 'start', state], { env: { ...env, SLURM_LOCAL_CTLD_PORT: String(ctld), SLURM_LOCAL_SLURMD_PORT: String(slurmd), SLURM_LOCAL_WAIT: '45' }, encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) startError = `scripts/slurm-local.sh start failed (exit ${r.status ?? r.signal}): ${r.stderr}${r.stdout}`;
}, 90_000);

afterAll(() => {
  if (existsSync(join(state, 'slurm.conf'))) spawnSync('bash', [resolve('scripts/slurm-local.sh'), 'stop', state], { env, timeout: 30_000 });
});

/** What the cluster and the job left behind, for a failure message. */
function logs(dir: string): string {
  const tail = (f: string) => (existsSync(f) ? `--- ${f}\n${readFileSync(f, 'utf8').split('\n').slice(-15).join('\n')}` : '');
  const outs = existsSync(dir) ? readdirSync(dir).filter((f) => f.startsWith('slurm-')).map((f) => tail(join(dir, f))) : [];
  return [...outs, tail(join(state, 'log', 'slurmctld.log')), tail(join(state, 'log', 'slurmd.log'))].join('\n');
}

/** Submit an array job of k tasks with sbatch, wait until none is queued, and check every task ended COMPLETED with exit code 0. */
async function runArrayJob(script: string, dir: string, k: number): Promise<void> {
  const jobId = execFileSync('sbatch', ['--parsable', script], { env, encoding: 'utf8', timeout: 30_000 }).trim().split(';')[0];
  expect(jobId).toMatch(/^\d+$/);
  // Poll until no task of the array is pending or running; never wait past JOB_TIMEOUT_MS.
  const t0 = Date.now();
  for (;;) {
    const queued = execFileSync('squeue', ['-h', '-j', jobId, '-o', '%i %T'], { env, encoding: 'utf8', timeout: 30_000 }).trim();
    if (queued === '') break;
    if (Date.now() - t0 > JOB_TIMEOUT_MS) {
      spawnSync('scancel', [jobId], { env, timeout: 10_000 });
      throw new Error(`array job ${jobId} still queued after ${JOB_TIMEOUT_MS / 1000} s:\n${queued}\n${logs(dir)}`);
    }
    await sleep(500);
  }
  // every task ended COMPLETED with exit code 0 (the records stay MinJobAge = 300 s)
  const tasks = execFileSync('scontrol', ['-o', 'show', 'job', jobId], { env, encoding: 'utf8', timeout: 30_000 }).trim().split('\n');
  const ended = tasks.map((l) => `${/ArrayTaskId=(\S+)/.exec(l)?.[1]} ${/JobState=(\S+)/.exec(l)?.[1]} ${/ExitCode=(\S+)/.exec(l)?.[1]}`).sort();
  expect(ended, logs(dir)).toEqual(Array.from({ length: k }, (_, i) => `${i} COMPLETED 0:0`).sort());
}

describe(title, () => {
  it('a local Slurm cluster starts (fails where AILCA_REQUIRE_SLURM=1, as in CI; skips elsewhere)', (ctx) => {
    if (startError !== undefined && !REQUIRED) ctx.skip(`Slurm cannot start here: ${startError}`);
    expect(startError, 'AILCA_REQUIRE_SLURM=1 but Slurm did not start').toBeUndefined();
  });

  it('ailca mc --shards: the array job submitted with sbatch writes every shard, and ailca merge DIR equals the unsharded run', async (ctx) => {
    if (startError !== undefined) {
      if (REQUIRED) throw new Error(`AILCA_REQUIRE_SLURM=1 but Slurm did not start: ${startError}`);
      ctx.skip(`Slurm cannot start here: ${startError}`);
    }
    const dir = join(state, 'shards');
    const w = await cli('mc', STUDY, '--shards', String(K), '--samples', String(N), '--seed', String(SEED), '--out', dir, '--partition', 'debug', '--time', '5:00');
    expect(w.code, w.stderr).toBe(0);
    const script = /^submit: sbatch (.+)$/m.exec(w.stdout)?.[1] as string;
    expect(existsSync(script)).toBe(true);
    await runArrayJob(script, dir, K);

    const whole = await runMonteCarlo(loadStudy(STUDY), { samples: N, seed: SEED, backend: 'js' });
    const h12 = whole.provenance.studyHash.slice('sha256:'.length, 'sha256:'.length + 12);
    expect(readdirSync(dir).filter((f) => /^mc-.*\d\.json$/.test(f)).sort()).toEqual(splitSamples(N, K).map((r) => `mc-${h12}-${r.start}-${r.end}.json`).sort());
    const m = await cli('merge', dir, '--format', 'json');
    expect(m.code, m.stderr).toBe(0);
    expect(m.stderr).toBe('');
    expectSameRun(JSON.parse(m.stdout) as MonteCarloResult, whole);
  }, 180_000);

  it("ailca sensitivity --method sobol --shards: the array job writes every row range, and ailca merge DIR gives the unsharded indices and bounds exactly", async (ctx) => {
    if (startError !== undefined) {
      if (REQUIRED) throw new Error(`AILCA_REQUIRE_SLURM=1 but Slurm did not start: ${startError}`);
      ctx.skip(`Slurm cannot start here: ${startError}`);
    }
    const dir = join(state, 'sobol');
    const w = await cli('sensitivity', STUDY, '--method', 'sobol', '--shards', String(SOBOL_K), '--samples', String(SOBOL_N), '--seed', String(SEED), '--out', dir, '--partition', 'debug', '--time', '5:00');
    expect(w.code, w.stderr).toBe(0);
    const script = /^submit: sbatch (.+)$/m.exec(w.stdout)?.[1] as string;
    expect(script).toMatch(/\/sobol-[0-9a-f]{12}\.sh$/);
    await runArrayJob(script, dir, SOBOL_K);

    const study = loadStudy(STUDY);
    const whole = await analyseStudy(study, { method: 'sobol', samples: SOBOL_N, seed: SEED, backend: 'js' });
    const rows = whole.sobol?.evaluations as number;
    const h12 = planSobolStudyHash(study, { samples: SOBOL_N, seed: SEED }).slice('sha256:'.length, 'sha256:'.length + 12);
    expect(readdirSync(dir).filter((f) => /^sobol-.*\d\.json$/.test(f)).sort()).toEqual(splitDesignRows(rows, SOBOL_K).map((r) => `sobol-${h12}-${r.start}-${r.end}.json`).sort());
    const m = await cli('merge', dir, '--format', 'json');
    expect(m.code, m.stderr).toBe(0);
    const merged = JSON.parse(m.stdout) as StudySensitivity;
    // through JSON, as ailca sensitivity --format json prints the unsharded run: every index and bound equal
    expect(merged.sobol).toEqual(JSON.parse(JSON.stringify(whole.sobol)));
    expect(merged.provenance.shards).toEqual({ count: SOBOL_K, designHash: expect.stringContaining(h12) });
  }, 180_000);
});
