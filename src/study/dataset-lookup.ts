import { lookupCatalogue, lookupElectricityImpact, lookupGridIntensity, lookupWue, lookupIcFactor, lookupParameter, lookupPartFactor, lookupStorageFactor, lookupPcbFactor, lookupPue, lookupTransportFactor, lookupComponentImpact, type Dataset, type IcTechnology } from '../datasets/index.js';
import { InputError } from '../errors/index.js';
import type { CatalogueField, FactorLookup } from './factor-lookup.js';
import { atPath, toSourcedFactor, type StudyField } from './sourced-factor.js';

/** Options of {@link datasetLookup}. */
export interface DatasetLookupOptions {
  /** The factor set (dataset name) searched first: `clemm-2024` (default), `act-2022`, `boavizta-uba`, or a user dataset. */
  readonly method?: string;
  /** The user's own datasets, searched before the bundled ones. */
  readonly datasets?: readonly Dataset[];
}

/** A component's `process` sits beside its `factor`: an unknown process is reported there. */
function processField(factorPath: string): Readonly<Record<string, StudyField>> {
  return { process: { path: factorPath.replace(/\.factor$/, '.process') } };
}

/** A grid's `year` sits beside its `location`: a year without data is reported there, with a fix a study file can express. */
function yearField(locationPath: string): Readonly<Record<string, StudyField>> {
  return { year: { path: locationPath.replace(/\.location$/, '.year'), fix: 'write one of the years listed as "year", or leave "year" out for the latest year' } };
}

/**
 * The {@link FactorLookup} over the bundled datasets (and the user's own,
 * searched first). The study's factor `method` is searched first for grid
 * intensities too, so that a study written with the seed's factors
 * (`clemm-2024`) also takes the seed's 0.4 kgCO2e/kWh for Germany in 2022.
 *
 * @example
 * datasetLookup().icFactor({ technology: 'logic', process: 'Intel 7' }, 'f').value; // => 3
 */
export function datasetLookup(options: DatasetLookupOptions = {}): FactorLookup {
  const datasets = options.datasets;
  return {
    icFactor: (q, path) => atPath(path, () => toSourcedFactor(lookupIcFactor({ technology: q.technology as IcTechnology, process: q.process, method: q.method ?? options.method, datasets })), processField(path)),
    pcbFactor: (q, path) => atPath(path, () => toSourcedFactor(lookupPcbFactor({ layers: q.layers, method: q.method ?? options.method, datasets, ...(q.nearest === true ? { nearest: true } : {}) }))),
    gridIntensity: (q, path) =>
      atPath(path, () => {
        const method = options.method;
        if (method !== undefined) {
          try {
            return toSourcedFactor(lookupGridIntensity({ location: q.location, year: q.year, dataset: method, datasets }));
          } catch (e) {
            if (!(e instanceof InputError)) throw e;
          }
        }
        return toSourcedFactor(lookupGridIntensity({ location: q.location, year: q.year, datasets }));
      }, yearField(path)),
    defaultPue: (path) => atPath(path, () => toSourcedFactor(lookupPue('industry', { datasets }))),
    providerPue: (provider, path) => atPath(path, () => toSourcedFactor(lookupPue(provider, { datasets }))),
    electricityImpact: (q, path) =>
      atPath(path, () => toSourcedFactor(lookupElectricityImpact({ location: q.location, category: q.category, year: q.year, datasets })), yearField(path)),
    wue: (q, path) => atPath(path, () => toSourcedFactor(lookupWue({ location: q.location, year: q.year, datasets }))),
    capacityFactor: (q, path) =>
      atPath(path, () => toSourcedFactor(lookupStorageFactor({ technology: q.technology as 'dram', process: q.process, method: q.method, datasets })), processField(path)),
    partFactor: (kind, path) => atPath(path, () => toSourcedFactor(lookupPartFactor(kind, { datasets }))),
    transportFactor: (mode, path) => atPath(path, () => toSourcedFactor(lookupTransportFactor(mode, { datasets }))),
    componentImpact: (q, path) => atPath(path, () => toSourcedFactor(lookupComponentImpact({ ...q, datasets }))),
    parameter: (key, path) => atPath(path, () => toSourcedFactor(lookupParameter(key, { datasets }))),
    catalogue: (id, path) =>
      atPath(path, () => {
        const entry = lookupCatalogue(id, { datasets });
        const fields: Record<string, CatalogueField> = {};
        for (const [name, f] of Object.entries(entry.fields)) {
          const source = { citation: f.source.citation, url: f.source.url, dataset: f.dataset, key: f.key, year: f.year };
          fields[name] = 'text' in f ? { text: f.text, source } : { value: f.value, unit: f.unit, source };
        }
        return { id: entry.id, fields };
      }),
  };
}
