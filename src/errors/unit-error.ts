import { InputError, type InputErrorDetails } from './input-error.js';

/**
 * A quantity has a unit of the wrong dimension, an ambiguous unit (`ton`), or
 * a unit outside the closed set accepted for its field.
 *
 * @example
 * const e = new UnitError({ path: 'power.idle', received: '200 kWh', expected: 'a power in W, kW or MW' });
 * e instanceof InputError; // => true
 */
export class UnitError extends InputError {
  /** The error class's name, `UnitError`. */
  override readonly name: string = 'UnitError';
  constructor(details: InputErrorDetails) {
    super({ problem: 'has the wrong unit', ...details });
  }
}
