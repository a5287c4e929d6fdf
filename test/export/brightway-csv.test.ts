import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brightwayUncertainty, exportBrightwayCsv } from '../../src/export/index.js';
import { defineStudy } from '../../src/study/index.js';
import { cli } from '../cli/helpers.js';

/** RFC 4180 rows, as Python's csv.reader (bw2io's CSVExtractor) reads them. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; } else cell += c;
  }
  return rows;
}

const empty = (r: string[]) => r.every((c) => c === '');

/**
 * The sections bw2io's ExcelImporter/CSVImporter reads (bw2io/importers/excel.py):
 * the `Database` row and its metadata up to a blank line; each `Activity` row,
 * its fields up to `Exchanges`, then a labelled table up to a blank line or the end.
 */
function readBrightway(rows: string[][]) {
  const db = rows.findIndex((r) => r[0].toLowerCase() === 'database');
  expect(rows.filter((r) => r[0].toLowerCase() === 'database')).toHaveLength(1);
  const act = rows.findIndex((r) => r[0].trim().toLowerCase() === 'activity' && r.length > 1);
  const exc = rows.findIndex((r) => r[0].trim().toLowerCase() === 'exchanges');
  const fields = Object.fromEntries(rows.slice(act + 1, exc).filter((r) => !empty(r)).map((r) => [r[0], r[1]]));
  const columns = rows[exc + 1];
  expect(columns.every((c) => c !== '')).toBe(true);
  const exchanges = rows.slice(exc + 2).filter((r) => !empty(r)).map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i]]).filter(([, v]) => v !== '')));
  return { database: rows[db][1], activity: rows[act][1], fields, exchanges };
}

function smallStudy(dieArea: unknown) {
  return defineStudy({
    name: 'two boxes',
    servers: [{
      name: 'box', count: 2, lifetime: '4 years',
      components: [
        { type: 'ic', name: 'CPU', technology: 'logic', dieArea, count: 3, factor: '1 kgCO2e/cm2' },
        { type: 'memory', name: 'DRAM', technology: 'dram', capacity: '64 GB', factor: '0.3 kgCO2e/GB' },
        { type: 'part', name: 'PSU', mass: '2 kg', massFactor: '5 kgCO2e/kg' },
      ],
      power: { active: '100 W', idle: '50 W' },
    }],
    workload: { utilization: 0.5 },
    cloud: { location: 'FR', gridIntensity: '0.05 kg/kWh', pue: 1.5 },
  });
}

describe('exportBrightwayCsv', () => {
  it('one activity in bw2io’s CSV layout, amounts by hand in Brightway units', () => {
    const { csv, database } = exportBrightwayCsv(smallStudy({ dist: 'triangular', min: '1 cm2', mode: '2 cm2', max: '3 cm2' }));
    const bw = readBrightway(parseCsv(csv));
    expect(bw.database).toBe(database);
    expect(bw.activity).toBe('two boxes: one year of operation');
    expect(bw.fields).toMatchObject({ 'reference product': 'two boxes: one year of operation', unit: 'unit', location: 'FR', type: 'process' });
    const by = (name: string) => bw.exchanges.find((e) => e.name === name) as Record<string, string>;
    expect(by('two boxes: one year of operation')).toMatchObject({ amount: '1', unit: 'unit', type: 'production' });
    // (100 W + 50 W) × 0.5 × 8,760 h × 2 servers = 1,314 kWh, × PUE 1.5 = 1,971 kWh
    expect(Number(by('electricity').amount)).toBeCloseTo(1971, 9);
    expect(by('electricity')).toMatchObject({ unit: 'kilowatt hour', location: 'FR', type: 'technosphere' });
    // die: 2 cm² × 3 × 2 ÷ 4 = 3 cm² = 0.0003 m²; triangular(1, 2, 3) cm² × 1.5 × 0.0001 = (1.5, 3, 4.5)e-4 m², stats_arrays 5
    const die = by('integrated circuit, logic die');
    expect(die.unit).toBe('square meter');
    expect(Number(die.amount)).toBeCloseTo(3e-4, 15);
    expect(die['uncertainty type']).toBe('5');
    expect(Number(die.loc)).toBeCloseTo(3e-4, 15);
    expect(Number(die.minimum)).toBeCloseTo(1.5e-4, 15);
    expect(Number(die.maximum)).toBeCloseTo(4.5e-4, 15);
    // 64 GB × 2 ÷ 4 = 32 GB; 2 kg × 2 ÷ 4 = 1 kg
    expect(by('memory, dram')).toMatchObject({ amount: '32', unit: 'gigabyte' });
    expect(by('part: PSU')).toMatchObject({ amount: '1', unit: 'kilogram' });
    expect(bw.exchanges).toHaveLength(5);
  });

  it('quotes names with commas and quotes so that csv.reader gets them back', () => {
    const s = defineStudy({ name: 'a "quoted", name', servers: [{ name: 'b', lifetime: '4 years', components: [{ type: 'part', name: 'x, y', perUnit: '1 kgCO2e' }], power: { active: '1 W', idle: '1 W' } }], workload: { utilization: 0.5 }, cloud: { gridIntensity: '0.05 kg/kWh', pue: 1 } });
    const bw = readBrightway(parseCsv(exportBrightwayCsv(s).csv));
    expect(bw.activity).toBe('a "quoted", name: one year of operation');
    expect(bw.exchanges.map((e) => e.name)).toContain('part: x, y');
  });

  it('refuses what it cannot map, like the openLCA export, and omits it on request', () => {
    const pert = smallStudy({ dist: 'pert', min: '1 cm2', mode: '2 cm2', max: '4 cm2' });
    expect(() => exportBrightwayCsv(pert)).toThrow(/cannot be exported to Brightway/);
    const { csv, notes } = exportBrightwayCsv(pert, { unmappable: 'omit' });
    const die = readBrightway(parseCsv(csv)).exchanges.find((e) => e.name === 'integrated circuit, logic die');
    expect(die?.['uncertainty type']).toBeUndefined();
    expect(notes.some((n) => n.includes('dieArea'))).toBe(true);
  });

  it('stats_arrays columns of each family, with the unit factor', () => {
    const u = (x: object) => ({ '@type': 'Uncertainty' as const, ...x });
    // lognormal: loc = ln(0.0001 × 2), scale = ln 1.5
    const ln = brightwayUncertainty(u({ distributionType: 'LOG_NORMAL_DISTRIBUTION', geomMean: 2, geomSd: 1.5 }) as never, 1e-4);
    expect(ln['uncertainty type']).toBe(2);
    expect(ln.loc).toBeCloseTo(Math.log(2e-4), 12);
    expect(ln.scale).toBeCloseTo(Math.log(1.5), 12);
    expect(brightwayUncertainty(u({ distributionType: 'NORMAL_DISTRIBUTION', mean: 2, sd: 0.5 }) as never, 2)).toEqual({ 'uncertainty type': 3, loc: 4, scale: 1 });
    expect(brightwayUncertainty(u({ distributionType: 'UNIFORM_DISTRIBUTION', minimum: 1, maximum: 3 }) as never, 2)).toEqual({ 'uncertainty type': 4, minimum: 2, maximum: 6 });
  });

  it('ailca export --format brightway writes the CSV', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'ailca-bw-')), 'xeon.csv');
    const { code, stdout } = await cli('export', 'examples/xeon-8468.json', '--format', 'brightway', '--out', out);
    expect(code).toBe(0);
    expect(stdout).toContain(`Brightway CSV written to ${out}`);
    const bw = readBrightway(parseCsv(readFileSync(out, 'utf8')));
    // the Xeon example: 4,084.35 kWh a year in DE (docs/methodology.md's worked example)
    expect(bw.exchanges.find((e) => e.name === 'electricity')).toMatchObject({ amount: '4084.35', location: 'DE' });
  });
});
