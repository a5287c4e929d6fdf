import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { loadBundledDataset, loadUserDataset, lookupElectricityImpact, lookupGridIntensity, rowsOf } from '../../src/datasets/index.js';
import { datasetLookup } from '../../src/study/dataset-lookup.js';
import { thrown, writeDataset } from './helpers.js';

// Expected values read from Boavizta API boaviztapi/data/crowdsourcing/electrical_mix.csv
// (commit 15878f0): row "adpe" (ADEME Base IMPACTS 2011, "Minerals and metal resource use",
// kg éq. Sb) and row "pe" ("Consumption of primary energy", MJ, ADPf / (1-%renewable_energy)),
// columns FRA, DEU, USA, WOR, EEE.
describe('electricity-impacts: values against Boavizta electrical_mix.csv', () => {
  it('adpe in kgSbeq/kWh: FRA 0.0000000485798, DEU 0.0000000878733, USA 0.0000000985548, WOR 0.0000000737708', () => {
    expect(lookupElectricityImpact({ location: 'FR', category: 'adpe' }).value).toBe(4.85798e-8);
    expect(lookupElectricityImpact({ location: 'DE', category: 'adpe' }).value).toBe(8.78733e-8);
    expect(lookupElectricityImpact({ location: 'US', category: 'adpe' }).value).toBe(9.85548e-8);
    expect(lookupElectricityImpact({ location: 'WORLD', category: 'adpe' }).value).toBe(7.37708e-8);
  });

  it('pe in MJ/kWh: FRA 11.289, DEU 16.260, USA 11.358, WOR 9.988, EEE 12.873', () => {
    const fr = lookupElectricityImpact({ location: 'FR', category: 'pe' });
    expect([fr.value, fr.unit, fr.year, fr.key]).toEqual([11.289, 'MJ/kWh', 2011, 'FR:pe:2011']);
    expect(lookupElectricityImpact({ location: 'DE', category: 'pe' }).value).toBe(16.26);
    expect(lookupElectricityImpact({ location: 'US', category: 'pe' }).value).toBe(11.358);
    expect(lookupElectricityImpact({ location: 'WORLD', category: 'pe' }).value).toBe(9.988);
    expect(lookupElectricityImpact({ location: 'EU', category: 'pe' }).value).toBe(12.873);
  });

  it('every pe row agrees with the ADPf and renewable share its note quotes (Boavizta rounds to 3 decimals)', () => {
    const rows = rowsOf(loadBundledDataset('electricity-impacts'), 'electricity-impact').filter((r) => r.category === 'pe');
    let checked = 0;
    for (const r of rows) {
      const m = /ADPf ([\d.]+) MJ \/ \(1 - renewable share ([\d.]+)%\)/.exec(r.note ?? '');
      if (!m) {
        expect(r.note, r.location).toMatch(/renewable share 100\.00%, so Boavizta gives ADPf itself/);
        continue;
      }
      expect(r.value, r.location).toBeCloseTo(Number(m[1]) / (1 - Number(m[2]) / 100), 2);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(120);
  });

  it('every value carries its unit, dataset and cited source', () => {
    const v = lookupElectricityImpact({ location: 'DE', category: 'adpe' });
    expect(v.unit).toBe('kgSbeq/kWh');
    expect(v.dataset).toEqual({ name: 'electricity-impacts', version: '1.0.0' });
    expect(v.source.id).toBe('ademe-boavizta');
    expect(v.source.citation).toMatch(/ADEME, Base IMPACTS/);
    expect(v.source.url).toMatch(/^https:\/\/github\.com\/Boavizta\/boaviztapi\//);
  });

  it('covers every country of the grid-intensity dataset, WORLD and EU, in adpe and pe', () => {
    const grid = rowsOf(loadBundledDataset('grid-intensity'), 'grid-intensity').map((r) => r.location).filter((l) => /^(?:[A-Z]{2}|WORLD|EU)$/.test(l));
    expect(grid.length).toBeGreaterThan(100);
    for (const location of new Set(grid)) {
      expect(lookupElectricityImpact({ location, category: 'adpe' }).value, location).toBeGreaterThan(0);
      expect(lookupElectricityImpact({ location, category: 'pe' }).value, location).toBeGreaterThan(0);
      // the grid intensity of the same code exists too: the two datasets agree on codes
      expect(lookupGridIntensity({ location }).unit).toBe('kgCO2e/kWh');
    }
  });
});

describe('electricity-impacts: refusals', () => {
  it('an unknown location is refused with a did-you-mean (UK → GB, Germany → DE)', () => {
    const uk = thrown(() => lookupElectricityImpact({ location: 'UK', category: 'adpe' }));
    expect(uk).toBeInstanceOf(InputError);
    expect(uk.path).toBe('location');
    expect(uk.fix).toBe('did you mean "GB"?');
    expect(thrown(() => lookupElectricityImpact({ location: 'Germany', category: 'pe' })).fix).toBe('did you mean "DE"?');
  });

  it('electricity-impacts gives water for WORLD only (Mekonnen et al. 2015, abstract: 4241 m3/TJe = 15.27 L/kWh); a country without a row in electricity-water is refused, never given the world figure', () => {
    const w = lookupElectricityImpact({ location: 'WORLD', category: 'water' });
    expect([w.value, w.unit, w.year, w.source.id]).toEqual([15.27, 'L/kWh', 2012, 'mekonnen2015']);
    expect(w.value).toBeCloseTo((4241 * 1000) / (1e12 / 3.6e6), 2);
    expect(thrown(() => lookupElectricityImpact({ location: 'FR', category: 'water', dataset: 'electricity-impacts' })).message).toMatch(/has no water row/);
    // Kyrgyzstan: left out of electricity-water (see test/datasets/electricity-water.test.ts)
    const e = thrown(() => lookupElectricityImpact({ location: 'KG', category: 'water' }));
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toMatch(/has no water row \(only adpe, pe\)/);
    expect(e.fix).toMatch(/'WORLD'/);
  });

  it('a location with adpe but no pe (Hong Kong) is refused for pe, naming what it has', () => {
    expect(lookupElectricityImpact({ location: 'HK', category: 'adpe' }).value).toBe(8.16213e-8); // column HKG
    expect(thrown(() => lookupElectricityImpact({ location: 'HK', category: 'pe' })).message).toMatch(/has no pe row \(only water, adpe\)/);
  });

  it('an unknown category is refused, pointing climate change to the grid intensity', () => {
    const e = thrown(() => lookupElectricityImpact({ location: 'FR', category: 'gwp' as 'pe' }));
    expect(e.path).toBe('category');
    expect(e.fix).toMatch(/lookupGridIntensity/);
  });

  it('a year without data is refused listing the years; nearest takes 2011', () => {
    expect(thrown(() => lookupElectricityImpact({ location: 'FR', category: 'pe', year: 2020 })).message).toMatch(/2011/);
    expect(lookupElectricityImpact({ location: 'FR', category: 'pe', year: 2020, nearest: true }).year).toBe(2011);
  });
});

describe('electricity-impacts: user data and the study lookup', () => {
  it('a user dataset with water rows is searched first; a wrong unit for the category is refused at load', () => {
    const text = 'location,category,unit,value,source,year\nFR,water,L/kWh,1.2,lab,2022\n';
    const ds = loadUserDataset(writeDataset([{ path: 'w.csv', text, schema: 'electricity-impact', valueUnit: 'see column unit' }]));
    expect(lookupElectricityImpact({ location: 'FR', category: 'water', datasets: [ds] })).toMatchObject({ value: 1.2, unit: 'L/kWh', year: 2022 });
    const bad = 'location,category,unit,value,source,year\nFR,water,MJ/kWh,1.2,lab,2022\n';
    expect(() => loadUserDataset(writeDataset([{ path: 'w.csv', text: bad, schema: 'electricity-impact', valueUnit: 'see column unit' }]))).toThrow(/does not fit category water/);
  });

  it('datasetLookup().electricityImpact reports errors at the study path and returns a SourcedFactor', () => {
    const f = datasetLookup().electricityImpact({ location: 'FR', category: 'adpe' }, 'cloud.location');
    expect(f).toMatchObject({ value: 4.85798e-8, unit: 'kgSbeq/kWh', source: { dataset: { name: 'electricity-impacts', version: '1.0.0' }, key: 'FR:adpe:2011', year: 2011 } });
    const e = thrown(() => datasetLookup().electricityImpact({ location: 'FX', category: 'pe' }, 'cloud.location'));
    expect(e.path).toBe('cloud.location');
    const y = thrown(() => datasetLookup().electricityImpact({ location: 'FR', category: 'pe', year: 2020 }, 'cloud.location'));
    expect(y.path).toBe('cloud.year');
  });
});
