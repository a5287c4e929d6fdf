import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeMonteCarlo, runMonteCarlo, type MonteCarloResult } from '../../src/mc/index.js';
import { loadStudyFile } from '../../src/scenarios/index.js';

// Property tests of issue 16: any partition of [0, N) into shards, given in any order, merges to the unsharded
// run's statistics; the chunk size does not change them. js backend (float64 samples) and small N for speed.
const study = loadStudyFile('examples/xeon-8468-uncertain.json').study;
const N = 2000;
const STEP = 100; // shard boundaries on a grid, so that shard runs are reused across cases
const SEED = 11;

const cache = new Map<string, Promise<MonteCarloResult>>();
function shard(start: number, end: number): Promise<MonteCarloResult> {
  const key = `${start}:${end}`;
  if (!cache.has(key)) cache.set(key, runMonteCarlo(study, { samples: N, seed: SEED, backend: 'js', range: { start, end } }));
  return cache.get(key) as Promise<MonteCarloResult>;
}
const whole = runMonteCarlo(study, { samples: N, seed: SEED, backend: 'js' });

const rel = (a: number, b: number): number => Math.abs(a - b) / Math.max(Math.abs(b), Number.MIN_VALUE);

/** The merged statistics equal the whole run's: histograms exactly, moments to 1e-12 relative. */
function expectSameStatistics(m: MonteCarloResult, w: MonteCarloResult): void {
  expect(m.outputs.map((o) => o.key)).toEqual(w.outputs.map((o) => o.key));
  m.outputs.forEach((o, k) => {
    const a = o.summary;
    const b = (w.outputs[k]).summary;
    expect(a.count).toBe(b.count);
    expect(a.percentiles).toEqual(b.percentiles);
    expect(a.min).toBe(b.min);
    expect(a.max).toBe(b.max);
    expect(a.histogram).toEqual(b.histogram);
    expect(rel(a.mean, b.mean)).toBeLessThan(1e-12);
    expect(rel(a.sd, b.sd)).toBeLessThan(1e-12);
  });
  expect(Object.keys(m.state)).toEqual(Object.keys(w.state));
  for (const k of Object.keys(w.state)) expect(m.state[k]?.histogram).toEqual(w.state[k]?.histogram); // counts add exactly
}

const partition = fc.record({
  cuts: fc.uniqueArray(fc.integer({ min: 1, max: N / STEP - 1 }), { maxLength: 4 }),
  keys: fc.array(fc.nat(), { minLength: 5, maxLength: 5 }),
});

describe('mergeMonteCarlo properties', () => {
  it('mergeMonteCarlo of any partition of [0, N), in any order, equals the unsharded run', async () => {
    const w = await whole;
    await fc.assert(
      fc.asyncProperty(partition, async ({ cuts, keys }) => {
        const edges = [0, ...[...cuts].sort((a, b) => a - b).map((c) => c * STEP), N];
        const ranges = edges.slice(1).map((end, i) => [edges[i], end] as const);
        // shuffle: order the shards by the generated keys
        const order = ranges.map((r, i) => ({ r, key: keys[i], i })).sort((a, b) => a.key - b.key || a.i - b.i);
        const given = await Promise.all(order.map(({ r }) => shard(r[0], r[1])));
        const m = mergeMonteCarlo(JSON.parse(JSON.stringify(given)));
        expect(m.provenance.completed).toBe(N);
        expect(m.provenance.range).toEqual({ start: 0, end: N });
        expect(m.coverage).toEqual({ complete: true, missing: [] });
        expectSameStatistics(m, w);
        // the order given does not matter at all: the same result to the last bit as the shards in range order
        const sorted = mergeMonteCarlo(await Promise.all(ranges.map((r) => shard(r[0], r[1]))));
        expect({ ...m.outputs }).toEqual({ ...sorted.outputs });
        expect(m.state).toEqual(sorted.state);
      }),
      { numRuns: 12, seed: 16 },
    );
  });

  it('mergeMonteCarlo refuses a shard given twice, in any position', async () => {
    const a = await shard(0, 1000);
    const b = await shard(1000, 2000);
    for (const shards of [[a, b, a], [a, a, b], [b, a, b], [b, b]]) {
      expect(() => mergeMonteCarlo(shards)).toThrow(/overlaps another shard/);
    }
  });

  it('runMonteCarlo gives the same statistics for any chunk size', async () => {
    const w = await whole;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 7, max: N }), async (chunkSize) => {
        const r = await runMonteCarlo(study, { samples: N, seed: SEED, backend: 'js', chunkSize });
        expect(r.provenance.studyHash).toBe(w.provenance.studyHash); // the chunk size is not part of the run's identity
        expectSameStatistics(r, w);
      }),
      { numRuns: 8, seed: 16 },
    );
  });

  it('mergeMonteCarlo of float32 shards (webasm, cpu), in any order, equals the unsharded run on that backend', async () => {
    for (const backend of ['webasm', 'cpu'] as const) {
      const o = { samples: N, seed: SEED, backend };
      const [w, ...parts] = await Promise.all([
        runMonteCarlo(study, o),
        runMonteCarlo(study, { ...o, range: { start: 1300, end: N } }),
        runMonteCarlo(study, { ...o, range: { start: 0, end: 300 } }),
        runMonteCarlo(study, { ...o, range: { start: 300, end: 1300 } }),
      ]);
      expectSameStatistics(mergeMonteCarlo(JSON.parse(JSON.stringify(parts))), w);
    }
  });

  it('mergeMonteCarlo merges shards computed with different chunk sizes', async () => {
    const a = await runMonteCarlo(study, { samples: N, seed: SEED, backend: 'js', range: { start: 0, end: 700 }, chunkSize: 64 });
    const b = await runMonteCarlo(study, { samples: N, seed: SEED, backend: 'js', range: { start: 700, end: N }, chunkSize: 999 });
    expectSameStatistics(mergeMonteCarlo([b, a]), await whole);
  });
});
