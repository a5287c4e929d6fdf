import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../cli/helpers.js';

const SMALL = ['--samples', '2000', '--sobol-samples', '64', '--scenario-samples', '200', '--backend', 'js'];
const tmp = () => mkdtempSync(join(tmpdir(), 'ailca-vl-'));

describe('ailca report --charts vega-lite', () => {
  it('writes one CHART.vl.json per figure beside the report, with the report’s own histogram counts', async () => {
    const dir = tmp();
    const out = join(dir, 'xeon.json');
    const { code, stdout } = await cli('report', 'examples/xeon-8468-uncertain.json', '--out', out, '--charts', 'vega-lite', ...SMALL);
    expect(code).toBe(0);
    const names = ['breakdown', 'embodied-components', 'histogram', 'operational-components', 'scenarios', 'sobol', 'tornado'];
    expect(readdirSync(join(dir, 'xeon-figures')).sort()).toEqual(names.map((n) => `${n}.vl.json`));
    expect(stdout).toContain(`7 Vega-Lite specs written to ${join(dir, 'xeon-figures')}`);
    const report = JSON.parse(readFileSync(out, 'utf8')) as { figures: { histogram: { data: { counts: number[] } } } };
    const spec = JSON.parse(readFileSync(join(dir, 'xeon-figures', 'histogram.vl.json'), 'utf8')) as { $schema: string; layer: { data: { values: { count: number }[] } }[] };
    expect(spec.$schema).toBe('https://vega.github.io/schema/vega-lite/v5.json');
    expect(spec.layer[0].data.values.map((b) => b.count)).toEqual(report.figures.histogram.data.counts);
  }, 120_000);

  it('writes no spec by default and refuses an unknown --charts value naming the choices', async () => {
    const dir = tmp();
    const plain = await cli('report', 'examples/xeon-8468.json', '--out', join(dir, 'x.html'), '--samples', '100', '--backend', 'js');
    expect(plain.code).toBe(0);
    expect(readdirSync(dir)).toEqual(['x.html']);
    const bad = await cli('report', 'examples/xeon-8468.json', '--out', join(dir, 'y.html'), '--charts', 'vegalite', '--samples', '100', '--backend', 'js');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--charts');
    expect(bad.stderr).toContain('one of svg, vega-lite');
  }, 120_000);
});
