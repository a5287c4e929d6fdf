import { describe, expect, it } from 'vitest';
import { exportBrightwayCsv, exportOpenLca, jobHardwareInventory, studyInventory, type OlcaExchange } from '../../src/export/index.js';
import { loadStudy } from '../../src/scenarios/index.js';
import { defineStudy } from '../../src/study/index.js';

/**
 * Hardware of `use: "jobs"` server groups in the openLCA and Brightway
 * exports: the amounts the jobs are allocated per year of operation
 * (docs/allocation.md), derived by hand.
 */

/** 3 nodes of 2 CPUs × 50 cm² and a 4 kg case; a recurring job of 438 h on a quarter of the group, 4 runs a year. */
function sharedStudy() {
  return defineStudy({
    name: 'shared nodes', functionalUnit: 'year', cloud: { gridIntensity: '0.5 kg/kWh', pue: 1 },
    servers: [{ id: 'node', name: 'node', use: 'jobs', count: 3, lifetime: '4 years',
      components: [
        { type: 'ic', name: 'CPU', technology: 'logic', count: 2, dieArea: '50 cm2', factor: '2 kgCO2e/cm2' },
        { type: 'part', name: 'case', mass: '4 kg', massFactor: '10 kgCO2e/kg' },
      ] }],
    model: { serviceLife: '2 years', jobs: [
      { id: 'tune', server: 'node', energy: '100 kWh', hours: '438 h', runsPerYear: 4, allocation: { rule: 'time', lifetime: '4 years', utilization: 0.5, share: 0.25 } },
      { id: 'train', server: 'node', energy: '1000 kWh', hours: '876 h', runs: 2, allocation: { rule: 'time', lifetime: '4 years', utilization: 0.5 } },
    ] },
  });
}

// share of one run (rule time): hours ÷ (4 years × 8,760 h × 0.5 utilisation) = hours ÷ 17,520 h
const TUNE = (438 / 17_520) * 0.25 * 4; // × host share 0.25 × 4 runs per year = 0.025
const TRAIN = (876 / 17_520) * (2 / 2); // × 2 runs over a 2-year service life = 0.05
const PER_YEAR = TUNE + TRAIN; // 0.075 of the group per year

describe('jobHardwareInventory', () => {
  it('gives each component of a jobs-only group in the amount the jobs are allocated per year', () => {
    const s = sharedStudy();
    const items = jobHardwareInventory(s, studyInventory(s, 'error', 'openLCA').values);
    expect(items.map((i) => [i.flow, i.unit])).toEqual([['integrated circuit, logic die', 'cm2'], ['part: case', 'kg']]);
    expect(items[0].amountPerYear).toBeCloseTo(50 * 2 * 3 * PER_YEAR, 12); // 22.5 cm²
    expect(items[1].amountPerYear).toBeCloseTo(4 * 3 * PER_YEAR, 12); // 0.9 kg
    expect(items[0].allocation).toContain('tune (rule time: 0.00625 of the group\'s hardware per run × 4 runs per year)');
    expect(items[0].allocation).toContain('train (rule time: 0.05 of the group\'s hardware per run × 1 runs per year)');
  });

  it('the exported amounts carry the embodied carbon ailca allocates per year', () => {
    const s = sharedStudy();
    const inv = studyInventory(s, 'error', 'openLCA');
    // 22.5 cm² × 2 kgCO2e/cm² + 0.9 kg × 10 kgCO2e/kg = 54 kgCO2e/year
    const fromFlows = inv.hardware[0].amountPerYear * 2 + inv.hardware[1].amountPerYear * 10;
    expect(fromFlows).toBeCloseTo((3 * (2 * 50 * 2 + 4 * 10)) * PER_YEAR, 9);
    expect(fromFlows).toBeCloseTo(inv.values.get('element.model.embodied') as number, 9);
  });

  it('openLCA: the allocated hardware is exported with the rule in its description, and no longer listed as not exported', () => {
    const pkg = exportOpenLca(sharedStudy());
    const ex = (pkg.process as unknown as { exchanges: OlcaExchange[] }).exchanges.find((x) => x.flow.name === 'integrated circuit, logic die') as OlcaExchange;
    expect(ex.amount).toBeCloseTo(22.5, 12);
    expect(ex.description).toContain('allocated through jobs');
    expect(pkg.notes.filter((n) => n.startsWith('Not exported as a product flow'))).toEqual([]);
  });

  it('Brightway: the same amount in square metres, with the allocation in the comment', () => {
    const { csv } = exportBrightwayCsv(sharedStudy());
    const row = csv.split('\n').find((l) => l.startsWith('"integrated circuit, logic die"') || l.startsWith('integrated circuit, logic die')) as string;
    expect(row).toContain(String(22.5 * 0.0001));
    expect(row).toContain('allocated through jobs');
  });

  it('BLOOM: the 48 Apollo nodes in the share of Luccioni et al. (2023), the GPUs (no bill of materials) still listed', () => {
    const study = loadStudy('examples/bloom-training.json');
    const inv = studyInventory(study, 'omit', 'openLCA');
    const node = inv.hardware.find((h) => h.serverId === 'apollo');
    // 1,082,990 GPU-h ÷ 384 GPUs = 2,820.29 h; ÷ (6 years × 8,760 h × 0.85); one run over the default 1-year service life
    const share = 1_082_990 / 384 / (6 * 8760 * 0.85);
    expect(node?.amountPerYear).toBeCloseTo(48 * share, 12);
    expect((node?.amountPerYear ?? 0) * 2500).toBeCloseTo(7575.3, 1); // the paper's 7.57 t for the servers
    expect(inv.notes.filter((n) => n.startsWith('Not exported as a product flow'))).toHaveLength(1);
  });
});
