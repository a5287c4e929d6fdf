import { describe, expect, it } from 'vitest';
import { backendPrecision, planStudyHash, runMonteCarlo } from '../../src/mc/index.js';
import { loadStudy } from '../../src/scenarios/index.js';

const study = loadStudy('examples/xeon-8468-uncertain.json');

describe('planStudyHash', () => {
  it('planStudyHash equals the studyHash a run of any range writes, on js and on the gpu.js cpu backend', async () => {
    for (const backend of ['js', 'cpu'] as const) {
      for (const outputs of [undefined, 'all'] as const) {
        const planned = planStudyHash(study, { samples: 500, seed: 9, backend, outputs });
        const r = await runMonteCarlo(study, { samples: 500, seed: 9, backend, outputs, range: { start: 100, end: 200 } });
        expect(planned, `${backend} ${outputs ?? 'default'}`).toBe(r.provenance.studyHash);
        expect(r.provenance.precision).toBe(backendPrecision(backend));
      }
    }
  });

  it('planStudyHash follows the impact categories of the default outputs as the run does', async () => {
    const planned = planStudyHash(study, { samples: 500, seed: 9, backend: 'js', categories: ['climate'] });
    const r = await runMonteCarlo(study, { samples: 500, seed: 9, backend: 'js', categories: ['climate'], range: { start: 0, end: 50 } });
    expect(planned).toBe(r.provenance.studyHash);
  });

  it('planStudyHash differs with the seed, N, the backend and the outputs', () => {
    const base = { samples: 500, seed: 9, backend: 'js' } as const;
    const hashes = [
      planStudyHash(study, base),
      planStudyHash(study, { ...base, seed: 10 }),
      planStudyHash(study, { ...base, samples: 501 }),
      planStudyHash(study, { ...base, backend: 'webasm' }),
      planStudyHash(study, { ...base, outputs: 'all' }),
    ];
    expect(new Set(hashes).size).toBe(hashes.length);
  });

  it('planStudyHash refuses a bad sample count or seed as runMonteCarlo does', () => {
    expect(() => planStudyHash(study, { samples: 1, seed: 1, backend: 'js' })).toThrow(/samples/);
    expect(() => planStudyHash(study, { samples: 10, seed: -1, backend: 'js' })).toThrow(/seed/);
  });
});
