import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { choosePilotRange, FixedHistogram, RunningMoments, StreamingSummary } from '../../src/stats/index.js';
import { normalSamples, thrown } from './samples.js';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

/** A lognormal-tailed output: exp of a normal, as float32 like a gpu.js kernel returns. */
function run(n: number, seed: number): Float32Array {
  const z = normalSamples(n, Math.log(2400), 0.4, seed);
  return Float32Array.from(z, (v) => Math.exp(v));
}

describe('StreamingSummary', () => {
  it('StreamingSummary.add in one pass equals RunningMoments and FixedHistogram fed separately', () => {
    const x = run(300_000, 1);
    x[777] = NaN;
    const range = choosePilotRange(x.subarray(0, 65536));
    const s = new StreamingSummary(range);
    const m = new RunningMoments();
    const h = new FixedHistogram(range);
    for (let at = 0; at < x.length; at += 65536) {
      const c = x.subarray(at, at + 65536);
      s.add(c);
      m.add(c);
      h.add(c);
    }
    expect(s.histogram().binCounts()).toEqual(h.binCounts());
    const a = s.moments();
    const b = m.snapshot();
    expect([a.count, a.min, a.max]).toEqual([b.count, b.min, b.max]);
    expect(a.nonFinite).toEqual({ count: 1, firstIndex: 777 });
    expect(rel(a.mean, b.mean)).toBeLessThan(1e-12);
    expect(rel(a.m2, b.m2)).toBeLessThan(1e-12);
  });

  it('StreamingSummary shards merged through JSON equal the whole run: counts exactly, moments to 1e-12', () => {
    const x = run(400_000, 2);
    x[250_001] = Infinity;
    // Every shard recomputes the same pilot (the first 65,536 samples), so all get the same range.
    const range = choosePilotRange(x.subarray(0, 65536));
    const whole = new StreamingSummary(range);
    whole.add(x);
    const bounds = [0, 100_000, 250_000, 400_000];
    const shards = bounds.slice(1).map((end, i) => {
      const s = new StreamingSummary(choosePilotRange(x.subarray(0, 65536)));
      for (let at = bounds[i]; at < end; at += 32768) s.add(x.subarray(at, Math.min(end, at + 32768)), at);
      return JSON.stringify(s);
    });
    const merged = StreamingSummary.fromJSON(JSON.parse(shards[2]));
    merged.merge(StreamingSummary.fromJSON(JSON.parse(shards[0])));
    merged.merge(StreamingSummary.fromJSON(JSON.parse(shards[1])));
    expect(merged.histogram().binCounts()).toEqual(whole.histogram().binCounts());
    const a = merged.moments();
    const w = whole.moments();
    expect([a.count, a.min, a.max]).toEqual([w.count, w.min, w.max]);
    expect(a.nonFinite).toEqual({ count: 1, firstIndex: 250_001 });
    expect(rel(a.mean, w.mean)).toBeLessThan(1e-12);
    expect(rel(a.variance, w.variance)).toBeLessThan(1e-12);
    expect(merged.summarize().percentiles).toEqual(whole.summarize().percentiles);
  });

  it('StreamingSummary.summarize of an aborted run reports what was finished', () => {
    const x = run(100_000, 3);
    const s = new StreamingSummary(choosePilotRange(x.subarray(0, 65536)));
    s.add(x.subarray(0, 70_000)); // aborted after 70,000 samples
    const summary = s.summarize([50]);
    expect(summary.count).toBe(70_000);
    expect(summary.quantileMethod).toBe('histogram');
  });

  it('StreamingSummary.merge and fromJSON refuse a mismatched or malformed shard', () => {
    const a = new StreamingSummary({ lo: 0, hi: 10 });
    const b = new StreamingSummary({ lo: 0, hi: 11 });
    const e = thrown(() => a.merge(b));
    expect(e).toBeInstanceOf(InputError);
    expect(e.path).toBe('other.hi');
    expect(thrown(() => a.merge({} as StreamingSummary)).path).toBe('other');
    expect(thrown(() => StreamingSummary.fromJSON({ kind: 'ailca.moments', version: 1 })).path).toBe('summary.kind');
    expect(thrown(() => StreamingSummary.fromJSON({ ...a.toJSON(), histogram: null })).path).toBe('histogram');
    expect(thrown(() => new StreamingSummary({ lo: 1, hi: 0 })).path).toBe('histogram.hi');
  });
});
