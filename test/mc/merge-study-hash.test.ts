import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { canonicalHash, studyHash } from '../../src/mc/index.js';
import type { CompiledGraph } from '../../src/graph/index.js';

const model = (max: number): CompiledGraph => ({
  inputs: [{ name: 'x', value: 1, unit: 'kWh', distribution: { kind: 'uniform', min: 0, max } }],
  outputs: [{ key: 'y', label: 'y', unit: 'kWh', tags: {}, expr: { op: 'mul', args: [{ op: 'input', name: 'x' }, { op: 'const', value: 2 }] } }],
  correlations: [],
});
const run = { seed: 1, samples: 1000, backend: 'js', precision: 'float64', pilotSamples: 1000, histogramBins: 65536, outputs: ['y'], version: '1.0.0' };

describe('canonicalHash and studyHash (shards merge only when these agree)', () => {
  it('canonicalHash ignores key order and undefined properties, and tells apart values JSON conflates', () => {
    expect(canonicalHash({ a: 1, b: [1, 'x'] })).toBe(canonicalHash({ b: [1, 'x'], a: 1, c: undefined }));
    expect(canonicalHash({ a: 1 })).toMatch(/^[0-9a-f]{64}$/);
    const distinct = [0, -0, NaN, null, Infinity, -Infinity, '0', [0], { 0: 0 }, 1e-300, 1e-300 * (1 + 2 ** -52)].map((v) => canonicalHash({ v }));
    expect(new Set(distinct).size).toBe(distinct.length);
  });

  it('canonicalHash of a graph with shared nodes equals that of the same graph unshared, in linear time', () => {
    const leaf = { op: 'input', name: 'x' };
    expect(canonicalHash({ op: 'add', args: [leaf, leaf] })).toBe(canonicalHash({ op: 'add', args: [{ op: 'input', name: 'x' }, { op: 'input', name: 'x' }] }));
    // 200 levels, each using the one below twice: 2^200 paths, 201 nodes
    let node: object = leaf;
    for (let i = 0; i < 200; i += 1) node = { op: 'add', args: [node, node] };
    expect(canonicalHash(node)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('canonicalHash refuses a cycle or a function with an InputError', () => {
    const a: Record<string, unknown> = {};
    a.self = a;
    expect(() => canonicalHash(a)).toThrow(InputError);
    expect(() => canonicalHash({ f: () => 1 })).toThrow(/value\.f cannot be hashed/);
  });

  it('studyHash changes with a distribution parameter and every run option that changes the samples', () => {
    const base = studyHash(model(2), run);
    expect(base).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(studyHash(model(2), { ...run })).toBe(base);
    const changed = [
      studyHash(model(3), run),
      ...(['seed', 'samples', 'pilotSamples', 'histogramBins'] as const).map((k) => studyHash(model(2), { ...run, [k]: run[k] + 1 })),
      studyHash(model(2), { ...run, backend: 'cpu' }),
      studyHash(model(2), { ...run, precision: 'float32' }),
      studyHash(model(2), { ...run, version: '1.0.1' }),
    ];
    expect(new Set([base, ...changed]).size).toBe(changed.length + 1);
    expect(() => studyHash(model(2), { ...run, outputs: ['z'] })).toThrow(/outputs\[0\]/);
  });
});
