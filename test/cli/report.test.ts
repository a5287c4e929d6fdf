import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { cli } from './helpers.js';

const SMALL = ['--samples', '20000', '--sobol-samples', '256', '--scenario-samples', '2000', '--backend', 'js'];
const tmp = () => mkdtempSync(join(tmpdir(), 'ailca-report-'));

describe('ailca report', () => {
  it('ailca report writes one self-contained HTML file and prints where it is', async () => {
    const out = join(tmp(), 'xeon.html');
    const { code, stdout, stderr } = await cli('report', 'examples/xeon-8468-uncertain.json', '--out', out, ...SMALL);
    expect(code).toBe(0);
    expect(stdout).toBe(`report written to ${out}\n`);
    expect(stderr).toBe(''); // no progress bar when stderr is not a terminal
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('1,869.10'); // 1,176.804 / 5 + 1,633.74 = 1,869.1008
    expect(html).not.toMatch(/<script|<link|@import/i);
  });

  it('ailca report --format md writes NAME.md and NAME-figures/*.svg', async () => {
    const dir = tmp();
    const out = join(dir, 'xeon.md');
    const { code, stdout } = await cli('report', 'examples/xeon-8468-uncertain.json', '--out', out, ...SMALL);
    expect(code).toBe(0);
    expect(stdout).toBe(`report written to ${out} (7 figures in ${join(dir, 'xeon-figures')})\n`);
    expect(readdirSync(join(dir, 'xeon-figures')).sort()).toEqual(['breakdown.svg', 'embodied-components.svg', 'histogram.svg', 'operational-components.svg', 'scenarios.svg', 'sobol.svg', 'tornado.svg']);
    expect(readFileSync(out, 'utf8')).toContain('](xeon-figures/histogram.svg)');
  });

  it('ailca report --format json writes the report model', async () => {
    const out = join(tmp(), 'r.json');
    const { code } = await cli('report', 'examples/xeon-8468.json', '--format', 'json', '--out', out, '--samples', '100', '--backend', 'js', '--seed', '9');
    expect(code).toBe(0);
    const r = JSON.parse(readFileSync(out, 'utf8'));
    expect(r.impact.functionalUnit.deterministic).toBeCloseTo(1869.1008, 9);
    expect(r.settings).toMatchObject({ samples: 100, seed: 9, backend: 'js' });
    // --samples, --seed and --backend were given; the other four settings were not
    expect(r.settings.defaulted).toEqual(['sobolSamples', 'scenarioSamples', 'lowPercentile', 'highPercentile']);
  });

  it('ailca report records the flags left out as defaults, not as given', async () => {
    const out = join(tmp(), 'r.json');
    const { code } = await cli('report', 'examples/xeon-8468.json', '--format', 'json', '--out', out, '--backend', 'js');
    expect(code).toBe(0);
    const r = JSON.parse(readFileSync(out, 'utf8'));
    expect(r.settings.defaulted).toEqual(['samples', 'sobolSamples', 'scenarioSamples', 'seed', 'lowPercentile', 'highPercentile']);
    // the documented defaults (docs/reports.md): 10^6 samples, seed 1
    expect(r.settings).toMatchObject({ samples: 1_000_000, seed: 1, backend: 'js' });
  });

  it('ailca report writes reports/STUDY.html by default', async () => {
    const dir = tmp();
    const study = join(dir, 'my-study.json');
    writeFileSync(study, readFileSync('examples/xeon-8468.json'));
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const { code, stdout } = await cli('report', 'my-study.json', '--samples', '100', '--backend', 'js');
      expect(code).toBe(0);
      expect(stdout).toBe(`report written to ${join('reports', 'my-study.html')}\n`);
      expect(existsSync(join(dir, 'reports', 'my-study.html'))).toBe(true);
    } finally {
      process.chdir(cwd);
    }
  });

  it('ailca report exits 2 on bad flags, a mismatched extension and a missing study', async () => {
    const r1 = await cli('report', 'examples/xeon-8468.json', '--format', 'docx');
    expect(r1.code).toBe(2);
    expect(r1.stderr).toMatch(/--format.*html, md, json, pdf/);
    const r2 = await cli('report', 'examples/xeon-8468.json', '--out', 'r.html', '--format', 'md');
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/--out.*r\.md/);
    const r3 = await cli('report', 'missing.json');
    expect(r3.code).toBe(2);
    expect(r3.stderr).toMatch(/missing\.json: file not found/);
    const r4 = await cli('report', 'examples/xeon-8468.json', '--sampels', '10');
    expect(r4.stderr).toMatch(/did you mean --samples\?/);
    const r5 = await cli('report', 'examples/xeon-8468.json', '--samples', '1');
    expect(r5.code).toBe(2);
    expect(r5.stderr).toMatch(/--samples is out of range: got "1"; expected a whole number in \[2, 4294967296\]/);
    // an extension that names no format: refused rather than HTML written to a .txt
    const r7 = await cli('report', 'examples/xeon-8468.json', '--out', join(tmp(), 'r.txt'));
    expect(r7.code).toBe(2);
    expect(r7.stderr).toMatch(/--out has no report extension.*Fix: write --out .*r\.html, or add --format html/);
    const r6 = await cli('report');
    expect(r6.code).toBe(2);
    expect(r6.stderr).toMatch(/^usage: ailca report STUDY\.json/);
  });

  it('ailca report draws a progress bar per stage on a terminal', async () => {
    let stderr = '';
    let stdout = '';
    const out = join(tmp(), 'x.html');
    const code = await runCli(['report', 'examples/xeon-8468-uncertain.json', '--out', out, ...SMALL], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), interactive: true });
    expect(code).toBe(0);
    for (const stage of ['monte carlo', 'tornado', 'sobol', 'scenarios']) expect(stderr).toContain(`\r${stage}`);
    expect(stderr).toMatch(/100%/);
    expect(stdout).toBe(`report written to ${out}\n`); // stdout carries only the path
  });

  it('ailca help lists the report command', async () => {
    expect((await cli('help')).stdout).toMatch(/ailca report STUDY\.json/);
  });
});
