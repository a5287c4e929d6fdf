import type { Param } from '../system/index.js';
import type { SourcedFactor } from './factor-lookup.js';
import type { FieldSpec, ParseContext } from './parse-context.js';
import { readParam } from './read-param.js';

/**
 * Read a field that falls back to a dataset value, keeping the dataset's
 * uncertainty: when the field is absent and the row has a range, the param
 * is that distribution (base = the row's value) with status `dataset` and the
 * row's source, so the Monte Carlo and sensitivity engines see the spread.
 * A field the study gives is read as usual ({@link readParam}).
 *
 * @param factor - the dataset value, looked up only when the field is absent
 * @throws {@link InputError} naming the path for an invalid value
 */
export function readDefaulted(ctx: ParseContext, raw: unknown, path: string, spec: FieldSpec, factor: () => SourcedFactor, status: 'dataset' | 'default' = 'dataset'): Param {
  if (raw !== undefined) return readParam(ctx, raw, path, spec);
  const f = factor();
  const u = f.uncertainty;
  if (u === undefined) return readParam(ctx, undefined, path, spec, { status, factor: f });
  const spread = u.dist === 'triangular' ? { dist: 'triangular', min: u.min, mode: u.mode ?? f.value, max: u.max } : { dist: 'uniform', min: u.min, max: u.max };
  const read = readParam(ctx, { ...spread, base: f.value }, path, spec);
  const param: Param = { ...read, status, source: f.source };
  const i = ctx.params.indexOf(read);
  if (i >= 0) ctx.params[i] = param;
  return param;
}
