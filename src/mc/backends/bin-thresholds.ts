/**
 * The host's bin of a finite sample x (`scanMomentsAndBins`, src/stats/scan-chunk.ts):
 * −1 below lo, `bins` at or above hi, else ⌊(x − lo)·scale⌋ in float64 with an
 * index that rounds up to `bins` put in the last bin. Non-decreasing in x.
 */
function hostBin(x: number, lo: number, hi: number, scale: number, bins: number): number {
  if (x < lo) return -1;
  if (x >= hi) return bins;
  const j = Math.floor((x - lo) * scale);
  return j > bins - 1 ? bins - 1 : j;
}

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);
/** Largest finite float32 key: the key of FLT_MAX. */
const KEY_MAX = 0x7f7fffff;

/** A float32's position in value order: an integer, −KEY_MAX…KEY_MAX over the finite float32s (−0 and +0 both 0). */
function keyOf(x: number): number {
  f32[0] = x;
  const bits = u32[0];
  return bits >= 0x80000000 ? -(bits - 0x80000000) : bits;
}

/** The float32 at a key. */
function valueOf(key: number): number {
  u32[0] = key < 0 ? 0x80000000 + -key : key;
  return f32[0];
}

/**
 * The float32 thresholds that reproduce the host's float64 binning exactly
 * with float32 comparisons only: `t[j]` (j = 0 … bins) is the smallest finite
 * float32 x whose host bin is ≥ j (+Infinity when there is none). A finite
 * float32 sample x then falls in bin j exactly when t[j] ≤ x < t[j + 1]
 * (underflow below t[0], overflow at or above t[bins]): the device counts in
 * the same bins as the host, whatever float32 rounding its own index
 * estimate (x − lo)·scale suffers. Each threshold is found by bisection over
 * float32 values in order, starting from the float32 nearest lo + j / scale.
 *
 * @param lo - lower histogram edge (float64)
 * @param hi - upper histogram edge (float64)
 * @param bins - number of bins
 * @returns bins + 1 thresholds, non-decreasing
 * @internal
 */
export function binThresholds(lo: number, hi: number, bins: number): Float32Array {
  const scale = bins / (hi - lo);
  const t = new Float32Array(bins + 1);
  let floor = -KEY_MAX; // thresholds are non-decreasing: each search starts at the previous one
  for (let j = 0; j <= bins; j++) {
    const target = j === bins ? hi : lo + j / scale;
    const guess = Math.max(floor, Math.min(KEY_MAX, Math.max(-KEY_MAX, keyOf(Math.fround(Math.max(-3.4028234663852886e38, Math.min(3.4028234663852886e38, target)))))));
    // bracket [a, b]: bin(a) < j (or a = floor − 1), bin(b) ≥ j (or b = KEY_MAX + 1, no such float32)
    let step = 1;
    let a = guess - 1;
    while (a >= floor && hostBin(valueOf(a), lo, hi, scale, bins) >= j) {
      a = Math.max(floor - 1, a - step);
      step *= 2;
    }
    step = 1;
    let b = guess;
    while (b <= KEY_MAX && hostBin(valueOf(b), lo, hi, scale, bins) < j) {
      b = Math.min(KEY_MAX + 1, b + step);
      step *= 2;
    }
    a = Math.max(a, floor - 1);
    while (b - a > 1) {
      const m = Math.floor((a + b) / 2);
      if (hostBin(valueOf(m), lo, hi, scale, bins) >= j) b = m;
      else a = m;
    }
    t[j] = b > KEY_MAX ? Infinity : valueOf(b);
    floor = b > KEY_MAX ? KEY_MAX + 1 : b;
  }
  return t;
}
