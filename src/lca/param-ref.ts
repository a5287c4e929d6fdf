import { constant, input, mul, type Expr } from '../graph/index.js';
import type { Param } from '../system/index.js';
import { categoryOfKind, type ExtraCategoryId } from '../units/index.js';

/**
 * The graph input name of a param: shared draws use one input for all their fields.
 * @example
 * inputName({ path: 'cloud.pue', kind: 'ratio', unit: '1', value: 1.2, status: 'input' }); // => 'cloud.pue'
 */
export function inputName(p: Param): string {
  return p.shared !== undefined ? `shared.${p.shared}` : p.path;
}

/**
 * Prefix of the graph input that stands for a factor a study does not give
 * in a category; an output that depends on one is not computed in that
 * category (see compile-category.ts).
 */
export const MISSING_PREFIX = 'missing:';

/**
 * How the formulas read factors while a study is compiled in a category
 * besides climate: each climate factor (a param of a kgCO2e kind) is read as
 * the category's factor recorded for the same field, or as a missing-factor
 * input when there is none; levers of carbon-aware operation (`carbonScale`)
 * read as 1, since shifting load to low-carbon hours says nothing of water,
 * minerals or primary energy; every other param is read as itself.
 */
export interface CategoryLens {
  /** The category compiled. */
  readonly category: ExtraCategoryId;
  /** Category factors by the path of the climate factor they parallel, and on-site factors by `<pue path>#onSite`. */
  readonly impacts: ReadonlyMap<string, Readonly<Partial<Record<ExtraCategoryId, Param>>>>;
  /** Climate factor paths read with no factor in the category (filled while compiling). */
  readonly missing: Map<string, Param>;
  /** Category factors read (filled while compiling). */
  readonly used: Set<string>;
}

let lens: CategoryLens | undefined;

/**
 * Run `compile` with the formulas reading factors through `l` (see
 * {@link CategoryLens}). Compilation is synchronous, so the lens is in force
 * exactly for the duration of the call; nested calls restore the outer one.
 *
 * @param l - the category lens
 * @param compile - the compilation to run
 */
export function withCategoryLens<T>(l: CategoryLens, compile: () => T): T {
  const outer = lens;
  lens = l;
  try {
    return compile();
  } finally {
    lens = outer;
  }
}

function throughLens(l: CategoryLens, p: Param): Expr {
  if (p.path.endsWith('.carbonScale')) return constant(1);
  if (categoryOfKind(p.kind) !== 'climate') return input(inputName(p));
  const factor = l.impacts.get(p.path)?.[l.category];
  if (factor === undefined) {
    l.missing.set(p.path, p);
    return input(`${MISSING_PREFIX}${p.path}`);
  }
  l.used.add(inputName(factor));
  return input(inputName(factor));
}

/** The graph input node of a param (in a category lens, the category's factor; see {@link withCategoryLens}). */
export const ref = (p: Param): Expr => (lens === undefined ? input(inputName(p)) : throughLens(lens, p));

/**
 * The on-site factor of a data centre in the category being compiled, per
 * kWh of IT energy (the water its cooling evaporates: the WUE, which The
 * Green Grid defines as site water ÷ IT equipment energy, WP #35, 2011),
 * recorded with its PUE; undefined in climate change and where the study
 * gives none, so the formulas add no on-site term. A factor recorded per kWh
 * of facility energy (`<pue path>#onSitePerFacilityKWh`: the industry
 * default of the wue dataset, LBNL 2016, is one) is brought to the IT basis
 * × PUE (facility energy = IT energy × PUE).
 *
 * @param pue - the site's PUE param
 */
export function onSiteFactor(pue: Param): Expr | undefined {
  if (lens === undefined) return undefined;
  const perIt = lens.impacts.get(`${pue.path}#onSite`)?.[lens.category];
  const perFacility = lens.impacts.get(`${pue.path}#onSitePerFacilityKWh`)?.[lens.category];
  const factor = perIt ?? perFacility;
  if (factor === undefined) return undefined;
  lens.used.add(inputName(factor));
  return perIt !== undefined ? input(inputName(factor)) : mul(input(inputName(factor)), ref(pue));
}
