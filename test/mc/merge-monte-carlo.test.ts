import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { mergeMonteCarlo, runMonteCarlo, type MonteCarloResult } from '../../src/mc/index.js';
import { defineStudy, OUTPUT } from '../../src/study/index.js';

// the study file less its scenarios, which belong to the scenario file format, not to a study
const { scenarios: _, $schema: __, ...raw } = JSON.parse(readFileSync('examples/xeon-8468-uncertain.json', 'utf8'));
const study = defineStudy(raw);
// The same study, same name, one input changed: the lifetime's mode 5 → 6 years.
const changed = structuredClone(raw);
changed.servers[0].lifetime.mode = '6 years';
const other = defineStudy(changed);

const N = 1000;
const opts = { samples: N, seed: 3, backend: 'js', outputs: [OUTPUT.annualizedTotal, OUTPUT.functionalUnit] } as const;
const run = (s = study, start = 0, end = N, more: object = {}) => runMonteCarlo(s, { ...opts, range: { start, end }, ...more });
/** A JSON round trip, as `ailca merge` reads shards. */
const json = (r: unknown): any => JSON.parse(JSON.stringify(r));
function thrown(f: () => unknown): InputError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected an InputError');
}

describe('mergeMonteCarlo study hash', () => {
  it('runMonteCarlo writes provenance.studyHash, the same for every shard and chunk size of one run', async () => {
    const [a, b, c] = await Promise.all([run(), run(study, 0, 400), run(study, 400, N, { chunkSize: 33 })]);
    expect(a.provenance.studyHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(b.provenance.studyHash).toBe(a.provenance.studyHash);
    expect(c.provenance.studyHash).toBe(a.provenance.studyHash);
  });

  it('runMonteCarlo study hash changes with an input, the seed, N or the outputs', async () => {
    const base = (await run()).provenance.studyHash;
    const hashes = await Promise.all([
      run(other).then((r) => r.provenance.studyHash),
      runMonteCarlo(study, { ...opts, seed: 4 }).then((r) => r.provenance.studyHash),
      runMonteCarlo(study, { ...opts, samples: N + 1 }).then((r) => r.provenance.studyHash),
      runMonteCarlo(study, { ...opts, outputs: [OUTPUT.annualizedTotal] }).then((r) => r.provenance.studyHash),
    ]);
    expect(new Set([base, ...hashes]).size).toBe(5);
  });

  it('mergeMonteCarlo refuses shards of two studies with the same name and seed that differ in one input', async () => {
    const [a, b] = await Promise.all([run(study, 0, 500), run(other, 500, N)]);
    expect(a.study).toBe(b.study);
    const e = thrown(() => mergeMonteCarlo(json([a, b]), undefined, { names: ['a.json', 'b.json'] }));
    expect(e.path).toBe('b.json');
    expect(e.message).toMatch(/another run than a\.json: the study's inputs or distributions differ/);
    expect(e.message).toContain(a.provenance.studyHash);
    expect(e.message).toContain(b.provenance.studyHash);
  });

  it('mergeMonteCarlo says what differs when it can: the seed', async () => {
    const [a, b] = await Promise.all([run(study, 0, 500), runMonteCarlo(study, { ...opts, seed: 4, range: { start: 500, end: N } })]);
    expect(thrown(() => mergeMonteCarlo([b, a])).message).toMatch(/shards\[0\] comes from another run than shards\[1\]: seed 3 vs 4/);
  });

  it('mergeMonteCarlo refuses shards of one run under two study names', async () => {
    const [a, b] = json(await Promise.all([run(study, 0, 500), run(study, 500, N)]));
    b.study = 'renamed';
    expect(thrown(() => mergeMonteCarlo([a, b])).message).toMatch(/another run than shards\[0\]: study ".*" vs "renamed"/);
  });

  it('mergeMonteCarlo refuses a shard without a study hash (older format)', async () => {
    const [a, b] = json(await Promise.all([run(study, 0, 500), run(study, 500, N)]));
    delete b.provenance.studyHash;
    const e = thrown(() => mergeMonteCarlo([a, b]));
    expect(e.path).toBe('shards[1].provenance.studyHash');
    expect(e.message).toMatch(/is missing.*rerun the shard/);
  });
});

describe('mergeMonteCarlo shard validation', () => {
  it('mergeMonteCarlo refuses values that are not shard results with an InputError, not a TypeError', async () => {
    const a = json(await run(study, 0, 500));
    for (const bad of [null, 42, [], 'shard', raw]) {
      expect(thrown(() => mergeMonteCarlo([a, bad])).path).toBe('shards[1]');
    }
  });

  it('mergeMonteCarlo refuses a tampered or truncated shard, naming the field', async () => {
    const good = json(await run(study, 0, 500));
    const key = OUTPUT.annualizedTotal;
    const cases: [(s: any) => void, string][] = [
      [(s) => delete s.provenance, 'shards[0].provenance'],
      [(s) => delete s.provenance.range, 'shards[0].provenance.range'],
      [(s) => (s.provenance.range.end = N + 1), 'shards[0].provenance.range.end'],
      [(s) => (s.provenance.seed = '3'), 'shards[0].provenance.seed'],
      [(s) => (s.provenance.completed = 499), 'shards[0].provenance.completed'],
      [(s) => (s.provenance.studyHash = 'md5:abc'), 'shards[0].provenance.studyHash'],
      [(s) => delete s.outputs, 'shards[0].outputs'],
      [(s) => (s.outputs[0].key = 7), 'shards[0].outputs[0].key'],
      [(s) => delete s.state, 'shards[0].state'],
      [(s) => delete s.state[key], `shards[0].state["${key}"]`],
      [(s) => delete s.state[key].histogram.binIndex, `shards[0].state["${key}"].histogram.binIndex`],
      [(s) => (s.state[key].kind = 'x'), `shards[0].state["${key}"].kind`],
      [(s) => delete s.warnings, 'shards[0].warnings'],
    ];
    for (const [tamper, path] of cases) {
      const s = structuredClone(good);
      tamper(s);
      expect(thrown(() => mergeMonteCarlo([s])).path).toBe(path);
    }
    expect(() => mergeMonteCarlo([good])).not.toThrow();
  });
});

describe('mergeMonteCarlo coverage', () => {
  it('mergeMonteCarlo reports the missing ranges of [0, N) in coverage and in a warning', async () => {
    const [a, b] = await Promise.all([run(study, 250, 500), run(study, 0, 125)]);
    const m = mergeMonteCarlo([a, b]);
    // covered: 0:125 and 250:500 of 0:1000
    expect(m.coverage).toEqual({ complete: false, missing: [{ start: 125, end: 250 }, { start: 500, end: 1000 }] });
    expect(m.provenance.completed).toBe(125 + 250);
    expect(m.warnings.join('\n')).toMatch(/cover 375 of the 1000 samples; missing 125:250, 500:1000/);
  });

  it('mergeMonteCarlo merges a merged result with gaps again, filling them', async () => {
    const [a, b, c, whole] = await Promise.all([run(study, 0, 125), run(study, 250, N), run(study, 125, 250), run()]);
    const partial: MonteCarloResult = json(mergeMonteCarlo([a, b]));
    expect(partial.coverage?.missing).toEqual([{ start: 125, end: 250 }]);
    const m = mergeMonteCarlo([partial, c]);
    expect(m.coverage).toEqual({ complete: true, missing: [] });
    expect(m.warnings.some((w) => /missing/.test(w))).toBe(false);
    expect(m.outputs[0]?.summary.count).toBe(N);
    expect(m.state[OUTPUT.annualizedTotal]?.histogram).toEqual(whole.state[OUTPUT.annualizedTotal]?.histogram);
    // the merged result covers 0:125 and 250:1000: a shard inside either is an overlap, and says with which
    const d = await run(study, 100, 200);
    expect(thrown(() => mergeMonteCarlo([partial, d], undefined, { names: ['merged.json', 'd.json'] })).message).toMatch(/samples 100:125 are in both merged\.json and d\.json/);
  });

  it('mergeMonteCarlo of shards that tile [0, N) reports complete coverage and no gap warning', async () => {
    const m = mergeMonteCarlo(await Promise.all([run(study, 0, 600), run(study, 600, N)]));
    expect(m.coverage).toEqual({ complete: true, missing: [] });
    expect(m.warnings.some((w) => /missing/.test(w))).toBe(false);
  });
});
