import { InputError } from '../errors/index.js';
import { BACKEND_NAMES, mergeMonteCarlo, planStudyHash, type BackendName, type MonteCarloResult } from '../mc/index.js';
import type { Study } from '../system/index.js';

const FIX = 'merge the shards of this study: ailca mc STUDY --shards K --out DIR, run the job, then ailca report STUDY --mc-from DIR';

/**
 * Check a Monte Carlo result given to `buildReport` instead of running one
 * (merged shards): a complete, valid result (read as `mergeMonteCarlo`
 * reads a shard) of this study's default outputs, with the same study hash
 * that a run of its seed, N and backend would write, and the seed and N the
 * options ask for, if they ask. Incomplete coverage is allowed: the result's
 * warnings say which samples are missing, and the report shows them.
 *
 * @param study - the study the report is about
 * @param given - the result, e.g. `mergeMonteCarlo` of shard files
 * @param asked - the report's `samples` and `seed` options, when given
 * @returns the result, validated (through `mergeMonteCarlo`)
 * @throws {@link InputError} at `options.monteCarlo` for a result of another study, seed, N, backend or ailca version, or one that disagrees with `samples` or `seed`
 * @example
 * const file = loadStudyFile('examples/xeon-8468-uncertain.json');
 * const mc = await runMonteCarlo(file.study, { samples: 100, seed: 2, backend: 'js' });
 * givenMonteCarlo(file.study, mc, {}).provenance.seed; // => 2
 * (() => { try { givenMonteCarlo(file.study, mc, { seed: 3 }); } catch (e) { return e.path; } })(); // => 'options.monteCarlo'
 */
export function givenMonteCarlo(study: Study, given: MonteCarloResult, asked: { readonly samples?: number; readonly seed?: number }): MonteCarloResult {
  const mc = mergeMonteCarlo([given], undefined, { names: ['options.monteCarlo'] });
  const p = mc.provenance;
  for (const [what, want, got] of [['samples', asked.samples, p.samples], ['seed', asked.seed, p.seed]] as const) {
    if (want !== undefined && want !== got) {
      throw new InputError({ path: 'options.monteCarlo', received: `${what} ${got}`, expected: `the ${what} the report asks for (${want})`, problem: `is a run of another ${what}`, fix: `leave out ${what} (the given run's ${got} is used), or merge shards of a run with ${what} ${want}` });
    }
  }
  if (!BACKEND_NAMES.includes(p.backend as BackendName) || p.backend === 'auto') {
    throw new InputError({ path: 'options.monteCarlo.provenance.backend', received: p.backend, expected: 'js, cpu, webasm or webgpu', problem: 'is not a backend', fix: FIX });
  }
  const expected = planStudyHash(study, { samples: p.samples, seed: p.seed, backend: p.backend as BackendName });
  if (p.studyHash !== expected) {
    throw new InputError({
      path: 'options.monteCarlo',
      received: `study hash ${p.studyHash} (study "${mc.study}")`,
      expected: `${expected}, this study's hash for seed ${p.seed}, N ${p.samples}, backend ${p.backend} and the default outputs`,
      problem: "comes from another study (its inputs, distributions or outputs differ), another ailca version or other outputs",
      fix: FIX,
    });
  }
  return mc;
}
