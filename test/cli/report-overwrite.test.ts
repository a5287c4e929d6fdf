import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputFilesOf, refuseOverwrite } from '../../src/report/index.js';
import { cli } from './helpers.js';

const SMALL = ['--samples', '2000', '--sobol-samples', '64', '--scenario-samples', '200', '--backend', 'js'];

/** A copy of the uncertain Xeon example in a fresh folder, with a grid-intensity series beside it. */
function setup(): { dir: string; study: string; series: string; text: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ailca-overwrite-'));
  const study = join(dir, 's.json');
  copyFileSync('examples/xeon-8468-uncertain.json', study);
  const series = join(dir, 'grid.csv');
  writeFileSync(series, 'timestamp,gCO2e_per_kWh\n2024-06-01T00:00Z,400\n2024-06-01T01:00Z,200\n');
  return { dir, study, series, text: readFileSync(study, 'utf8') };
}

describe('ailca report never writes over its inputs (issue 16)', () => {
  it('report s.json --out s.json exits 2 naming --out and leaves the study as it was', async () => {
    const { study, text } = setup();
    for (const format of [['--format', 'json'], []]) {
      const r = await cli('report', study, '--out', study, ...format, ...SMALL);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^ailca report: --out would write over an input of the study: got ".*s\.json"/);
      expect(r.stdout).toBe('');
      expect(readFileSync(study, 'utf8')).toBe(text);
    }
  });

  it('the same file through another spelling or a symbolic link is refused too', async () => {
    const { dir, study, text } = setup();
    const link = join(dir, 'link.json');
    symlinkSync(study, link);
    for (const out of [join(dir, '.', 'sub', '..', 's.json'), link]) {
      mkdirSync(join(dir, 'sub'), { recursive: true });
      const r = await cli('report', study, '--out', out, '--format', 'json', ...SMALL);
      expect(r.code).toBe(2);
      expect(readFileSync(study, 'utf8')).toBe(text);
    }
  });

  it('a grid-intensity series the study reads is an input: --out grid.csv is refused', async () => {
    const { dir, series } = setup();
    const study = join(dir, 'series.json');
    writeFileSync(study, JSON.stringify({
      name: 'series',
      servers: [{ name: 'box', lifetime: '4 years', components: [{ type: 'part', name: 'x', perUnit: 100 }], power: { active: '1000 W', idle: '1000 W' } }],
      workload: { utilization: 1 },
      cloud: { gridIntensity: { series: 'grid.csv' }, pue: 1 },
    }));
    const before = readFileSync(series, 'utf8');
    expect(inputFilesOf(study, [JSON.parse(readFileSync(study, 'utf8'))])).toContain(series);
    const r = await cli('report', study, '--out', series, '--format', 'md', ...SMALL);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--out would write over an input');
    expect(readFileSync(series, 'utf8')).toBe(before);
  });

  it('refuseOverwrite lets other paths through and refuses a figures folder that holds an input', () => {
    const { dir, study } = setup();
    const inputs = inputFilesOf(study, []);
    expect(() => refuseOverwrite('--out', [join(dir, 'report.html')], inputs)).not.toThrow();
    expect(() => refuseOverwrite('--out', [join(dir, 'x.md')], inputs, [dir])).toThrow(/--out would write over an input/);
  });
});
