import { InputError } from '../errors/index.js';
import { suggest } from '../validate/index.js';
import type { SensitivityInput } from './types.js';

/**
 * Check that `options` is an object whose keys are all known: a misspelt
 * option (`secondorder`, `bootstraps`) would otherwise be ignored silently.
 *
 * @param options - the options as received
 * @param path - their path, named in errors (`sobol.options`)
 * @param known - the accepted keys
 * @throws {@link InputError} naming the unknown key and close matches
 * @internal
 */
export function checkOptions(options: unknown, path: string, known: readonly string[]): void {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new InputError({ path, received: options, expected: `an object with keys among ${known.join(', ')}` });
  }
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      const close = suggest(key, known);
      throw new InputError({
        path: `${path}.${key}`,
        received: (options as Record<string, unknown>)[key],
        expected: `one of the options ${known.join(', ')}`,
        problem: 'is not a known option',
        fix: close.length > 0 ? `did you mean ${close.join(' or ')}?` : 'remove it',
      });
    }
  }
}

/** Probability points at which {@link constantInputs} probes each ppf. */
const PROBES = [0.001, 0.5, 0.999];

/**
 * Names of the inputs whose ppf gives the same value at u = 0.001, 0.5 and
 * 0.999: a degenerate distribution (sd = 0, min = max) that cannot cause
 * any variance.
 * @internal
 */
export function constantInputs(inputs: readonly SensitivityInput[]): string[] {
  return inputs
    .filter((input) => {
      const values = PROBES.map((u) => input.ppf(u));
      return values.every((v) => v === values[0]);
    })
    .map((input) => input.name);
}
