import { FileError } from '../errors/index.js';
import { describeRule } from '../validate/index.js';
import { parseNumberCell } from './parse-cell.js';
import type { ColumnSpec, RowSchema } from './schema.js';

/** A raw record before typing: CSV cells are strings, JSON properties any JSON value. */
export interface RawRecord {
  /** 1-based row (CSV, header = 1) or line (JSON) where the record starts. */
  readonly row: number;
  /** The record's cells by column name, untyped. */
  readonly cells: Readonly<Record<string, unknown>>;
}

/** What {@link validateRows} needs besides the records. */
export interface RowContext {
  /** File name for error messages. */
  readonly file: string;
  /** Ids of the manifest's sources; every row's `source` must be one of them. */
  readonly sourceIds: ReadonlySet<string>;
  /** Factor converting each numeric column from its declared unit to the canonical one. */
  readonly unitFactors: ReadonlyMap<string, number>;
}

type Cell = string | number | undefined;

/**
 * Type and check raw records against a schema: required cells present,
 * numbers parsed strictly and converted to the canonical unit, plausible
 * ranges, enums and patterns, known source ids, the schema's cross-column
 * check, and no unknown columns. Returns frozen records with their origin.
 * Key uniqueness is checked across files by the loader.
 *
 * @throws {@link FileError} naming file, row and column of the first problem
 * @example
 * typeof validateRows; // => 'function'
 */
export function validateRows(schema: RowSchema, records: readonly RawRecord[], ctx: RowContext): readonly Readonly<Record<string, unknown>>[] {
  const known = new Set(schema.columns.map((c) => c.name));
  return records.map(({ row, cells }) => {
    for (const name of Object.keys(cells)) {
      if (!known.has(name)) {
        throw new FileError({ file: ctx.file, row, column: name }, `unknown column for schema ${schema.id}`, `use only ${[...known].join(', ')}`);
      }
    }
    const out: Record<string, Cell> = {};
    for (const col of schema.columns) out[col.name] = typeCell(col, cells[col.name], ctx, row);
    const where = (column: string) => ({ file: ctx.file, row, column });
    if (known.has('source') && out.source !== undefined && !ctx.sourceIds.has(String(out.source))) {
      throw new FileError(where('source'), `source "${out.source}" is not among the manifest's sources`, `use one of ${[...ctx.sourceIds].join(', ')} or add it to manifest.json`);
    }
    const problem = schema.check?.(out);
    if (problem) throw new FileError(where(problem.column), problem.problem, problem.fix);
    const record: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(out)) if (v !== undefined) record[k] = v;
    record.origin = Object.freeze({ file: ctx.file, row });
    return Object.freeze(record);
  });
}

function typeCell(col: ColumnSpec, raw: unknown, ctx: RowContext, row: number): Cell {
  const where = { file: ctx.file, row, column: col.name };
  if (raw === undefined || raw === '') {
    if (col.required) throw new FileError(where, 'empty cell in a required column', `fill in ${col.description}`);
    return undefined;
  }
  if (raw === null) throw new FileError(where, 'null value (NaN and Infinity serialise to null in JSON)', col.required ? `write ${col.description}` : 'leave the property out');
  if (col.type === 'string') {
    if (typeof raw !== 'string') throw new FileError(where, `expected text, got ${typeof raw}`, 'write the value as a string');
    if (col.enum && !col.enum.includes(raw)) throw new FileError(where, 'the value is not allowed', `use one of ${col.enum.join(', ')}`);
    if (col.pattern && !col.pattern.test(raw)) throw new FileError(where, 'the value has the wrong form', `write ${col.patternText ?? col.pattern.source}`);
    return raw;
  }
  let n: number;
  if (typeof raw === 'number') n = raw;
  else if (typeof raw === 'string') {
    const parsed = parseNumberCell(raw);
    if (typeof parsed === 'string') {
      const fix = /decimal comma/.test(parsed)
        ? `use a dot as decimal separator: ${raw.replace(',', '.')}`
        : /percentage/.test(parsed)
          ? `write a plain number in the declared unit (75% as a fraction is 0.75)`
          : 'write a plain number such as 0.4';
      throw new FileError(where, parsed, fix);
    }
    n = parsed;
  } else throw new FileError(where, `expected a number, got ${typeof raw}`, 'write a plain number');
  if (!Number.isFinite(n)) throw new FileError(where, `${n} is not finite`, 'write a finite number');
  const value = convert(n, ctx.unitFactors.get(col.name) ?? 1);
  const rule = { min: col.min, max: col.max, minExclusive: col.minExclusive, integer: col.type === 'integer', unit: col.unit };
  const low = col.min !== undefined && (col.minExclusive ? value <= col.min : value < col.min);
  const high = col.max !== undefined && value > col.max;
  if (low || high || (col.type === 'integer' && !Number.isInteger(value))) {
    throw new FileError(where, `${raw} is outside the plausible range: expected ${describeRule(rule)}`, 'check the figure and the unit declared in the manifest');
  }
  return value;
}

/** Multiply by a unit factor; factors below 1 divide by their (integer) inverse so 820 g → 0.82 kg exactly. */
function convert(n: number, factor: number): number {
  if (factor >= 1) return n * factor;
  const inverse = Math.round(1 / factor);
  return Math.abs(1 / inverse - factor) < 1e-15 * factor ? n / inverse : n * factor;
}
