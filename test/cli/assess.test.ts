import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

describe('ailca assess', () => {
  it('ailca assess --format json prints the figures of Clemm et al. 2024, IV.C', async () => {
    const { code, stdout } = await cli('assess', 'examples/xeon-8468.json', '--format', 'json');
    expect(code).toBe(0);
    const r = JSON.parse(stdout);
    // 8.12·3.0 + 1024·0.6·1.8 + 6·1.8 + 595.4·0.06
    expect(r.embodied.totalKgCO2e).toBeCloseTo(1176.804, 6);
    expect(r.embodied.components.map((c: any) => c.kgCO2e)).toHaveLength(4);
    expect(r.embodied.components[0]).toHaveProperty('name');
    expect(r.operational.annualEnergyKWh).toBeCloseTo(4084.35, 6); // 466.25 W × 8,760 h
    expect(r.operational.annualKgCO2e).toBeCloseTo(1633.74, 6); // × 0.4
    expect(r.annualized.totalKgCO2e).toBeCloseTo(1869.1008, 6); // 1176.804/5 + 1633.74
    expect(r.annualized.embodiedKgCO2e).toBeCloseTo(235.3608, 6);
    expect(r.annualized.operationalKgCO2e).toBeCloseTo(1633.74, 6);
    expect(r.lifetime.totalKgCO2e).toBeCloseTo(1176.804 + 5 * 1633.74, 6);
    expect(r.usePhaseShare).toBeCloseTo(1633.74 / 1869.1008, 9);
  });

  it('ailca assess prints a readable table', async () => {
    const { code, stdout } = await cli('assess', 'examples/xeon-8468.json');
    expect(code).toBe(0);
    expect(stdout).toMatch(/annualised total\s+1,869\.10\s+kgCO2e\/year/);
    expect(stdout).toMatch(/use-phase share\s+87\.4 %/);
  });

  it('ailca assess lists small inputs to their significant figures, not rounded to 4 decimals', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ailca-'));
    const file = join(dir, 'small.json');
    // utilisation 0.00003 would print as "0" at 4 decimals; the die area 0.123456 as "0.1235".
    // Inputs follow the report's rule (formatInput: up to 6 significant figures, below 1e-4 in exponent form).
    writeFileSync(file, JSON.stringify({
      name: 'small inputs',
      servers: [{ name: 'box', lifetime: '4 years', components: [{ type: 'ic', name: 'die', technology: 'logic', dieArea: '0.123456 cm2', factor: '2 kgCO2e/cm2' }], power: { active: '100 W', idle: '100 W' } }],
      workload: { utilization: 0.00003 },
      cloud: { gridIntensity: '0.5 kg/kWh', pue: 1 },
    }));
    const { code, stdout } = await cli('assess', file);
    expect(code).toBe(0);
    expect(stdout).toMatch(/workload\.utilization\s+3e-5\s/);
    expect(stdout).toMatch(/servers\[0\]\.components\[0\]\.dieArea\s+0\.123456\s+cm²/);
  });

  it('ailca assess exits 2 with a clear message on bad input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ailca-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{\n  "name": "x",\n  "servers": [,]\n}');
    const r1 = await cli('assess', bad);
    expect(r1.code).toBe(2);
    expect(r1.stderr).toMatch(/bad\.json, row 3, column/);
    const r2 = await cli('assess', join(dir, 'missing.json'));
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/missing\.json: file not found/);
    const r3 = await cli('assess', 'examples/xeon-8468.json', '--format', 'yaml');
    expect(r3.code).toBe(2);
    expect(r3.stderr).toMatch(/--format.*table, json/);
    const r4 = await cli('assess', 'examples/xeon-8468.json', '--formt', 'json');
    expect(r4.stderr).toMatch(/did you mean --format\?/);
  });

  it('ailca with an unknown command exits 2', async () => {
    expect((await cli('asses')).code).toBe(2);
  });
});

describe('ailca assess refuses non-finite results (issue 16)', () => {
  const write = (name: string, study: unknown): string => {
    const file = join(mkdtempSync(join(tmpdir(), 'ailca-')), name);
    writeFileSync(file, JSON.stringify(study));
    return file;
  };
  const server = (o: { lifetime?: string; dieArea?: string; count?: number; zero?: boolean }) => ({
    name: 'one server',
    servers: [{ name: 'box', lifetime: o.lifetime ?? '4 years', ...(o.count !== undefined ? { count: o.count } : {}),
      components: [o.zero ? { type: 'part', name: 'chassis', perUnit: '0 kgCO2e' } : { type: 'ic', name: 'CPU', technology: 'logic', dieArea: o.dieArea ?? '1 cm2', factor: '2 kgCO2e/cm2' }],
      power: o.zero ? { active: '0 W', idle: '0 W' } : { active: '100 W', idle: '100 W' } }],
    workload: { utilization: 0.5 },
    cloud: { gridIntensity: '0.5 kg/kWh', pue: 1 },
  });

  it.each([
    ['lifetime "5e-324 years"', { lifetime: '5e-324 years' }, 'servers[0].lifetime'],
    ['dieArea 1e308 cm²', { dieArea: '1e308 cm2' }, 'servers[0].components[0].dieArea'],
    ['count 1e300 (× a 1e10 cm² die)', { count: 1e300, dieArea: '1e10 cm2' }, 'servers[0].count'],
  ])('%s exits 2 naming the input, in table and JSON form', async (_name, o, path) => {
    const file = write('extreme.json', server(o));
    for (const format of ['table', 'json']) {
      const r = await cli('assess', file, '--format', format);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`ailca assess: ${path}`);
      expect(r.stderr).toMatch(/not a finite number/);
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    }
  });

  it('an all-zero footprint prints the use-phase share as undefined (footprint is zero), and JSON has the reason, no bare null', async () => {
    const file = write('zero.json', server({ zero: true }));
    const table = await cli('assess', file);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/use-phase share\s+undefined \(footprint is zero\)/);
    const json = await cli('assess', file, '--format', 'json');
    expect(json.code).toBe(0);
    const r = JSON.parse(json.stdout);
    expect(r.usePhaseShare).toEqual({ value: null, undefinedReason: 'footprint is zero' });
    expect(json.stdout.replace('"value": null,\n    "undefinedReason"', '')).not.toMatch(/null/);
  });
});
