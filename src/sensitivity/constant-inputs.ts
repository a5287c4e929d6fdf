import type { SensitivityInput } from './types.js';

/**
 * Probability points at which {@link constantInputs} probes each ppf: near
 * both ends and the median (a distribution with any spread differs between
 * its 0.1 % and 99.9 % quantiles).
 */
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
