import type { DatasetManifest } from './types.js';
import type {
  CatalogueRow,
  LogicFabRow,
  StorageFactorRow,
  GridIntensityRow,
  IcFactorRow,
  MaterialFactorRow,
  ParameterRow,
  PartFactorRow,
  PcbFactorRow,
  PueRow,
} from './schemas/index.js';

/** The record type of each built-in schema id. */
export interface SchemaRowTypes {
  'ic-factor': IcFactorRow;
  'pcb-factor': PcbFactorRow;
  'grid-intensity': GridIntensityRow;
  pue: PueRow;
  'material-factor': MaterialFactorRow;
  'part-factor': PartFactorRow;
  parameter: ParameterRow;
  catalogue: CatalogueRow;
  'logic-fab': LogicFabRow;
  'storage-factor': StorageFactorRow;
}

/**
 * A loaded, validated dataset: its manifest, where it was read from, and its
 * frozen rows grouped by schema (rows of several files with the same schema
 * are concatenated in manifest order).
 */
export interface Dataset {
  readonly name: string;
  readonly version: string;
  readonly manifest: DatasetManifest;
  /** Folder the dataset was read from. */
  readonly dir: string;
  /** True for the datasets shipped with the package. */
  readonly bundled: boolean;
  /** Rows by schema id. */
  readonly tables: ReadonlyMap<string, readonly Readonly<Record<string, unknown>>[]>;
}

/**
 * The rows of one schema in a dataset, typed; an empty array when the dataset
 * has no table of that schema.
 *
 * @example
 * rowsOf(loadBundledDataset('clemm-2024'), 'pcb-factor')[0].layers; // => 16
 */
export function rowsOf<K extends keyof SchemaRowTypes>(dataset: Dataset, schema: K): readonly SchemaRowTypes[K][] {
  return (dataset.tables.get(schema) ?? []) as unknown as readonly SchemaRowTypes[K][];
}
