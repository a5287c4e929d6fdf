import { choosePilotRange, StreamingSummary } from '../../stats/index.js';
import type { Backend } from './backend.js';
import type { SampleProgram } from './program.js';

/** Seed of every probe run (its samples are thrown away; any seed measures the same speed). */
const PROBE_SEED = 1;

function rangeOf(col: ArrayLike<number>): { lo: number; hi: number; bins: number } {
  const finite = Float64Array.from(Array.prototype.filter.call(col, (x: number) => Number.isFinite(x)) as number[]);
  // A probe only times the reduction: an output with no finite pilot sample is binned over [0, 1).
  const r = finite.length > 0 ? choosePilotRange(finite) : { lo: 0, hi: 1 };
  const h = new StreamingSummary(r).histogram();
  return { lo: h.lo, hi: h.hi, bins: h.bins };
}

/**
 * Samples per second of `backend` on `program` for `samples` samples, the
 * float64 reduction of every output included, as the engine reduces on that
 * backend: inside the threads when the kernel has a `partialReducer` (js),
 * else on this thread from the returned columns. The kernel is compiled and
 * run once untimed on as many samples, the same way (V8, worker start and
 * driver warm-up), then timed on `samples`; it is disposed at the end, the
 * backend is not.
 *
 * @returns samples per second and the seconds spent compiling
 */
export async function probeRate(backend: Backend, program: SampleProgram, samples: number): Promise<{ samplesPerSecond: number; compileSeconds: number }> {
  const t0 = performance.now();
  const kernel = await backend.compile(program);
  try {
    const compileSeconds = (performance.now() - t0) / 1000;
    const pilot = await kernel.run(0, 4096, PROBE_SEED);
    const bins = pilot.map(rangeOf);
    const shifts = bins.map((b) => (b.lo + b.hi) / 2);
    // The warm-up has the timed run's size: on js a smaller one could stay on the calling thread
    // (below the parallel threshold) and leave the worker start to the timed run (measured: 3x too slow under load).
    const warmCount = samples;
    let seconds: number;
    if (kernel.partialReducer) {
      const reducer = kernel.partialReducer(bins);
      await reducer.run(samples, warmCount, PROBE_SEED, shifts);
      const t1 = performance.now();
      await reducer.run(0, samples, PROBE_SEED, shifts);
      seconds = (performance.now() - t1) / 1000;
      reducer.dispose();
    } else {
      const summaries = bins.map((b) => new StreamingSummary(b));
      const warm = await kernel.run(samples, warmCount, PROBE_SEED);
      summaries.forEach((s, j) => s.add(warm[j], samples));
      const t1 = performance.now();
      const cols = await kernel.run(0, samples, PROBE_SEED);
      summaries.forEach((s, j) => s.add(cols[j], 0));
      seconds = (performance.now() - t1) / 1000;
    }
    return { samplesPerSecond: samples / Math.max(seconds, 1e-6), compileSeconds };
  } finally {
    kernel.dispose();
  }
}
