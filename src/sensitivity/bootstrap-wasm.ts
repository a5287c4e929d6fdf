import { I32, I64, op, V128, wasmModule } from './wasm-bytes.js';

/**
 * The bootstrap kernel as WebAssembly (128-bit SIMD): one exported function
 * `tile(terms, m, n, w, out, states, count)` over byte addresses in its own
 * memory, which computes up to four resamples at once:
 *
 * 1. zero the counts w (4n float64, interleaved: w[4j + b] is how often
 *    resample b drew row j);
 * 2. for each resample b < count, draw n rows from its xoshiro128** stream
 *    (state words at `states + 16b`, the stream of `createRng(seed_b)`):
 *    row ⌊x·n/2^32⌋ of each 32-bit output x, rejecting x when
 *    x·n mod 2^32 < 2^32 mod n (Lemire 2019, "Fast random integer
 *    generation in an interval", ACM TOMACS 29:3; every row equally likely;
 *    the product is exact in 64-bit integers);
 * 3. for each of the m term columns (column-major, n float64 each), the
 *    four weighted sums Σⱼ w[4j + b]·t[j], written to out[4c + b].
 *
 * Step 3 takes three columns at a time: per row, two 128-bit loads of the
 * counts, one splatted load per column, six multiplies and six adds into six
 * accumulators of two lanes. Each lane is a single float64 accumulator over
 * j = 0 … n − 1 (multiply, then add: no fused multiply-add), so a sum does
 * not depend on the tiling or on which thread runs it.
 * @internal
 */
export function bootstrapWasmBytes(): Uint8Array {
  // Parameters 0–6, then locals.
  const [terms, m, n, w, out, states, count] = [0, 1, 2, 3, 4, 5, 6];
  let next = 7;
  const i32 = (): number => next++;
  const [c, pt0, pt1, pt2, pw, pend, nb, po, b, k, s0, s1, s2, s3, t, x, reject, addr] = Array.from({ length: 18 }, i32);
  const p = next++;
  const [a0, a1, a2, a3, a4, a5, w01, w23, v] = Array.from({ length: 9 }, () => next++);
  const acc = [a0, a1, a2, a3, a4, a5];

  // acc[i] += weights · v  (two lanes: resamples 0–1 or 2–3)
  const mac = (i: number, weights: number): number[] => [...op.get(acc[i]), ...op.get(weights), ...op.get(v), ...op.f64x2Mul, ...op.f64x2Add, ...op.set(acc[i])];
  const bump = (local: number, by: number): number[] => [...op.get(local), ...op.i32(by), ...op.i32Add, ...op.set(local)];
  const xor = (into: number, from: number): number[] => [...op.get(into), ...op.get(from), ...op.i32Xor, ...op.set(into)];
  const loadWeights = [...op.get(pw), ...op.v128Load(0), ...op.set(w01), ...op.get(pw), ...op.v128Load(16), ...op.set(w23)];
  // pw = w; pend = w + 32n
  const startRows = [...op.get(w), ...op.tee(pw), ...op.get(n), ...op.i32(32), ...op.i32Mul, ...op.i32Add, ...op.set(pend)];
  const nextRow = [...op.get(pw), ...op.i32(32), ...op.i32Add, ...op.tee(pw), ...op.get(pend), ...op.i32LtU, ...op.brIf(0)];

  const draws = [
    // memory.fill(w, 0, 32n); reject = (2^32 − n) mod n = 2^32 mod n
    ...op.get(w), ...op.i32(0), ...op.get(n), ...op.i32(32), ...op.i32Mul, ...op.memoryFill,
    ...op.i32(0), ...op.get(n), ...op.i32Sub, ...op.get(n), ...op.i32RemU, ...op.set(reject),
    ...op.i32(0), ...op.set(b),
    ...op.block, ...op.loop,
    ...op.get(b), ...op.get(count), ...op.i32GeU, ...op.brIf(1),
    ...[s0, s1, s2, s3].flatMap((s, i) => [...op.get(states), ...op.get(b), ...op.i32(16), ...op.i32Mul, ...op.i32Add, ...op.i32Load(4 * i), ...op.set(s)]),
    ...op.get(n), ...op.set(k),
    ...op.loop,
    // xoshiro128** 1.1: x = rotl(s1·5, 7)·9; t = s1 << 9; s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = rotl(s3, 11)
    ...op.get(s1), ...op.i32(5), ...op.i32Mul, ...op.i32(7), ...op.i32Rotl, ...op.i32(9), ...op.i32Mul, ...op.set(x),
    ...op.get(s1), ...op.i32(9), ...op.i32Shl, ...op.set(t),
    ...xor(s2, s0), ...xor(s3, s1), ...xor(s1, s2), ...xor(s0, s3), ...xor(s2, t),
    ...op.get(s3), ...op.i32(11), ...op.i32Rotl, ...op.set(s3),
    // p = x·n (64-bit); keep the draw unless its low word is below reject
    ...op.get(x), ...op.i64ExtendI32U, ...op.get(n), ...op.i64ExtendI32U, ...op.i64Mul, ...op.set(p),
    ...op.get(p), ...op.i32WrapI64, ...op.get(reject), ...op.i32GeU,
    ...op.if,
    // w[4·(p >> 32) + b] += 1
    ...op.get(w), ...op.get(p), ...op.i64(32), ...op.i64ShrU, ...op.i32WrapI64, ...op.i32(2), ...op.i32Shl, ...op.get(b), ...op.i32Add, ...op.i32(3), ...op.i32Shl, ...op.i32Add, ...op.tee(addr),
    ...op.get(addr), ...op.f64Load, ...op.f64(1), ...op.f64Add, ...op.f64Store,
    ...op.get(k), ...op.i32(1), ...op.i32Sub, ...op.set(k),
    ...op.end,
    ...op.get(k), ...op.i32(0), ...op.i32Ne, ...op.brIf(0),
    ...op.end,
    ...bump(b, 1), ...op.br(0),
    ...op.end, ...op.end,
  ];

  const sums = [
    ...op.get(n), ...op.i32(8), ...op.i32Mul, ...op.set(nb),
    ...op.i32(0), ...op.set(c),
    ...op.get(out), ...op.set(po),
    // three columns at a time
    ...op.block, ...op.loop,
    ...op.get(c), ...op.i32(3), ...op.i32Add, ...op.get(m), ...op.i32GtU, ...op.brIf(1),
    ...acc.flatMap((a) => [...op.v128Zero, ...op.set(a)]),
    ...op.get(terms), ...op.get(c), ...op.get(nb), ...op.i32Mul, ...op.i32Add, ...op.tee(pt0), ...op.get(nb), ...op.i32Add, ...op.tee(pt1), ...op.get(nb), ...op.i32Add, ...op.set(pt2),
    ...startRows,
    ...op.loop,
    ...loadWeights,
    ...op.get(pt0), ...op.v128Load64Splat, ...op.set(v), ...mac(0, w01), ...mac(1, w23),
    ...op.get(pt1), ...op.v128Load64Splat, ...op.set(v), ...mac(2, w01), ...mac(3, w23),
    ...op.get(pt2), ...op.v128Load64Splat, ...op.set(v), ...mac(4, w01), ...mac(5, w23),
    ...bump(pt0, 8), ...bump(pt1, 8), ...bump(pt2, 8),
    ...nextRow,
    ...op.end,
    ...acc.flatMap((a, i) => [...op.get(po), ...op.get(a), ...op.v128Store(16 * i)]),
    ...bump(po, 96), ...bump(c, 3), ...op.br(0),
    ...op.end, ...op.end,
    // the last one or two columns
    ...op.block, ...op.loop,
    ...op.get(c), ...op.get(m), ...op.i32GeU, ...op.brIf(1),
    ...op.v128Zero, ...op.set(a0), ...op.v128Zero, ...op.set(a1),
    ...op.get(terms), ...op.get(c), ...op.get(nb), ...op.i32Mul, ...op.i32Add, ...op.set(pt0),
    ...startRows,
    ...op.loop,
    ...loadWeights,
    ...op.get(pt0), ...op.v128Load64Splat, ...op.set(v), ...mac(0, w01), ...mac(1, w23),
    ...bump(pt0, 8),
    ...nextRow,
    ...op.end,
    ...op.get(po), ...op.get(a0), ...op.v128Store(0), ...op.get(po), ...op.get(a1), ...op.v128Store(16),
    ...bump(po, 32), ...bump(c, 1), ...op.br(0),
    ...op.end, ...op.end,
  ];

  return wasmModule({
    name: 'tile',
    params: [I32, I32, I32, I32, I32, I32, I32],
    locals: [[18, I32], [1, I64], [9, V128]],
    body: [...draws, ...sums],
  });
}
