/**
 * Typed errors. Every error the library throws on purpose is an
 * {@link AilcaError}; bad user input is an {@link InputError} that names the
 * field, the value, the valid range and the fix.
 * @module
 */
export { AilcaError } from './ailca-error.js';
export { InputError, type InputErrorDetails } from './input-error.js';
export { UnitError } from './unit-error.js';
export { FileError, type FilePosition } from './file-error.js';
export { formatValue } from './format-value.js';
