import { describe, expect, it } from 'vitest';
import { add, div, input, mul, type CompiledGraph } from '../../src/graph/index.js';
import { runMonteCarlo } from '../../src/mc/index.js';
import { sameOutputs } from '../../src/mc/same-outputs.js';
import { loadStudyFile } from '../../src/scenarios/index.js';
import { compileStudy } from '../../src/study/index.js';

const uniform = { kind: 'uniform', min: 1, max: 2 } as const;
/** a, b uncertain; c fixed at 1. */
const graph = (outputs: Record<string, ReturnType<typeof add>>): CompiledGraph => ({
  inputs: [
    { name: 'a', value: 1.5, unit: '1', distribution: uniform },
    { name: 'b', value: 1.5, unit: '1', distribution: uniform },
    { name: 'c', value: 1, unit: '1' },
  ],
  outputs: Object.entries(outputs).map(([key, expr]) => ({ key, label: key, unit: '1', expr, tags: {} })),
  correlations: [],
});

describe('sameOutputs', () => {
  it('groups outputs that are one computation and only those', () => {
    const a = input('a');
    const b = input('b');
    const model = graph({
      sum: add(a, b),
      sumAgain: add(input('a'), input('b')), // a separate but identical tree
      swapped: add(b, a), // equal values, another computation: kept apart
      product: mul(a, b),
      perOne: div(add(a, b), input('c')), // (a + b) / 1 is not folded away: another computation
    });
    const same = sameOutputs(model, ['sum', 'sumAgain', 'swapped', 'product', 'perOne']);
    expect(same.distinct).toEqual(['sum', 'swapped', 'product', 'perOne']);
    expect(Object.fromEntries(same.sampledAs)).toEqual({ sum: 'sum', sumAgain: 'sum', swapped: 'swapped', product: 'product', perOne: 'perOne' });
  });

  it('in a per-year study, functionalUnit is annualized.total', () => {
    const model = compileStudy(loadStudyFile('examples/xeon-8468-uncertain.json').study);
    const same = sameOutputs(model, ['functionalUnit', 'annualized.total', 'annualized.embodied', 'stage.manufacturing', 'operational.annual', 'stage.use']);
    expect(same.distinct).toEqual(['functionalUnit', 'annualized.embodied', 'operational.annual']);
    expect(same.sampledAs.get('annualized.total')).toBe('functionalUnit');
    expect(same.sampledAs.get('stage.manufacturing')).toBe('annualized.embodied');
    expect(same.sampledAs.get('stage.use')).toBe('operational.annual');
  });
});

describe('runMonteCarlo samples an output that repeats another once', () => {
  const study = loadStudyFile('examples/xeon-8468-uncertain.json').study;
  const options = { samples: 20_000, seed: 7, backend: 'js', chunkSize: 3000 } as const;

  it('reports each of the pair with the statistics the output has when run alone, to the bit', async () => {
    const both = await runMonteCarlo(study, { ...options, outputs: ['functionalUnit', 'annualized.total', 'annualized.embodied'] });
    const alone = await runMonteCarlo(study, { ...options, outputs: ['annualized.total'] });
    const fu = both.outputs.find((o) => o.key === 'functionalUnit');
    const total = both.outputs.find((o) => o.key === 'annualized.total');
    const reference = alone.outputs[0];
    expect(total?.summary).toEqual(reference.summary);
    expect(fu?.summary).toEqual(reference.summary);
    // the merge state of both keys is there, and the same
    expect(both.state['functionalUnit']).toEqual(alone.state['annualized.total']);
    expect(both.state['annualized.total']).toEqual(alone.state['annualized.total']);
  });

  it('keeps the samples of both when samples are kept', async () => {
    const run = await runMonteCarlo(study, { ...options, samples: 5000, keepSamples: true, outputs: ['functionalUnit', 'annualized.total'] });
    const alone = await runMonteCarlo(study, { ...options, samples: 5000, keepSamples: true, outputs: ['annualized.total'] });
    const reference = alone.samples?.['annualized.total'] as Float64Array;
    expect(reference.length).toBe(5000);
    expect(Array.from(run.samples?.['functionalUnit'] as Float64Array)).toEqual(Array.from(reference));
    expect(Array.from(run.samples?.['annualized.total'] as Float64Array)).toEqual(Array.from(reference));
  });

  it('sizes the chunk by the distinct outputs: nine keys, eight computations, fit 2^20 samples in 64 MiB', async () => {
    const nine = ['functionalUnit', 'annualized.total', 'annualized.embodied', 'operational.annual', 'embodied.total', 'operational.annualEnergy', 'lifetime.total', 'usePhaseShare', 'element.server.annualized'];
    const run = await runMonteCarlo(study, { samples: 1000, seed: 1, backend: 'js', outputs: nine });
    // 64 MiB ÷ (8 bytes × 8 columns) = 2^20 samples; nine columns would give 2^19
    expect(run.provenance.chunkSize).toBe(2 ** 20);
    expect(run.outputs.map((o) => o.key)).toEqual(nine);
  });
});
