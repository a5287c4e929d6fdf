/**
 * The impact categories ailca computes and the unit each is characterised
 * in. Climate change keeps the kinds and units of ailca 0.1 (`carbon`,
 * `gridIntensity`, `areaFactor`…, all in kgCO2e); every other category has
 * one quantity kind per role a factor plays, named `<category>.<role>`
 * (`water.intensity` in L/kWh, `adpe.areaFactor` in kgSbeq/cm²…), so a
 * factor in the wrong category's unit is refused at the edge.
 */
export const IMPACT_CATEGORY_IDS = ['climate', 'water', 'adpe', 'pe'] as const;

/** An impact category: `climate` (kgCO2e), `water` (L), `adpe` (kgSbeq), `pe` (MJ). */
export type ImpactCategoryId = (typeof IMPACT_CATEGORY_IDS)[number];

/** The categories besides climate change, whose factors sit in a study's `impacts` blocks. */
export type ExtraCategoryId = Exclude<ImpactCategoryId, 'climate'>;

/**
 * The role a factor plays, the same in every category: an amount per unit
 * (`impact`), per kWh of electricity (`intensity`), per cm² of die or board
 * (`areaFactor`), per kg (`massFactor`), per GB (`dataFactor`), per tonne-kilometre of
 * freight (`freightFactor`).
 */
export type ImpactRole = 'impact' | 'intensity' | 'areaFactor' | 'massFactor' | 'dataFactor' | 'freightFactor';

/** Every role. */
export const IMPACT_ROLES: readonly ImpactRole[] = ['impact', 'intensity', 'areaFactor', 'massFactor', 'dataFactor', 'freightFactor'];

/** A quantity kind of a category other than climate: `water.intensity`, `adpe.areaFactor`… */
export type ImpactKind = `${ExtraCategoryId}.${ImpactRole}`;

/** How the amounts of one category are written. */
export interface CategoryUnit {
  /** The canonical unit of an amount of this category. */
  readonly canonical: string;
  /** The same in mathjs syntax (the characterisation suffix stripped). */
  readonly mathjs: string;
  /** Accepted base units and their prefixes. */
  readonly accepts: Readonly<Record<string, readonly string[]>>;
  /** What an amount measures, in words. */
  readonly description: string;
  /** An example amount per cm², used in messages. */
  readonly example: string;
}

const MASS = { g: ['', 'k'], t: [''], tonne: [''] } as const;

/**
 * The unit of each category other than climate.
 * @example
 * CATEGORY_UNITS.water.canonical; // => 'L'
 * CATEGORY_UNITS.adpe.canonical; // => 'kgSbeq'
 */
export const CATEGORY_UNITS: Readonly<Record<ExtraCategoryId, CategoryUnit>> = {
  water: { canonical: 'L', mathjs: 'L', accepts: { L: ['', 'm', 'k'], l: ['', 'm', 'k'] }, description: 'water consumption', example: '0.55 L' },
  adpe: { canonical: 'kgSbeq', mathjs: 'kg', accepts: MASS, description: 'abiotic depletion of elements (antimony equivalent)', example: '6.3e-5 kgSbeq' },
  pe: { canonical: 'MJ', mathjs: 'MJ', accepts: { J: ['', 'k', 'M', 'G', 'T'], Wh: ['', 'k', 'M', 'G'] }, description: 'primary energy', example: '156 MJ' },
};

/**
 * The category a quantity kind belongs to: `climate` for the kgCO2e kinds,
 * the prefix for `<category>.<role>` kinds, undefined for kinds that are no
 * impact (power, energy, area…).
 *
 * @param kind - a quantity kind
 * @example
 * categoryOfKind('areaFactor'); // => 'climate'
 * categoryOfKind('water.intensity'); // => 'water'
 * categoryOfKind('power'); // => undefined
 */
export function categoryOfKind(kind: string): ImpactCategoryId | undefined {
  if (kind === 'carbon' || kind === 'gridIntensity' || kind === 'areaFactor' || kind === 'massFactor' || kind === 'dataFactor' || kind === 'freightFactor') return 'climate';
  const dot = kind.indexOf('.');
  if (dot < 0) return undefined;
  const c = kind.slice(0, dot);
  return c === 'water' || c === 'adpe' || c === 'pe' ? c : undefined;
}

/**
 * The quantity kind of a factor role in a category.
 *
 * @param category - the impact category
 * @param role - the factor's role
 * @example
 * impactKind('climate', 'intensity'); // => 'gridIntensity'
 * impactKind('water', 'intensity'); // => 'water.intensity'
 */
export function impactKind(category: ImpactCategoryId, role: ImpactRole): ImpactKind | 'carbon' | 'gridIntensity' | 'areaFactor' | 'massFactor' | 'dataFactor' | 'freightFactor' {
  if (category !== 'climate') return `${category}.${role}`;
  return role === 'impact' ? 'carbon' : role === 'intensity' ? 'gridIntensity' : role;
}
