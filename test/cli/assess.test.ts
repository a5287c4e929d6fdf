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
