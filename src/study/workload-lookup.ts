import { lookupParameter, lookupStorageFactor, type Dataset } from '../datasets/index.js';
import { InputError } from '../errors/index.js';
import type { SourcedFactor } from './factor-lookup.js';
import { atPath, toSourcedFactor } from './sourced-factor.js';

/**
 * The bundled dataset with the data element's defaults (network energy per
 * GB, storage power per TB, HDD manufacturing carbon per GB).
 * @example
 * WORKLOAD_DATASET; // => 'ai-workloads'
 */
export const WORKLOAD_DATASET = 'ai-workloads';

/**
 * Where the defaults of the model and data elements come from: network
 * energy per GB, storage power per TB and drive manufacturing carbon per GB.
 * Each method throws an InputError naming `path` when the key is unknown.
 */
export interface WorkloadLookup {
  /** A named parameter of the `ai-workloads` dataset (`network-energy-per-gb-core`, `storage-power-ssd`). */
  parameter(key: string, path: string): SourcedFactor;
  /** Manufacturing carbon of a drive per GB [kgCO2e/GB] (SSD from `memory-storage-per-gb`, HDD from `ai-workloads`). */
  storageFactor(technology: 'ssd' | 'hdd', path: string): SourcedFactor;
}



/**
 * The {@link WorkloadLookup} over the bundled datasets, with the user's own
 * datasets searched first for parameters.
 *
 * @param datasets - user datasets searched before the bundled ones
 * @example
 * workloadLookup().parameter('storage-power-ssd', 'data.storage[0].powerPerTB').value; // => 1.2
 * workloadLookup().storageFactor('hdd', 'data.storage[0].embodiedPerGB').uncertainty?.dist; // => 'triangular'
 */
export function workloadLookup(datasets: readonly Dataset[] = []): WorkloadLookup {
  return {
    parameter: (key, path) =>
      atPath(path, () => {
        if (datasets.length > 0) {
          try {
            return toSourcedFactor(lookupParameter(key, { datasets, bundled: false }));
          } catch (e) {
            if (!(e instanceof InputError)) throw e;
          }
        }
        return toSourcedFactor(lookupParameter(key, { dataset: WORKLOAD_DATASET }));
      }),
    storageFactor: (technology, path) =>
      atPath(path, () => toSourcedFactor(lookupStorageFactor({ technology, method: technology === 'hdd' ? WORKLOAD_DATASET : undefined, datasets }))),
  };
}
