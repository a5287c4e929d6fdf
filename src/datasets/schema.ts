/**
 * How a row schema is described: columns with types, units, ranges and
 * required flags, the key columns that must be unique, and cross-column checks.
 * @module
 */

/** One column of a row schema. */
export interface ColumnSpec {
  /** Column name as it appears in the CSV header or the JSON property. */
  readonly name: string;
  /** `string` cells are kept as text; `number` and `integer` are parsed strictly. */
  readonly type: 'string' | 'number' | 'integer';
  /** When true an empty cell (or a missing JSON property) is refused. */
  readonly required: boolean;
  /** What the column holds, in words (shown by `describeSchema` and in errors). */
  readonly description: string;
  /** Canonical unit of a numeric column; the manifest must declare it (or one of `accepts`) in `fields`. */
  readonly unit?: string;
  /** Other units the manifest may declare, with the factor that converts them to `unit`. */
  readonly accepts?: Readonly<Record<string, number>>;
  /** The column is in the same unit as that column (min/max of a value) and needs no declaration. */
  readonly sameUnitAs?: string;
  /** The value's unit is given per row in this other column (mixed-unit tables). */
  readonly unitColumn?: string;
  /** Plausible range, in the canonical unit. */
  readonly min?: number;
  /** Upper end of the plausible range, in the canonical unit. */
  readonly max?: number;
  /** When true the range excludes `min` itself. */
  readonly minExclusive?: boolean;
  /** Allowed values of a string column. */
  readonly enum?: readonly string[];
  /** Pattern a string column must match, and the pattern in words. */
  readonly pattern?: RegExp;
  /** The pattern in words, for error messages. */
  readonly patternText?: string;
}

/** A problem found by a schema's cross-column check. */
export interface RowProblem {
  /** The column the problem is reported on. */
  readonly column: string;
  /** What is wrong, in words. */
  readonly problem: string;
  /** How to fix it. */
  readonly fix: string;
}

/** A row schema: the columns, the key, and checks that involve several columns. */
export interface RowSchema {
  /** Id named in the manifest's `files[].schema`. */
  readonly id: string;
  /** What a row of this schema describes. */
  readonly description: string;
  /** The columns, in the order `describeSchema` lists them. */
  readonly columns: readonly ColumnSpec[];
  /** Columns whose combined value must be unique within a dataset. */
  readonly key: readonly string[];
  /** Checks that involve several cells; returns the first problem or undefined. */
  readonly check?: (row: Readonly<Record<string, string | number | undefined>>) => RowProblem | undefined;
}

const UNIT_ANNOTATION = 'see column unit';

/** The text a manifest writes as the unit of a column whose unit is given per row. */
export const PER_ROW_UNIT = UNIT_ANNOTATION;

/**
 * The value/uncertainty/provenance columns every factor table shares: `value`
 * in `unit` within `[min, max]`, optional `min`, `max`, `dist`, then `source`,
 * `year` and `note`.
 *
 * @example
 * factorColumns('kgCO2e/cm²', { min: 0, max: 50 }).map((c) => c.name); // => ['value', 'min', 'max', 'dist', 'source', 'year', 'note']
 */
export function factorColumns(
  unit: string,
  range: { readonly min: number; readonly max: number },
  accepts: Readonly<Record<string, number>> = {},
): ColumnSpec[] {
  const perRow = unit === UNIT_ANNOTATION;
  return [
    {
      name: 'value',
      type: 'number',
      required: true,
      description: 'nominal value',
      ...(perRow ? { unitColumn: 'unit' } : { unit, accepts }),
      min: range.min,
      max: range.max,
      minExclusive: range.min === 0,
    },
    { name: 'min', type: 'number', required: false, description: 'low end of the uncertainty range', sameUnitAs: 'value', min: 0 },
    { name: 'max', type: 'number', required: false, description: 'high end of the uncertainty range', sameUnitAs: 'value', min: 0 },
    { name: 'dist', type: 'string', required: false, description: 'shape of the range: uniform (default) or triangular (mode = value)', enum: ['uniform', 'triangular'] },
    { name: 'source', type: 'string', required: true, description: "id of one of the manifest's sources" },
    { name: 'year', type: 'integer', required: true, description: 'year the figure describes', min: 1990, max: 2100 },
    { name: 'note', type: 'string', required: false, description: 'how the figure was derived; caveats' },
  ];
}

/**
 * The cross-column check every factor table shares: `min ≤ value ≤ max`, both
 * ends given together, and `dist` only with a range.
 *
 * @example
 * checkFactorRange({ value: 2, min: 1, max: 3 }); // => undefined
 * checkFactorRange({ value: 5, min: 1, max: 3 })?.column; // => 'value'
 */
export function checkFactorRange(row: Readonly<Record<string, string | number | undefined>>): RowProblem | undefined {
  const { value, min, max, dist } = row;
  if ((min === undefined) !== (max === undefined)) {
    return { column: min === undefined ? 'min' : 'max', problem: 'only one end of the range is given', fix: 'give both min and max, or neither' };
  }
  if (dist !== undefined && min === undefined) {
    return { column: 'dist', problem: `dist "${dist}" without a range`, fix: 'give min and max, or leave dist empty' };
  }
  if (typeof min === 'number' && typeof max === 'number' && typeof value === 'number') {
    if (min > max) return { column: 'min', problem: `min ${min} > max ${max}`, fix: 'swap min and max' };
    if (value < min || value > max) {
      return { column: 'value', problem: `value ${value} lies outside [${min}, ${max}]`, fix: 'widen the range or correct the value' };
    }
  }
  return undefined;
}
