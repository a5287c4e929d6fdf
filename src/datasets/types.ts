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
  /** Unit of the column's values as written in the data file, e.g. `kgCO2e/cm2`. */
  readonly unit: string;
  /** What the column holds. */
  readonly description: string;
}

/** The contents of `manifest.json`. */
export interface DatasetManifest {
  /** Dataset name, e.g. `clemm-2024` (the name studies and lookups use). */
  readonly name: string;
  /** Human-readable title. */
  readonly title: string;
  /** Version of the dataset, recorded in every result that uses it. */
  readonly version: string;
  /** Licence of the data (SPDX id or name). */
  readonly licence: string;
  /** Year of the figures (the most recent year the data describe). */
  readonly year: number;
  /** What the dataset holds, how it was compiled and its caveats. */
  readonly description: string;
  /** Published sources the rows cite by id. */
  readonly sources: readonly DatasetSource[];
  /** Data files with their checksums and row schemas. */
  readonly files: readonly DatasetFileEntry[];
  /** Unit and meaning of each column, by column name. */
  readonly fields: Readonly<Record<string, DatasetFieldSpec>>;
}

/**
 * An uncertainty range attached to a value: `uniform` between `min` and `max`,
 * or `triangular` with its mode at the value. Plain numbers in the value's
 * unit, ready to turn into a distribution.
 */
export interface UncertaintySpec {
  /** Shape of the range: `uniform` on [min, max], or `triangular` with its mode at the nominal value. */
  readonly dist: 'uniform' | 'triangular';
  /** Low end of the range, in the value's unit. */
  readonly min: number;
  /** High end of the range, in the value's unit. */
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
  readonly origin: {
    /** Data file, relative to the manifest's folder. */
    readonly file: string;
    /** 1-based row in that file. */
    readonly row: number;
  };
}

/** The dataset a value came from. */
export interface DatasetRef {
  /** Dataset name, e.g. `clemm-2024`. */
  readonly name: string;
  /** Dataset version. */
  readonly version: string;
}

/**
 * A factor with everything needed to trace it: value and canonical unit, the
 * key it was looked up by, the dataset and version, the cited source, the
 * year, and its uncertainty when the dataset gives one.
 */
export interface SourcedValue {
  /** The value in its canonical unit (`unit`). */
  readonly value: number;
  /** Canonical unit: `kgCO2e/cm²`, `kgCO2e/kWh`, `kgCO2e/kg`, `kgCO2e`, `W`, `1` … */
  readonly unit: string;
  /** The key the value was found under, e.g. `logic:intel7` or `DE:2022`. */
  readonly key: string;
  /** The dataset (name and version) the value was read from. */
  readonly dataset: DatasetRef;
  /** The published source the row cites. */
  readonly source: {
    /** Id of the source in the manifest, e.g. `clemm2024`. */
    readonly id: string;
    /** Full citation: authors, title, venue, year. */
    readonly citation: string;
    /** Where to read it (URL or DOI link). */
    readonly url: string;
  };
  /** Year the figure describes, when the row gives one. */
  readonly year?: number;
  /** The row's uncertainty range in the canonical unit, when the dataset gives one. */
  readonly uncertainty?: UncertaintySpec;
  /** The row's note, when it has one. */
  readonly note?: string;
  /**
   * An assumption the lookup made to answer, when it did not find the key as
   * asked: a process name mapped to the nearest node of the set (`process-node`
   * rows), a PCB layer count interpolated between two rows. Studies record it
   * in their warnings.
   */
  readonly assumption?: string;
}
