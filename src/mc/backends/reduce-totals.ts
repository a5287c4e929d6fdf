import { AilcaError } from '../../errors/index.js';
import type { ReducedOutput, ReduceTarget } from './backend.js';

/** Float64 totals of one output, folded from the device's partials. */
interface Totals {
  s1: number; s2: number; min: number; max: number;
  readonly counts: Float64Array; under: number; over: number;
}

/**
 * The host side of a device reduction: the float64 totals of every output,
 * folded from what is read back of the device (the work-group partials of
 * each chunk, the uint32 bins before they could wrap, the counters at the
 * end) into the statistics the backend reports.
 * @internal
 */
export class HostTotals {
  private readonly totals: Totals[];

  /**
   * Empty totals of `targets`, each with `bins` bins; `units` are the scale units the device
   * multiplied the shifted samples by (`reduceUnits`).
   */
  constructor(private readonly targets: readonly ReduceTarget[], private readonly bins: number, private readonly units: readonly number[]) {
    this.totals = targets.map(() => ({ s1: 0, s2: 0, min: Infinity, max: -Infinity, counts: new Float64Array(bins), under: 0, over: 0 }));
  }

  /**
   * Add a chunk's partials `p` (per output, `groups` vec4 of scaled sum, scaled sum of squares,
   * min and max) in float64, the first `used` of each in work-group order.
   */
  addPartials(p: Float32Array, groups: number, used: number): void {
    this.totals.forEach((tot, k) => {
      const u = this.units[k];
      for (let w = 0; w < used; w++) {
        const at = 4 * (k * groups + w);
        tot.s1 += p[at] / u;
        tot.s2 += p[at + 1] / (u * u);
        if (p[at + 2] < tot.min) tot.min = p[at + 2];
        if (p[at + 3] > tot.max) tot.max = p[at + 3];
      }
    });
  }

  /** Add the device's histogram `h`: per output, its bins, then underflow, then overflow. */
  addBins(h: Uint32Array): void {
    const stride = this.bins + 2;
    this.totals.forEach((tot, k) => {
      for (let j = 0; j < this.bins; j++) tot.counts[j] += h[k * stride + j];
      tot.under += h[k * stride + this.bins];
      tot.over += h[k * stride + this.bins + 1];
    });
  }

  /**
   * The statistics of every output, given the device's counters `c` (per output: non-finite
   * samples, first non-finite index) and the `seen` samples of the run.
   * @throws AilcaError when the bins miss samples (a dropped WebGPU command) or a sum overflowed
   */
  outputs(c: Uint32Array, seen: number): ReducedOutput[] {
    return this.totals.map((tot, k) => {
      const bad = c[2 * k];
      const count = seen - bad;
      let binned = tot.under + tot.over;
      for (const n of tot.counts) binned += n;
      if (binned !== count) {
        // a submit the device dropped (validation, lost device) would otherwise leave zeros: refuse, never report them
        throw new AilcaError(`device reduction: output ${k} counted ${binned} finite samples in its bins but ${count} were sampled (a WebGPU command failed); run with reduction: 'host'`);
      }
      if (!Number.isFinite(tot.s1) || !Number.isFinite(tot.s2)) {
        throw new AilcaError(`device reduction: output ${k}'s float32 partial sums overflowed (samples more than about 1e19 times the histogram range from its shift); run with reduction: 'host'`);
      }
      return {
        count,
        shift: this.targets[k].shift,
        shiftedSum: tot.s1,
        shiftedSumSq: tot.s2,
        min: count > 0 ? tot.min : Infinity,
        max: count > 0 ? tot.max : -Infinity,
        nonFiniteCount: bad,
        firstNonFiniteIndex: bad > 0 ? c[2 * k + 1] : -1,
        underflow: tot.under,
        overflow: tot.over,
        counts: tot.counts,
      };
    });
  }
}
