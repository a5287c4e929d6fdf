import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { splitSamples } from '../../src/mc/index.js';

describe('splitSamples', () => {
  it('splitSamples tiles [0, N) with K ordered, disjoint ranges whose sizes differ by at most 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 32 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 1, max: Math.min(n, 1000) }))), ([n, k]) => {
        const rs = splitSamples(n, k);
        expect(rs.length).toBe(k);
        expect(rs[0].start).toBe(0);
        expect(rs[k - 1].end).toBe(n);
        // ordered and contiguous: each starts where the last ended, none empty (so disjoint, union [0, N))
        rs.forEach((r, i) => {
          expect(r.end).toBeGreaterThan(r.start);
          if (i > 0) expect(r.start).toBe(rs[i - 1].end);
        });
        const sizes = rs.map((r) => r.end - r.start);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        expect(sizes.reduce((a, b) => a + b, 0)).toBe(n);
      }),
    );
  });

  it('splitSamples of N = 10 into 3 is 4, 3, 3 (the larger shards first)', () => {
    expect(splitSamples(10, 3)).toEqual([{ start: 0, end: 4 }, { start: 4, end: 7 }, { start: 7, end: 10 }]);
    expect(splitSamples(7, 1)).toEqual([{ start: 0, end: 7 }]);
  });

  it('splitSamples refuses K < 1, K > N and fractions with an InputError naming the count', () => {
    const cases: [number, number, string, RegExp][] = [
      [10, 0, 'shards', /got 0/],
      [10, 11, 'shards', /more than the 10 samples: some shards would be empty/],
      [10, 2.5, 'shards', /whole number in \[1, 10\]/],
      [0, 1, 'samples', /whole number of samples/],
      [1.5, 1, 'samples', /whole number of samples/],
    ];
    for (const [n, k, path, message] of cases) {
      let e: unknown;
      try {
        splitSamples(n, k);
      } catch (x) {
        e = x;
      }
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).path).toBe(path);
      expect((e as InputError).message).toMatch(message);
    }
  });
});
