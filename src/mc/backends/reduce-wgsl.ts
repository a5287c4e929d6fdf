/** Threads per work-group of the reduction pass. */
export const REDUCE_THREADS = 256;
/**
 * Samples each thread reduces (strided by {@link REDUCE_THREADS}, so neighbouring threads read
 * neighbouring samples); each thread writes one partial (Σd, Σd², min, max) per output, so a chunk
 * of c samples reads back c / 256 vec4 per output. No work-group tree: on lavapipe every
 * `workgroupBarrier` splits the shader into coroutines, and a 256-thread tree ran at 11 M samples/s
 * against 65 M without it (one output, measured on this machine, docs/performance.md).
 */
export const REDUCE_PER_THREAD = 256;
/** Samples one thread sums in float32 before adding the block to its running sum (pairwise in two levels). */
const BLOCK = 16;
/** Samples per work-group: 65,536. */
export const REDUCE_GROUP = REDUCE_THREADS * REDUCE_PER_THREAD;
/** Bytes of the reduction pass's uniform block: 8 u32, 4 vec4<f32> (lo, scale, shift, unit per output of a gpu.js `Array(4)` kernel) and a vec4<f32> of margins. */
export const REDUCE_PARAMS_BYTES = 32 + 4 * 16 + 16;

/**
 * The WGSL reduction pass over one kernel's output buffer: n ≤ 4 outputs at
 * columns column … column + n − 1 of rows of `stride` floats (a gpu.js
 * `Array(n)` kernel: stride n, column 0; the fused kernel: stride K, column
 * first). For each output k of the kernel it
 *
 * - counts every finite sample x into the histogram with float32
 *   comparisons against the thresholds of `binThresholds`, so that a sample
 *   lands in the same bin as on the host's float64 rule: the index estimate
 *   ⌊(x − lo)·scale⌋ is checked against t[j] ≤ x < t[j+1] and, when float32
 *   rounding put it one bin off (or the bins are narrower than a float32
 *   step), found by bisection over the thresholds;
 * - counts non-finite samples (by their exponent bits: WGSL may assume
 *   x − x = 0) and keeps the smallest absolute index of one (atomicMin);
 * - sums d = (x − shift)·unit and d² over each thread's 256 samples in
 *   float32 (blocks of 16 in a fixed order, block sums added to the
 *   thread's sum: the rounding error grows with about 16 + 16 additions,
 *   not 256) and takes min and max, writing one vec4 partial per thread
 *   that the host adds in float64 in thread order. `unit` is a power of
 *   two, so the scaling is exact; it keeps d² far from float32's range limits.
 *
 * Histogram slots per output: bins counts, then underflow, then overflow.
 */
export const REDUCE_WGSL = /* wgsl */ `
struct Params {
  count: u32, stride: u32, start: u32, bins: u32,
  first: u32, n: u32, groups: u32, column: u32,
  o: array<vec4<f32>, 4>,
  margin: vec4<f32>,
}
@group(0) @binding(0) var<storage, read> samples: array<f32>;
@group(0) @binding(1) var<storage, read> thresholds: array<f32>;
@group(0) @binding(2) var<storage, read_write> hist: array<atomic<u32>>;
@group(0) @binding(3) var<storage, read_write> partials: array<vec4<f32>>;
@group(0) @binding(4) var<storage, read_write> counters: array<atomic<u32>>;
@group(0) @binding(5) var<uniform> P: Params;

const WG: u32 = ${REDUCE_THREADS}u;
const PER: u32 = ${REDUCE_PER_THREAD}u;
const BIG: f32 = 0x1.fffffep+127f; // FLT_MAX
const BLOCK: u32 = ${BLOCK}u;

fn slotOf(x: f32, k: u32, lo: f32, scale: f32, margin: f32) -> u32 {
  let bins = P.bins;
  let v = (x - lo) * scale;
  // fast path: v is within margin0 + |v|·2^-22 of the host's float64 index (float32 rounding of
  // lo, scale, x − lo and the product), so a fractional part farther than that from 0 and 1 is the
  // host's bin; v − floor(v) is exact in float32
  let fv = floor(v);
  let fr = v - fv;
  let mg = margin + v * 2.384185791015625e-7;
  if (v >= 0.0 && v < f32(bins) && fr > mg && fr < 1.0 - mg) { return u32(fv); }
  let t0 = k * (bins + 1u);
  var j: i32;
  if (v < 0.0) { j = -1; } else if (v >= f32(bins)) { j = i32(bins); } else { j = i32(v); }
  let lowOk = j < 0 || x >= thresholds[t0 + u32(j)];
  let highOk = j >= i32(bins) || x < thresholds[t0 + u32(j + 1)];
  if (!(lowOk && highOk)) {
    // t[a] <= x < t[b], with t[-1] = -inf and t[bins + 1] = +inf
    var a: i32 = -1;
    var b: i32 = i32(bins) + 1;
    loop {
      if (b - a <= 1) { break; }
      let m = (a + b) / 2;
      if (x >= thresholds[t0 + u32(m)]) { a = m; } else { b = m; }
    }
    j = a;
  }
  if (j < 0) { return bins; }
  if (j >= i32(bins)) { return bins + 1u; }
  return u32(j);
}

@compute @workgroup_size(${REDUCE_THREADS})
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let w = wid.x;
  let base = w * WG * PER + t;
  if (base >= P.count) { return; }
  for (var c: u32 = 0u; c < P.n; c = c + 1u) {
    let k = P.first + c;
    let o = P.o[c];
    var s1: f32 = 0.0;
    var s2: f32 = 0.0;
    var mn: f32 = BIG;
    var mx: f32 = -BIG;
    for (var b: u32 = 0u; b < PER; b = b + BLOCK) {
      var b1: f32 = 0.0;
      var b2: f32 = 0.0;
      for (var m: u32 = b; m < b + BLOCK; m = m + 1u) {
        let i = base + m * WG;
        if (i < P.count) {
          let x = samples[i * P.stride + P.column + c];
          if ((bitcast<u32>(x) & 0x7f800000u) == 0x7f800000u) {
            atomicAdd(&counters[2u * k], 1u);
            atomicMin(&counters[2u * k + 1u], P.start + i);
          } else {
            let d = (x - o.z) * o.w;
            b1 = b1 + d;
            b2 = b2 + d * d;
            mn = min(mn, x);
            mx = max(mx, x);
            atomicAdd(&hist[k * (P.bins + 2u) + slotOf(x, k, o.x, o.y, P.margin[c])], 1u);
          }
        }
      }
      s1 = s1 + b1;
      s2 = s2 + b2;
    }
    partials[k * P.groups + w * WG + t] = vec4<f32>(s1, s2, mn, mx);
  }
}
`;
