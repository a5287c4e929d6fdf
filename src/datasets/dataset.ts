import type { DatasetManifest } from './types.js';
import type {
  CatalogueRow,
  CloudInstanceRow,
  VcpuPowerRow,
  LogicFabRow,
  StorageFactorRow,
  GridIntensityRow,
  IcFactorRow,
  MaterialFactorRow,
  ParameterRow,
  PartFactorRow,
  PcbFactorRow,
  PueRow,
  TransportFactorRow,
  ElectricityImpactRow,
  WueRow,
  ComponentImpactRow,
  ProcessNodeRow,
} from './schemas/index.js';

/** The record type of each built-in schema id. */
export interface SchemaRowTypes {
  /** Rows of `ic-factor`: emission factors of integrated circuits per die area. */
  'ic-factor': IcFactorRow;
  /** Rows of `pcb-factor`: emission factors of printed circuit boards per area, by layer count. */
  'pcb-factor': PcbFactorRow;
  /** Rows of `grid-intensity`: carbon intensity of electricity by location and year. */
  'grid-intensity': GridIntensityRow;
  /** Rows of `pue`: power usage effectiveness of data centres. */
  pue: PueRow;
  /** Rows of `material-factor`: emission factors per kg of material. */
  'material-factor': MaterialFactorRow;
  /** Rows of `part-factor`: emission factors per part (power supplies, chassis, fans …). */
  'part-factor': PartFactorRow;
  /** Rows of `parameter`: named scalar parameters with a unit. */
  parameter: ParameterRow;
  /** Rows of `catalogue`: one sourced field of one hardware entry per row. */
  catalogue: CatalogueRow;
  /** Rows of `logic-fab`: ACT's per-node fab parameters (EPA, GPA, MPA). */
  'logic-fab': LogicFabRow;
  /** Rows of `storage-factor`: emission factors of storage per capacity. */
  'storage-factor': StorageFactorRow;
  /** Rows of `cloud-instance`: cloud instance types and the hosts they are cut from. */
  'cloud-instance': CloudInstanceRow;
  /** Rows of `transport-factor`: emissions of freight per tonne-kilometre by mode. */
  'transport-factor': TransportFactorRow;
  /** Rows of `vcpu-power`: power of one vCPU by processor microarchitecture. */
  'vcpu-power': VcpuPowerRow;
  /** Rows of `electricity-impact`: water, ADPe and primary energy per kWh of electricity by location. */
  'electricity-impact': ElectricityImpactRow;
  /** Rows of `wue`: water usage effectiveness of data centres. */
  wue: WueRow;
  /** Rows of `component-impact`: components' manufacturing impact in the categories besides climate. */
  'component-impact': ComponentImpactRow;
  /** Rows of `process-node`: the nearest process row of a factor set for a process name it does not list. */
  'process-node': ProcessNodeRow;
}

/**
 * A loaded, validated dataset: its manifest, where it was read from, and its
 * frozen rows grouped by schema (rows of several files with the same schema
 * are concatenated in manifest order).
 */
export interface Dataset {
  /** Dataset name, from its manifest. */
  readonly name: string;
  /** Dataset version, from its manifest. */
  readonly version: string;
  /** The validated `manifest.json`. */
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
