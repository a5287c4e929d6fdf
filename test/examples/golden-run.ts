// What the golden-output test compares: every example's assessment, a small
// float64 Monte Carlo run and, for files with scenarios, the deterministic
// scenario comparison, as JSON. Written by scripts/update-golden.ts before a
// refactor (issue 11: "no behaviour change"), compared by golden-outputs.test.ts.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { assess, compareScenarios, loadStudyFile, runMonteCarlo } from '../../src/index.js';

export const EXAMPLES_DIR = 'examples';
export const GOLDEN_DIR = join('test', 'examples', 'golden');

/** The example study files, sorted. */
export function exampleFiles(): string[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort();
}

/** Everything a user sees from one example, with run-specific fields (time, date, version, hash) left out. */
export async function goldenOf(file: string): Promise<unknown> {
  const studyFile = loadStudyFile(join(EXAMPLES_DIR, file));
  const assessment = assess(studyFile.study);
  const mc = await runMonteCarlo(studyFile.study, { samples: 4096, seed: 1, backend: 'js' });
  const scenarios = studyFile.scenarios.length > 0 ? await compareScenarios(studyFile, { samples: 0 }) : [];
  // the date and the library version change from run to run; everything else is the result
  return JSON.parse(
    JSON.stringify({
      assessment,
      monteCarlo: { outputs: mc.outputs, warnings: mc.warnings },
      scenarios: scenarios.map((s) => ({ name: s.name, value: s.assessment.functionalUnit.value, changeFromBase: s.changeFromBase })),
    }, (key, value: unknown) => (key === 'date' || key === 'version' || key === 'libraryVersion' ? undefined : value)),
  );
}
