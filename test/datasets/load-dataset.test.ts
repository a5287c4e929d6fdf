import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileError } from '../../src/errors/index.js';
import { listBundledDatasets, loadDataset, loadUserDataset, rowsOf } from '../../src/datasets/index.js';
import { thrown, writeDataset } from './helpers.js';

const IC_HEADER = 'technology,process,value,min,max,dist,source,year,note';

describe('loadDataset on the bundled datasets', () => {
  const bundled = listBundledDatasets();
  it('listBundledDatasets finds the seed dataset clemm-2024', () => {
    expect(bundled.map((d) => `${d.name}@${d.version}`)).toContain('clemm-2024@1.0.0');
  });
  for (const entry of bundled) {
    it(`loadDataset validates ${entry.name}@${entry.version} and every file matches its sha256`, () => {
      const ds = loadDataset(entry.dir);
      expect(ds.name).toBe(entry.name);
      for (const f of ds.manifest.files) {
        // Hash computed here independently of the loader.
        expect(createHash('sha256').update(readFileSync(join(entry.dir, f.path))).digest('hex')).toBe(f.sha256);
      }
      expect(Object.isFrozen(ds)).toBe(true);
    });
  }
});

describe('loadDataset refuses malformed files with file, row and column', () => {
  const ic = (body: string, extra: Partial<Parameters<typeof writeDataset>[1]> = {}) =>
    writeDataset([{ path: 'ic.csv', text: `${IC_HEADER}\n${body}`, schema: 'ic-factor', valueUnit: 'kgCO2e/cm²' }], extra);

  it('loadDataset refuses a duplicate key, also when it differs only in case and spacing', () => {
    const e = thrown(() => loadDataset(ic('logic,Intel 7,3.0,,,,lab,2024,\nlogic,intel-7,2.9,,,,lab,2024,\n')));
    expect(e).toBeInstanceOf(FileError);
    expect(e.row).toBe(3);
    expect(e.message).toMatch(/ic\.csv, row 3, column technology\+process: duplicate key .* first defined in .*ic\.csv, row 2/);
  });

  it('loadDataset refuses a value column whose unit the manifest does not declare', () => {
    const dir = writeDataset([{ path: 'ic.csv', text: `${IC_HEADER}\nlogic,,3,,,,lab,2024,\n`, schema: 'ic-factor' }]);
    const e = thrown(() => loadDataset(dir));
    expect(e.file).toBe(join(dir, 'manifest.json'));
    expect(e.message).toMatch(/the unit of column value of ic\.csv \(schema ic-factor\) is not declared/);
  });

  it('loadDataset refuses a declared unit the column does not accept', () => {
    const dir = writeDataset([{ path: 'ic.csv', text: `${IC_HEADER}\nlogic,,3,,,,lab,2024,\n`, schema: 'ic-factor', valueUnit: 'kgCO2e/kWh' }]);
    expect(thrown(() => loadDataset(dir)).message).toMatch(/unit "kgCO2e\/kWh" is not accepted/);
  });

  it('loadDataset refuses an out-of-range value (a factor in g written under a kg unit)', () => {
    const e = thrown(() => loadDataset(ic('logic,28 nm,1328,,,,lab,2022,\n')));
    expect([e.row, e.column]).toEqual([2, 'value']);
    expect(e.message).toMatch(/outside the plausible range/);
  });

  it('loadDataset converts a declared gram unit to the canonical kg (1328 g/cm² = 1.328 kg/cm²)', () => {
    const dir = writeDataset([{ path: 'ic.csv', text: `${IC_HEADER}\nlogic,28 nm,1328,,,,lab,2022,\n`, schema: 'ic-factor', valueUnit: 'gCO2e/cm²' }]);
    expect(rowsOf(loadDataset(dir), 'ic-factor')[0].value).toBe(1.328);
  });

  it.each([
    ['an empty required cell', 'logic,,,,,,lab,2024,\n', 'value', /empty cell in a required column/],
    ['a decimal comma', 'logic,,"1,5",,,,lab,2024,\n', 'value', /decimal comma.*Fix: use a dot as decimal separator: 1\.5/],
    ['a percentage', 'logic,,75%,,,,lab,2024,\n', 'value', /a percentage/],
    ['1e400', 'logic,,1e400,,,,lab,2024,\n', 'value', /overflows to Infinity/],
    ['an unknown technology', 'cpu,,3,,,,lab,2024,\n', 'technology', /value is not allowed.*use one of/],
    ['an unknown source id', 'logic,,3,,,,paper,2024,\n', 'source', /source "paper" is not among the manifest's sources/],
    ['a value outside its own range', 'logic,,3,1,2,,lab,2024,\n', 'value', /value 3 lies outside \[1, 2\]/],
    ['a non-integer year', 'logic,,3,,,,lab,2024.5,\n', 'year', /outside the plausible range/],
  ])('loadDataset refuses %s', (_label, body, column, pattern) => {
    const e = thrown(() => loadDataset(ic(body)));
    expect(e).toBeInstanceOf(FileError);
    expect([e.row, e.column]).toEqual([2, column]);
    expect(e.message).toMatch(pattern);
  });

  it('loadDataset refuses a checksum mismatch and says how to refresh it', () => {
    const e = thrown(() => loadDataset(ic('logic,,3,,,,lab,2024,\n', { badChecksum: true })));
    expect(e.message).toMatch(/checksum mismatch.*update-checksums/);
  });

  it('loadDataset refuses an unknown column and a missing required column in the header', () => {
    const a = writeDataset([{ path: 'ic.csv', text: 'technology,value,source,year,colour\nlogic,3,lab,2024,red\n', schema: 'ic-factor', valueUnit: 'kgCO2e/cm²' }]);
    expect(thrown(() => loadDataset(a)).message).toMatch(/row 1, column 5: unknown column/);
    const b = writeDataset([{ path: 'ic.csv', text: 'technology,value,year\nlogic,3,2024\n', schema: 'ic-factor', valueUnit: 'kgCO2e/cm²' }]);
    expect(thrown(() => loadDataset(b)).message).toMatch(/row 1, column source: required column missing/);
  });

  it('loadDataset refuses a manifest with a missing field, naming it', () => {
    const dir = ic('logic,,3,,,,lab,2024,\n', { manifestPatch: { licence: undefined } });
    expect(thrown(() => loadDataset(dir)).message).toMatch(/missing or empty text field "licence"/);
  });

  it('loadDataset reads JSON row files and refuses a duplicate key inside a row object with its line', () => {
    const good = writeDataset([{ path: 'g.json', format: 'json', schema: 'grid-intensity', valueUnit: 'gCO2e/kWh', text: '[\n{"location": "FR", "value": 56, "source": "lab", "year": 2023}\n]' }]);
    // 56 g/kWh = 0.056 kg/kWh
    expect(rowsOf(loadDataset(good), 'grid-intensity')[0].value).toBe(0.056);
    const bad = writeDataset([{ path: 'g.json', format: 'json', schema: 'grid-intensity', valueUnit: 'kgCO2e/kWh', text: '[\n{"location": "FR",\n "value": 0.05, "value": 0.06, "source": "lab", "year": 2023}\n]' }]);
    const e = thrown(() => loadDataset(bad));
    expect(e.row).toBe(3);
    expect(e.message).toMatch(/duplicate key "value"/);
  });
});

describe('loadUserDataset', () => {
  it('loadUserDataset accepts the folder or its manifest.json and marks the dataset as not bundled', () => {
    const dir = writeDataset([{ path: 'ic.csv', text: `${IC_HEADER}\nlogic,,3.5,,,,lab,2025,\n`, schema: 'ic-factor', valueUnit: 'kgCO2e/cm²' }]);
    for (const path of [dir, join(dir, 'manifest.json')]) {
      const ds = loadUserDataset(path);
      expect([ds.name, ds.version, ds.bundled]).toEqual(['my-factors', '1.0.0', false]);
    }
  });
});
