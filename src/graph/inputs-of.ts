import { children, type Expr } from './expr.js';

/**
 * The names of the inputs the expressions depend on, in first-seen order.
 * @example
 * inputsOf([add(input('b'), mul(input('a'), input('b')))]); // => ['b', 'a']
 */
export function inputsOf(exprs: readonly Expr[]): string[] {
  const seen = new Set<Expr>();
  const names: string[] = [];
  const known = new Set<string>();
  const walk = (e: Expr): void => {
    if (seen.has(e)) return;
    seen.add(e);
    if (e.op === 'input') {
      if (!known.has(e.name)) {
        known.add(e.name);
        names.push(e.name);
      }
      return;
    }
    for (const c of children(e)) walk(c);
  };
  exprs.forEach(walk);
  return names;
}
