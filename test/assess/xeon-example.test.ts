import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { readFileSync } from 'node:fs';
import { defineStudy } from '../../src/study/index.js';
import { loadStudy } from '../../src/scenarios/index.js';

// Clemm, Wimalawarne, Stobbe & Druschke (2024), "Towards Green AI", section IV.C
// and Table I. Every expected value is derived here from the paper's rows.
const rel = (actual: number, expected: number) => expect(Math.abs(actual - expected) / Math.abs(expected)).toBeLessThan(1e-9);

const CPU = 8.12 * 3.0; // 24.36 kgCO2e
const DRAM = 1024 * 0.6 * 1.8; // 614.4 cm² × 1.8 = 1,105.92 kgCO2e
const OTHER = 6.0 * 1.8; // 10.8 kgCO2e
const PCB = 595.4 * 0.06; // 35.724 kgCO2e
const EMBODIED = CPU + DRAM + OTHER + PCB; // 1,176.804 kgCO2e
const AVG_POWER_W = 0.75 * (350 + 205) + 0.25 * 200; // 466.25 W (the paper's 555 W active)
const ENERGY_KWH = (AVG_POWER_W * 8760) / 1000; // 4,084.35 kWh/year
const OPERATIONAL = ENERGY_KWH * 0.4; // 1,633.74 kgCO2e/year (Germany 2022)

describe('assess on examples/xeon-8468.json', () => {
  const r = assess(loadStudy('examples/xeon-8468.json'));

  it('assess reproduces Table I row by row', () => {
    const byName = (prefix: string) => r.embodied.components.find((c) => c.name.startsWith(prefix))!.kgCO2e;
    rel(byName('CPU die'), 24.36);
    rel(byName('DRAM'), 1105.92);
    rel(byName('Other ICs'), 10.8);
    rel(byName('Mainboard PCB'), 35.724);
    rel(r.embodied.totalKgCO2e, 1176.804);
    rel(r.embodied.totalKgCO2e, EMBODIED);
  });

  it('assess reproduces the use phase of section IV.C', () => {
    rel(AVG_POWER_W, 466.25);
    rel(r.operational.annualEnergyKWh, 4084.35);
    rel(r.operational.annualEnergyKWh, ENERGY_KWH);
    rel(r.operational.annualKgCO2e, 1633.74);
    rel(r.operational.annualKgCO2e, OPERATIONAL);
  });

  it('assess annualises over 5 years and reports the use-phase share', () => {
    const annual = EMBODIED / 5 + OPERATIONAL; // 235.3608 + 1,633.74 = 1,869.1008
    rel(r.annualized.totalKgCO2e, 1869.1008);
    rel(r.annualized.totalKgCO2e, annual);
    rel(r.annualized.embodiedKgCO2e, 235.3608);
    rel(r.annualized.operationalKgCO2e, 1633.74);
    rel(r.usePhaseShare as number, OPERATIONAL / annual); // 0.87408…
    expect(r.usePhaseShare).toBeCloseTo(0.874, 3);
    rel(r.lifetime.totalKgCO2e, EMBODIED + 5 * OPERATIONAL); // 9,345.504
    rel(r.functionalUnit.value, annual);
  });

  it('assess puts the server in the server element and nothing in the others', () => {
    rel(r.byElement.server.totalKgCO2e, r.annualized.totalKgCO2e);
    expect(r.byElement.cloud.totalKgCO2e).toBe(0); // PUE 1.0: no overhead
    expect(r.byElement.model.totalKgCO2e).toBe(0);
    expect(r.byElement.data.totalKgCO2e).toBe(0);
  });

  it('assess echoes inputs with status and source', () => {
    const f = r.inputs.find((i) => i.path === 'servers[0].components[0].factor')!;
    expect(f.status).toBe('dataset');
    expect(f.value).toBe(3);
    expect(f.source?.dataset?.name).toBe('clemm-2024');
    const grid = r.inputs.find((i) => i.path === 'cloud.gridIntensity')!;
    expect(grid.value).toBe(0.4);
    expect(grid.status).toBe('dataset');
    const area = r.inputs.find((i) => i.path === 'servers[0].components[0].dieArea')!;
    expect(area.status).toBe('input');
    expect(area.source?.citation).toMatch(/Clemm/);
    const hours = r.inputs.find((i) => i.path === 'workload.hoursPerYear')!;
    expect(hours.status).toBe('input');
    expect(r.provenance.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(r.provenance.datasets.map((d) => d.name)).toContain('clemm-2024');
  });
});

describe('assess on the seed variations', () => {
  it('assess with a 3-year lifetime gives 2,026.0 kgCO2e/year', () => {
    const raw = JSON.parse(readFileSync('examples/xeon-8468.json', 'utf8'));
    raw.servers[0].lifetime = '3 years';
    const r = assess(defineStudy(raw));
    rel(r.annualized.totalKgCO2e, EMBODIED / 3 + OPERATIONAL); // 392.268 + 1,633.74 = 2,026.008
    expect(r.annualized.totalKgCO2e).toBeCloseTo(2026.0, 1);
  });

  it('assess on the renewable variant gives 204.22 kgCO2e/year of use', () => {
    const r = assess(loadStudy('examples/xeon-8468-renewable.json'));
    rel(r.operational.annualKgCO2e, ENERGY_KWH * 0.05); // 204.2175
    expect(r.operational.annualKgCO2e).toBeCloseTo(204.22, 2);
  });
});
