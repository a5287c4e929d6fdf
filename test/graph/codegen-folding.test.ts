import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add, constant, div, evaluate, generateCode, input, mul, sub, type Expr } from '../../src/graph/index.js';

// generateCode folds constant subexpressions so that no operation in kernel
// code has two literal operands: gpu.js computes such an operation between
// integer-valued literals in 32-bit integers (see test/mc/large-products.test.ts).

const LITERAL = String.raw`\(?-?\d+(?:\.\d+)?(?:e[+-]?\d+)?\)?`;
// Operations are left-associative: `(b + 2.0 + 3.0)` adds each literal to a float. Integer
// arithmetic needs a chain that starts with two literals, a call on literals only, or a bare literal.
const TWO_LITERALS = new RegExp(`= \\(${LITERAL}\\s*[-+*/]\\s*${LITERAL}|Math\\.\\w+\\(${LITERAL}(, ${LITERAL})?\\)|= ${LITERAL};`);

/** Random expressions over constants, fixed inputs (f0, f1) and varying inputs (a, b). */
const exprArb: fc.Arbitrary<Expr> = fc.letrec<{ e: Expr }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.integer({ min: 1, max: 1_000_000 }).map((v) => constant(v)),
    fc.constantFrom('f0', 'f1', 'a', 'b').map((n) => input(n)),
    fc.array(tie('e'), { minLength: 2, maxLength: 4 }).map((xs) => add(...xs)),
    fc.array(tie('e'), { minLength: 2, maxLength: 4 }).map((xs) => mul(...xs)),
    fc.tuple(tie('e'), tie('e')).map(([l, r]) => sub(l, r)),
    fc.tuple(tie('e'), tie('e')).map(([l, r]) => div(l, r)),
  ),
})).e;

describe('generateCode folds constants', () => {
  const constants = new Map([['f0', 50_000], ['f1', 600]]);
  const values = new Map([...constants, ['a', 1.5], ['b', 7]]);

  it('never emits an operation between two literals, and the code computes what evaluate does', () => {
    fc.assert(
      fc.property(exprArb, (e) => {
        const code = generateCode([e], { inputRef: (n) => n, fixed: constants });
        for (const line of code.statements.split('\n')) expect(line).not.toMatch(TWO_LITERALS);
        const run = new Function('a', 'b', `${code.statements}\nreturn ${code.outputs[0]};`) as (a: number, b: number) => number;
        const want = evaluate([e], values)[0];
        const got = run(1.5, 7);
        // folding keeps the reference's left-to-right order: identical in float64
        if (Number.isNaN(want)) expect(got).toBeNaN();
        else expect(got).toBe(want);
      }),
      { numRuns: 300, seed: 5 },
    );
  });

  it('folds 365 × 50,000 × 600 to 10,950,000,000 (the tokens per year of the llm-serving example)', () => {
    const code = generateCode([div(input('a'), mul(constant(365), input('f0'), input('f1')))], { inputRef: (n) => n, fixed: constants });
    expect(code.statements).toBe('const t0 = (a / 10950000000.0);');
  });

  it('folds only the leading constants of a product, keeping the order of the rest', () => {
    // built as a raw node: the mul() builder gathers constants itself
    const product: Expr = { op: 'mul', args: [constant(8), constant(318), input('a'), constant(2)] };
    const code = generateCode([product], { inputRef: (n) => n });
    expect(code.statements).toBe('const t0 = (2544.0 * a * 2.0);');
  });
});
