import { describe, expect, it } from 'vitest';
import { assess, loadStudyFile } from '../../src/index.js';

// The golden file of examples/finetune-codecarbon.json (written by scripts/update-golden.ts)
// checked by hand: the run's figures come from examples/measurements/codecarbon-emissions.csv,
// row 2; the factors from the bundled datasets' rows named below.
describe('examples/finetune-codecarbon.json (ailca import codecarbon, lightly edited)', () => {
  const a = assess(loadStudyFile('examples/finetune-codecarbon.json').study);

  it('operational: 9.4 kWh × FR 0.098 kgCO2e/kWh (grid-intensity countries.csv, FR 2019) × industry PUE 1.56 (pue.csv, 2024)', () => {
    expect(a.annualized.operationalKgCO2e).toBeCloseTo(9.4 * 0.098 * 1.56, 12); // 1.437072
  });

  it('embodied: 8 H100 × 164 kgCO2e (catalogue) × 2 h ÷ (4 years × 8,760 h × 0.85 utilisation)', () => {
    expect(a.annualized.embodiedKgCO2e).toBeCloseTo((8 * 164 * 2) / (4 * 8760 * 0.85), 12); // 0.0881009938…
  });
});
