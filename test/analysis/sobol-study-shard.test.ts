import { describe, expect, it } from 'vitest';
import { analyseStudy, checkSobolStudyShards, mergeSobolStudyShards, planSobolStudyHash, sobolStudyShard, splitDesignRows, type StudySobolShard } from '../../src/analysis/index.js';
import { loadStudy } from '../../src/scenarios/index.js';
import { inputErrorOf } from '../sensitivity/helpers.js';

const STUDY = 'examples/xeon-8468-uncertain.json';
const study = loadStudy(STUDY);
/** Six uncertain inputs in the study: n(d + 2) = 8n rows, n(2d + 2) = 14n with second order. */
const D = 6;
const OPTIONS = { samples: 128, seed: 5, bootstrap: { resamples: 200 } };

/** Shards through JSON, as files carry them. */
const viaJson = (s: StudySobolShard): unknown => JSON.parse(JSON.stringify(s));

describe('sobolStudyShard and mergeSobolStudyShards', () => {
  it.each([
    ['3 shards', 3, {}],
    ['5 uneven shards (359 or 358 rows) with second order and two outputs', 5, { secondOrder: true, outputs: ['functionalUnit', 'annualized.total'] }],
  ])('mergeSobolStudyShards of %s (through JSON) equals analyseStudy with the same seed: every index and bound, exactly', async (_n, k, extra) => {
    const options = { ...OPTIONS, ...extra };
    const rows = options.samples * ((extra as { secondOrder?: boolean }).secondOrder ? 2 * D + 2 : D + 2);
    const whole = await analyseStudy(study, { method: 'sobol', ...options, backend: 'js' });
    expect(whole.sobol?.evaluations).toBe(rows);
    const shards = await Promise.all(splitDesignRows(rows, k).map((range) => sobolStudyShard(study, { ...options, range })));
    const merged = await mergeSobolStudyShards(shards.map(viaJson).reverse());
    expect(merged.sobol).toEqual(whole.sobol);
    expect(merged.notes).toEqual(whole.notes);
    const { date: _d, durationMs: _t, shards: info, ...p } = merged.provenance;
    const { date: _d2, durationMs: _t2, ...q } = whole.provenance;
    expect(p).toEqual(q);
    expect(info).toEqual({ count: k, designHash: shards[0].provenance.designHash });
  });

  it('every shard carries the design hash planSobolStudyHash computes beforehand; it changes with seed, n, second order, bootstrap, outputs and backend', async () => {
    const s = await sobolStudyShard(study, { ...OPTIONS, range: { start: 10, end: 20 } });
    const h = planSobolStudyHash(study, OPTIONS);
    expect(s.provenance.designHash).toBe(h);
    expect(s.provenance).toMatchObject({ rows: 8 * 128, range: { start: 10, end: 20 }, backend: 'js', precision: 'float64', samples: 128, seed: 5 });
    const variants = [{ seed: 6 }, { samples: 256 }, { secondOrder: true }, { bootstrap: { resamples: 300 } }, { outputs: ['annualized.total'] }, { backend: 'cpu' as const }];
    const hashes = variants.map((v) => planSobolStudyHash(study, { ...OPTIONS, ...v }));
    expect(new Set([h, ...hashes]).size).toBe(variants.length + 1);
    // the range is not in it: every shard of one analysis shares it
    expect((await sobolStudyShard(study, { ...OPTIONS, range: { start: 500, end: 1024 } })).provenance.designHash).toBe(h);
  });

  it('splitDesignRows refuses more shards than rows, saying why', async () => {
    expect(splitDesignRows(7, 7).map((r) => r.end - r.start)).toEqual([1, 1, 1, 1, 1, 1, 1]);
    const e = await inputErrorOf(() => splitDesignRows(1024, 1025));
    expect(e.path).toBe('shards');
    expect(e.message).toContain('more than the 1024 rows of the design');
  });

  it('checkSobolStudyShards names the missing rows, and mergeSobolStudyShards refuses to compute indices without them', async () => {
    const ranges = splitDesignRows(1024, 4);
    const shards = await Promise.all([ranges[0], ranges[2]].map((range) => sobolStudyShard(study, { ...OPTIONS, range })));
    expect(checkSobolStudyShards(shards).missing).toEqual([ranges[1], ranges[3]]);
    expect((await inputErrorOf(mergeSobolStudyShards(shards))).message).toContain('misses rows 256:512, 768:1024');
  });

  it('mergeSobolStudyShards refuses shards of another design hash, naming the file and both hashes, and a shard whose values were cut', async () => {
    const a = await sobolStudyShard(study, { ...OPTIONS, range: { start: 0, end: 512 } });
    const b = await sobolStudyShard(study, { ...OPTIONS, seed: 6, range: { start: 512, end: 1024 } });
    const e = await inputErrorOf(mergeSobolStudyShards([a, b], { names: ['a.json', 'b.json'] }));
    expect(e.path).toBe('b.json');
    expect(e.message).toContain(b.provenance.designHash);
    expect(e.message).toContain(a.provenance.designHash);
    expect(e.message).toContain('another analysis');
    const cut = { ...a, values: { functionalUnit: a.values.functionalUnit.slice(0, 100) } };
    expect((await inputErrorOf(() => checkSobolStudyShards([cut]))).path).toBe('shards[0].values["functionalUnit"]');
    expect((await inputErrorOf(() => checkSobolStudyShards([{ kind: 'ailca.monte-carlo' }]))).path).toBe('shards[0].kind');
  });

  it('sobolStudyShard refuses the auto backend, whose choice may differ between machines', async () => {
    const e = await inputErrorOf(sobolStudyShard(study, { ...OPTIONS, backend: 'auto' as never, range: { start: 0, end: 1 } }));
    expect(e.message).toContain('may choose a different backend on each machine');
  });
});
