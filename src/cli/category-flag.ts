import { InputError } from '../errors/index.js';
import { IMPACT_CATEGORY_IDS, type ImpactCategoryId } from '../units/index.js';

/** Usage line of `--category`. */
export const CATEGORY_USAGE = `--category LIST       impact categories to show, comma-separated: climate, water, adpe, pe
                      (default: every category the study's categories name)`;

/**
 * The categories `--category` names (`water,adpe`), or undefined when the
 * flag is absent (every category of the study).
 *
 * @param value - the flag's value
 * @returns the categories, in the order given
 * @throws {@link InputError} naming --category for an unknown or repeated category
 * @example
 * categoryFlag('water,climate'); // => ['water', 'climate']
 * categoryFlag(undefined); // => undefined
 */
export function categoryFlag(value: string | true | undefined): ImpactCategoryId[] | undefined {
  if (value === undefined) return undefined;
  const text = value === true ? '' : value;
  const list = text.split(',').map((s) => s.trim());
  const seen = new Set<string>();
  for (const c of list) {
    if (!(IMPACT_CATEGORY_IDS as readonly string[]).includes(c)) {
      throw new InputError({ path: '--category', received: c, expected: `a comma-separated list of ${IMPACT_CATEGORY_IDS.join(', ')}`, problem: 'is not an impact category', fix: 'e.g. --category climate,water' });
    }
    if (seen.has(c)) throw new InputError({ path: '--category', received: c, expected: 'each category once', problem: 'is listed twice' });
    seen.add(c);
  }
  return list as ImpactCategoryId[];
}
