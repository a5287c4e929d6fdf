import { describe, expect, it } from 'vitest';
import gpujs from 'gpu.js';
import { InputError } from '../../../src/errors/index.js';
import { pcgChunkSeed, pcgStream, pcgUniforms, PCG_MAX_SAMPLES } from '../../../src/mc/random/index.js';

/**
 * An independent implementation of gpu.js's PCG in BigInt arithmetic, from
 * the WGSL source of gpu.js 2.24.1 (src/backend/web-gpu/kernel.js):
 *   pcgState = (seed + cell * 2654435769u) * 747796405u + 2891336453u;
 *   pcgState = pcgState * 747796405u + 2891336453u;
 *   word = ((pcgState >> ((pcgState >> 28u) + 4u)) ^ pcgState) * 277803737u;
 *   return f32(((word >> 22u) ^ word) >> 8u) / 16777216.0;
 */
function bigPcg(seed: number, cell: number, draws: number): number[] {
  const M = 2n ** 32n;
  let s = ((BigInt(seed) + BigInt(cell) * 2654435769n) % M * 747796405n + 2891336453n) % M;
  const out: number[] = [];
  for (let j = 0; j < draws; j++) {
    s = (s * 747796405n + 2891336453n) % M;
    const word = (((s >> ((s >> 28n) + 4n)) ^ s) * 277803737n) % M;
    out.push(Number(((word >> 22n) ^ word) >> 8n) / 16777216);
  }
  return out;
}

describe('pcgStream', () => {
  it('pcgStream matches a BigInt implementation of the gpu.js WGSL source', () => {
    for (const [seed, cell] of [[0, 0], [42, 7], [4294967295, 123456], [20261123, 4294967295], [1, 2 ** 31]]) {
      const s = pcgStream(seed, cell);
      const got = Array.from({ length: 8 }, () => s());
      expect(got).toEqual(bigPcg(seed, cell, 8));
    }
  });

  it('pcgStream(0, 0) first draw by hand', () => {
    // seed 0, cell 0: s0 = 0·747796405 + 2891336453 = 2891336453
    // s1 = 2891336453·747796405 + 2891336453 mod 2^32 = 1192405134
    // s1 >> 28 = 4, so shift 8: x = (s1 >> 8) ^ s1 = 4657832 ^ 1192405134 = 1196800550
    // word = 1196800550·277803737 mod 2^32 = 582399542
    // ((word >> 22) ^ word) >> 8 = (138 ^ 582399542) >> 8 = 2274998 → u = 2274998 / 2^24
    expect(1192405134 >>> 8).toBe(4657832);
    expect(pcgStream(0, 0)()).toBe(2274998 / 16777216);
  });

  it('pcgStream refuses bad seeds and sample indices with InputError', () => {
    expect(() => pcgStream(1.5, 0)).toThrow(InputError);
    expect(() => pcgStream(-1, 0)).toThrow(/seed/);
    expect(() => pcgStream(0, PCG_MAX_SAMPLES)).toThrow(/sample.*2\^32/s);
    expect(() => pcgStream(0, -1)).toThrow(InputError);
  });
});

describe('pcgUniforms', () => {
  it('pcgUniforms equals what gpu.js webasm kernels draw with randomSeed (an independent implementation)', () => {
    const gpu = new gpujs.GPU({ mode: 'webasm' });
    try {
      const n = 1000;
      const seed = 987654321;
      // cell c returns its third draw
      const k = gpu.createKernel(function () {
        Math.random();
        Math.random();
        return Math.random();
      }, { output: [n], randomSeed: seed });
      const got = k() as Float32Array;
      const rows = pcgUniforms(seed, 0, n, 3);
      for (let i = 0; i < n; i++) expect(got[i]).toBe(rows[i * 3 + 2]);
    } finally {
      void gpu.destroy();
    }
  });

  it('pcgUniforms rows are the samples streams in call order', () => {
    const rows = pcgUniforms(5, 100, 4, 3);
    for (let i = 0; i < 4; i++) {
      const s = pcgStream(5, 100 + i);
      expect([rows[3 * i], rows[3 * i + 1], rows[3 * i + 2]]).toEqual([s(), s(), s()]);
    }
  });

  it('pcgUniforms refuses a range past sample 2^32 − 1 and bad sizes', () => {
    expect(() => pcgUniforms(0, PCG_MAX_SAMPLES - 2, 3, 1)).toThrow(/runs past the last sample index/);
    expect(() => pcgUniforms(0, 0, 1.5, 1)).toThrow(InputError);
    expect(() => pcgUniforms(0, 0, 1, 0)).toThrow(/perSample/);
  });
});

describe('pcgChunkSeed', () => {
  it('pcgChunkSeed(seed, start) makes cell c draw sample start + c: (seed + start·0x9E3779B9) mod 2^32', () => {
    // 0x9E3779B9 = 2654435769; 3·2654435769 = 7963307307 = 1·2^32 + 3668340011
    expect(pcgChunkSeed(0, 3)).toBe(3668340011);
    expect(pcgChunkSeed(4294967295, 1)).toBe(2654435768); // (2^32 − 1 + 2654435769) mod 2^32
    for (const [seed, start, c] of [[7, 3000, 5], [4294967295, 2 ** 32 - 10, 9], [123, 1, 0]]) {
      expect(pcgStream(pcgChunkSeed(seed, start), c)()).toBe(pcgStream(seed, start + c)());
    }
  });
});
