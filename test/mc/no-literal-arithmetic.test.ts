import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/mc/program/index.js';
import { loadStudyFile } from '../../src/scenarios/index.js';
import { compileStudy } from '../../src/study/index.js';

// gpu.js types an integer-valued literal as an int on webasm/webgpu, so an
// operator with two literal operands (365.0 * 50000.0) can become 32-bit
// integer arithmetic (issue 16); issue 11 also asks that fixed inputs be folded
// before code generation (595.4 * 0.06 and 1.0 - 1.0 appeared in kernels).
// No generated program of any example may combine two literals.
const LITERAL = String.raw`-?\d+(?:\.\d+)?(?:e[-+]?\d+)?`;
// Operators are left-associative, so in `(a * 2.0 * 3.0)` each operator has a
// non-literal left operand; only an expression that opens with two literals
// (`(2.0 * 3.0 * a)`, `(1.0 - 1.0)`) makes gpu.js combine two of them.
const TWO_LITERALS = new RegExp(String.raw`\(${LITERAL} [-+*/] ${LITERAL}(?![\w.(])`);

describe('generated Monte Carlo programs never combine two literals', () => {
  it('the pattern catches what it should', () => {
    expect(TWO_LITERALS.test('const m0 = (595.4 * 0.06);')).toBe(true);
    expect(TWO_LITERALS.test('const m1 = (1.0 - 1.0);')).toBe(true);
    expect(TWO_LITERALS.test('const m2 = (18250000.0 * x3);')).toBe(false);
    expect(TWO_LITERALS.test('const m3 = (x2 * 2.0);')).toBe(false);
    expect(TWO_LITERALS.test('const m4 = (x1 * 1000.0 * 8.76);')).toBe(false);
    expect(TWO_LITERALS.test('const m5 = (2.0 * 3.0 * x1);')).toBe(true);
  });

  it.each(readdirSync('examples').filter((f) => f.endsWith('.json')))('%s, every output', (file) => {
    const model = compileStudy(loadStudyFile(`examples/${file}`).study);
    const built = buildProgram(model, model.outputs.map((o) => o.key));
    const offending = built.program.statements.split('\n').filter((line) => TWO_LITERALS.test(line));
    expect(offending).toEqual([]);
  });
});
