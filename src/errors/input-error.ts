import { AilcaError } from './ailca-error.js';
import { formatValue } from './format-value.js';

/** What an {@link InputError} knows about the bad value. */
export interface InputErrorDetails {
  /** Path of the field in the study or call, e.g. `servers[0].lifetime`. */
  readonly path: string;
  /** The value that was received, as sent. */
  readonly received: unknown;
  /** The valid range, unit or form, in words: `a fraction in [0, 1]`. */
  readonly expected: string;
  /** What to do about it: `did you mean 0.75?`. */
  readonly fix?: string;
  /** What is wrong, in words; defaults to `is invalid`. */
  readonly problem?: string;
}

/**
 * A value supplied by the user (study file, API call, CLI flag) is invalid.
 * The message names the field path, the value received, the valid range or
 * unit, and the fix; the same facts are available as properties.
 *
 * @example
 * const e = new InputError({
 *   path: 'workload.utilization',
 *   received: 75,
 *   expected: 'a fraction in [0, 1]',
 *   fix: 'did you mean 0.75?',
 * });
 * e.message; // => 'workload.utilization is invalid: got 75; expected a fraction in [0, 1]. Fix: did you mean 0.75?'
 */
export class InputError extends AilcaError {
  /** The error class's name, `InputError`. */
  override readonly name: string = 'InputError';
  /** Path of the field in the study or call, e.g. `servers[0].lifetime`. */
  readonly path: string;
  /** The value that was received, as sent. */
  readonly received: unknown;
  /** The valid range, unit or form, in words. */
  readonly expected: string;
  /** What to do about it, when known. */
  readonly fix: string | undefined;
  /** What is wrong, in words (`is invalid` by default). */
  readonly problem: string;

  constructor(details: InputErrorDetails) {
    const problem = details.problem ?? 'is invalid';
    const fix = details.fix ? ` Fix: ${details.fix}` : '';
    super(
      `${details.path} ${problem}: got ${formatValue(details.received)}; expected ${details.expected}.${fix}`,
    );
    this.path = details.path;
    this.received = details.received;
    this.expected = details.expected;
    this.fix = details.fix;
    this.problem = problem;
  }

  /**
   * The same error reported at another path (e.g. a dataset lookup's
   * `location` error re-raised at the study's `cloud.location`).
   * @example
   * new InputError({ path: 'location', received: 'UK', expected: 'a country code' }).at('cloud.location').path; // => 'cloud.location'
   */
  at(path: string): InputError {
    return new InputError({ path, received: this.received, expected: this.expected, fix: this.fix, problem: this.problem });
  }
}
