import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../cli/helpers.js';

const SMALL = ['--samples', '2000', '--sobol-samples', '64', '--scenario-samples', '200', '--backend', 'js'];

function write(study: unknown): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ailca-nonfinite-'));
  const file = join(dir, 'study.json');
  writeFileSync(file, JSON.stringify(study));
  return { dir, file };
}

const server = (o: { lifetime?: unknown; dieArea?: string; zero?: boolean }) => ({
  name: 'one server',
  servers: [{ name: 'box', lifetime: o.lifetime ?? { dist: 'uniform', min: '3 years', max: '5 years' },
    components: [o.zero ? { type: 'part', name: 'chassis', perUnit: '0 kgCO2e' } : { type: 'ic', name: 'CPU', technology: 'logic', dieArea: o.dieArea ?? '1 cm2', factor: '2 kgCO2e/cm2' }],
    power: o.zero ? { active: '0 W', idle: '0 W' } : { active: '100 W', idle: '100 W' } }],
  workload: { utilization: { dist: 'uniform', min: 0.2, max: 0.8 } },
  cloud: { gridIntensity: '0.5 kg/kWh', pue: 1 },
});

describe('ailca report and non-finite results (issue 16)', () => {
  it.each([
    ['lifetime 5e-324 years', { lifetime: '5e-324 years' }, 'servers[0].lifetime'],
    ['dieArea 1e308 cm²', { dieArea: '1e308 cm2' }, 'servers[0].components[0].dieArea'],
  ])('%s: exit 2 naming the input, no report written', async (_n, o, path) => {
    const { dir, file } = write(server(o));
    const out = join(dir, 'r.json');
    const r = await cli('report', file, '--out', out, ...SMALL);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`ailca report: ${path} makes a result that is not a finite number`);
    expect(() => readFileSync(out)).toThrow();
  });

  it('a zero footprint: the report says the use-phase share is undefined (footprint is zero), in Markdown and JSON without a bare null', async () => {
    const { dir, file } = write(server({ zero: true }));
    const md = join(dir, 'r.md');
    expect((await cli('report', file, '--out', md, ...SMALL)).code).toBe(0);
    const text = readFileSync(md, 'utf8');
    expect(text).toMatch(/use-phase share, base case \| undefined \(footprint is zero\)/);
    expect(text).toContain('| use-phase share | % | undefined (footprint is zero) |');
    expect(text).not.toMatch(/NaN|Infinity/);
    const json = join(dir, 'r.json');
    expect((await cli('report', file, '--out', json, ...SMALL)).code).toBe(0);
    const raw = readFileSync(json, 'utf8');
    expect(raw).toContain('"usePhaseShareUndefined": "footprint is zero"');
    expect(raw).not.toMatch(/NaN|Infinity/);
  });
});
