import { describe, expect, it } from 'vitest';
import { loadBundledDataset, lookupIcFactor, lookupParameter, lookupPartFactor, lookupPue, lookupStorageFactor, rowsOf } from '../../src/datasets/index.js';
import { thrown } from './helpers.js';

describe('boavizta-uba factors (Boavizta API factors.yml, UBA Green Cloud Computing 2021)', () => {
  it('lookupIcFactor gives 1.97 kgCO2e/cm² for a CPU die (0.0197 per mm² × 100) and 2.20 for memory dies', () => {
    expect(lookupIcFactor({ technology: 'logic', method: 'boavizta-uba' }).value).toBe(1.97);
    expect(lookupIcFactor({ technology: 'dram', method: 'boavizta-uba' }).value).toBe(2.2);
    expect(lookupIcFactor({ technology: 'nand', method: 'boavizta-uba' }).value).toBe(2.2);
  });

  it('lookupPartFactor returns per-part and per-kg factors with their units', () => {
    expect(lookupPartFactor('cpu-base')).toMatchObject({ value: 9.14, unit: 'kgCO2e' });
    expect(lookupPartFactor('power-supply')).toMatchObject({ value: 24.3, unit: 'kgCO2e/kg' });
    expect(lookupPartFactor('rack-case').value).toBe(150);
    expect(thrown(() => lookupPartFactor('psu')).fix).toBe('did you mean "power-supply"?');
  });

  it('lookupParameter gives the PSU mass 2.99 kg with its 1–5 kg range', () => {
    expect(lookupParameter('psu-mass')).toMatchObject({ value: 2.99, unit: 'kg', uncertainty: { dist: 'uniform', min: 1, max: 5 } });
  });

  it('the Boavizta formula for one 32 GB module at 1.24 GB/cm² gives about 1.94 kgCO2e/GB', () => {
    // 32 / 1.24 = 25.806 cm² × 2.20 = 56.774 kg + 5.22 kg = 61.994 kg → 1.9373 kg/GB
    const die = lookupIcFactor({ technology: 'dram', method: 'boavizta-uba' }).value;
    const density = lookupParameter('ram-density').value;
    const base = lookupPartFactor('ram-module-base').value;
    expect(((32 / density) * die + base) / 32).toBeCloseTo(1.9373, 4);
  });
});

describe('memory-storage-per-gb: spread across tools as the default uncertainty', () => {
  const rows = rowsOf(loadBundledDataset('memory-storage-per-gb'), 'storage-factor');

  for (const tech of ['dram', 'ssd'] as const) {
    it(`the generic ${tech} row is the median of the per-source rows with their min and max as a triangular range`, () => {
      const sources = rows.filter((r) => r.technology === tech && r.process !== undefined).map((r) => r.value).sort((a, b) => a - b);
      const mid = sources.length % 2 === 1 ? sources[(sources.length - 1) / 2] : (sources[sources.length / 2 - 1] + sources[sources.length / 2]) / 2;
      const v = lookupStorageFactor({ technology: tech });
      expect(v.value).toBeCloseTo(mid, 6);
      expect(v.uncertainty?.dist).toBe('triangular');
      expect(v.uncertainty?.min).toBeCloseTo(sources[0], 6);
      expect(v.uncertainty?.max).toBeCloseTo(sources[sources.length - 1], 6);
      expect(v.uncertainty?.mode).toBe(v.value);
    });
  }

  it('the DRAM spread spans more than 25× (ACT DDR4 0.074 to Boavizta 1.94 kgCO2e/GB)', () => {
    const u = lookupStorageFactor({ technology: 'dram' }).uncertainty!;
    // 1.93732 / 0.0742857 = 26.08
    expect(u.max / u.min).toBeGreaterThan(25);
  });

  it('lookupStorageFactor by source: LLMCarbon DRAM 0.4 kgCO2e/GB', () => {
    expect(lookupStorageFactor({ technology: 'dram', process: 'llmcarbon' }).value).toBe(0.4);
  });
});

describe('pue', () => {
  it('lookupPue gives the latest Uptime industry average (1.56 in 2024) and earlier years exactly', () => {
    expect(lookupPue('industry')).toMatchObject({ value: 1.56, year: 2024, unit: '1' });
    expect(lookupPue('industry', { year: 2022 }).value).toBe(1.55);
    expect(thrown(() => lookupPue('industry', { year: 2019 })).message).toMatch(/2021, 2022, 2023, 2024/);
    expect(lookupPue('azure').value).toBe(1.185);
    // Cloud Carbon Footprint's methodology: GCP 1.1, under the key gcp (not google).
    expect(lookupPue('gcp').value).toBe(1.1);
    expect(thrown(() => lookupPue('google')).path).toBe('pue key');
  });
});
