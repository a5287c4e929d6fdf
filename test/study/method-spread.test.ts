import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { applyScenario } from '../../src/scenarios/index.js';
import { defineStudy } from '../../src/study/index.js';

const study = (components: unknown[], factors?: { method: string }) => ({
  name: 'factor sets',
  ...(factors ? { factors } : {}),
  servers: [{ name: 'box', lifetime: '4 years', components, power: { active: '300 W', idle: '100 W' } }],
  workload: { utilization: 0.5 },
  cloud: { gridIntensity: 0.4, pue: 1 },
});

describe('catalogue processes compile with every factor set', () => {
  it('{"type":"ic","catalogue":"nvidia-h100-sxm"} compiles with the default set: 8.14 cm² × Intel 7 row 3.0 = 24.42 kgCO2e, recorded as an assumption', () => {
    const s = defineStudy(study([{ type: 'ic', catalogue: 'nvidia-h100-sxm' }]));
    // by hand: GH100 die 8.14 cm² (Hot Chips 34) × 3.0 kgCO2e/cm² (clemm-2024, the set's only logic row)
    expect(assess(s).embodied.totalKgCO2e).toBeCloseTo(8.14 * 3.0, 9);
    const w = s.warnings.find((x) => x.startsWith('servers[0].components[0].factor: assumption: process "TSMC 4N"'));
    expect(w).toContain('"Intel 7" row');
    expect(assess(s).warnings).toContain(w);
  });

  it('the same component with factors.method act-2022 takes ACT\'s 5nm row: 8.14 × 2.778 = 22.61 kgCO2e', () => {
    const s = defineStudy(study([{ type: 'ic', catalogue: 'nvidia-h100-sxm' }], { method: 'act-2022' }));
    // ACT 5 nm, act-2022 ic-factors.csv: 2778 gCO2e/cm² (docs/h100-comparison.md: 22.61 kg per die)
    expect(assess(s).embodied.totalKgCO2e).toBeCloseTo(8.14 * 2.778, 9);
    expect(s.params.find((p) => p.path === 'servers[0].components[0].factor')?.source?.key).toBe('logic:5nm');
    expect(s.warnings.some((x) => x.includes('is not a key of act-2022: its "5nm" row is used'))).toBe(true);
  });

  it('the Xeon 8480 (Intel 7) with act-2022 takes the 10nm row: 19.08 cm² × 1.777057', () => {
    expect(assess(defineStudy(study([{ type: 'ic', catalogue: 'xeon-platinum-8480' }], { method: 'act-2022' }))).embodied.totalKgCO2e).toBeCloseTo(19.08 * 1.777057, 9);
  });
});

describe('PCB factors by layer count and the warning when factor sets disagree', () => {
  it('a 5-layer board with act-2022 is interpolated: 100 cm² × 0.57 kg/m² = 0.0057 kgCO2e', () => {
    const s = defineStudy(study([{ type: 'pcb', name: 'board', area: '100 cm2', layers: 5 }], { method: 'act-2022' }));
    // by hand: (0.43 + 0.71) / 2 = 0.57 kgCO2e/m² = 0.57e-4 kgCO2e/cm²; × 100 cm²
    expect(assess(s).embodied.totalKgCO2e).toBeCloseTo(100 * 0.57e-4, 12);
    expect(s.warnings.some((w) => w.startsWith('servers[0].components[0].factor: assumption: 5 layers: linear between the 4-layer row'))).toBe(true);
  });

  it('an out-of-range layer count is refused with the set\'s range', () => {
    expect(() => defineStudy(study([{ type: 'pcb', name: 'board', area: '100 cm2', layers: 12 }], { method: 'act-2022' }))).toThrow(/2 to 8 layers \(act-2022\)/);
  });

  it('switching method to act-2022 warns that the PCB factor is 659× below the seed\'s (0.91 kg/m² vs 0.06 kg/cm² = 600 kg/m²)', () => {
    const s = defineStudy(study([{ type: 'pcb', name: 'board', area: '100 cm2', layers: 8 }], { method: 'act-2022' }));
    // by hand: 0.06 kgCO2e/cm² × 10⁴ cm²/m² = 600 kgCO2e/m²; 600 / 0.91 = 659.3
    const w = s.warnings.find((x) => x.includes('factor sets disagree'));
    expect(w).toBeDefined();
    expect(w).toContain(`${+(600 / 0.91).toPrecision(3)}×`);
    expect(w).toContain('act-2022 gives 0.000091 kgCO2e/cm² = 0.91 kgCO2e/m²');
    expect(w).toContain('clemm-2024 gives 0.06 kgCO2e/cm² = 600 kgCO2e/m²');
    expect(w).toContain('its nearest row, 16 layers');
  });

  it('a scenario that switches factors.method from the seed\'s set to ACT brings the warning with it', () => {
    const base = study([{ type: 'pcb', name: 'board', area: '100 cm2', layers: 8, method: 'act-2022' }], { method: 'clemm-2024' });
    // the component's own method keeps ACT; the study's clemm-2024 is the reference: 600 / 0.91 = 659×
    expect(defineStudy(base).warnings.filter((w) => w.includes('factor sets disagree'))).toHaveLength(1);
    const seed = study([{ type: 'pcb', name: 'board', area: '100 cm2', layers: 16 }], { method: 'clemm-2024' });
    expect(defineStudy(seed).warnings).toEqual([]);
    const act = applyScenario(seed, { name: 'ACT', set: { 'factors.method': 'act-2022', 'servers[0].components[0].layers': 8 } });
    expect(defineStudy(act).warnings.filter((w) => w.includes('factor sets disagree by 659×'))).toHaveLength(1);
  });

  it('a component method switching away from the study\'s method warns too; sets within 10× and explicit factors do not', () => {
    const mixed = defineStudy(study([{ type: 'pcb', name: 'board', area: '100 cm2', layers: 16 }, { type: 'pcb', name: 'small', area: '10 cm2', layers: 4, method: 'act-2022' }]));
    expect(mixed.warnings.filter((x) => x.includes('factor sets disagree')).map((x) => x.split(':')[0])).toEqual(['servers[0].components[1].factor']);
    // the default set alone: no comparison; ACT's 5 nm (2.778) against the seed's Intel 7 (3.0): 1.08×, no warning
    expect(defineStudy(study([{ type: 'pcb', name: 'board', area: '100 cm2', layers: 16 }])).warnings).toEqual([]);
    expect(defineStudy(study([{ type: 'ic', catalogue: 'nvidia-h100-sxm' }], { method: 'act-2022' })).warnings.some((x) => x.includes('disagree'))).toBe(false);
    expect(defineStudy(study([{ type: 'pcb', name: 'board', area: '100 cm2', layers: 8, factor: '0.91 kgCO2e/m2' }], { method: 'act-2022' })).warnings).toEqual([]);
  });
});
