import { describe, expect, it } from 'vitest';
import {
  add, constant, div, evaluate, exp, generateCode, input, inputsOf, log, max, min, mul, neg, parseFormula, pow, sqrt, sub,
} from '../../src/graph/index.js';
import { InputError } from '../../src/errors/index.js';

describe('graph builders', () => {
  it('add and mul fold constants and flatten', () => {
    expect(add(constant(1), add(input('a'), constant(2)))).toEqual({ op: 'add', args: [input('a'), constant(3)] });
    expect(mul(constant(2), mul(input('a'), constant(3)))).toEqual({ op: 'mul', args: [constant(6), input('a')] });
    expect(add()).toEqual(constant(0));
    expect(mul()).toEqual(constant(1));
    const a = input('a');
    expect(mul(a)).toBe(a); // a single factor is returned as is
    expect(mul(constant(0), a)).toEqual({ op: 'mul', args: [constant(0), a] }); // 0 · NaN must stay NaN
  });
});

describe('evaluate', () => {
  it('evaluate computes every operator in float64', () => {
    const a = input('a');
    const b = input('b');
    const values = { a: 2, b: 8 };
    const [r1, r2, r3, r4, r5, r6, r7] = evaluate(
      [sub(a, b), div(b, a), pow(a, b), min(a, b), max(a, b), neg(a), add(exp(log(b)), sqrt(b))],
      values,
    );
    expect(r1).toBe(-6);
    expect(r2).toBe(4);
    expect(r3).toBe(256);
    expect(r4).toBe(2);
    expect(r5).toBe(8);
    expect(r6).toBe(-2);
    expect(r7).toBeCloseTo(8 + Math.sqrt(8), 12);
  });

  it('evaluate refuses a missing input', () => {
    expect(() => evaluate([input('x')], {})).toThrow(/"x" has no value/);
  });
});

describe('generateCode', () => {
  it('generateCode computes a shared subexpression once and matches evaluate', () => {
    const shared = add(input('a'), input('b'));
    const e1 = mul(shared, shared);
    const e2 = div(shared, constant(4));
    const code = generateCode([e1, e2], { inputRef: (n) => `v.${n}` });
    // shared appears once as its own statement
    expect(code.statements.match(/\(v\.a \+ v\.b\)/g)).toHaveLength(1);
    const fn = new Function('v', `${code.statements}\nreturn [${code.outputs.join(', ')}];`) as (v: object) => number[];
    // (3 + 5)^2 = 64; (3 + 5)/4 = 2
    expect(fn({ a: 3, b: 5 })).toEqual([64, 2]);
  });

  it('generateCode shares structurally equal nodes built separately', () => {
    const e1 = mul(add(input('a'), input('b')), constant(2));
    const e2 = mul(add(input('a'), input('b')), constant(3));
    const code = generateCode([e1, e2], { inputRef: (n) => n });
    expect(code.statements.match(/\(a \+ b\)/g)).toHaveLength(1);
  });

  it('generateCode emits float literals', () => {
    const code = generateCode([mul(input('a'), constant(3)), add(input('a'), constant(-2))], { inputRef: (n) => n });
    expect(code.statements).toContain('3.0 * a');
    expect(code.statements).toContain('(-2.0)');
  });
});

describe('inputsOf', () => {
  it('inputsOf lists each input once', () => {
    expect(inputsOf([add(input('b'), mul(input('a'), input('b')))])).toEqual(['b', 'a']);
  });
});

describe('parseFormula', () => {
  const resolve = (s: string) => (['energy', 'intensity', 'x'].includes(s) ? input(s) : undefined);
  it('parseFormula builds the graph of a formula', () => {
    const e = parseFormula('energy * intensity / 1000 + max(x, 2)^2 - -1', resolve, 'f');
    // 500 * 0.4 / 1000 + max(3, 2)^2 + 1 = 0.2 + 9 + 1
    expect(evaluate([e], { energy: 500, intensity: 0.4, x: 3 })[0]).toBeCloseTo(10.2, 12);
  });
  it('parseFormula refuses unknown symbols and functions with what is available', () => {
    expect(() => parseFormula('energy * y', resolve, 'stages[0].formula', ['energy', 'intensity'])).toThrow(InputError);
    expect(() => parseFormula('energy * y', resolve, 'stages[0].formula', ['energy', 'intensity'])).toThrow(/unknown symbol "y".*energy, intensity/);
    expect(() => parseFormula('sin(x)', resolve, 'f')).toThrow(/function "sin"/);
    expect(() => parseFormula('x +', resolve, 'f')).toThrow(/cannot be parsed/);
  });
});

describe('evaluate looks input values up as own keys', () => {
  it.each(['toString', 'constructor', 'valueOf', '__proto__'])('an input named %s with no value in a record is refused, not evaluated to NaN', (name) => {
    expect(() => evaluate([input(name)], {})).toThrow(`expression input "${name}" has no value`);
  });

  it('an own value under a prototype name is used', () => {
    const values: Record<string, number> = {};
    Object.defineProperty(values, 'toString', { value: 3, enumerable: true });
    expect(evaluate([mul(input('toString'), constant(2))], values)).toEqual([6]);
  });
});
