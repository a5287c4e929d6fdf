/**
 * The row schemas, one file each, and the registry the loader uses to find
 * the schema a manifest names.
 * @module
 */
import { FileError } from '../../errors/index.js';
import type { RowSchema } from '../schema.js';
import { icFactorSchema } from './ic-factor.js';
import { pcbFactorSchema } from './pcb-factor.js';
import { gridIntensitySchema } from './grid-intensity.js';
import { pueSchema } from './pue.js';
import { materialFactorSchema } from './material-factor.js';
import { partFactorSchema } from './part-factor.js';
import { parameterSchema } from './parameter.js';
import { catalogueSchema } from './catalogue.js';
import { logicFabSchema } from './logic-fab.js';
import { storageFactorSchema } from './storage-factor.js';
import { cloudInstanceSchema } from './cloud-instance.js';
import { vcpuPowerSchema } from './vcpu-power.js';
import { transportFactorSchema } from './transport-factor.js';
import { electricityImpactSchema } from './electricity-impact.js';
import { wueSchema } from './wue.js';
import { componentImpactSchema } from './component-impact.js';
import { processNodeSchema } from './process-node.js';

export { icFactorSchema, IC_TECHNOLOGIES, type IcTechnology, type IcFactorRow } from './ic-factor.js';
export { pcbFactorSchema, type PcbFactorRow } from './pcb-factor.js';
export { gridIntensitySchema, type GridIntensityRow } from './grid-intensity.js';
export { pueSchema, type PueRow } from './pue.js';
export { materialFactorSchema, type MaterialFactorRow } from './material-factor.js';
export { partFactorSchema, PART_UNITS, type PartFactorRow } from './part-factor.js';
export { parameterSchema, PARAMETER_UNITS, type ParameterRow } from './parameter.js';
export { logicFabSchema, type LogicFabRow } from './logic-fab.js';
export { storageFactorSchema, STORAGE_TECHNOLOGIES, type StorageFactorRow } from './storage-factor.js';
export { cloudInstanceSchema, CLOUD_PROVIDERS, type CloudInstanceRow } from './cloud-instance.js';
export { vcpuPowerSchema, type VcpuPowerRow } from './vcpu-power.js';
export { transportFactorSchema, type TransportFactorRow } from './transport-factor.js';
export { electricityImpactSchema, ELECTRICITY_IMPACT_CATEGORIES, ELECTRICITY_IMPACT_UNITS, type ElectricityImpactCategory, type ElectricityImpactRow } from './electricity-impact.js';
export { wueSchema, type WueRow } from './wue.js';
export { componentImpactSchema, COMPONENT_IMPACT_CATEGORIES, COMPONENT_IMPACT_UNITS, type ComponentImpactCategory, type ComponentImpactRow } from './component-impact.js';
export { processNodeSchema, type ProcessNodeRow } from './process-node.js';
export { catalogueSchema, CATALOGUE_FIELDS, CATALOGUE_KINDS, type CatalogueRow, type CatalogueFieldSpec } from './catalogue.js';

const REGISTRY: ReadonlyMap<string, RowSchema> = new Map(
  [icFactorSchema, pcbFactorSchema, gridIntensitySchema, pueSchema, materialFactorSchema, partFactorSchema, parameterSchema, catalogueSchema, logicFabSchema, storageFactorSchema, cloudInstanceSchema, vcpuPowerSchema, electricityImpactSchema, wueSchema, transportFactorSchema, componentImpactSchema, processNodeSchema].map(
    (s) => [s.id, s] as const,
  ),
);

/**
 * Ids of every row schema a manifest may name in `files[].schema`.
 *
 * @example
 * listSchemas().includes('ic-factor'); // => true
 */
export function listSchemas(): string[] {
  return [...REGISTRY.keys()];
}

/**
 * Register an extra row schema (for tables added by other modules). The id
 * must not be taken already.
 *
 * @throws {@link FileError} when the id is already registered
 * @example
 * typeof registerSchema; // => 'function'
 */
export function registerSchema(schema: RowSchema): void {
  if (REGISTRY.has(schema.id)) throw new FileError({ file: '<schema registry>' }, `schema id "${schema.id}" is already registered`, 'choose another id');
  (REGISTRY as Map<string, RowSchema>).set(schema.id, schema);
}

/**
 * The schema with this id, or undefined.
 *
 * @example
 * findSchema('pcb-factor')?.key; // => ['layers']
 */
export function findSchema(id: string): RowSchema | undefined {
  return REGISTRY.get(id);
}
