import { InputError } from '../errors/index.js';

/** Library option paths (as a pattern) and the CLI flag that sets each. */
export type FlagMap = readonly (readonly [RegExp, string])[];

/** The option paths behind `ailca sensitivity`'s flags. */
export const SENSITIVITY_FLAGS: FlagMap = [
  [/^(sobol|morris|sampleProblem|analyseStudy)\.options\.(n|r|samples)$/, '--samples'],
  [/^(sobol|morris|sampleProblem|analyseStudy)\.options\.seed$/, '--seed'],
  [/^method$/, '--method'],
  [/^(sobolShard|sobolStudyShard)\.options\.n$|^planSobolStudyHash\.n$/, '--samples'],
  [/^(sobolShard|sobolStudyShard)\.options\.seed$|^seed$/, '--seed'],
  [/^(sobolShard|sobolStudyShard)\.options\.range$/, '--range'],
];

/** The option paths behind `ailca report`'s flags. */
export const REPORT_FLAGS: FlagMap = [
  [/^options\.samples$/, '--samples'],
  [/^(options\.sobolSamples|sobol\.options\.n)$/, '--sobol-samples'],
  [/^options\.scenarioSamples$/, '--scenario-samples'],
  [/^options\.seed$/, '--seed'],
  [/^(sobol|morris|sampleProblem|analyseStudy)\.options\.seed$/, '--seed'],
  [/^options\.monteCarlo/, '--mc-from'],
];

/** The option paths behind `ailca schedule`'s flags. */
export const SCHEDULE_FLAGS: FlagMap = [
  [/^job\.hours$/, '--hours'],
  [/^job\.powerKW$/, '--power'],
  [/^job\.energyKWh$/, '--energy'],
  [/^job\.earliestStart$/, '--start'],
  [/^job\.deadline$/, '--deadline'],
];

/**
 * {@link atFlags} for a synchronous `f`.
 * @example
 * atFlagsSync(() => 1, SCHEDULE_FLAGS); // => 1
 */
export function atFlagsSync<T>(f: () => T, map: FlagMap): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof InputError) {
      const path = e.path;
      const flag = map.find(([re]) => re.test(path))?.[1];
      if (flag !== undefined) throw e.at(flag);
    }
    throw e;
  }
}

/**
 * Run `f`; an {@link InputError} about a library option that a CLI flag
 * sets (`sobol.options.n`) is re-raised at the flag the user typed
 * (`--samples`), so the message names something the user can change.
 * @example
 * await atFlags(async () => 1, SENSITIVITY_FLAGS); // => 1
 */
export async function atFlags<T>(f: () => Promise<T>, map: FlagMap): Promise<T> {
  try {
    return await f();
  } catch (e) {
    if (e instanceof InputError) {
      const path = e.path;
      const flag = map.find(([re]) => re.test(path))?.[1];
      if (flag !== undefined) throw e.at(flag);
    }
    throw e;
  }
}
