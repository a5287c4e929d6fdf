import { describe, expect, it } from 'vitest';
import { analyseStudy, studyProblem } from '../../src/analysis/index.js';
import { distributionPpf, type Distribution } from '../../src/distributions/index.js';
import { loadStudyFile } from '../../src/scenarios/index.js';
import { OUTPUT } from '../../src/study/index.js';

describe('studyProblem', () => {
  it("studyProblem's inverse CDFs equal distributionPpf to the last bit (uniform, triangular, lognormal)", async () => {
    // The 20-input benchmark study has 18 uniform, one triangular (lifetime) and one lognormal (grid) input.
    const study = loadStudyFile('bench/studies/xeon-20-inputs.json').study;
    const sp = await studyProblem(study, { backend: 'js', threads: 1 });
    try {
      const kinds = new Set<string>();
      const grid = [0, 1e-12, 0.001, 0.25, 0.4, 0.5, 0.5000001, 0.75, 0.999, 1 - 2 ** -53, 1];
      for (const input of sp.problem.inputs) {
        const param = study.params.find((p) => p.path === input.name);
        const d = param?.distribution as Distribution;
        kinds.add(d.kind);
        for (const u of grid) expect(input.ppf(u)).toBe(distributionPpf(d, u));
      }
      expect([...kinds].sort()).toEqual(['lognormal', 'triangular', 'uniform']);
    } finally {
      await sp.dispose();
    }
  });

  it('studyProblem passes threads to the backend and the provenance says so', async () => {
    const study = loadStudyFile('examples/xeon-8468-uncertain.json').study;
    const r = await analyseStudy(study, { method: 'sobol', samples: 256, seed: 2, backend: 'js', threads: 1 });
    expect(r.provenance.backendDescription).toContain('1 thread');
    expect(r.sobol?.outputs[OUTPUT.functionalUnit]).toBeDefined();
  });
});
