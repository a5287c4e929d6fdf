import { InputError } from '../errors/index.js';
import { IMPACT_CATEGORY_IDS, type ImpactCategoryId } from '../units/index.js';

/**
 * Read a study's `categories`: the impact categories it computes besides
 * climate change, which is always computed (ISO 14044 asks the goal and
 * scope to name them). Left out: climate change only. `"all"`: every
 * category ailca knows. A category is listed once; climate comes first.
 *
 * @param raw - the `categories` field
 * @returns the categories, climate first, then in the order of {@link IMPACT_CATEGORY_IDS}
 * @throws {@link InputError} for an unknown or repeated category
 * @example
 * parseCategories(undefined); // => ['climate']
 * parseCategories(['water']); // => ['climate', 'water']
 * parseCategories('all'); // => ['climate', 'water', 'adpe', 'pe']
 */
export function parseCategories(raw: unknown): ImpactCategoryId[] {
  if (raw === undefined) return ['climate'];
  if (raw === 'all') return [...IMPACT_CATEGORY_IDS];
  const expected = `"all" or a list of ${IMPACT_CATEGORY_IDS.map((c) => `"${c}"`).join(', ')}`;
  if (!Array.isArray(raw)) throw new InputError({ path: 'categories', received: raw, expected, problem: 'is not a list of impact categories' });
  const seen = new Set<string>();
  raw.forEach((c: unknown, i) => {
    if (typeof c !== 'string' || !(IMPACT_CATEGORY_IDS as readonly string[]).includes(c)) {
      throw new InputError({
        path: `categories[${i}]`,
        received: c,
        expected: `one of ${IMPACT_CATEGORY_IDS.join(', ')}`,
        problem: 'is not an impact category',
        fix: 'climate (kgCO2e), water (L), adpe (abiotic depletion, kgSbeq), pe (primary energy, MJ)',
      });
    }
    if (seen.has(c)) throw new InputError({ path: `categories[${i}]`, received: c, expected: 'each category once', problem: 'is listed twice', fix: 'remove the repeated category' });
    seen.add(c);
  });
  return IMPACT_CATEGORY_IDS.filter((c) => c === 'climate' || seen.has(c));
}
