import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { loadUserDataset, lookupPcbFactor } from '../../src/datasets/index.js';
import { thrown, writeDataset } from './helpers.js';

// ACT's PCB rows (act/models/materials/pcb.yaml): 2 layers 0.41, 4 layers 0.43,
// 6 layers 0.71, 8 layers 0.91 kgCO2e/m²; 1 m² = 10⁴ cm².
const PER_M2 = 1e-4;

describe('lookupPcbFactor interpolates between the layer counts a set gives', () => {
  it('lookupPcbFactor gives a listed layer count its row unchanged', () => {
    expect(lookupPcbFactor({ layers: 6, method: 'act-2022' }).value).toBeCloseTo(0.71 * PER_M2, 15);
    expect(lookupPcbFactor({ layers: 6, method: 'act-2022' }).assumption).toBeUndefined();
  });

  it('lookupPcbFactor interpolates linearly: 5 layers halfway between 4 and 6, 3 layers halfway between 2 and 4, 7 between 6 and 8', () => {
    // by hand: 0.43 + (0.71 − 0.43) × 1/2 = 0.57; 0.41 + (0.43 − 0.41) × 1/2 = 0.42; 0.71 + (0.91 − 0.71) × 1/2 = 0.81
    const five = lookupPcbFactor({ layers: 5, method: 'act-2022' });
    expect(five.value).toBeCloseTo(0.57 * PER_M2, 15);
    expect(lookupPcbFactor({ layers: 3, method: 'act-2022' }).value).toBeCloseTo(0.42 * PER_M2, 15);
    expect(lookupPcbFactor({ layers: 7, method: 'act-2022' }).value).toBeCloseTo(0.81 * PER_M2, 15);
    expect(five.key).toBe('5 layers (interpolated)');
    expect(five.unit).toBe('kgCO2e/cm²');
    expect(five.dataset.name).toBe('act-2022');
    expect(five.assumption).toContain('4-layer row (0.43 kgCO2e/m²)');
    expect(five.assumption).toContain('6-layer row (0.71 kgCO2e/m²)');
    expect(five.note).toContain('linear between');
  });

  it('lookupPcbFactor interpolates a range given on both rows, and takes the nearest row only when asked', () => {
    const dir = writeDataset([{ path: 'pcb.csv', schema: 'pcb-factor', valueUnit: 'kgCO2e/cm²', text: 'layers,value,min,max,dist,source,year\n4,0.02,0.01,0.03,uniform,lab,2024\n10,0.08,0.05,0.11,uniform,lab,2025\n' }]);
    const mine = loadUserDataset(dir);
    // 6 layers: t = (6 − 4) / (10 − 4) = 1/3; value 0.02 + 0.06/3 = 0.04; min 0.01 + 0.04/3; max 0.03 + 0.08/3
    const v = lookupPcbFactor({ layers: 6, method: 'my-factors', datasets: [mine] });
    expect(v.value).toBeCloseTo(0.04, 15);
    expect(v.uncertainty?.min).toBeCloseTo(0.01 + 0.04 / 3, 15);
    expect(v.uncertainty?.max).toBeCloseTo(0.03 + 0.08 / 3, 15);
    expect(v.year).toBe(2025);
    expect(thrown(() => lookupPcbFactor({ layers: 12, method: 'my-factors', datasets: [mine] }))).toBeInstanceOf(InputError);
    const near = lookupPcbFactor({ layers: 12, method: 'my-factors', datasets: [mine], nearest: true });
    expect(near.value).toBe(0.08);
    expect(near.assumption).toContain('nearest row, 10 layers');
  });

  it('lookupPcbFactor refuses a layer count outside the set\'s range with that range, never clamping', () => {
    const above = thrown(() => lookupPcbFactor({ layers: 12, method: 'act-2022' })) as unknown as InputError;
    expect(above).toBeInstanceOf(InputError);
    expect(above.expected).toBe('2 to 8 layers (act-2022)');
    expect(above.received).toBe(12);
    const below = thrown(() => lookupPcbFactor({ layers: 1, method: 'act-2022' })) as unknown as InputError;
    expect(below.expected).toBe('2 to 8 layers (act-2022)');
    // the seed's set has a single row (16 layers): nothing to interpolate between
    expect((thrown(() => lookupPcbFactor({ layers: 12 })) as unknown as InputError).expected).toBe('16 layers (clemm-2024)');
  });
});
