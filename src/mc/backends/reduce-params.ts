import type { ReduceTarget } from './backend.js';
import { REDUCE_PARAMS_BYTES } from './reduce-wgsl.js';

/**
 * The scale unit of every output of a device reduction: a power of two near
 * the range's reach from the shift, so that (x − shift)·unit is O(1) and
 * exact to scale; the device sums the scaled values and the host divides the
 * unit back out.
 * @internal
 */
export function reduceUnits(targets: readonly ReduceTarget[]): number[] {
  return targets.map((t) => {
    // a power of two near the range's reach from the shift: (x − shift)·unit is O(1) and exact to scale
    const reach = Math.max(Math.abs(t.hi - t.shift), Math.abs(t.lo - t.shift));
    const e = Math.max(-120, Math.min(120, Math.round(Math.log2(reach))));
    return 2 ** -e;
  });
}

/**
 * The part of the float32 index error that does not grow with the index v = (x − lo)·scale, in
 * bins: fround(lo) is within 2^−24·|lo| of lo, i.e. 2^−24·|lo|·scale bins; the error growing
 * with v (x − lo, scale and the product each rounded: 3·2^−24·v) is added in the shader as
 * 2^−22·v. Both are doubled, and 2^−20 added, for margin. Samples whose index lies within this of
 * a bin edge are binned by the exact thresholds instead (a few per cent of them).
 */
function fastPathMargin(lo: number, scale: number): number {
  return 2 ** -23 * Math.abs(lo) * scale + 2 ** -20;
}

/**
 * What one reduction pass reads: the eight u32 at the head of its uniform block (`REDUCE_WGSL`).
 * @internal
 */
export interface ReducePass {
  /** Samples in the pass. */
  readonly count: number;
  /** Floats per sample row of the source buffer. */
  readonly stride: number;
  /** Index of the pass's first sample in the run. */
  readonly start: number;
  /** Histogram bins of every output. */
  readonly bins: number;
  /** First output of the pass. */
  readonly first: number;
  /** Outputs in the pass (≤ 4). */
  readonly n: number;
  /** Partials per output in the partials buffer. */
  readonly groups: number;
  /** Column of output `first` in a sample row. */
  readonly column: number;
}

/**
 * The uniform block of one reduction pass (REDUCE_PARAMS_BYTES bytes): the head of `pass`, then
 * lo, scale, shift and unit of outputs first … first + n − 1, then their fast-path margins.
 * @internal
 */
export function reduceParams(targets: readonly ReduceTarget[], units: readonly number[], pass: ReducePass): Uint8Array {
  const { count, stride, start, bins, first, n, groups, column } = pass;
  const head = new Uint32Array([count, stride, start, bins, first, n, groups, column]);
  const o = new Float32Array(20);
  for (let c = 0; c < n; c++) {
    const t = targets[first + c];
    const scale = t.bins / (t.hi - t.lo);
    o.set([t.lo, scale, t.shift, units[first + c]], 4 * c);
    o[16 + c] = fastPathMargin(t.lo, scale);
  }
  const params = new Uint8Array(REDUCE_PARAMS_BYTES);
  params.set(new Uint8Array(head.buffer), 0);
  params.set(new Uint8Array(o.buffer), 32);
  return params;
}
