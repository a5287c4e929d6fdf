import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isUncertain } from '../../src/distributions/index.js';
import { machineKey, probeCacheKey } from '../../src/mc/backends/auto-cache.js';
import { buildProgram, sameOutputs } from '../../src/mc/index.js';
import { loadStudyFile } from '../../src/scenarios/index.js';
import { compileStudy } from '../../src/study/index.js';
import { cli } from './helpers.js';

const STUDY = 'examples/xeon-8468-uncertain.json';
let dir: string;
let saved: string | undefined;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ailca-explain-'));
  saved = process.env.AILCA_CACHE_DIR;
  process.env.AILCA_CACHE_DIR = dir;
});
afterAll(() => {
  if (saved === undefined) delete process.env.AILCA_CACHE_DIR;
  else process.env.AILCA_CACHE_DIR = saved;
  rmSync(dir, { recursive: true, force: true });
});

describe('ailca mc --explain', () => {
  it('ailca mc --explain on a small run says auto took js unmeasured, and the run equals --backend js', async () => {
    const auto = await cli('mc', STUDY, '--samples', '20000', '--seed', '3', '--explain', '--format', 'json');
    expect(auto.code).toBe(0);
    expect(auto.stderr).toMatch(/^ailca mc: backend js \(plain JavaScript, float64, \d+ threads?.*\)\n/);
    expect(auto.stderr).toContain('  auto chose js: 20000 samples are below 8388608 (AUTO_MIN_PROBE_SAMPLES): js finishes before any other backend could start, so js (float64) without probing\n');
    const r = JSON.parse(auto.stdout);
    expect(r.provenance.auto).toMatchObject({ backend: 'js', probes: [] });
    const js = JSON.parse((await cli('mc', STUDY, '--samples', '20000', '--seed', '3', '--backend', 'js', '--format', 'json')).stdout);
    expect(r.state).toEqual(js.state);
    expect(js.provenance.auto).toBeUndefined();
  });

  it('ailca mc --explain names the cache file and date when auto reads its measurements from the cache', async () => {
    // the key runMonteCarlo will look up: this machine, the adapter remembered for it, the study's shape
    const study = loadStudyFile(STUDY).study;
    const model = compileStudy(study);
    const first = JSON.parse((await cli('mc', STUDY, '--samples', '1000', '--backend', 'js', '--format', 'json')).stdout);
    // the outputs it samples: the non-constant ones, each distinct computation once (functionalUnit is annualized.total)
    const varying = sameOutputs(model, first.outputs.filter((o: { constant: boolean }) => !o.constant).map((o: { key: string }) => o.key)).distinct;
    const program = buildProgram(model, varying).program;
    const inputs = model.inputs.filter((i) => isUncertain(i.distribution)).length;
    const shape = { outputs: varying.length, inputs, uniformsPerSample: program.uniformsPerSample, programChars: program.statements.length };
    const measured = '2026-01-02T03:04:05.000Z';
    // js 30 M samples/s, 0.01 s setup; webgpu 60 M samples/s, 5 s setup: for 20 000 samples js (0.011 s) beats webgpu (5.0003 s)
    writeFileSync(join(dir, 'backend-probe.json'), JSON.stringify({
      kind: 'ailca.backend-probe-cache', version: 1,
      adapters: { [machineKey()]: { adapter: 'test adapter', measured } },
      entries: { [probeCacheKey(machineKey(), 'test adapter', shape)]: { measured, probes: [{ backend: 'js', samplesPerSecond: 3e7, setupSeconds: 0.01 }, { backend: 'webgpu', samplesPerSecond: 6e7, setupSeconds: 5 }] } },
    }));
    const { code, stderr, stdout } = await cli('mc', STUDY, '--samples', '20000', '--seed', '3', '--explain', '--format', 'json');
    expect(code).toBe(0);
    expect(stderr).toContain('  probe js: 30.0 M samples/s (setup 0.01 s)\n  probe webgpu: 60.0 M samples/s (setup 5.00 s)\n');
    expect(stderr).toContain('  auto chose js: fastest for 20000 samples by the probe (estimated js 0.011 s, webgpu 5.0 s, setup included)\n');
    expect(stderr).toContain(`  from cache ${join(dir, 'backend-probe.json')}, measured ${measured}\n`);
    expect(JSON.parse(stdout).provenance.auto.cache).toEqual({ path: join(dir, 'backend-probe.json'), measured, hit: true });
  });

  it('ailca mc --explain reports a corrupt cache file as a warning', async () => {
    writeFileSync(join(dir, 'backend-probe.json'), '{ not json');
    const { code, stderr, stdout } = await cli('mc', STUDY, '--samples', '20000', '--explain', '--format', 'json');
    expect(code).toBe(0);
    expect(stderr).toMatch(/ {2}warning: backend probe cache .*backend-probe\.json is corrupt/);
    expect(JSON.parse(stdout).warnings.some((w: string) => /backend probe cache .* is corrupt/.test(w))).toBe(true);
  });

  it('ailca mc --backend js --explain says the backend was asked for by name', async () => {
    const { stderr } = await cli('mc', STUDY, '--samples', '2000', '--backend', 'js', '--explain', '--format', 'json');
    expect(stderr).toMatch(/^ailca mc: backend js \(plain JavaScript.*\)\n {2}asked for by name, not chosen by auto\n$/);
  });

  it('ailca sensitivity --explain prints the backend auto chose and why', async () => {
    const { code, stderr } = await cli('sensitivity', STUDY, '--method', 'rank', '--samples', '1000', '--explain', '--format', 'json');
    expect(code).toBe(0);
    expect(stderr).toMatch(/^ailca sensitivity: backend js \(plain JavaScript, float64, 1 thread \(calling thread \+ 0 workers\)\)\n/);
    expect(stderr).toContain('  auto chose js: 1000 samples are below 8388608 (AUTO_MIN_PROBE_SAMPLES)');
  });

  it('ailca report --explain prints the Monte Carlo backend auto chose and why', async () => {
    const out = join(dir, 'report.json');
    const { code, stderr } = await cli('report', STUDY, '--samples', '20000', '--sobol-samples', '64', '--scenario-samples', '200', '--out', out, '--format', 'json', '--explain');
    expect(code).toBe(0);
    expect(stderr).toMatch(/^ailca report: backend js \(plain JavaScript.*\)\n {2}auto chose js: 20000 samples are below 8388608 \(AUTO_MIN_PROBE_SAMPLES\)/m);
  });
});
