import { CATEGORY_UNITS, IMPACT_CATEGORY_IDS, type ImpactCategoryId } from '../units/index.js';

/** One impact category: what it measures, its unit and the method that characterises it. */
export interface ImpactCategory {
  /** Short id used in output keys (`water.annualized.total`) and on the command line. */
  readonly id: ImpactCategoryId;
  /** Name, as LCA reports write it. */
  readonly name: string;
  /** The indicator and its unit. */
  readonly indicator: string;
  /** Canonical unit of an amount. */
  readonly unit: string;
  /** The characterisation method the bundled factors follow. */
  readonly method: string;
}

/**
 * The impact categories ailca computes, each with its indicator and
 * characterisation method (the one the bundled factor sources use; a study's
 * own factors must follow the same method for its figures to add up).
 * Climate change is always computed; the others when a study lists them in
 * `categories`.
 * @example
 * IMPACT_CATEGORIES.water.unit; // => 'L'
 * Object.keys(IMPACT_CATEGORIES); // => ['climate', 'water', 'adpe', 'pe']
 */
export const IMPACT_CATEGORIES: Readonly<Record<ImpactCategoryId, ImpactCategory>> = {
  climate: {
    id: 'climate',
    name: 'climate change',
    indicator: 'global warming potential over 100 years (GWP100)',
    unit: 'kgCO2e',
    method: 'IPCC GWP100, as used by the factor sources (ACT, Boavizta/UBA, grid intensities)',
  },
  water: {
    id: 'water',
    name: 'water consumption',
    indicator: 'blue water consumed (withdrawn and not returned)',
    unit: CATEGORY_UNITS.water.canonical,
    method: 'inventory of consumed water: on-site = WUE × IT energy, off-site = water intensity of the electricity × facility energy (Li et al. 2023, "Making AI Less Thirsty"); manufacturing where a source gives it',
  },
  adpe: {
    id: 'adpe',
    name: 'abiotic resource depletion, elements',
    indicator: 'ADPe (ultimate reserves), antimony equivalent',
    unit: CATEGORY_UNITS.adpe.canonical,
    method: 'CML-IA ADP elements (ultimate reserves), the indicator of EF 3.x "resource use, minerals and metals", as in the Boavizta/UBA factors and ADEME Base IMPACTS',
  },
  pe: {
    id: 'pe',
    name: 'primary energy',
    indicator: 'primary energy demand (cumulative energy demand)',
    unit: CATEGORY_UNITS.pe.canonical,
    method: 'primary energy as in the Boavizta/UBA factors; for electricity, ADPf ÷ (1 − renewable share) (Boavizta electricity mix table)',
  },
};

/**
 * Whether a string names an impact category.
 * @example
 * isImpactCategory('water'); // => true
 * isImpactCategory('co2'); // => false
 */
export function isImpactCategory(s: string): s is ImpactCategoryId {
  return (IMPACT_CATEGORY_IDS as readonly string[]).includes(s);
}

/**
 * The output key of a figure in a category: climate change keeps the keys of
 * ailca 0.1 (`annualized.total`); every other category is prefixed
 * (`water.annualized.total`). `climate.<key>` is accepted wherever an output
 * key is (see {@link canonicalOutputKey}).
 *
 * @param category - the impact category
 * @param key - the climate key of the figure
 * @example
 * categoryKey('water', 'annualized.total'); // => 'water.annualized.total'
 * categoryKey('climate', 'annualized.total'); // => 'annualized.total'
 */
export function categoryKey(category: ImpactCategoryId, key: string): string {
  return category === 'climate' ? key : `${category}.${key}`;
}

/**
 * An output key as the compiled graph names it: `climate.annualized.total`
 * → `annualized.total`; any other key unchanged.
 *
 * @param key - an output key, possibly with the `climate.` prefix
 * @example
 * canonicalOutputKey('climate.functionalUnit'); // => 'functionalUnit'
 * canonicalOutputKey('water.functionalUnit'); // => 'water.functionalUnit'
 */
export function canonicalOutputKey(key: string): string {
  return key.startsWith('climate.') ? key.slice('climate.'.length) : key;
}
