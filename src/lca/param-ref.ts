import { input, type Expr } from '../graph/index.js';
import type { Param } from '../system/index.js';

/**
 * The graph input name of a param: shared draws use one input for all their fields.
 * @example
 * inputName({ path: 'cloud.pue', kind: 'ratio', unit: '1', value: 1.2, status: 'input' }); // => 'cloud.pue'
 */
export function inputName(p: Param): string {
  return p.shared !== undefined ? `shared.${p.shared}` : p.path;
}

/** The graph input node of a param. */
export const ref = (p: Param): Expr => input(inputName(p));
