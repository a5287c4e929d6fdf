import type { RowProblem, RowSchema } from '../schema.js';
import { parseNumberCell } from '../parse-cell.js';

/** What a catalogue field holds: text, or a number in a unit within a range. */
export interface CatalogueFieldSpec {
  /** `text`, or a `number`/`integer` in `unit`. */
  readonly type: 'text' | 'number' | 'integer';
  /** Canonical unit of a numeric field (`cm²`, `W`, `GB`, `kg`, `kgCO2e`). */
  readonly unit?: string;
  /** Lowest plausible value, in `unit`. */
  readonly min?: number;
  /** Highest plausible value, in `unit`. */
  readonly max?: number;
  /** Allowed values of a text field. */
  readonly enum?: readonly string[];
  /** What the field holds, in words. */
  readonly description: string;
}

/** Kinds of catalogue entries. */
export const CATALOGUE_KINDS = ['cpu', 'gpu', 'accelerator', 'board', 'dram-module', 'ssd', 'hdd', 'server', 'chipset'] as const;

/**
 * The fields a hardware-catalogue entry may have, each with its type, unit and
 * plausible range. Units are canonical; a study may override any field.
 */
export const CATALOGUE_FIELDS: Readonly<Record<string, CatalogueFieldSpec>> = {
  kind: { type: 'text', enum: CATALOGUE_KINDS, description: 'kind of part' },
  name: { type: 'text', description: 'product name' },
  vendor: { type: 'text', description: 'manufacturer' },
  process: { type: 'text', description: 'process generation of the main die (Intel 7, TSMC 4N, 5 nm)' },
  technology: { type: 'text', enum: ['logic', 'dram', 'nand', 'hbm', 'other'], description: 'IC technology of the main die' },
  dieAreaCm2: { type: 'number', unit: 'cm²', min: 0.01, max: 100, description: 'total die area of the main package' },
  dies: { type: 'integer', min: 1, max: 100_000, description: 'number of dies of the main package or module' },
  cores: { type: 'integer', min: 1, max: 100_000, description: 'processor cores' },
  tdpW: { type: 'number', unit: 'W', min: 0.1, max: 20_000, description: 'thermal design power (or maximum power of a system)' },
  idlePowerW: { type: 'number', unit: 'W', min: 0, max: 20_000, description: 'idle power' },
  memoryGB: { type: 'number', unit: 'GB', min: 0.001, max: 1e6, description: 'memory capacity' },
  memoryType: { type: 'text', description: 'memory technology (DDR5, HBM3)' },
  hbmStacks: { type: 'integer', min: 1, max: 64, description: 'number of HBM stacks' },
  capacityGB: { type: 'number', unit: 'GB', min: 0.001, max: 1e6, description: 'storage or module capacity' },
  boardAreaCm2: { type: 'number', unit: 'cm²', min: 1, max: 100_000, description: 'printed circuit board area' },
  layers: { type: 'integer', min: 1, max: 64, description: 'PCB copper layers' },
  massKg: { type: 'number', unit: 'kg', min: 0.001, max: 5_000, description: 'mass' },
  gpus: { type: 'integer', min: 1, max: 1_000, description: 'accelerators in a system' },
  cpus: { type: 'integer', min: 1, max: 1_000, description: 'processors in a system' },
  embodiedKgCO2e: { type: 'number', unit: 'kgCO2e', min: 0.001, max: 1e6, description: 'published manufacturing footprint of the whole part' },
};

/** A row of a `catalogue` table: one field of one hardware entry. */
export interface CatalogueRow {
  /** Id of the hardware entry, e.g. `xeon-platinum-8468`. */
  readonly id: string;
  /** Name of the field this row gives (a key of `CATALOGUE_FIELDS`). */
  readonly field: string;
  /** The cell as written; numeric fields parse with the same strict rules as numeric columns. */
  readonly value: string;
  /** Unit of `value` as written, for numeric fields (converted to the field's canonical unit). */
  readonly unit?: string;
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

function checkCatalogueRow(row: Readonly<Record<string, string | number | undefined>>): RowProblem | undefined {
  const field = String(row.field);
  const spec = CATALOGUE_FIELDS[field];
  if (!spec) {
    return { column: 'field', problem: `unknown field "${field}"`, fix: `use one of ${Object.keys(CATALOGUE_FIELDS).join(', ')}` };
  }
  const unit = row.unit === undefined ? undefined : String(row.unit);
  if ((spec.unit ?? undefined) !== unit) {
    return { column: 'unit', problem: `field ${field} needs unit ${spec.unit ?? '(empty)'}, got ${unit ?? '(empty)'}`, fix: `write ${spec.unit ?? 'an empty cell'}` };
  }
  const text = String(row.value);
  if (spec.type === 'text') {
    if (spec.enum && !spec.enum.includes(text)) return { column: 'value', problem: `"${text}" is not a valid ${field}`, fix: `use one of ${spec.enum.join(', ')}` };
    return undefined;
  }
  const parsed = parseNumberCell(text);
  if (typeof parsed === 'string') return { column: 'value', problem: parsed, fix: 'write a plain number such as 8.12' };
  if (spec.type === 'integer' && !Number.isInteger(parsed)) return { column: 'value', problem: `${field} must be an integer, got ${text}`, fix: 'write a whole number' };
  if ((spec.min !== undefined && parsed < spec.min) || (spec.max !== undefined && parsed > spec.max)) {
    return { column: 'value', problem: `${field} ${parsed} is outside the plausible range [${spec.min}, ${spec.max}] ${spec.unit ?? ''}`.trim(), fix: 'check the unit and the figure' };
  }
  return undefined;
}

/**
 * Schema `catalogue`: hardware entries in long form, one row per (entry id,
 * field), so that every field carries its own source and year. Fields and
 * their units are listed in {@link CATALOGUE_FIELDS}.
 *
 * @example
 * catalogueSchema.key; // => ['id', 'field']
 */
export const catalogueSchema: RowSchema = {
  id: 'catalogue',
  description: 'Hardware catalogue: one row per entry and field, each with its source',
  columns: [
    { name: 'id', type: 'string', required: true, description: 'entry id', pattern: /^[a-z0-9][a-z0-9.-]*$/, patternText: 'lower-case letters, digits, dots and hyphens' },
    { name: 'field', type: 'string', required: true, description: 'field name (see CATALOGUE_FIELDS)' },
    { name: 'value', type: 'string', required: true, description: 'the field value; numeric fields in the unit given' },
    { name: 'unit', type: 'string', required: false, description: 'canonical unit of a numeric field' },
    { name: 'source', type: 'string', required: true, description: "id of one of the manifest's sources" },
    { name: 'year', type: 'integer', required: true, description: 'year the figure describes or was published', min: 1990, max: 2100 },
    { name: 'note', type: 'string', required: false, description: 'how the figure was derived; caveats' },
  ],
  key: ['id', 'field'],
  check: checkCatalogueRow,
};
