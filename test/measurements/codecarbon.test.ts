import { readFileSync } from 'node:fs';
import { Ajv2020, type AnySchema } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { loadBundledDataset, lookupGridIntensity, rowsOf } from '../../src/datasets/index.js';
import { InputError } from '../../src/errors/index.js';
import { ALPHA3_TO_ALPHA2, alpha2OfAlpha3, codecarbonStudy, gpuCatalogueId, importCodeCarbon, parseCodeCarbonCsv } from '../../src/measurements/index.js';
import { datasetLookup, parseStudy } from '../../src/study/index.js';
import { fileError } from './helpers.js';

const FILE = 'examples/measurements/codecarbon-emissions.csv';
const text = readFileSync(FILE, 'utf8');
const [header, row2, row3] = text.trimEnd().split('\n');


describe('parseCodeCarbonCsv on examples/measurements/codecarbon-emissions.csv', () => {
  const runs = parseCodeCarbonCsv(text, FILE);

  it('reads every run with its columns in canonical units', () => {
    expect(runs).toHaveLength(2);
    expect(runs[0]).toMatchObject({ row: 2, project: 'llama-finetune', runId: '5f3c2a10-8d4e-4b7a-9c21-0a1b2c3d4e5f', durationSeconds: 7200, emissionsKg: 0.53486, energyKWh: 9.4, cpuEnergyKWh: 0.4, gpuEnergyKWh: 8.8, ramEnergyKWh: 0.2, countryIso3: 'FRA', onCloud: false, gpuCount: 8, gpuModel: '8 x NVIDIA H100 80GB HBM3', pue: 1, version: '2.4.2' });
    expect(runs[1]).toMatchObject({ countryIso3: 'USA', onCloud: true, cloudProvider: 'gcp', cloudRegion: 'us-central1' });
    expect(runs[0].cloudProvider).toBeUndefined();
  });

  it('refuses a missing column, a non-numeric cell, an empty file and a PUE below 1 with file, row and column', () => {
    const noEnergy = fileError(() => parseCodeCarbonCsv(text.replace(',energy_consumed,', ',energy_total,'), FILE));
    expect(noEnergy.row).toBe(1);
    expect(noEnergy.message).toContain('energy_consumed');
    const bad = fileError(() => parseCodeCarbonCsv([header, row2.replace(',9.4,France', ',9.4 kWh,France'), row3].join('\n'), FILE));
    expect([bad.file, bad.row, bad.column]).toEqual([FILE, 2, 'energy_consumed']);
    expect(fileError(() => parseCodeCarbonCsv('', FILE)).message).toContain('empty');
    expect(fileError(() => parseCodeCarbonCsv(`${header}\n`, FILE)).message).toContain('no runs');
    expect(fileError(() => parseCodeCarbonCsv([header, row2.replace(/,1\.0$/, ',0.9')].join('\n'), FILE)).column).toBe('pue');
    expect(fileError(() => parseCodeCarbonCsv([header, row2.replace(',7200.0,', ',0,')].join('\n'), FILE)).column).toBe('duration');
    expect(fileError(() => parseCodeCarbonCsv([header, row2.replace(',FRA,', ',FR,')].join('\n'), FILE)).column).toBe('country_iso_code');
  });
});

describe('codecarbonStudy', () => {
  const r = importCodeCarbon(FILE);

  it('recomputes each run with ailca\'s grid and PUE, beside CodeCarbon\'s own figure', () => {
    // row 2: off the cloud in France, CodeCarbon pue 1.0 → IT energy 9.4 kWh; FR 0.098 kgCO2e/kWh
    // (grid-intensity countries.csv, 2019) × industry PUE 1.56 (pue.csv, 2024) → 9.4 × 1.56 × 0.098 = 1.437072 kg
    const [fr, gcp] = r.comparisons;
    expect(fr).toMatchObject({ job: 'run-5f3c2a10', location: 'FR', itEnergyKWh: 9.4, intensity: 0.098, pue: 1.56, codecarbonKgCO2e: 0.53486 });
    expect(fr.kgCO2e).toBeCloseTo(1.437072, 12);
    expect(fr.codecarbonIntensity).toBeCloseTo(0.53486 / 9.4, 14); // 0.0569
    expect(fr.relativeDifference).toBeCloseTo((1.437072 - 0.53486) / 0.53486, 12);
    // row 3: gcp us-central1, 412.72 g/kWh (cloud-regions.csv, 2024) × GCP fleet PUE 1.1 (pue.csv) × 0.5 kWh = 0.226996 kg
    expect(gcp).toMatchObject({ location: 'gcp:us-central1', pue: 1.1, itEnergyKWh: 0.5 });
    expect(gcp.kgCO2e).toBeCloseTo(0.5 * 1.1 * 0.41272, 12);
  });

  it('divides CodeCarbon\'s pue out of its energy and applies it as the job\'s PUE', () => {
    const r2 = codecarbonStudy(parseCodeCarbonCsv([header, row2.replace(/,1\.0$/, ',1.25')].join('\n'), FILE), FILE);
    expect(r2.comparisons[0].itEnergyKWh).toBeCloseTo(9.4 / 1.25, 14);
    expect(r2.comparisons[0].pue).toBe(1.25);
    expect(r2.comparisons[0].kgCO2e).toBeCloseTo(9.4 * 0.098, 12); // IT × 1.25 × intensity = energy_consumed × intensity
  });

  it('writes a study that validates against schema/study.schema.json and parses, GPUs from the catalogue when named', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    const validate = ajv.compile(JSON.parse(readFileSync('schema/study.schema.json', 'utf8')) as AnySchema);
    expect(validate(r.study), JSON.stringify(validate.errors)).toBe(true);
    const parsed = parseStudy(r.study, { lookup: datasetLookup() });
    expect(parsed.model?.jobs).toHaveLength(2);
    const jobs = (r.study.model as { jobs: Record<string, unknown>[] }).jobs;
    expect(jobs[0].accelerator).toEqual({ catalogue: 'nvidia-h100-sxm', count: 8 });
    expect(jobs[0].allocation).toBeDefined();
    expect(jobs[1].accelerator).toEqual({ name: 'NVIDIA A100-SXM4-40GB', count: 1 });
    expect(r.notes.some((n) => n.includes('A100-SXM4-40GB') && n.includes('embodied carbon is not counted'))).toBe(true);
  });

  it('refuses a country ailca has no grid data for, naming the row and column', () => {
    const runs = parseCodeCarbonCsv([header, row2.replace(',FRA,', ',XKX,')].join('\n'), FILE);
    expect(() => codecarbonStudy(runs, FILE)).toThrow(InputError);
    expect(() => codecarbonStudy(runs, FILE)).toThrow(/row 2, column country_iso_code/);
    expect(codecarbonStudy(runs, FILE, { location: 'DE' }).comparisons[0].location).toBe('DE');
  });
});

describe('alpha2OfAlpha3 and gpuCatalogueId', () => {
  it('every alpha-2 code of the table has a grid intensity in the bundled data', () => {
    for (const a2 of Object.values(ALPHA3_TO_ALPHA2)) expect(lookupGridIntensity({ location: a2 }).value).toBeGreaterThan(0);
    expect(Object.keys(ALPHA3_TO_ALPHA2).every((k) => /^[A-Z]{3}$/.test(k))).toBe(true);
    // ISO 3166-1 pairs that differ in their letters
    expect([alpha2OfAlpha3('DEU', 'c'), alpha2OfAlpha3('CHE', 'c'), alpha2OfAlpha3('GBR', 'c'), alpha2OfAlpha3('KOR', 'c')]).toEqual(['DE', 'CH', 'GB', 'KR']);
  });

  it('every country of the grid datasets has its alpha-3 code in the table', () => {
    const countries = ['grid-intensity', 'clemm-2024'].flatMap((d) => rowsOf(loadBundledDataset(d), 'grid-intensity').map((r) => r.location)).filter((l) => /^[A-Z]{2}$/.test(l) && l !== 'EU'); // EU is an aggregate, not an ISO 3166-1 country
    const covered = new Set(Object.values(ALPHA3_TO_ALPHA2));
    expect(countries.filter((c) => !covered.has(c))).toEqual([]);
  });

  it('gpuCatalogueId maps only names that identify one entry', () => {
    expect(gpuCatalogueId('8 x NVIDIA H100 80GB HBM3')).toEqual({ catalogue: 'nvidia-h100-sxm', name: 'NVIDIA H100 80GB HBM3', count: 8 });
    expect(gpuCatalogueId('NVIDIA H100 PCIe').catalogue).toBe('nvidia-h100-pcie');
    expect(gpuCatalogueId('1 x NVIDIA A100-SXM4-80GB').catalogue).toBe('nvidia-a100-sxm4-80gb');
    expect(gpuCatalogueId('Tesla V100-SXM2-16GB').catalogue).toBe('nvidia-v100');
    expect(gpuCatalogueId('4 x NVIDIA A401 x NVIDIA A100 80GB PCIe').catalogue).toBeUndefined(); // mixed models
    expect(gpuCatalogueId('1 x NVIDIA GeForce RTX 3090').catalogue).toBeUndefined();
  });
});
