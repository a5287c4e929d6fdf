import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMonteCarlo, type MonteCarloResult } from '../../src/mc/index.js';
import type { Report } from '../../src/report/index.js';
import { loadStudy } from '../../src/scenarios/index.js';
import { cli } from './helpers.js';
import { AILCA_FROM_SOURCE } from './tsx-cli.js';

const STUDY = 'examples/xeon-8468-uncertain.json';
const tmp = mkdtempSync(join(tmpdir(), 'ailca-mc-from-'));
const N = 1000;
const SMALL = ['--sobol-samples', '64', '--scenario-samples', '100', '--backend', 'js'];

/** Exit 2, one line naming the culprit, no stack trace. */
function expectRefused(r: { code: number; stdout: string; stderr: string }, culprit: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(culprit);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('ailca report --mc-from', () => {
  it('ailca report --mc-from DIR uses the merged shards (the unsharded run\'s statistics), refuses another study, and states missing samples loudly', async () => {
    const dir = join(tmp, 'run');
    expect((await cli('mc', STUDY, '--shards', '2', '--samples', String(N), '--seed', '4', '--out', dir)).code).toBe(0);
    const script = join(dir, readdirSync(dir).find((f) => f.endsWith('.sh')) as string);
    for (const i of ['0', '1']) execFileSync('bash', [script, i], { env: { ...process.env, AILCA: AILCA_FROM_SOURCE }, stdio: 'pipe' });

    const out = join(tmp, 'report.json');
    const r = await cli('report', STUDY, '--mc-from', dir, '--out', out, ...SMALL);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
    const whole = await runMonteCarlo(loadStudy(STUDY), { samples: N, seed: 4, backend: 'js' });
    const fu = whole.outputs.find((o) => o.key === 'functionalUnit') as MonteCarloResult['outputs'][number];
    expect(report.provenance.monteCarlo).toMatchObject({ samples: N, completed: N, seed: 4, backend: 'js' });
    expect(report.settings.seed).toBe(4);
    expect(report.impact.functionalUnit.monteCarlo?.percentiles).toEqual(fu.summary.percentiles);
    expect(report.impact.functionalUnit.monteCarlo?.mean).toBeCloseTo(fu.summary.mean, 9);

    // a seed the shards were not computed with is refused, naming --mc-from
    expectRefused(await cli('report', STUDY, '--mc-from', dir, '--seed', '5', '--out', join(tmp, 'r5.json'), ...SMALL), /--mc-from is a run of another seed: got "seed 4".*leave out seed/);
    // shards of another study (same name, one input changed) are refused
    const raw = JSON.parse(readFileSync(STUDY, 'utf8'));
    raw.servers[0].lifetime.mode = '6 years';
    const other = join(tmp, 'other.json');
    writeFileSync(other, JSON.stringify(raw));
    expectRefused(await cli('report', other, '--mc-from', dir, '--out', join(tmp, 'other-report.json'), ...SMALL), /--mc-from comes from another study.*ailca mc STUDY --shards K/);

    // one shard missing: the report is written and says so at the top, in its warnings and on stderr
    rmSync(join(dir, readdirSync(dir).filter((f) => /^mc-.*-0-\d+\.json$/.test(f))[0]));
    const md = join(tmp, 'partial.md');
    const p = await cli('report', STUDY, '--mc-from', dir, '--out', md, ...SMALL);
    expect(p.code).toBe(0);
    expect(p.stderr).toMatch(/INCOMPLETE Monte Carlo from .*: 500 of 1000 samples; missing 0:500 \(stated in the report\)/);
    const text = readFileSync(md, 'utf8');
    expect(text).toMatch(/INCOMPLETE Monte Carlo: the statistics cover 500 of the 1,000 samples/);
    expect(text).toMatch(/missing 0:500/);
  });
});
