import { formatValue, InputError } from '../errors/index.js';
import { checkNumber } from '../validate/index.js';
import type { DesignEvaluationOptions, SensitivityProblem } from './types.js';

/** Default rows per `evaluate` call: 2^16 (a GPU-sized batch of a few MB). */
export const DEFAULT_BATCH_ROWS = 65536;

/** Writes `count` design rows starting at `start`, in input space, into `out` (row-major). */
export type RowFiller = (start: number, count: number, out: Float64Array) => void;

interface BadValues {
  count: number;
  firstRow: number;
  firstValue: number;
  inputs: string;
}

/**
 * Evaluate a design of `rows` rows through `problem.evaluate`, in batches of
 * `options.batchRows`, and return one float64 array of `rows` values per
 * output. Between batches it honours `options.signal` and reports
 * `options.onProgress`. Every returned value is checked: a wrong number or
 * length of arrays is refused at once; non-finite values are counted over
 * the whole design and reported with the first bad row and its input values.
 *
 * @param problem - a checked problem
 * @param rows - the number of design rows
 * @param fill - writes a batch of rows in input space
 * @param options - batching, progress and abort
 * @param path - the caller's name, used in errors (`sobol`)
 * @param rowOffset - the design row of `fill`'s row 0, named in errors (a shard of a larger design); default 0
 * @throws {@link InputError} when `evaluate` returns the wrong shape or non-finite values
 * @internal
 */
export async function evaluateDesign(
  problem: SensitivityProblem,
  rows: number,
  fill: RowFiller,
  options: DesignEvaluationOptions,
  path: string,
  rowOffset = 0,
): Promise<Float64Array[]> {
  const batchRows = checkNumber(options.batchRows ?? DEFAULT_BATCH_ROWS, `${path}.options.batchRows`, {
    min: 1,
    max: 16777216,
    integer: true,
    fix: 'use a whole number of rows per evaluate call, e.g. 65536',
  });
  const d = problem.inputs.length;
  const outputs = problem.outputs.map(() => new Float64Array(rows));
  const bad: (BadValues | undefined)[] = problem.outputs.map(() => undefined);
  const buffer = new Float64Array(Math.min(batchRows, rows) * d);
  for (let start = 0; start < rows; start += batchRows) {
    options.signal?.throwIfAborted();
    const count = Math.min(batchRows, rows - start);
    const batch = buffer.subarray(0, count * d);
    fill(start, count, batch);
    // Pass a copy-free view; an evaluator must not keep it past its call.
    const result = await problem.evaluate(batch, count);
    if (!Array.isArray(result) || result.length !== problem.outputs.length) {
      throw new InputError({
        path: `${path}: problem.evaluate`,
        received: Array.isArray(result)
          ? `${result.length} arrays`
          : ArrayBuffer.isView(result)
            ? `a bare ${result.constructor.name}, not an array of arrays`
            : result,
        expected: `an array of ${problem.outputs.length} arrays (one per output: ${problem.outputs.join(', ')})`,
        problem: 'returned the wrong number of outputs',
        fix: 'return one array of n values per name in problem.outputs, in that order',
      });
    }
    result.forEach((values: ArrayLike<number>, k) => {
      const name = problem.outputs[k];
      if (values === null || typeof values !== 'object' || values.length !== count) {
        throw new InputError({
          path: `${path}: problem.evaluate output "${name}"`,
          received: values === null || typeof values !== 'object' ? values : `${values.length} values`,
          expected: `${count} values, one per design row of the batch`,
          problem: 'has the wrong length',
          fix: 'return an array with one value per row of the design passed in',
        });
      }
      const target = outputs[k] as Float64Array;
      for (let j = 0; j < count; j += 1) {
        const y = values[j];
        target[start + j] = y;
        if (!Number.isFinite(y)) {
          const b = bad[k];
          if (b !== undefined) b.count += 1;
          else {
            const row = Array.from(batch.subarray(j * d, (j + 1) * d), (x, i) => `${problem.inputs[i]?.name} = ${x}`);
            bad[k] = { count: 1, firstRow: rowOffset + start + j, firstValue: y, inputs: row.join(', ') };
          }
        }
      }
    });
    options.onProgress?.({ done: start + count, total: rows });
  }
  const k = bad.findIndex((b) => b !== undefined);
  if (k >= 0) {
    const b = bad[k] as BadValues;
    const others = problem.outputs.filter((_n, i) => i !== k && bad[i] !== undefined);
    throw new InputError({
      path: `${path}: output "${problem.outputs[k]}"`,
      received: b.firstValue,
      expected: 'a finite number for every sample',
      problem:
        `is not finite for ${b.count} of ${rows} samples; the first is design row ${b.firstRow} (0-based) with ${b.inputs}` +
        (others.length > 0 ? `; outputs ${others.map((o) => formatValue(o)).join(', ')} also have non-finite values` : ''),
      fix: 'guard the formula (a division by zero, the log of 0 or of a negative number?) or narrow the input distributions so that every sample is valid',
    });
  }
  return outputs;
}

/**
 * A {@link RowFiller} for a design in the unit hypercube: maps each
 * coordinate through its input's `ppf` and checks the result is finite.
 *
 * @param unit - the unit design, row-major, `problem.inputs.length` columns
 * @param problem - a checked problem
 * @param path - the caller's name, used in errors
 * @throws {@link InputError} when a `ppf` returns a non-finite value
 * @internal
 */
export function unitRowFiller(unit: Float64Array, problem: SensitivityProblem, path: string): RowFiller {
  const inputs = problem.inputs;
  const d = inputs.length;
  return (start, count, out) => {
    for (let i = 0; i < d; i += 1) {
      const ppf = (inputs[i]).ppf;
      for (let j = 0; j < count; j += 1) {
        const u = unit[(start + j) * d + i];
        const x = ppf(u);
        if (typeof x !== 'number' || !Number.isFinite(x)) {
          throw new InputError({
            path: `${path}: problem.inputs[${i}].ppf (${inputs[i]?.name})`,
            received: x,
            expected: `a finite number for every u in (0, 1); it was called with u = ${u}`,
            problem: 'returned a non-finite value',
            fix: 'check the distribution parameters; an unbounded distribution has no finite 0 or 1 quantile (Morris: narrow options.percentiles)',
          });
        }
        out[j * d + i] = x;
      }
    }
  };
}

/**
 * A {@link RowFiller} for a design already in input space (d columns).
 * @internal
 */
export function copyRowFiller(design: Float64Array, d: number): RowFiller {
  return (start, count, out) => out.set(design.subarray(start * d, (start + count) * d));
}
