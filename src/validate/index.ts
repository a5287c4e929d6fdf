/**
 * Validation at the boundary: numbers, fractions, counts and the keys of an
 * object, with errors that name the field, the value, the range and the fix.
 * @module
 */
export { checkNumber, checkFraction, checkCount, describeRule, type NumberRule } from './number.js';
export { suggest, levenshtein } from './suggest.js';
export { checkObjectKeys, type KeyRule } from './object-keys.js';
