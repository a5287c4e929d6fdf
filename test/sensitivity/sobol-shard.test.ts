import { describe, expect, it } from 'vitest';
import { mergeSobolShards, missingSobolRows, problemFromFunction, saltelliDesign, sobol, sobolShard, type SobolShard } from '../../src/sensitivity/index.js';
import { inputErrorOf, ishigami, uniform } from './helpers.js';

const PI = Math.PI;
const problem = problemFromFunction([uniform('x1', -PI, PI), uniform('x2', -PI, PI), uniform('x3', -PI, PI)], ishigami);
const N = 128;
/** Rows of the first/total-order design: n(d + 2) with d = 3. */
const ROWS = N * 5;
const OPTIONS = { n: N, seed: 11, bootstrap: { resamples: 200 } };

/** Consecutive ranges with the given sizes. */
function ranges(sizes: readonly number[]): { start: number; end: number }[] {
  let at = 0;
  return sizes.map((s) => ({ start: at, end: (at += s) }));
}

describe('sobolShard', () => {
  it('sobolShard evaluates exactly the rows of the design saltelliDesign draws from the seed (mapped by each ppf, then the model)', async () => {
    const s = await sobolShard(problem, { ...OPTIONS, range: { start: 250, end: 390 } });
    const unit = saltelliDesign(3, N, { seed: 11 });
    const expected = Array.from({ length: 140 }, (_, j) => {
      const row = 250 + j;
      const [x1, x2, x3] = [0, 1, 2].map((i) => -PI + unit[row * 3 + i] * 2 * PI);
      return ishigami({ x1, x2, x3 });
    });
    expect(Array.from(s.values[0])).toEqual(expected);
    expect(s).toMatchObject({ method: 'sobol-shard', rows: ROWS, range: { start: 250, end: 390 }, n: N, seed: 11, inputs: ['x1', 'x2', 'x3'], outputs: ['y'] });
  });

  it('sobolShard names a non-finite output by its row in the whole design, not in the shard', async () => {
    // a = A[5][0] on rows 5 (block A) and 3n + 5 (block AB_1 keeps column 0 from A): NaN there, and only there
    const a5 = saltelliDesign(2, 64, { seed: 1 })[5 * 2];
    const p = problemFromFunction([{ name: 'a', ppf: (u) => u }, { name: 'b', ppf: (u) => u }], (x) => (x.a === a5 ? Number.NaN : x.a + x.b));
    expect((await inputErrorOf(sobol(p, { n: 64, seed: 1 }))).message).toContain('is not finite for 2 of 256 samples; the first is design row 5 ');
    expect((await inputErrorOf(sobolShard(p, { n: 64, seed: 1, range: { start: 150, end: 256 } }))).message).toContain('is not finite for 1 of 106 samples; the first is design row 197 ');
  });

  it('sobolShard refuses a range outside the design, an injected rng and a bad n', async () => {
    expect((await inputErrorOf(sobolShard(problem, { ...OPTIONS, range: { start: 600, end: ROWS + 1 } }))).path).toBe('sobolShard.options.range');
    expect((await inputErrorOf(sobolShard(problem, { ...OPTIONS, range: { start: 5, end: 5 } }))).message).toContain(`0 ≤ start < end ≤ ${ROWS}`);
    expect((await inputErrorOf(sobolShard(problem, { ...OPTIONS, rng: { next: () => 0.5 }, range: { start: 0, end: 1 } } as never))).message).toContain('rng is not a known option');
    expect((await inputErrorOf(sobolShard(problem, { ...OPTIONS, n: 10, range: { start: 0, end: 1 } }))).path).toBe('sobolShard.options.n');
  });
});

describe('mergeSobolShards', () => {
  const cases: [string, number[], object][] = [
    ['one shard', [ROWS], {}],
    ['three even shards of 213 or 214 rows', [214, 213, 213], {}],
    ['uneven shards: 1 row, most rows, 1 row', [1, ROWS - 2, 1], {}],
    ['shards across block edges, with second order and a Sobol\' sequence', [100, 157, 300, 211, 256], { secondOrder: true, sequence: 'sobol' }],
  ];
  it.each(cases)('mergeSobolShards of %s equals sobol() bit for bit (every index, interval, mean, variance and note)', async (_name, sizes, extra) => {
    const options = { ...OPTIONS, ...extra };
    const whole = await sobol(problem, options);
    const shards = await Promise.all(ranges(sizes).map((range) => sobolShard(problem, { ...options, range })));
    expect(shards.at(-1)?.range.end).toBe(whole.evaluations);
    // in any order, on one thread: toEqual compares numbers with Object.is, so bit for bit (−0 too)
    const merged = await mergeSobolShards([...shards].reverse(), { threads: 1 });
    expect(merged).toEqual(whole);
  });

  it('mergeSobolShards keeps the notes of a defaulted seed and bootstrap, as sobol() writes them', async () => {
    const whole = await sobol(problem, { n: 64 });
    const shards = await Promise.all(ranges([200, 120]).map((range) => sobolShard(problem, { n: 64, range })));
    expect(await mergeSobolShards(shards)).toEqual(whole);
    expect(whole.notes.join(' ')).toMatch(/seed not given.*bootstrap not given/);
  });

  it('missingSobolRows names the rows no shard covers; mergeSobolShards refuses to compute indices without them', async () => {
    const [a, , c, , e] = await Promise.all(ranges([100, 100, 100, 100, 240]).map((range) => sobolShard(problem, { ...OPTIONS, range })));
    expect(missingSobolRows([e, a, c])).toEqual([{ start: 100, end: 200 }, { start: 300, end: 400 }]);
    expect(missingSobolRows([a, e, c].slice(0, 1))).toEqual([{ start: 100, end: ROWS }]);
    const err = await inputErrorOf(mergeSobolShards([a, c, e]));
    expect(err.message).toContain('misses rows 100:200, 300:400');
    expect(err.message).toContain(`covering 440 of ${ROWS} design rows`);
  });

  it('mergeSobolShards refuses shards of another seed, n or bootstrap, and overlapping rows, naming the shard', async () => {
    const [a, b] = await Promise.all(ranges([320, 320]).map((range) => sobolShard(problem, { ...OPTIONS, range })));
    const otherSeed = await sobolShard(problem, { ...OPTIONS, seed: 12, range: b.range });
    const otherBoot = await sobolShard(problem, { ...OPTIONS, bootstrap: { resamples: 300 }, range: b.range });
    for (const other of [otherSeed, otherBoot]) {
      const err = await inputErrorOf(mergeSobolShards([a, other], { names: ['a.json', 'b.json'] }));
      expect(err.path).toBe('b.json');
      expect(err.message).toContain("another Sobol' analysis");
    }
    const overlap: SobolShard = { ...b, range: { start: 300, end: 620 } };
    expect((await inputErrorOf(() => missingSobolRows([a, overlap], ['a.json', 'b.json']))).message).toMatch(/b\.json.*overlaps another shard.*a\.json covers 0:320/);
    const short: SobolShard = { ...b, values: [b.values[0].subarray(1)] };
    expect((await inputErrorOf(() => missingSobolRows([a, short]))).path).toBe('shards[1].values');
    expect((await inputErrorOf(() => missingSobolRows([]))).path).toBe('shards');
  });
});
