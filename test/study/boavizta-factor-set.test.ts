import { describe, expect, it } from 'vitest';
import { defineStudy } from '../../src/study/index.js';
import { valuesOf } from '../lca/helpers.js';

// The Dell R740 of BoaviztAPI's tests (tests/api/test_server.py, test_dell_r740_server): 2 CPUs of 24 cores ×
// 24.5 mm² of die per core, 12 × 32 GB RAM at 1.79 GB/cm², one 400 GB SSD at 50.6 GB/cm², 2 power supplies of
// 2.99 kg, motherboard, rack case, assembly; published embedded impacts gwp 967.9 kgCO2e, adp 0.1492 kgSbeq,
// pe 12870 MJ. Written with no factor and no impacts block: the factor set boavizta-uba gives every factor.
// BoaviztAPI's factors.yml (UBA 2021), per component [gwp kgCO2e, adp kgSbeq, pe MJ], die factors per cm²:
const F = {
  cpuDie: [1.97, 5.87e-7, 26.5], cpuBase: [9.14, 2.04e-2, 156],
  ramDie: [2.2, 6.3e-5, 27.3], ramBase: [5.22, 1.69e-3, 74],
  ssdDie: [2.2, 6.3e-5, 27.3], ssdBase: [6.34, 5.63e-4, 73.98],
  psuPerKg: [24.3, 8.3e-3, 352], motherboard: [66.1, 3.69e-3, 836], rack: [150, 2.02e-2, 2200], assembly: [6.68, 1.41e-6, 68.6],
};
const cpuArea = (24 * 24.5) / 100;
const ramArea = 32 / 1.79;
const ssdArea = 400 / 50.6;
const byHand = (k: number) =>
  2 * (cpuArea * F.cpuDie[k] + F.cpuBase[k]) + 12 * (ramArea * F.ramDie[k] + F.ramBase[k]) + ssdArea * F.ssdDie[k] + F.ssdBase[k]
  + 2 * 2.99 * F.psuPerKg[k] + F.motherboard[k] + F.rack[k] + F.assembly[k];

const study = {
  name: 'Dell R740 from the boavizta-uba factor set', categories: ['adpe', 'pe'], factors: { method: 'boavizta-uba' },
  servers: [{ name: 'R740', lifetime: '4 years', power: { active: '300 W', idle: '100 W' }, components: [
    { type: 'ic', name: 'CPU', technology: 'logic', count: 2, dieArea: `${cpuArea} cm2` },
    { type: 'part', kind: 'cpu-base', count: 2 },
    { type: 'ic', name: 'RAM', technology: 'dram', count: 12, dieArea: `${ramArea} cm2` },
    { type: 'part', kind: 'ram-module-base', count: 12 },
    { type: 'ic', name: 'SSD', technology: 'nand', dieArea: `${ssdArea} cm2` },
    { type: 'part', kind: 'ssd-base' },
    { type: 'part', kind: 'power-supply', count: 2, mass: '2.99 kg' },
    { type: 'part', kind: 'motherboard' }, { type: 'part', kind: 'rack-case' }, { type: 'part', kind: 'assembly' },
  ] }],
  workload: { utilization: 0.5 },
  cloud: { gridIntensity: '0.4 kg/kWh', pue: 1.5, impacts: { adpe: { gridIntensity: '6.5e-8 kgSbeq/kWh' }, pe: { gridIntensity: '11.3 MJ/kWh' } } },
};

describe('the boavizta-uba factor set gives components their ADPe and primary energy too', () => {
  it('reproduces the Dell R740 in every category, as derived by hand and as BoaviztAPI publishes it', () => {
    const v = valuesOf(study);
    const prefix = ['', 'adpe.', 'pe.'];
    for (const k of [0, 1, 2]) expect(v.get(`${prefix[k]}embodied.total`)! / byHand(k) - 1).toBeLessThan(1e-12);
    expect(Number(v.get('embodied.total')!.toPrecision(4))).toBe(967.9);
    expect(Number(v.get('adpe.embodied.total')!.toPrecision(4))).toBe(0.1492);
    expect(Number(v.get('pe.embodied.total')!.toPrecision(4))).toBe(12870);
  });
  it('reports each such factor as a dataset value with its source', () => {
    const s = defineStudy(study);
    const p = s.params.find((x) => x.path === 'servers[0].components[0].impacts.adpe.factor')!;
    expect([p.value, p.status, p.source?.dataset?.name]).toEqual([5.87e-7, 'dataset', 'boavizta-uba-impacts']);
    expect(p.source?.citation).toContain('factors.yml');
    const psu = s.params.find((x) => x.path === 'servers[0].components[6].impacts.pe.massFactor')!;
    expect([psu.value, psu.status]).toEqual([352, 'dataset']);
  });
  it('keeps a factor the study gives, and leaves a component of another factor set not covered, never 0', () => {
    const given = { ...study, servers: [{ ...study.servers[0], components: [{ type: 'part', kind: 'motherboard', impacts: { adpe: { perUnit: '1 kgSbeq' } } }] }] };
    expect(valuesOf(given).get('adpe.embodied.total')).toBe(1);
    // HDD: boavizta-uba gives its climate factor, but no ADPe or PE row is bundled
    const hdd = valuesOf({ ...study, servers: [{ ...study.servers[0], components: [{ type: 'part', kind: 'hdd' }] }] });
    expect(hdd.get('embodied.total')).toBeCloseTo(31.11, 12);
    expect(hdd.has('adpe.embodied.total')).toBe(false);
  });
});
