import type { SourceRef } from '../system/index.js';

/** An uncertainty range attached to a looked-up value (same unit as the value). */
export interface LookupUncertainty {
  /** Shape of the range: `uniform` on [min, max], or `triangular` with its mode at `mode` (the row's value when absent). */
  readonly dist: 'uniform' | 'triangular';
  /** Lowest value of the range, in the value's unit. */
  readonly min: number;
  /** Highest value of the range, in the value's unit. */
  readonly max: number;
  /** Mode of a triangular range, in the value's unit; absent for a uniform one. */
  readonly mode?: number;
}

/** A value found in a dataset, in its canonical unit, with its source. */
export interface SourcedFactor {
  /** The value, in its canonical unit (`unit`); the base value when the row has a range. */
  readonly value: number;
  /** Canonical unit of `value`. */
  readonly unit: string;
  /** The row's citation, with the dataset (name and version), the row's key and the year it refers to. */
  readonly source: SourceRef;
  /** The range the dataset gives, if any. */
  readonly uncertainty?: LookupUncertainty;
  /** An assumption the lookup made (a process mapped to the set's nearest node, a PCB factor interpolated); studies list it in their warnings. */
  readonly assumption?: string;
}

/** One field of a hardware catalogue entry: a number (canonical unit) or a text, with its source. */
export interface CatalogueField {
  /** The number, in the field's canonical unit (`unit`), for a numeric field such as `tdpW` or `dieAreaCm2`. */
  readonly value?: number;
  /** The text, for a text field such as `name`, `process` or `technology`. */
  readonly text?: string;
  /** Canonical unit of `value` (`W`, `cm²`, `GB`, `kg`, `kgCO2e`); absent for text and dimensionless fields. */
  readonly unit?: string;
  /** The citation of the catalogue row, with its dataset, key and year. */
  readonly source: SourceRef;
}

/** A hardware catalogue entry as the study parser sees it. */
export interface CatalogueRecord {
  /** Catalogue id of the entry (`nvidia-v100`, `xeon-platinum-8468`). */
  readonly id: string;
  /** The entry's fields by name (the catalogue schema's field names: `name`, `tdpW`, `dieAreaCm2`, `embodiedKgCO2e`…). */
  readonly fields: Readonly<Record<string, CatalogueField>>;
}

/**
 * Where a study's default factors come from. The library's default reads the
 * bundled datasets; a user can pass their own (their factor tables searched
 * first). Every method throws an InputError naming `path` and listing close
 * matches when the key is unknown.
 */
export interface FactorLookup {
  /** Emission factor of an IC [kgCO2e per cm² of die]. */
  icFactor(query: { technology: string; process?: string; method?: string }, path: string): SourcedFactor;
  /** Emission factor of a printed circuit board [kgCO2e per cm²] by layer count (interpolated between listed counts; `nearest` for comparisons only). */
  pcbFactor(query: { layers: number; method?: string; nearest?: boolean }, path: string): SourcedFactor;
  /** Grid carbon intensity [kgCO2e/kWh] of a location (and year). */
  gridIntensity(query: { location: string; year?: number }, path: string): SourcedFactor;
  /** Default PUE of the industry (the value used when a study gives none). */
  defaultPue(path: string): SourcedFactor;
  /** A cloud provider's fleet PUE (`aws`, `gcp`, `azure`), from the PUE dataset. */
  providerPue(provider: string, path: string): SourcedFactor;
  /** Impact of one kWh of electricity at a location: water [L/kWh], ADPe [kgSbeq/kWh] or primary energy [MJ/kWh] (and year). */
  electricityImpact(query: { location: string; category: 'water' | 'adpe' | 'pe'; year?: number }, path: string): SourcedFactor;
  /** Water usage effectiveness [L/kWh] of a provider or cloud region (`aws:us-east-1`), or the industry default for `default`. */
  wue(query: { location: string; year?: number }, path: string): SourcedFactor;
  /** A hardware catalogue entry by id (`nvidia-h100-sxm`). */
  catalogue(id: string, path: string): CatalogueRecord;
  /** Manufacturing carbon of memory or storage per GB [kgCO2e/GB] (dram, hbm, ssd, hdd). */
  capacityFactor(query: { technology: string; process?: string; method?: string }, path: string): SourcedFactor;
  /** Footprint of a kind of part: per unit [kgCO2e] or per kg [kgCO2e/kg] (the `unit` says which). */
  partFactor(kind: string, path: string): SourcedFactor;
  /** Emissions of freight by mode [kgCO2e/(t·km)] (truck, rail, air, ship). */
  transportFactor(mode: string, path: string): SourcedFactor;
  /**
   * The twin in another category of a factor set's climate row (`ic:logic`,
   * `part:power-supply`): ADPe [kgSbeq…] or primary energy [MJ…] per the same
   * basis. Optional: a lookup without it gives components no dataset factors
   * besides climate.
   */
  componentImpact?(query: { factorSet: string; key: string; category: 'water' | 'adpe' | 'pe' }, path: string): SourcedFactor;
  /** A named parameter of the hardware factor sets (`dram-die-area` cm², `dram-die-capacity` GB …), in its canonical unit. */
  parameter(key: string, path: string): SourcedFactor;
}
