import { InputError } from '../errors/index.js';
import { defineStudy, type StudyOptions } from '../study/index.js';
import { applyScenario, type Scenario } from './scenario.js';

/** The scenario path an error at a study path belongs to: `scenarios["renewable"].set["workload.utilization"]`. */
function scenarioPath(scenario: Scenario, studyPath: string): string {
  const key = Object.keys(scenario.set).find((k) => studyPath === k || studyPath.startsWith(`${k}.`) || studyPath.startsWith(`${k}[`));
  return key !== undefined ? `scenarios["${scenario.name}"].set["${key}"]${studyPath.slice(key.length)}` : `scenarios["${scenario.name}"] (at ${studyPath})`;
}

/**
 * Check every scenario of a study file when the file is read, with the same
 * rules as the study fields they set: each variant is parsed like a study,
 * so a scenario setting a utilisation of 75 is refused by `assess` and `mc`
 * too (which do not run scenarios), naming the scenario and the entry of its
 * `set`.
 *
 * @throws {@link InputError} at `scenarios["NAME"].set["PATH"]`, with the rule and fix of the study field
 * @example
 * const raw = loadStudyFile('examples/xeon-8468.json').raw;
 * checkScenarios(raw, [{ name: 'hot', set: { 'cloud.pue': 1.5 } }]); // => undefined
 * try {
 *   checkScenarios(raw, [{ name: 'busy', set: { 'workload.utilization': 75 } }]);
 * } catch (e) {
 *   e.path; // => 'scenarios["busy"].set["workload.utilization"]'
 * }
 */
export function checkScenarios(raw: unknown, scenarios: readonly Scenario[], options: StudyOptions = {}): void {
  for (const scenario of scenarios) {
    const variant = applyScenario(raw, scenario);
    try {
      defineStudy(variant, options);
    } catch (e) {
      if (e instanceof InputError) throw e.at(scenarioPath(scenario, e.path));
      throw e;
    }
  }
}
