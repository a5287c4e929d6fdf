import { InputError } from '../errors/index.js';

/** What a {@link NonFiniteResultError} knows: the outputs that went bad and the inputs that made them. */
export interface NonFiniteDetails {
  /** Study paths of the inputs that produced the non-finite values (`servers[0].lifetime`). */
  readonly paths: readonly string[];
  /** Those inputs' values as used, with their units (`5e-324 years`), in the order of `paths`. */
  readonly values: readonly string[];
  /** The outputs that are not finite numbers, with their value: `annualised footprint = Infinity`. */
  readonly outputs: readonly string[];
  /** The numeric arithmetic that overflowed: `float64` (assess) or `float32` (a GPU or WebAssembly backend). */
  readonly precision?: 'float64' | 'float32';
  /** The scenario whose values produced it, when it is not the study as written (`compareScenarios`). */
  readonly scenario?: string;
}

const LARGEST = { float64: '1.8e308', float32: '3.4e38' } as const;

/**
 * A result is NaN or infinite: an input is zero, subnormal or so large that
 * the arithmetic overflows. It is an {@link InputError} at the input path(s)
 * that produced it, so the CLI exits 2, and `paths` and `outputs` say which.
 *
 * @example
 * const e = new NonFiniteResultError({ paths: ['servers[0].lifetime'], values: ['5e-324 years'], outputs: ['annualised footprint = Infinity'] });
 * e.path; // => 'servers[0].lifetime'
 * e instanceof InputError; // => true
 */
export class NonFiniteResultError extends InputError {
  /** The error class's name, `NonFiniteResultError`. */
  override readonly name: string = 'NonFiniteResultError';
  /** Study paths of the inputs that produced the non-finite values. */
  readonly paths: readonly string[];
  /** The outputs that are not finite, with their value. */
  readonly outputs: readonly string[];
  /** Everything the error was built from, to rebuild it with a scenario named ({@link NonFiniteResultError.inScenario}). */
  readonly details: NonFiniteDetails;

  constructor(details: NonFiniteDetails) {
    const shown = details.outputs.slice(0, 3).join(', ') + (details.outputs.length > 3 ? ` and ${details.outputs.length - 3} more` : '');
    const precision = details.precision ?? 'float64';
    super({
      path: details.paths.join(', '),
      received: details.values.join(', '),
      problem: `make${details.paths.length === 1 ? 's' : ''} a result that is not a finite number${details.scenario === undefined ? '' : ` in scenario ${JSON.stringify(details.scenario)}`} (${shown})`,
      expected: `values for which every result is a finite number in ${precision} (magnitudes up to ${LARGEST[precision]})`,
      fix: 'check the value and its unit in the study: a zero or subnormal value divides by zero, a huge one overflows',
    });
    this.paths = details.paths;
    this.outputs = details.outputs;
    this.details = details;
  }

  /**
   * The same error, saying which scenario's values produced it.
   *
   * @example
   * const e = new NonFiniteResultError({ paths: ['servers[0].lifetime'], values: ['5e-324 years'], outputs: ['annualised footprint = Infinity'] });
   * e.inScenario('tiny life').message.includes('in scenario "tiny life"'); // => true
   */
  inScenario(name: string): NonFiniteResultError {
    return new NonFiniteResultError({ ...this.details, scenario: name });
  }
}
