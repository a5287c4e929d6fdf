import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { compileStudy, defineStudy } from '../../src/study/index.js';
import { valuesOf } from './helpers.js';


describe('water: on-site WUE × IT energy + water intensity of electricity × facility energy', () => {
  // Li, Yang, Islam & Ren (2023), "Making AI Less 'Thirsty'", table 1, U.S. average:
  // GPT-3 training 1,287 MWh, PUE 1.17, on-site WUE 0.55 L/kWh, off-site EWIF 3.142 L/kWh;
  // the paper's 0.708 million litres on site and 4.731 million off site (5.439 million in all).
  const study = {
    name: 'GPT-3 training, water', functionalUnit: 'training-run', categories: ['water'],
    cloud: { gridIntensity: '0.429 kg/kWh', pue: 1.17, wue: '0.55 L/kWh', impacts: { water: { gridIntensity: '3.142 L/kWh' } } },
    model: { jobs: [{ id: 'train', energy: '1287 MWh' }] },
  };
  it('reproduces the published on-site, off-site and total water of training GPT-3', () => {
    const v = valuesOf(study);
    const onSite = 1_287_000 * 0.55; // 707,850 L
    const offSite = 1_287_000 * 1.17 * 3.142; // 4,731,192.18 L
    expect(onSite / 1e6).toBeCloseTo(0.708, 3);
    expect(offSite / 1e6).toBeCloseTo(4.731, 3);
    expect(v.get('water.functionalUnit')).toBeCloseTo(onSite + offSite, 6);
    // the cloud element carries the data centre: overhead energy's off-site water and all on-site water
    expect(v.get('water.element.cloud.annualized')).toBeCloseTo(1_287_000 * 0.17 * 3.142 + onSite, 6);
    expect(v.get('water.element.model.annualized')).toBeCloseTo(1_287_000 * 3.142, 6);
  });
  it('leaves the climate figures as a climate-only study computes them, bit for bit', () => {
    const withWater = valuesOf(study);
    const climateOnly = valuesOf({ ...study, categories: undefined, cloud: { gridIntensity: '0.429 kg/kWh', pue: 1.17 } });
    for (const [k, x] of climateOnly) expect(withWater.get(k)).toBe(x);
    expect([...withWater.keys()].filter((k) => !k.startsWith('water.'))).toEqual([...climateOnly.keys()]);
  });
});

describe('Boavizta server manufacture: GWP, ADPe and PE of the Dell R740 of the BoaviztAPI tests', () => {
  // BoaviztAPI tests/api/test_server.py, test_dell_r740_server: 2 CPUs of 24 cores × 24.5 mm² per core,
  // 12 × 32 GB RAM at 1.79 GB/cm², one 400 GB SSD at 50.6 GB/cm², 2 power supplies of 2.99 kg, a rack
  // case; published embedded impacts gwp 967.9 kgCO2e, adp 0.1492 kgSbeq, pe 12870 MJ (4 significant digits).
  // Factors of boaviztapi/data/factors.yml (UBA 2021): per component [gwp kgCO2e, adp kgSbeq, pe MJ].
  const F = {
    cpuDie: [1.97, 5.87e-7, 26.5], // per cm² (factors.yml gives 0.0197, 5.87e-9, 0.265 per mm²)
    cpuBase: [9.14, 2.04e-2, 156],
    ramDie: [2.2, 6.3e-5, 27.3], // per cm²
    ramBase: [5.22, 1.69e-3, 74],
    ssdDie: [2.2, 6.3e-5, 27.3],
    ssdBase: [6.34, 5.63e-4, 73.98],
    psuPerKg: [24.3, 8.3e-3, 352],
    motherboard: [66.1, 3.69e-3, 836],
    rack: [150, 2.02e-2, 2200],
    assembly: [6.68, 1.41e-6, 68.6],
  };
  const cpuArea = (24 * 24.5) / 100; // 5.88 cm²
  const ramArea = 32 / 1.79;
  const ssdArea = 400 / 50.6;
  const units = ['kgCO2e', 'kgSbeq', 'MJ'];
  const q = (x: number, k: number, per = '') => `${x} ${units[k]}${per}`;
  const impacts = (f: readonly number[], field: string, per = '') => ({ adpe: { [field]: q(f[1], 1, per) }, pe: { [field]: q(f[2], 2, per) } });
  const ic = (name: string, technology: string, area: number, count: number, die: readonly number[], base: readonly number[]) => ({
    type: 'ic', name, technology, dieArea: `${area} cm2`, count, factor: q(die[0], 0, '/cm2'), packaging: q(base[0], 0),
    impacts: { adpe: { factor: q(die[1], 1, '/cm2'), packaging: q(base[1], 1) }, pe: { factor: q(die[2], 2, '/cm2'), packaging: q(base[2], 2) } },
  });
  const part = (name: string, f: readonly number[]) => ({ type: 'part', name, perUnit: q(f[0], 0), impacts: impacts(f, 'perUnit') });
  const study = {
    name: 'Dell R740 (BoaviztAPI test)', categories: ['adpe', 'pe'],
    servers: [{ name: 'R740', lifetime: '4 years', power: { active: '300 W', idle: '100 W' }, components: [
      ic('CPU', 'logic', cpuArea, 2, F.cpuDie, F.cpuBase),
      ic('RAM', 'dram', ramArea, 12, F.ramDie, F.ramBase),
      ic('SSD', 'nand', ssdArea, 1, F.ssdDie, F.ssdBase),
      { type: 'part', name: 'power supply', count: 2, mass: '2.99 kg', massFactor: q(F.psuPerKg[0], 0, '/kg'), impacts: impacts(F.psuPerKg, 'massFactor', '/kg') },
      part('motherboard', F.motherboard), part('rack case', F.rack), part('assembly', F.assembly),
    ] }],
    workload: { utilization: 0.5 },
    cloud: { gridIntensity: '0.4 kg/kWh', pue: 1.5, impacts: { adpe: { gridIntensity: '6.5e-8 kgSbeq/kWh' }, pe: { gridIntensity: '11.3 MJ/kWh' } } },
  };
  // by hand, per category k: Σ count × (area × die + base) + 2 × 2.99 kg × PSU + motherboard + rack + assembly
  const byHand = (k: number) => ({
    cpu: 2 * (cpuArea * F.cpuDie[k] + F.cpuBase[k]),
    ram: 12 * (ramArea * F.ramDie[k] + F.ramBase[k]),
    ssd: ssdArea * F.ssdDie[k] + F.ssdBase[k],
    psu: 2 * 2.99 * F.psuPerKg[k],
    rest: F.motherboard[k] + F.rack[k] + F.assembly[k],
  });
  const total = (k: number) => Object.values(byHand(k)).reduce((a, b) => a + b, 0);

  it('computes each component and the total in every category from the published inputs', () => {
    const v = valuesOf(study);
    const prefix = ['', 'adpe.', 'pe.'];
    for (const k of [0, 1, 2]) {
      const h = byHand(k);
      expect(v.get(`${prefix[k]}embodied:server1:0`)).toBeCloseTo(h.cpu, 9);
      expect(v.get(`${prefix[k]}embodied:server1:1`)).toBeCloseTo(h.ram, 9);
      expect(v.get(`${prefix[k]}embodied:server1:2`)).toBeCloseTo(h.ssd, 9);
      expect(v.get(`${prefix[k]}embodied:server1:3`)).toBeCloseTo(h.psu, 9);
      expect(v.get(`${prefix[k]}embodied.total`)! / total(k) - 1).toBeLessThan(1e-12);
    }
  });
  it('matches the BoaviztAPI result to its 4 significant digits', () => {
    const v = valuesOf(study);
    expect(Number(v.get('embodied.total')!.toPrecision(4))).toBe(967.9);
    expect(Number(v.get('adpe.embodied.total')!.toPrecision(4))).toBe(0.1492);
    expect(Number(v.get('pe.embodied.total')!.toPrecision(4))).toBe(12870);
  });
  it('reports the units of each category and the assessment figures per category', () => {
    const r = assess(defineStudy(study));
    const byCat = new Map(r.impacts!.map((c) => [c.category, c]));
    expect([...byCat.keys()]).toEqual(['climate', 'adpe', 'pe']);
    const embodied = (c: string) => byCat.get(c as never)!.figures.find((f) => f.key === 'embodied.total')!;
    expect(embodied('adpe').unit).toBe('kgSbeq');
    expect(embodied('pe').unit).toBe('MJ');
    expect(embodied('pe').value! / total(2) - 1).toBeLessThan(1e-12);
    // operational: 8,760 h × (0.5 × 300 + 0.5 × 100) W = 1,752 kWh IT, × PUE 1.5 × 11.3 MJ/kWh
    const op = byCat.get('pe')!.figures.find((f) => f.key === 'operational.annual')!;
    expect(op.value).toBeCloseTo(1752 * 1.5 * 11.3, 6);
  });
});

describe('a figure whose factors a category lacks is not covered, never 0', () => {
  const study = {
    name: 'partly covered', categories: ['water', 'adpe'],
    servers: [{ name: 'box', lifetime: '4 years', power: { active: '100 W', idle: '100 W' }, components: [
      { type: 'ic', name: 'CPU', technology: 'logic', dieArea: '1 cm2', factor: '2 kgCO2e/cm2', impacts: { adpe: { factor: '1e-6 kgSbeq/cm2' } } },
      { type: 'part', name: 'chassis', perUnit: '100 kgCO2e' },
    ] }],
    workload: { utilization: 1 },
    cloud: { gridIntensity: '0.5 kg/kWh', pue: 1, impacts: { water: { gridIntensity: '2 L/kWh' } } },
  };
  it('drops the embodied and total figures of water and the operational figures of adpe, naming the missing factors', () => {
    const model = compileStudy(defineStudy(study));
    const keys = new Set(model.outputs.map((o) => o.key));
    // water: the electricity has a factor, the parts have none
    expect(keys.has('water.operational.annual')).toBe(true);
    expect(keys.has('water.embodied.total')).toBe(false);
    expect(keys.has('water.annualized.total')).toBe(false);
    // adpe: the CPU has a factor, the chassis and the grid do not
    expect(keys.has('adpe.embodied:server1:0')).toBe(true);
    expect(keys.has('adpe.embodied.total')).toBe(false);
    expect(keys.has('adpe.operational.annual')).toBe(false);
    const water = model.categories.find((c) => c.category === 'water')!;
    expect(water.missingFactors.map((m) => m.path)).toEqual(['servers[0].components[0].factor', 'servers[0].components[1].perUnit']);
    const adpe = model.categories.find((c) => c.category === 'adpe')!;
    expect(adpe.missingFactors.map((m) => m.path)).toEqual(['servers[0].components[1].perUnit', 'cloud.gridIntensity']);
    expect(adpe.notCovered.find((n) => n.key === 'embodied.total')?.missing).toEqual(['servers[0].components[1].perUnit']);
  });
  it('says so in the assessment instead of a number', () => {
    const r = assess(defineStudy(study));
    const adpe = r.impacts!.find((c) => c.category === 'adpe')!;
    const total = adpe.figures.find((f) => f.key === 'annualized.total')!;
    expect(total.value).toBeUndefined();
    expect(total.notCovered).toMatch(/not covered: no adpe factor for .*components\[1\]\.perUnit/);
  });
  it('names a dataset that gives climate only', () => {
    const model = compileStudy(defineStudy({ ...study, servers: [{ ...study.servers[0], components: [{ type: 'ic', name: 'CPU', technology: 'logic', process: 'Intel 7', dieArea: '1 cm2' }] }] }));
    const adpe = model.categories.find((c) => c.category === 'adpe')!;
    expect(adpe.missingFactors[0].path).toBe('servers[0].components[0].factor');
    expect(adpe.missingFactors[0].dataset).toMatch(/\d+\.\d+\.\d+$/);
  });
});

describe('category factors are checked at the edge', () => {
  const base = {
    name: 'x', categories: ['adpe'],
    servers: [{ name: 'box', lifetime: '4 years', power: { active: '100 W', idle: '100 W' }, components: [{ type: 'ic', name: 'CPU', technology: 'logic', dieArea: '1 cm2', factor: '2 kgCO2e/cm2' }] }],
    workload: { utilization: 1 },
    cloud: { gridIntensity: '0.5 kg/kWh', pue: 1 },
  };
  const withImpacts = (impacts: unknown) => ({ ...base, servers: [{ ...base.servers[0], components: [{ ...base.servers[0].components[0], impacts }] }] });
  const errorOf = (raw: unknown): { path?: string; message: string } => {
    try {
      defineStudy(raw);
    } catch (e) {
      return e as { path?: string; message: string };
    }
    throw new Error('accepted');
  };
  it('refuses a climate unit in an adpe block and an Sb eq unit in a climate field', () => {
    expect(errorOf(withImpacts({ adpe: { factor: '2 kgCO2e/cm2' } })).message).toMatch(/servers\[0\]\.components\[0\]\.impacts\.adpe\.factor.*emissions unit/);
    expect(errorOf({ ...base, servers: [{ ...base.servers[0], components: [{ ...base.servers[0].components[0], factor: '2 kgSbeq/cm2' }] }] }).message).toMatch(/antimony-equivalent/);
  });
  it('refuses a water amount per kg where litres per cm² are due', () => {
    expect(errorOf(withImpacts({ water: { factor: '2 L/kg' } })).message).toMatch(/impacts\.water\.factor.*wrong dimension/);
  });
  it('refuses an impacts.climate block, an unknown category, a field the object has no climate factor for', () => {
    expect(errorOf(withImpacts({ climate: { factor: 1 } })).message).toMatch(/impacts\.climate/);
    expect(errorOf(withImpacts({ co2: { factor: 1 } })).message).toMatch(/impacts/);
    expect(errorOf(withImpacts({ adpe: { perUnit: '1 kgSbeq' } })).message).toMatch(/impacts\.adpe/);
    expect(errorOf({ ...base, categories: ['water', 'water'] }).message).toMatch(/categories\[1\].*twice/);
    expect(errorOf({ ...base, categories: ['h2o'] }).message).toMatch(/categories\[0\]/);
  });
  it('refuses a WUE for a data centre an entry shares with the cloud block', () => {
    const job = { name: 'j', categories: ['water'], cloud: { gridIntensity: 0.4, pue: 1.2 }, model: { jobs: [{ id: 't', energy: '1 kWh', wue: '1 L/kWh' }] } };
    expect(errorOf(job).message).toMatch(/model\.jobs\[0\]\.wue.*own pue/);
    expect(() => defineStudy({ ...job, model: { jobs: [{ id: 't', energy: '1 kWh', pue: 1.1, wue: '1 L/kWh' }] } })).not.toThrow();
  });
  it('warns when impacts name a category the study leaves out', () => {
    const s = defineStudy({ ...withImpacts({ pe: { factor: '20 MJ/cm2' } }), categories: undefined });
    expect(s.warnings.join('\n')).toMatch(/impacts\.pe.*add "pe" to categories/);
  });
});

describe('the category compilation is the climate formula with the category factors in place', () => {
  it('holds for any factors (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 100, noNaN: true }), fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 10, noNaN: true }), fc.double({ min: 0, max: 5, noNaN: true }),
        fc.integer({ min: 1, max: 8 }), fc.double({ min: 1, max: 2, noNaN: true }),
        (die, base, grid, wue, count, pue) => {
          const server = (factor: string, packaging: string, impacts?: unknown) => ({ name: 'box', count, lifetime: '4 years', power: { active: '200 W', idle: '50 W' },
            components: [{ type: 'ic', name: 'CPU', technology: 'logic', dieArea: '3 cm2', factor, packaging, ...(impacts ? { impacts } : {}) }] });
          const water = valuesOf({ name: 'p', categories: ['water'], workload: { utilization: 0.4 },
            servers: [server('1 kgCO2e/cm2', '1 kgCO2e', { water: { factor: `${die} L/cm2`, packaging: `${base} L` } })],
            cloud: { gridIntensity: 0.4, pue, wue: `${wue} L/kWh`, impacts: { water: { gridIntensity: `${grid} L/kWh` } } } });
          // the same study in climate, with the water factors written as climate factors; on-site water
          // is IT energy × WUE, which the climate formula has no term for, so it is added by hand
          const asClimate = valuesOf({ name: 'p', workload: { utilization: 0.4 }, servers: [server(`${die} kgCO2e/cm2`, `${base} kgCO2e`)], cloud: { gridIntensity: grid, pue } });
          const it = asClimate.get('operational.annualItEnergy')!;
          const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
          return close(water.get('water.embodied.total')!, asClimate.get('embodied.total')!)
            && close(water.get('water.annualized.total')!, asClimate.get('annualized.total')! + it * wue);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('a location brings its electricity factors in every category, from the bundled datasets', () => {
  // Boavizta's electrical_mix.csv, column FRA: adpe 4.85798e-8 kgSbeq/kWh (ADEME Base IMPACTS 2011),
  // pe 11.289 MJ/kWh; PUE: the industry default 1.56 (Uptime 2024).
  const s = { name: 'FR', functionalUnit: 'training-run', categories: 'all', cloud: { location: 'FR' }, model: { jobs: [{ id: 't', energy: '100 kWh' }] } };
  it('computes ADPe and PE of the French grid, reported as dataset values', () => {
    const v = valuesOf(s);
    expect(v.get('adpe.functionalUnit')).toBeCloseTo(100 * 1.56 * 4.85798e-8, 18);
    expect(v.get('pe.functionalUnit')).toBeCloseTo(100 * 1.56 * 11.289, 9);
    const study = defineStudy(s);
    expect(study.params.find((p) => p.path === 'cloud.impacts.pe.gridIntensity')?.status).toBe('dataset');
  });
  // Chini & Peer, ElectricityWaterIntensity.csv (WCR, m3/MWh = L/kWh), year 2017:
  //   "France",2017,2.36986994175041,2.10894096076159,2.79753327268222
  //   "USA",2017,2.48754190029285,2.18365902385422,2.8265045816297
  it("takes the country's water intensity of electricity (Chini & Peer 2017, median, triangular over min-max) as a dataset value, and the industry WUE as a default", () => {
    const study = defineStudy(s);
    const grid = study.params.find((p) => p.path === 'cloud.impacts.water.gridIntensity')!;
    expect([grid.value, grid.status, grid.source?.dataset?.name]).toEqual([2.36986994175041, 'dataset', 'electricity-water']);
    expect(grid.distribution).toMatchObject({ min: 2.10894096076159, mode: 2.36986994175041, max: 2.79753327268222 });
    expect(study.warnings.some((w) => w.includes('cloud.impacts.water.gridIntensity'))).toBe(false);
    const wue = study.params.find((p) => p.path === 'cloud.wue')!;
    expect([wue.value, wue.status]).toEqual([1.8, 'default']);
    // 100 kWh of IT energy at the default PUE 1.56: on site 1.8 L/kWh of facility energy, off site 2.36987 L/kWh
    expect(valuesOf(s).get('water.functionalUnit')).toBeCloseTo(100 * 1.56 * 1.8 + 100 * 1.56 * 2.36986994175041, 9);
    const model = compileStudy(study);
    expect(model.categories.find((c) => c.category === 'water')!.missingFactors).toEqual([]);
    // the United States: 100 × 1.56 × (1.8 + 2.48754190029285)
    const us = { ...s, name: 'US', cloud: { location: 'US' } };
    expect(valuesOf(us).get('water.functionalUnit')).toBeCloseTo(100 * 1.56 * (1.8 + 2.48754190029285), 9);
  });
  it('takes the world water intensity of electricity for a country without a row (Kyrgyzstan), reported as a default with a warning', () => {
    const kg = { ...s, name: 'KG', cloud: { location: 'KG' } };
    const study = defineStudy(kg);
    const grid = study.params.find((p) => p.path === 'cloud.impacts.water.gridIntensity')!;
    // Mekonnen et al. (2015): 4,241 m³/TJ of electricity = 4,241,000 L ÷ 277,778 kWh = 15.27 L/kWh (the WORLD row)
    expect([grid.value, grid.status, grid.distribution]).toEqual([15.27, 'default', undefined]);
    expect(study.warnings.some((w) => w.includes('cloud.impacts.water.gridIntensity') && w.includes('KG') && w.includes('world average'))).toBe(true);
    expect(valuesOf(kg).get('water.functionalUnit')).toBeCloseTo(100 * 1.56 * 1.8 + 100 * 1.56 * 15.27, 9);
  });
  it('applies the industry default WUE, given per kWh of facility energy, to IT energy × PUE', () => {
    // Shehabi et al. (2016, LBNL): US data centres consumed 1.8 L of water on site per kWh of their whole
    // (facility) electricity. WUE (The Green Grid, WP #35) is per kWh of IT energy, so on a 100 kWh IT job
    // at PUE 1.5 the on-site water is 1.8 × (100 × 1.5) = 270 L, not 1.8 × 100 = 180 L; the off-site water
    // at 2 L/kWh is 2 × 150 = 300 L.
    const v = valuesOf({ ...s, categories: ['water'], cloud: { gridIntensity: '0.4 kg/kWh', pue: 1.5, impacts: { water: { gridIntensity: '2 L/kWh' } } } });
    expect(v.get('water.functionalUnit')).toBeCloseTo(1.8 * 100 * 1.5 + 2 * 100 * 1.5, 9);
    const warned = defineStudy({ ...s, categories: ['water'], cloud: { gridIntensity: '0.4 kg/kWh', pue: 1.5, impacts: { water: { gridIntensity: '2 L/kWh' } } } }).warnings;
    expect(warned.some((w) => w.startsWith('cloud.wue:') && w.includes('IT energy × PUE'))).toBe(true);
    // a WUE the study gives (per kWh of IT energy, as providers report it) is not scaled
    const given = valuesOf({ ...s, categories: ['water'], cloud: { gridIntensity: '0.4 kg/kWh', pue: 1.5, wue: '1.8 L/kWh', impacts: { water: { gridIntensity: '2 L/kWh' } } } });
    expect(given.get('water.functionalUnit')).toBeCloseTo(1.8 * 100 + 2 * 100 * 1.5, 9);
  });
  it('takes a provider\'s WUE for an entry in its region', () => {
    const study = defineStudy({ ...s, model: { jobs: [{ id: 't', energy: '1 kWh', location: 'aws:us-east-1' }] } });
    const wue = study.params.find((p) => p.path === 'model.jobs[0].wue')!;
    expect(wue.status).toBe('dataset');
    expect(wue.source?.dataset?.name).toBe('wue');
  });
});
