import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { describeDataset, listDatasets, loadUserDataset, lookupCatalogue } from '../../src/datasets/index.js';
import { thrown, writeDataset } from './helpers.js';

describe('lookupCatalogue', () => {
  it('lookupCatalogue gives the seed CPU: Xeon Platinum 8468, 8.12 cm² Intel 7 die, 350 W (Clemm et al. 2024, IV.C)', () => {
    const cpu = lookupCatalogue('xeon-platinum-8468');
    expect(cpu.fields.dieAreaCm2).toMatchObject({ value: 8.12, unit: 'cm²' });
    expect(cpu.fields.tdpW).toMatchObject({ value: 350, unit: 'W' });
    expect(cpu.fields.process).toMatchObject({ text: 'Intel 7' });
    expect(cpu.dataset).toEqual({ name: 'hardware-catalogue', version: '1.0.0' });
  });

  it('lookupCatalogue gives the seed board (595.4 cm², 16 layers assumed) and the H100 SXM (814 mm² die, 700 W)', () => {
    const board = lookupCatalogue('supermicro-x13sem-t');
    expect([board.fields.boardAreaCm2, board.fields.layers].map((f) => ('value' in f ? f.value : f.text))).toEqual([595.4, 16]);
    const h100 = lookupCatalogue('nvidia-h100-sxm');
    // 814 mm² = 8.14 cm²
    expect('value' in h100.fields.dieAreaCm2 && h100.fields.dieAreaCm2.value).toBe(8.14);
    expect('value' in h100.fields.tdpW && h100.fields.tdpW.value).toBe(700);
  });

  it('lookupCatalogue lists close ids for a partial name', () => {
    const e = thrown(() => lookupCatalogue('h100'));
    expect(e).toBeInstanceOf(InputError);
    expect(e.fix).toMatch(/nvidia-h100-sxm/);
  });

  it('lookupCatalogue reads a user catalogue first and refuses a field with the wrong unit', () => {
    const good = writeDataset(
      [{ path: 'cat.csv', schema: 'catalogue', text: 'id,field,value,unit,source,year\nmy-gpu,tdpW,450,W,lab,2025\nnvidia-h100-sxm,tdpW,650,W,lab,2025\n' }],
      { name: 'lab-catalogue', fields: { value: { unit: 'see column unit', description: 'v' } } },
    );
    const mine = loadUserDataset(good);
    expect(lookupCatalogue('nvidia-h100-sxm', { datasets: [mine] }).dataset.name).toBe('lab-catalogue');
    const bad = writeDataset(
      [{ path: 'cat.csv', schema: 'catalogue', text: 'id,field,value,unit,source,year\nmy-gpu,tdpW,0.45,kW,lab,2025\n' }],
      { fields: { value: { unit: 'see column unit', description: 'v' } } },
    );
    const e = thrown(() => loadUserDataset(bad));
    expect([e.row, e.column]).toEqual([2, 'unit']);
  });
});

describe('listDatasets and describeDataset', () => {
  it('listDatasets prints one line per bundled dataset with version, year and title', () => {
    const lines = listDatasets().split('\n');
    for (const name of ['act-2022', 'boavizta-uba', 'clemm-2024', 'grid-intensity', 'hardware-catalogue', 'memory-storage-per-gb', 'pue']) {
      expect(lines.some((l) => l.startsWith(`${name} 1.0.0 (`))).toBe(true);
    }
  });

  it('describeDataset shows sources and files, and with a key the matching rows with unit, source and year', () => {
    const text = describeDataset('clemm-2024');
    expect(text).toMatch(/\[clemm2024\] C\. Clemm/);
    expect(text).toMatch(/ic-factors\.csv \(csv, schema ic-factor/);
    expect(describeDataset('clemm-2024', 'logic')).toMatch(/ic-factor logic Intel 7 = 3 kgCO2e\/cm² \(clemm2024, 2024\)/);
    expect(thrown(() => describeDataset('clemm-2024', 'zzz'))).toBeInstanceOf(InputError);
  });
});
