/**
 * Types shared by the dataset loader and the lookups.
 * @module
 */

/** A published source a dataset cites; rows refer to it by `id`. */
export interface DatasetSource {
  /** Short id used in the rows' `source` column, e.g. `clemm2024`. */
  readonly id: string;
  /** Full citation: authors, title, venue, year. */
  readonly citation: string;
  /** Where to read it (URL or DOI link). */
  readonly url: string;
  /** When the URL was read (ISO date), for web pages that change. */
  readonly accessed?: string;
}

/** One data file listed in a manifest. */
export interface DatasetFileEntry {
  /** Path relative to the manifest's folder. */
  readonly path: string;
  /** Hex SHA-256 of the file's bytes. */
  readonly sha256: string;
  /** `csv` (RFC 4180, header row) or `json` (an array of row objects). */
  readonly format: 'csv' | 'json';
  /** Id of the row schema the file follows (see {@link listSchemas}). */
  readonly schema: string;
}

/** The unit and meaning of one column, declared in the manifest. */
export interface DatasetFieldSpec {
  readonly unit: string;
  readonly description: string;
}

/** The contents of `manifest.json`. */
export interface DatasetManifest {
  readonly name: string;
  readonly title: string;
  readonly version: string;
  readonly licence: string;
  /** Year of the figures (the most recent year the data describe). */
  readonly year: number;
  readonly description: string;
  readonly sources: readonly DatasetSource[];
  readonly files: readonly DatasetFileEntry[];
  readonly fields: Readonly<Record<string, DatasetFieldSpec>>;
}

/**
 * An uncertainty range attached to a value: `uniform` between `min` and `max`,
 * or `triangular` with its mode at the value. Plain numbers in the value's
 * unit, ready to turn into a distribution.
 */
export interface UncertaintySpec {
  readonly dist: 'uniform' | 'triangular';
  readonly min: number;
  readonly max: number;
  /** The mode of a triangular distribution (the nominal value). */
  readonly mode?: number;
}

/** The cells every factor row carries besides its key and value. */
export interface FactorRowBase {
  /** The nominal value, in the unit the manifest declares for `value` (converted to the canonical unit at load). */
  readonly value: number;
  /** Low end of the uncertainty range, same unit as `value`. */
  readonly min?: number;
  /** High end of the uncertainty range, same unit as `value`. */
  readonly max?: number;
  /** Shape of the range: `uniform` (default) or `triangular` (mode = value). */
  readonly dist?: 'uniform' | 'triangular';
  /** Id of one of the manifest's sources. */
  readonly source: string;
  /** Year the figure describes. */
  readonly year: number;
  /** Free-text remark: how the figure was derived, caveats. */
  readonly note?: string;
  /** The file and 1-based row the record came from. */
  readonly origin: { readonly file: string; readonly row: number };
}

/** The dataset a value came from. */
export interface DatasetRef {
  readonly name: string;
  readonly version: string;
}

/**
 * A factor with everything needed to trace it: value and canonical unit, the
 * key it was looked up by, the dataset and version, the cited source, the
 * year, and its uncertainty when the dataset gives one.
 */
export interface SourcedValue {
  readonly value: number;
  /** Canonical unit: `kgCO2e/cm²`, `kgCO2e/kWh`, `kgCO2e/kg`, `kgCO2e`, `W`, `1` … */
  readonly unit: string;
  /** The key the value was found under, e.g. `logic:intel7` or `DE:2022`. */
  readonly key: string;
  readonly dataset: DatasetRef;
  readonly source: { readonly id: string; readonly citation: string; readonly url: string };
  readonly year?: number;
  readonly uncertainty?: UncertaintySpec;
  /** The row's note, when it has one. */
  readonly note?: string;
}
