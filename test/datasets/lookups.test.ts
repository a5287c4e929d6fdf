import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { lookupGridIntensity, lookupIcFactor, lookupParameter, lookupPcbFactor, loadUserDataset } from '../../src/datasets/index.js';
import { thrown, writeDataset } from './helpers.js';

// Expected values from Clemm et al. 2024, section IV.C and Table I (seed 004).
describe('lookups against the seed dataset clemm-2024', () => {
  it('lookupIcFactor gives 3.0 kgCO2e/cm² for the Intel 7 logic die and 1.8 for DRAM and other ICs', () => {
    const logic = lookupIcFactor({ technology: 'logic', process: 'Intel 7' });
    expect([logic.value, logic.unit, logic.year]).toEqual([3.0, 'kgCO2e/cm²', 2024]);
    expect(logic.dataset).toEqual({ name: 'clemm-2024', version: '1.0.0' });
    expect(logic.source.url).toBe('https://doi.org/10.23919/EGG62010.2024.10631247');
    expect(lookupIcFactor({ technology: 'dram' }).value).toBe(1.8);
    expect(lookupIcFactor({ technology: 'other' }).value).toBe(1.8);
  });

  it('lookupIcFactor matches process names ignoring case, spaces and hyphens', () => {
    expect(lookupIcFactor({ technology: 'logic', process: 'intel-7' }).value).toBe(3.0);
  });

  it('lookupIcFactor refuses a process the set lacks, listing the ones it has', () => {
    const e = thrown(() => lookupIcFactor({ technology: 'logic', process: '5 nm' }));
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toMatch(/expected one of Intel 7/);
  });

  it('lookupPcbFactor gives 0.06 kgCO2e/cm² for 16 layers and refuses 0 or 12.5 layers', () => {
    expect(lookupPcbFactor({ layers: 16 }).value).toBe(0.06);
    expect(thrown(() => lookupPcbFactor({ layers: 0 }))).toBeInstanceOf(InputError);
    expect(thrown(() => lookupPcbFactor({ layers: 12.5 }))).toBeInstanceOf(InputError);
  });

  it('lookupGridIntensity gives 0.4 kgCO2e/kWh for Germany 2022 and 0.05 for renewable supply', () => {
    const de = lookupGridIntensity({ location: 'DE', year: 2022, dataset: 'clemm-2024' });
    expect([de.value, de.unit, de.year, de.key]).toEqual([0.4, 'kgCO2e/kWh', 2022, 'DE:2022']);
    expect(lookupGridIntensity({ location: 'renewable', dataset: 'clemm-2024' }).value).toBe(0.05);
  });

  it('lookupGridIntensity refuses a year without data, listing the years, unless nearest is asked for', () => {
    const e = thrown(() => lookupGridIntensity({ location: 'DE', year: 2019, dataset: 'clemm-2024' }));
    expect(e.message).toMatch(/2022 \(clemm-2024\)/);
    expect(lookupGridIntensity({ location: 'DE', year: 2019, nearest: true, dataset: 'clemm-2024' }).year).toBe(2022);
  });

  it('lookupGridIntensity lists close matches for unknown locations and never falls back to a world average', () => {
    expect(thrown(() => lookupGridIntensity({ location: 'Germany' })).fix).toBe('did you mean "DE"?');
    expect(thrown(() => lookupGridIntensity({ location: 'de' })).fix).toBe('did you mean "DE"?');
  });

  it('lookupParameter gives the seed DRAM power of 0.2 W per die', () => {
    expect(lookupParameter('dram-power-per-die')).toMatchObject({ value: 0.2, unit: 'W', year: 2024 });
    expect(thrown(() => lookupParameter('dram-power-per-dye')).fix).toBe('did you mean "dram-power-per-die"?');
  });
});

describe('lookups with user datasets', () => {
  const dir = writeDataset(
    [
      { path: 'ic.csv', schema: 'ic-factor', valueUnit: 'kgCO2e/cm²', text: 'technology,process,value,min,max,source,year\ndram,,2.2,1.5,3.0,lab,2025\n' },
      { path: 'grid.csv', schema: 'grid-intensity', valueUnit: 'gCO2e/kWh', text: 'location,name,value,source,year\nGB,United Kingdom,207,lab,2024\n' },
    ],
    { name: 'lab-factors', version: '2.1.0' },
  );
  const mine = loadUserDataset(dir);

  it('lookupIcFactor searches user datasets first and records their name, version and range', () => {
    const v = lookupIcFactor({ technology: 'dram', datasets: [mine] });
    expect(v.value).toBe(2.2);
    expect(v.dataset).toEqual({ name: 'lab-factors', version: '2.1.0' });
    expect(v.uncertainty).toEqual({ dist: 'uniform', min: 1.5, max: 3.0 });
    // Technologies the user's table lacks still come from the default set.
    expect(lookupIcFactor({ technology: 'other', datasets: [mine] }).dataset.name).toBe('clemm-2024');
    // Naming a method chooses that dataset only.
    expect(lookupIcFactor({ technology: 'dram', method: 'clemm-2024', datasets: [mine] }).value).toBe(1.8);
  });

  it('lookupGridIntensity reads a user grid file and suggests GB for UK', () => {
    // 207 g/kWh = 0.207 kg/kWh
    expect(lookupGridIntensity({ location: 'GB', datasets: [mine] }).value).toBe(0.207);
    expect(thrown(() => lookupGridIntensity({ location: 'UK', datasets: [mine] })).fix).toBe('did you mean "GB"?');
  });

  it('lookups refuse a method or dataset name that exists nowhere, with close matches', () => {
    expect(thrown(() => lookupIcFactor({ technology: 'dram', method: 'clem-2024' })).fix).toBe('did you mean "clemm-2024"?');
  });
});
