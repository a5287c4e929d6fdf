import { describe, expect, it } from 'vitest';
import { NonFiniteResultError } from '../../src/assess/index.js';
import { runMonteCarlo } from '../../src/mc/index.js';
import { defineStudy } from '../../src/study/index.js';

const uncertainLifetime = { dist: 'uniform', min: '3 years', max: '5 years' };

describe('runMonteCarlo: non-finite results name the inputs (issue 16)', () => {
  it('a float32 backend (max 3.4e38) overflows on 1000 dies of 1e36 cm² × 2 kgCO2e/cm² = 2e39: the die area is named, not "pilot is invalid"', async () => {
    const study = defineStudy({
      name: 'float32 overflow',
      servers: [{ name: 'box', lifetime: uncertainLifetime,
        components: [{ type: 'ic', name: 'die', technology: 'logic', dieArea: '1e36 cm2', factor: '2 kgCO2e/cm2', count: 1000 }],
        power: { active: '100 W', idle: '100 W' } }],
      workload: { utilization: 0.5 },
      cloud: { gridIntensity: '0.5 kg/kWh', pue: 1 },
    });
    const run = runMonteCarlo(study, { samples: 1000, seed: 1, backend: 'cpu' });
    await expect(run).rejects.toBeInstanceOf(NonFiniteResultError);
    await expect(runMonteCarlo(study, { samples: 1000, seed: 1, backend: 'cpu' })).rejects.toThrow(/^servers\[0\]\.components\[0\]\.dieArea makes a result that is not a finite number .*float32/);
    // float64 holds 2e39: the same study runs on the js backend
    const ok = await runMonteCarlo(study, { samples: 1000, seed: 1, backend: 'js' });
    expect(ok.outputs.find((o) => o.key === 'embodied.total')?.deterministic).toBeCloseTo(2e39, -27);
  });

  it('an extreme base value is refused before sampling, naming it', async () => {
    const study = defineStudy({
      name: 'tiny lifetime',
      servers: [{ name: 'box', lifetime: { dist: 'uniform', min: '5e-324 years', max: '1e-323 years' },
        components: [{ type: 'ic', name: 'die', technology: 'logic', dieArea: '1 cm2', factor: '2 kgCO2e/cm2' }],
        power: { active: '100 W', idle: '100 W' } }],
      workload: { utilization: 0.5 },
      cloud: { gridIntensity: '0.5 kg/kWh', pue: 1 },
    });
    await expect(runMonteCarlo(study, { samples: 1000, seed: 1, backend: 'js' })).rejects.toThrow(/^servers\[0\]\.lifetime makes a result/);
  });

  it('a zero footprint: the use-phase share (0 ÷ 0) is not sampled and a warning says it is undefined; no NaN in the statistics', async () => {
    const study = defineStudy({
      name: 'zero',
      servers: [{ name: 'box', lifetime: uncertainLifetime, components: [{ type: 'part', name: 'chassis', perUnit: '0 kgCO2e' }], power: { active: '0 W', idle: '0 W' } }],
      workload: { utilization: { dist: 'uniform', min: 0.2, max: 0.8 } },
      cloud: { gridIntensity: '0.5 kg/kWh', pue: 1 },
    });
    const r = await runMonteCarlo(study, { samples: 1000, seed: 1, backend: 'js' });
    expect(r.outputs.map((o) => o.key)).not.toContain('usePhaseShare');
    expect(r.warnings).toContain('usePhaseShare: undefined (footprint is zero at the base values: 0 ÷ 0); not sampled');
    for (const o of r.outputs) expect([o.key, o.summary.mean]).toEqual([o.key, 0]);
  });
});
