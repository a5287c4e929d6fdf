/**
 * A node of the expression graph a study compiles to. Nodes are immutable
 * plain objects; a node used in several places is the same object (a DAG), so
 * evaluators and code generators compute it once.
 */
export type Expr = ConstExpr | InputExpr | UnaryExpr | BinaryExpr | NaryExpr;

/** A literal number. */
export interface ConstExpr {
  /** Discriminant: `'const'`. */
  readonly op: 'const';
  /** The number, in the canonical unit of wherever it is used. */
  readonly value: number;
}

/** A named input of the model (a study field, possibly uncertain). */
export interface InputExpr {
  /** Discriminant: `'input'`. */
  readonly op: 'input';
  /** The input's name (its study path, e.g. `servers[0].lifetime`). */
  readonly name: string;
}

/** Unary operators. */
export type UnaryOp = 'neg' | 'exp' | 'log' | 'sqrt' | 'abs';

/** A unary operation. */
export interface UnaryExpr {
  /** The operator: `neg`, `exp`, `log` (natural), `sqrt` or `abs`. */
  readonly op: UnaryOp;
  /** The operand. */
  readonly arg: Expr;
}

/** Binary operators. */
export type BinaryOp = 'sub' | 'div' | 'pow' | 'min' | 'max';

/** A binary operation. */
export interface BinaryExpr {
  /** The operator: `sub` (left − right), `div` (left ÷ right), `pow` (left^right), `min` or `max`. */
  readonly op: BinaryOp;
  /** The left operand. */
  readonly left: Expr;
  /** The right operand. */
  readonly right: Expr;
}

/** N-ary operators (sums and products of any length ≥ 2). */
export type NaryOp = 'add' | 'mul';

/** A sum or product of two or more terms. */
export interface NaryExpr {
  /** The operator: `add` (sum) or `mul` (product). */
  readonly op: NaryOp;
  /** The terms, two or more. */
  readonly args: readonly Expr[];
}

const UNARY: ReadonlySet<string> = new Set(['neg', 'exp', 'log', 'sqrt', 'abs']);
const BINARY: ReadonlySet<string> = new Set(['sub', 'div', 'pow', 'min', 'max']);

/** True when the node is a unary operation. */
export function isUnary(e: Expr): e is UnaryExpr {
  return UNARY.has(e.op);
}

/** True when the node is a binary operation. */
export function isBinary(e: Expr): e is BinaryExpr {
  return BINARY.has(e.op);
}

/** The direct children of a node, in order. */
export function children(e: Expr): readonly Expr[] {
  if (e.op === 'const' || e.op === 'input') return [];
  if (e.op === 'add' || e.op === 'mul') return e.args;
  if (isUnary(e)) return [e.arg];
  const b = e as BinaryExpr;
  return [b.left, b.right];
}
