import { rowsOf } from './dataset.js';
import { searchOrder, sourcedValue, unknownKeyError, type LookupOptions } from './factor-source.js';
import type { SourcedValue } from './types.js';

/** Bundled datasets searched for material factors, in order. */
export const DEFAULT_MATERIAL_DATASETS: readonly string[] = ['act-2022', 'boavizta-uba'];
/** Bundled datasets searched for part factors, in order. */
export const DEFAULT_PART_DATASETS: readonly string[] = ['boavizta-uba'];
/** Bundled datasets searched for named parameters, in order. */
export const DEFAULT_PARAMETER_DATASETS: readonly string[] = ['clemm-2024', 'boavizta-uba', 'act-2022'];

/**
 * Cradle-to-gate carbon of a material per kg, in kgCO2e/kg (`steel`,
 * `aluminium`, …).
 *
 * @throws {@link InputError} for an unknown material, listing close matches
 * @example
 * lookupMaterialFactor('steel').value; // => 1.89
 */
export function lookupMaterialFactor(material: string, options: LookupOptions = {}): SourcedValue {
  const datasets = searchOrder(options, DEFAULT_MATERIAL_DATASETS);
  for (const d of datasets) {
    const row = rowsOf(d, 'material-factor').find((r) => r.material === material);
    if (row) return sourcedValue(d, row, 'kgCO2e/kg', row.material);
  }
  throw unknownKeyError('material', material, datasets.flatMap((d) => rowsOf(d, 'material-factor').map((r) => r.material)), { aliases: { aluminum: 'aluminium' }, where: datasets.map((d) => d.name).join(', ') });
}

/**
 * Manufacturing carbon of a part that is not modelled by die or board area
 * (`power-supply`, `rack-case`, `fan`, `assembly`, …): in kgCO2e per part, or
 * kgCO2e/kg for parts counted by mass — the `unit` of the result says which.
 *
 * @throws {@link InputError} for an unknown kind, listing close matches
 * @example
 * lookupPartFactor('rack-case').value; // => 150
 * lookupPartFactor('power-supply').unit; // => 'kgCO2e/kg'
 */
export function lookupPartFactor(kind: string, options: LookupOptions = {}): SourcedValue {
  const datasets = searchOrder(options, DEFAULT_PART_DATASETS);
  for (const d of datasets) {
    const row = rowsOf(d, 'part-factor').find((r) => r.kind === kind);
    if (row) return sourcedValue(d, row, row.unit, row.kind);
  }
  throw unknownKeyError('part kind', kind, datasets.flatMap((d) => rowsOf(d, 'part-factor').map((r) => r.kind)), { aliases: { psu: 'power-supply', chassis: 'rack-case' }, where: datasets.map((d) => d.name).join(', ') });
}

/**
 * A named scalar parameter (`dram-power-per-die` in W, lifetimes in years,
 * densities in GB/cm² …) with its canonical unit.
 *
 * @throws {@link InputError} for an unknown key, listing close matches
 * @example
 * lookupParameter('dram-power-per-die').value; // => 0.2
 * lookupParameter('dram-power-per-die').unit; // => 'W'
 */
export function lookupParameter(key: string, options: LookupOptions = {}): SourcedValue {
  const datasets = searchOrder(options, DEFAULT_PARAMETER_DATASETS);
  for (const d of datasets) {
    const row = rowsOf(d, 'parameter').find((r) => r.key === key);
    if (row) return sourcedValue(d, row, row.unit, row.key);
  }
  throw unknownKeyError('parameter', key, datasets.flatMap((d) => rowsOf(d, 'parameter').map((r) => r.key)), { where: datasets.map((d) => d.name).join(', ') });
}
