import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { runMonteCarlo } from '../../src/mc/index.js';
import { loadStudyFile } from '../../src/scenarios/index.js';
import { OUTPUT } from '../../src/study/index.js';

// Every bundled example study runs through the Monte Carlo engine unchanged:
// the same compiled graph as the deterministic assessment.
const files = readdirSync('examples').filter((f) => f.endsWith('.json'));

describe('runMonteCarlo on every example study', () => {
  for (const f of files) {
    it(`runMonteCarlo runs examples/${f} and its deterministic value matches assess`, async () => {
      const { study } = loadStudyFile(`examples/${f}`);
      const r = await runMonteCarlo(study, { samples: 5000, seed: 1, backend: 'js' });
      const fu = r.outputs.find((o) => o.key === OUTPUT.functionalUnit)!;
      expect(fu.deterministic).toBeCloseTo(assess(study).functionalUnit.value, 9);
      expect(Number.isFinite(fu.summary.mean)).toBe(true);
      if (fu.constant) expect(fu.summary.sd).toBe(0);
      else expect(fu.summary.sd).toBeGreaterThan(0);
    });
  }
});
