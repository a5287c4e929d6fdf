import { InputError } from '../errors/index.js';
import { checkNumber } from '../validate/index.js';
import type { MomentsState } from './moments-state.js';

/**
 * The JSON form of a {@link RunningMoments} accumulator, for sending a
 * shard's statistics to the process that merges them. Every number is a
 * float64 written by `JSON.stringify`, which round-trips it exactly.
 */
export interface MomentsJSON {
  /** Discriminant: always `'ailca.moments'`. */
  readonly kind: 'ailca.moments';
  /** Format version: 1. */
  readonly version: 1;
  /** Finite samples. */
  readonly count: number;
  /** Their mean (0 when count is 0). */
  readonly mean: number;
  /** Σ (x − mean)². */
  readonly m2: number;
  /** Smallest finite sample; null when count is 0. */
  readonly min: number | null;
  /** Largest finite sample; null when count is 0. */
  readonly max: number | null;
  /** Σ x as a compensated pair: the sum is `sum + sumCompensation`. */
  readonly sum: number;
  /** The compensation term of the sum (see `sum`). */
  readonly sumCompensation: number;
  /** Non-finite samples seen. */
  readonly nonFiniteCount: number;
  /** Index of the first non-finite sample; null when there is none. */
  readonly firstNonFiniteIndex: number | null;
}

/** The JSON form of a moments state. */
export function momentsToJSON(s: MomentsState): MomentsJSON {
  return {
    kind: 'ailca.moments',
    version: 1,
    count: s.count,
    mean: s.mean,
    m2: s.m2,
    min: s.count > 0 ? s.min : null,
    max: s.count > 0 ? s.max : null,
    sum: s.sum,
    sumCompensation: s.sumCompensation,
    nonFiniteCount: s.nonFiniteCount,
    firstNonFiniteIndex: s.firstNonFiniteIndex >= 0 ? s.firstNonFiniteIndex : null,
  };
}

const FIX = 'pass the object that toJSON() produced, unchanged';

/** Check that `json` is an object of the given kind and version 1. */
export function checkJSONHeader(json: unknown, path: string, kind: string): Record<string, unknown> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new InputError({ path, received: json, expected: `an object with kind "${kind}"`, fix: FIX });
  }
  const o = json as Record<string, unknown>;
  if (o.kind !== kind) {
    throw new InputError({ path: `${path}.kind`, received: o.kind, expected: `"${kind}"`, fix: FIX });
  }
  if (o.version !== 1) {
    throw new InputError({ path: `${path}.version`, received: o.version, expected: '1', fix: 'this version of ailca reads version 1 only' });
  }
  return o;
}

/**
 * Read a {@link MomentsJSON} back into a state, checking every field.
 *
 * @throws {@link InputError} naming the first field that is missing or invalid
 */
export function momentsFromJSON(json: unknown, path: string): MomentsState {
  const o = checkJSONHeader(json, path, 'ailca.moments');
  const count = checkNumber(o.count, `${path}.count`, { min: 0, integer: true, fix: FIX });
  const mean = checkNumber(o.mean, `${path}.mean`, { fix: FIX });
  const m2 = checkNumber(o.m2, `${path}.m2`, { min: 0, fix: FIX });
  const sum = checkNumber(o.sum, `${path}.sum`, { fix: FIX });
  const sumCompensation = checkNumber(o.sumCompensation, `${path}.sumCompensation`, { fix: FIX });
  const nonFiniteCount = checkNumber(o.nonFiniteCount, `${path}.nonFiniteCount`, { min: 0, integer: true, fix: FIX });
  let min = Infinity;
  let max = -Infinity;
  if (count > 0) {
    min = checkNumber(o.min, `${path}.min`, { fix: FIX });
    max = checkNumber(o.max, `${path}.max`, { min, fix: 'max must be ≥ min; ' + FIX });
  } else if (o.min !== null || o.max !== null) {
    throw new InputError({ path: `${path}.min`, received: o.min, expected: 'null when count is 0', fix: FIX });
  }
  let firstNonFiniteIndex = -1;
  if (nonFiniteCount > 0) {
    firstNonFiniteIndex = checkNumber(o.firstNonFiniteIndex, `${path}.firstNonFiniteIndex`, { min: 0, integer: true, fix: FIX });
  } else if (o.firstNonFiniteIndex !== null) {
    throw new InputError({ path: `${path}.firstNonFiniteIndex`, received: o.firstNonFiniteIndex, expected: 'null when nonFiniteCount is 0', fix: FIX });
  }
  return { count, mean, m2, min, max, sum, sumCompensation, nonFiniteCount, firstNonFiniteIndex };
}
