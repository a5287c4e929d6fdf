import type { BinaryOp, ConstExpr, Expr, InputExpr, UnaryOp } from './expr.js';

/**
 * A literal number node.
 * @example
 * constant(3); // => { op: 'const', value: 3 }
 */
export function constant(value: number): ConstExpr {
  return Object.freeze({ op: 'const', value });
}

/**
 * A named input node.
 * @example
 * input('servers[0].lifetime'); // => { op: 'input', name: 'servers[0].lifetime' }
 */
export function input(name: string): InputExpr {
  return Object.freeze({ op: 'input', name });
}

function isConst(e: Expr, value?: number): e is ConstExpr {
  return e.op === 'const' && (value === undefined || e.value === value);
}

/**
 * The sum of the terms; constants are folded, an empty sum is 0 and a single
 * term is returned as is.
 * @example
 * add(constant(2), constant(3)); // => { op: 'const', value: 5 }
 */
export function add(...terms: readonly Expr[]): Expr {
  const flat: Expr[] = [];
  let c = 0;
  for (const t of terms) {
    if (t.op === 'add') {
      for (const a of t.args) {
        if (isConst(a)) c += a.value;
        else flat.push(a);
      }
    } else if (isConst(t)) c += t.value;
    else flat.push(t);
  }
  if (c !== 0 || flat.length === 0) flat.push(constant(c));
  if (flat.length === 1) return flat[0];
  return Object.freeze({ op: 'add', args: Object.freeze(flat) });
}

/**
 * The product of the factors; constants are folded (a constant factor of 0
 * is kept as a multiplication so that NaN inputs still show), an empty product is 1.
 * @example
 * mul(constant(2), constant(3)); // => { op: 'const', value: 6 }
 */
export function mul(...factors: readonly Expr[]): Expr {
  const flat: Expr[] = [];
  let c = 1;
  for (const f of factors) {
    if (f.op === 'mul') {
      for (const a of f.args) {
        if (isConst(a)) c *= a.value;
        else flat.push(a);
      }
    } else if (isConst(f)) c *= f.value;
    else flat.push(f);
  }
  if (c !== 1 || flat.length === 0) flat.unshift(constant(c));
  if (flat.length === 1) return flat[0];
  return Object.freeze({ op: 'mul', args: Object.freeze(flat) });
}

function binary(op: BinaryOp, left: Expr, right: Expr): Expr {
  return Object.freeze({ op, left, right });
}

function unary(op: UnaryOp, arg: Expr): Expr {
  return Object.freeze({ op, arg });
}

/**
 * `left − right`.
 * @example
 * sub(constant(5), constant(3)); // => { op: 'const', value: 2 }
 */
export function sub(left: Expr, right: Expr): Expr {
  if (isConst(left) && isConst(right)) return constant(left.value - right.value);
  if (isConst(right, 0)) return left;
  return binary('sub', left, right);
}

/**
 * `left ÷ right`.
 * @example
 * div(constant(6), constant(3)); // => { op: 'const', value: 2 }
 */
export function div(left: Expr, right: Expr): Expr {
  if (isConst(left) && isConst(right)) return constant(left.value / right.value);
  if (isConst(right, 1)) return left;
  return binary('div', left, right);
}

/** `base ^ exponent`. @example pow(constant(2), constant(3)); // => { op: 'const', value: 8 } */
export function pow(base: Expr, exponent: Expr): Expr {
  if (isConst(base) && isConst(exponent)) return constant(base.value ** exponent.value);
  if (isConst(exponent, 1)) return base;
  return binary('pow', base, exponent);
}

/** The smaller of two values. @example min(constant(2), constant(3)); // => { op: 'const', value: 2 } */
export function min(a: Expr, b: Expr): Expr {
  if (isConst(a) && isConst(b)) return constant(Math.min(a.value, b.value));
  return binary('min', a, b);
}

/** The larger of two values. @example max(constant(2), constant(3)); // => { op: 'const', value: 3 } */
export function max(a: Expr, b: Expr): Expr {
  if (isConst(a) && isConst(b)) return constant(Math.max(a.value, b.value));
  return binary('max', a, b);
}

/** `−x`. @example neg(constant(2)); // => { op: 'const', value: -2 } */
export function neg(x: Expr): Expr {
  return isConst(x) ? constant(-x.value) : unary('neg', x);
}

/** `eˣ`. @example exp(constant(0)); // => { op: 'const', value: 1 } */
export function exp(x: Expr): Expr {
  return isConst(x) ? constant(Math.exp(x.value)) : unary('exp', x);
}

/** Natural logarithm. @example log(constant(1)); // => { op: 'const', value: 0 } */
export function log(x: Expr): Expr {
  return isConst(x) ? constant(Math.log(x.value)) : unary('log', x);
}

/** Square root. @example sqrt(constant(9)); // => { op: 'const', value: 3 } */
export function sqrt(x: Expr): Expr {
  return isConst(x) ? constant(Math.sqrt(x.value)) : unary('sqrt', x);
}

/** Absolute value. @example abs(constant(-2)); // => { op: 'const', value: 2 } */
export function abs(x: Expr): Expr {
  return isConst(x) ? constant(Math.abs(x.value)) : unary('abs', x);
}
