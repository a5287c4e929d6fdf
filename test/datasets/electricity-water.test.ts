import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { loadBundledDataset, lookupElectricityImpact, rowsOf } from '../../src/datasets/index.js';
import { thrown } from './helpers.js';

// Source rows, as written in Chini & Peer's ElectricityWaterIntensity.csv (copy in
// github.com/bhanot91/Hydrology-VWN at commit a8104735f6a2ceed16056159c07c690cd7761339),
// columns Country, Year, WCR.med.m3perMWh, WCR.min.m3perMWh, WCR.max.m3perMWh:
//   "USA",2017,2.48754190029285,2.18365902385422,2.8265045816297
//   "France",2017,2.36986994175041,2.10894096076159,2.79753327268222
//   "Nepal",2017,65.7850881152911,65.7850881152911,65.7850881152911
// 1 m3/MWh = 1000 L / 1000 kWh = 1 L/kWh.
const M3_PER_MWH_TO_L_PER_KWH = 1000 / 1000;

describe('electricity-water: values against the source rows', () => {
  it('US 2017: median 2.48754190029285 L/kWh, triangular(2.18365902385422, median, 2.8265045816297), Chini & Peer', () => {
    const v = lookupElectricityImpact({ location: 'US', category: 'water' });
    expect([v.value, v.unit, v.year, v.source.id, v.dataset.name]).toEqual([2.48754190029285 * M3_PER_MWH_TO_L_PER_KWH, 'L/kWh', 2017, 'chini-peer', 'electricity-water']);
    expect(v.uncertainty).toEqual({ dist: 'triangular', min: 2.18365902385422, max: 2.8265045816297, mode: 2.48754190029285 });
    expect(v.source.citation).toMatch(/Chini and R\. A\. M\. Peer/);
    expect(v.source.citation).toMatch(/bhanot91\/Hydrology-VWN, commit a8104735f6a2ceed16056159c07c690cd7761339/);
  });

  it('FR 2017: median 2.36986994175041 L/kWh, range 2.10894096076159 to 2.79753327268222', () => {
    const v = lookupElectricityImpact({ location: 'FR', category: 'water' });
    expect(v.value).toBe(2.36986994175041);
    expect([v.uncertainty?.min, v.uncertainty?.max]).toEqual([2.10894096076159, 2.79753327268222]);
  });

  it('a row whose min, median and max coincide (Nepal, hydropower only) carries no range', () => {
    const v = lookupElectricityImpact({ location: 'NP', category: 'water' });
    expect(v.value).toBe(65.7850881152911);
    expect(v.uncertainty).toBeUndefined();
  });

  it('every row agrees with the med, min and max its note quotes from the source', () => {
    const rows = rowsOf(loadBundledDataset('electricity-water'), 'electricity-impact');
    expect(rows.length).toBe(144); // 147 countries in 2017, less Kosovo, Cote d'Ivoire, Kyrgyzstan
    for (const r of rows) {
      const m = /WCR\.med ([\d.e-]+), min ([\d.e-]+), max ([\d.e-]+) m3\/MWh/.exec(r.note ?? '');
      expect(m, r.location).not.toBeNull();
      if (!m) continue;
      expect([r.category, r.year, r.value], r.location).toEqual(['water', 2017, Number(m[1])]);
      if (m[2] === m[3]) expect(r.min, r.location).toBeUndefined();
      else expect([r.min, r.max, r.dist], r.location).toEqual([Number(m[2]), Number(m[3]), 'triangular']);
    }
  });
});

// The US 2017 figure recomputed by the method of the source's script (getElectricityWF.R),
// from the inputs stored in the same repository, to check that the copy is the method's output:
// IEA-electricity-mix-2017-GWh.csv, row USA (GWh): Biofuels 60674, Coal 1321421, Geothermal 18726,
//   Hydro 325114, Natural gas 1337703, Nuclear 838861, Oil 32412, Other sources 5444,
//   Solar thermal 3587, Waste 17844, Total production 4286429.
// Davies-fractions.csv, row USA (share of generation by cooling: once-through, tower, pond):
//   coal 0.2737, 0.336, 0.0763; other fossil 0.4144, 0.1666, 0.119; NGCC 0.0812, 0.5369, 0.0119;
//   nuclear 0.2667, 0.3052, 0.1281.
// Macknick et al. (2012) median consumption, m3/MWh (the script's constants): coal 1.0, 2.6, 2.1;
//   other fossil 0.9, 3.1, 2.3; gas 0.4, 0.8, 0.9; nuclear 1.0, 2.5, 2.3; geothermal 14; CSP 3.0.
// Mekonnen-hydro-water-rates.csv, row USA: 20.8644286 m3/MWh.
describe('electricity-water: the US figure follows from the source method', () => {
  it('US 2017 median recomputed from the IEA mix, Davies cooling shares, Macknick rates and Mekonnen hydropower: 2.4875 L/kWh', () => {
    const otherFossil = 60674 + 32412 + 5444 + 17844; // biofuels + oil + other + waste ("other fossil/biofuels")
    const m3 =
      1321421 * (0.2737 * 1.0 + 0.336 * 2.6 + 0.0763 * 2.1) +
      otherFossil * (0.4144 * 0.9 + 0.1666 * 3.1 + 0.119 * 2.3) +
      1337703 * (0.0812 * 0.4 + 0.5369 * 0.8 + 0.0119 * 0.9) +
      838861 * (0.2667 * 1.0 + 0.3052 * 2.5 + 0.1281 * 2.3) +
      18726 * 14 +
      3587 * 3.0 +
      325114 * 20.8644286; // × 1000 MWh/GWh on both sides of the division
    const expected = m3 / 4286429;
    expect(lookupElectricityImpact({ location: 'US', category: 'water' }).value).toBeCloseTo(expected, 9);
    // hydropower reservoir evaporation is most of it: 325114 / 4286429 × 20.8644286 = 1.58 L/kWh
    expect((325114 / 4286429) * 20.8644286).toBeCloseTo(1.5825, 3);
  });
});

describe('electricity-water: what is left out', () => {
  it("Kosovo, Cote d'Ivoire and Kyrgyzstan have no row; WORLD comes from electricity-impacts", () => {
    for (const location of ['XK', 'CI', 'KG']) {
      const e = thrown(() => lookupElectricityImpact({ location, category: 'water' }));
      expect(e, location).toBeInstanceOf(InputError);
    }
    const w = lookupElectricityImpact({ location: 'WORLD', category: 'water' });
    expect([w.value, w.dataset.name]).toEqual([15.27, 'electricity-impacts']);
  });

  it('the water rows do not shadow ADPe and PE, which still come from electricity-impacts', () => {
    expect(lookupElectricityImpact({ location: 'FR', category: 'pe' }).dataset.name).toBe('electricity-impacts');
  });
});
