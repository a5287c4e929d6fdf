import { InputError } from '../../errors/index.js';
import { checkNumber } from '../../validate/index.js';
import type { ProgramMode, SampleProgram } from './program.js';

/**
 * Most outputs a program may have: 64 (a study's default report has 12; with
 * every component about 30). Each group of 4 outputs costs a kernel on the
 * gpu.js backends.
 *
 * @example
 * MAX_OUTPUTS; // => 64
 */
export const MAX_OUTPUTS = 64;

/** A program that passed {@link checkProgram}, with its tables as Float64Arrays. */
export interface CheckedProgram {
  /** The statements, unchanged. */
  readonly statements: string;
  /** The output variable names, in order. */
  readonly outputs: readonly string[];
  /** Table names, in the order the kernels take them as arguments. */
  readonly tableNames: readonly string[];
  /** Table values, copied, in the order of `tableNames`. */
  readonly tableValues: readonly Float64Array[];
  /** Textual `Math.random()` calls; the row width in given mode. */
  readonly uniformsPerSample: number;
  /** The mode the program was checked for. */
  readonly mode: ProgramMode;
}

/** Matches one draw site; gpu.js and our rewriting both need the plain call form. */
export const DRAW_PATTERN = /\bMath\s*\.\s*random\s*\(\s*\)/g;
/** Names usable as JavaScript variables and gpu.js kernel arguments. */
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function refuse(path: string, received: unknown, expected: string, fix: string, problem?: string): never {
  throw new InputError({ path, received, expected, fix, problem });
}

function checkName(name: unknown, path: string, statements: string): string {
  if (typeof name !== 'string' || !NAME.test(name) || name.startsWith('ailca')) {
    refuse(path, name, 'an identifier of letters, digits and _ not starting with "ailca"', 'rename the variable in the generated statements');
  }
  if (!new RegExp(`\\b${name}\\b`).test(statements)) {
    refuse(path, name, 'a name the statements use', `declare ${name} in program.statements or remove it`, 'does not occur in the statements');
  }
  return name;
}

function checkTable(values: unknown, path: string): Float64Array {
  const isArray = Array.isArray(values) || values instanceof Float32Array || values instanceof Float64Array;
  if (!isArray || (values as ArrayLike<number>).length === 0) {
    refuse(path, values, 'a non-empty array of finite numbers', 'give the table as an array such as [0, 0.5, 1]');
  }
  const out = Float64Array.from(values as ArrayLike<number>);
  const bad = out.findIndex((v, i) => typeof (values as ArrayLike<unknown>)[i] !== 'number' || !Number.isFinite(v));
  if (bad >= 0) {
    refuse(`${path}[${bad}]`, (values as ArrayLike<unknown>)[bad], 'a finite number', 'tables hold finite numbers only; fix the generator that built it');
  }
  return out;
}

/**
 * Check a {@link SampleProgram} at the boundary: statement text, output and
 * table names, table values, and that the number of textual `Math.random()`
 * calls equals `uniformsPerSample`. Syntax is checked later, by compiling.
 *
 * @param program - the program received
 * @param mode - the mode it will be compiled for
 * @returns the program with tables copied into Float64Arrays
 * @throws {@link InputError} naming the field (`program.outputs[2]`), the value and the fix
 * @example
 * const p = checkProgram({ statements: 'const x = 2 * Math.random();', outputs: ['x'], uniformsPerSample: 1 }, 'random');
 * p.outputs; // => ['x']
 */
export function checkProgram(program: SampleProgram, mode: ProgramMode): CheckedProgram {
  if (typeof program !== 'object' || program === null) {
    refuse('program', program, 'an object { statements, outputs, uniformsPerSample, tables? }', 'pass the SampleProgram the generator built');
  }
  const { statements, outputs, tables } = program;
  if (typeof statements !== 'string' || statements.trim() === '') {
    refuse('program.statements', statements, 'a non-empty string of JavaScript statements', 'pass the generated statements');
  }
  const reserved = /\b(ailca\w*|this|return)\b/.exec(statements);
  if (reserved) {
    refuse('program.statements', reserved[0], 'statements without `this`, `return` or identifiers starting with "ailca"', 'write outputs as variables and list them in program.outputs', 'uses a reserved word');
  }
  if (!Array.isArray(outputs) || outputs.length === 0 || outputs.length > MAX_OUTPUTS) {
    refuse('program.outputs', outputs, `an array of 1 to ${MAX_OUTPUTS} variable names`, 'list the variables holding the outputs');
  }
  const names = outputs.map((o, i) => checkName(o, `program.outputs[${i}]`, statements));
  const dup = names.findIndex((n, i) => names.indexOf(n) !== i);
  if (dup >= 0) refuse(`program.outputs[${dup}]`, names[dup], 'names listed once', 'remove the duplicate output', 'is listed twice');
  const tableNames: string[] = [];
  const tableValues: Float64Array[] = [];
  if (tables !== undefined) {
    if (typeof tables !== 'object' || tables === null) refuse('program.tables', tables, 'an object of named number arrays', 'pass { name: [numbers] } or leave tables out');
    for (const [name, values] of Object.entries(tables)) {
      const t = checkName(name, `program.tables.${name}`, statements);
      if (names.includes(t)) refuse(`program.tables.${name}`, name, 'a name that is not also an output', 'rename the table or the output');
      tableNames.push(t);
      tableValues.push(checkTable(values, `program.tables.${name}`));
    }
  }
  const d = checkNumber(program.uniformsPerSample, 'program.uniformsPerSample', {
    min: 0,
    integer: true,
    fix: 'give the number of Math.random() calls in the statements',
  });
  const draws = (statements.match(DRAW_PATTERN) ?? []).length;
  if (draws !== d) {
    refuse('program.uniformsPerSample', d, `${draws}, the number of Math.random() calls in the statements`, 'count every draw site once; draws inside loops are not supported', 'does not match the statements');
  }
  if (mode === 'given' && d === 0) {
    refuse('program.uniformsPerSample', d, 'at least 1 in given mode (the row width)', 'given mode replaces the Math.random() calls by row entries: the program needs some');
  }
  return { statements, outputs: names, tableNames, tableValues, uniformsPerSample: d, mode };
}
