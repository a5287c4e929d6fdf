import { InputError } from '../errors/index.js';
import { checkNumber } from '../validate/index.js';
import type { SensitivityInput, SensitivityProblem } from './types.js';

/**
 * Check a list of names: a non-empty array of unique non-empty strings.
 *
 * @param names - the list as received
 * @param path - its path, named in errors
 * @param what - what the names are, plural (`output names`)
 * @throws {@link InputError} naming the first bad entry
 * @internal
 */
export function checkNames(names: unknown, path: string, what: string): asserts names is readonly string[] {
  if (!Array.isArray(names) || names.length === 0) {
    throw new InputError({ path, received: names, expected: `a non-empty array of ${what}`, fix: `list at least one ${what.replace(/s$/, '')}` });
  }
  const seen = new Set<string>();
  names.forEach((name: unknown, i) => {
    if (typeof name !== 'string' || name.trim() === '') {
      throw new InputError({ path: `${path}[${i}]`, received: name, expected: 'a non-empty string' });
    }
    if (name === '__proto__') {
      // results are records keyed by these names; assigning this key would replace the record's prototype instead
      throw new InputError({ path: `${path}[${i}]`, received: name, expected: 'a name other than __proto__', problem: 'is reserved', fix: 'rename it' });
    }
    if (seen.has(name)) {
      throw new InputError({ path: `${path}[${i}]`, received: name, expected: 'a name not used before in the list', problem: 'is a duplicate', fix: 'give every entry a unique name' });
    }
    seen.add(name);
  });
}

/**
 * Check the inputs of a problem: a non-empty array of objects with unique
 * non-empty names, a `ppf` function, finite `base`/`low`/`high` where given
 * and `low ≤ high` where both are given.
 *
 * @param inputs - the inputs as received
 * @param path - their path, named in errors (`problem.inputs`)
 * @throws {@link InputError} naming the first bad field
 * @internal
 */
export function checkInputs(inputs: unknown, path: string): asserts inputs is readonly SensitivityInput[] {
  if (!Array.isArray(inputs)) {
    throw new InputError({ path, received: inputs, expected: 'an array of { name, ppf } objects' });
  }
  inputs.forEach((input: unknown, i) => {
    if (typeof input !== 'object' || input === null) {
      throw new InputError({ path: `${path}[${i}]`, received: input, expected: 'an object { name, ppf, base?, low?, high?, unit? }' });
    }
  });
  checkNames(inputs.map((x: { name?: unknown }) => x.name), path, 'inputs');
  inputs.forEach((input: SensitivityInput, i) => {
    const at = `${path}[${i}]`;
    if (typeof input.ppf !== 'function') {
      throw new InputError({ path: `${at}.ppf`, received: input.ppf, expected: 'a function (u: number) => number, the inverse CDF', fix: 'for a uniform(a, b) input write ppf: (u) => a + u * (b - a)' });
    }
    for (const key of ['base', 'low', 'high'] as const) {
      if (input[key] !== undefined) checkNumber(input[key], `${at}.${key}`, { unit: input.unit });
    }
    if (input.unit !== undefined && typeof input.unit !== 'string') {
      throw new InputError({ path: `${at}.unit`, received: input.unit, expected: 'a unit string such as "kgCO2e/kWh"' });
    }
    if (input.low !== undefined && input.high !== undefined && input.low > input.high) {
      throw new InputError({ path: `${at}.low`, received: input.low, expected: `a value ≤ high (${input.high})`, problem: 'is above high', fix: 'swap low and high' });
    }
  });
}

/**
 * Check a problem before an analysis: its inputs (see {@link checkInputs}),
 * a non-empty list of unique output names, and an `evaluate` function.
 *
 * @param problem - the problem as received
 * @param path - its path, named in errors (`problem`)
 * @throws {@link InputError} naming the first bad field
 * @internal
 */
export function checkProblem(problem: unknown, path = 'problem'): asserts problem is SensitivityProblem {
  if (typeof problem !== 'object' || problem === null) {
    throw new InputError({ path, received: problem, expected: 'an object { inputs, outputs, evaluate }', fix: 'build one with problemFromFunction or problemFromExpression' });
  }
  const p = problem as Partial<SensitivityProblem>;
  checkInputs(p.inputs, `${path}.inputs`);
  checkNames(p.outputs, `${path}.outputs`, 'output names');
  if (typeof p.evaluate !== 'function') {
    throw new InputError({ path: `${path}.evaluate`, received: p.evaluate, expected: 'a function (design, n) => one array of n values per output' });
  }
}
