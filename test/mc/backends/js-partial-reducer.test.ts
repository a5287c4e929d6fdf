import { describe, expect, it } from 'vitest';
import { createJsBackend, runMonteCarlo, type PartialBins } from '../../../src/mc/index.js';
import { loadStudyFile } from '../../../src/scenarios/index.js';
import { StreamingSummary } from '../../../src/stats/index.js';

// A program with a heavy tail, a bounded output and about 1 % NaN samples,
// so that every slot of the scan (sums, min, max, under/overflow, the first
// non-finite offset) is exercised.
const PROGRAM = {
  statements: 'const u = Math.random(); const v = Math.random(); const y = Math.exp(3 * u) - 1; const z = v < 0.01 ? 0 / 0 : u + v; const w = 2 * u;',
  outputs: ['y', 'z', 'w'],
  uniformsPerSample: 2,
};

/** The host reduction: columns from kernel.run, then StreamingSummary.add chunk by chunk. */
async function hostSummaries(threads: number, bins: readonly PartialBins[], start: number, end: number, chunk: number, seed: number): Promise<StreamingSummary[]> {
  const backend = createJsBackend({ threads, minSamplesPerThread: 4096 });
  const kernel = await backend.compile(PROGRAM);
  const out = bins.map((b) => new StreamingSummary(b));
  for (let at = start; at < end; at += chunk) {
    const cols = await kernel.run(at, Math.min(chunk, end - at), seed);
    out.forEach((s, j) => s.add(cols[j], at));
  }
  await backend.dispose();
  return out;
}

/** The same run reduced in the backend's threads, merged as launchChunks merges it. */
async function partialSummaries(threads: number, bins: readonly PartialBins[], start: number, end: number, chunk: number, seed: number): Promise<StreamingSummary[]> {
  const backend = createJsBackend({ threads, minSamplesPerThread: 4096 });
  const kernel = await backend.compile(PROGRAM);
  const reducer = kernel.partialReducer!(bins);
  const out = bins.map((b) => new StreamingSummary(b));
  for (let at = start; at < end; at += chunk) {
    const n = Math.min(chunk, end - at);
    // first chunk: the host shifts by the chunk's first finite sample
    const head = await kernel.run(at, 1, seed);
    const shifts = out.map((s, j) => s.nextShift() ?? head[j][0]);
    const scans = await reducer.run(at, n, seed, shifts);
    scans.forEach((scan, j) => out[j].addPartialScan(scan, at));
  }
  reducer.binCounts().forEach((c, j) => out[j].addBinCounts(c));
  reducer.dispose();
  await backend.dispose();
  return out;
}

describe('js backend partialReducer', () => {
  const bins: PartialBins[] = [{ lo: 0, hi: 10, bins: 1000 }, { lo: 0.2, hi: 1.8, bins: 333 }, { lo: 0, hi: 2, bins: 65536 }];

  for (const threads of [1, 2, 3]) {
    it(`partialReducer equals the host reduction to the last bit (${threads} thread${threads > 1 ? 's' : ''}, chunks not multiples of the block)`, async () => {
      const [start, end, chunk, seed] = [1234, 1234 + 150_001, 50_000, 7];
      const host = await hostSummaries(threads, bins, start, end, chunk, seed);
      const part = await partialSummaries(threads, bins, start, end, chunk, seed);
      for (let j = 0; j < bins.length; j++) {
        expect(part[j].toJSON()).toEqual(host[j].toJSON());
        expect(Object.is(part[j].moments().m2, host[j].moments().m2)).toBe(true);
      }
      // the NaN output: 1 % of 150 001 samples, the first one's index known to both
      expect(part[1].moments().nonFinite.count).toBeGreaterThan(1000);
      expect(part[1].moments().nonFinite.count).toBeLessThan(2000);
      // every sample is counted once: bins + under + overflow = finite count
      const h = part[0].histogram();
      expect(h.count).toBe(part[0].moments().count);
      expect(part[0].moments().count).toBe(150_001);
    });
  }

  it('partialReducer refuses a wrong number of ranges or shifts', async () => {
    const backend = createJsBackend({ threads: 1 });
    const kernel = await backend.compile(PROGRAM);
    expect(() => kernel.partialReducer!(bins.slice(1))).toThrow(/bins\.length/);
    const r = kernel.partialReducer!(bins);
    await expect(r.run(0, 10, 1, [0])).rejects.toThrow(/shifts\.length/);
    await backend.dispose();
  });
});

describe('runMonteCarlo on js reduces in the backend with the host results', () => {
  const study = loadStudyFile('examples/xeon-8468-uncertain.json').study;
  // keepSamples keeps the host path (the columns must reach the host); without it the js threads reduce.
  it('runMonteCarlo js state equals the host-reduced run to the last bit, also when aborted', async () => {
    const options = { samples: 300_000, seed: 11, backend: 'js' as const, chunkSize: 70_000 };
    const threaded = await runMonteCarlo(study, options);
    const host = await runMonteCarlo(study, { ...options, keepSamples: true });
    expect(threaded.state).toEqual(host.state);
    expect(threaded.outputs.map((o) => o.summary)).toEqual(host.outputs.map((o) => o.summary));
    // pilot ranges are the same; check one output's moments against a plain float64 pass over the kept samples
    const key = threaded.outputs.find((o) => !o.constant)!.key;
    const xs = host.samples![key];
    let mean = 0;
    for (const x of xs) mean += x;
    mean /= xs.length;
    expect(threaded.outputs.find((o) => o.key === key)!.summary.mean).toBeCloseTo(mean, 6);
    const stop = new AbortController();
    const a = await runMonteCarlo(study, { ...options, signal: stop.signal, onProgress: () => stop.abort() });
    const b = await runMonteCarlo(study, { ...options, keepSamples: true, signal: stop.signal });
    // aborted in the first progress call: the chunk launched meanwhile is finished, as on the host path
    expect(a.provenance.completed).toBe(140_000);
    expect(b.provenance.completed).toBe(70_000); // signal already aborted: only the first chunk
  });
});
