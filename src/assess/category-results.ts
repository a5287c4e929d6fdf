import type { CompiledGraph } from '../graph/index.js';
import { categoryKey, declaresStages, elementKey, IMPACT_CATEGORIES, OUTPUT, type CategoryCoverage, type MissingFactor } from '../study/index.js';
import type { ImpactCategoryId } from '../units/index.js';

/** One headline figure of an impact category: its value, or why it is not computed. */
export interface CategoryFigure {
  /** The figure's climate key (`annualized.total`); in the graph, `<category>.<key>` for other categories. */
  readonly key: string;
  /** What it is. */
  readonly label: string;
  /** Unit of `value`. */
  readonly unit: string;
  /** The value, when the study gives every factor the figure needs in this category. */
  readonly value?: number;
  /** Why the figure is not computed (`not covered: …`), in place of a value — never 0. */
  readonly notCovered?: string;
}

/** The results of one impact category. */
export interface CategoryResult {
  /** The category's id (`water`). */
  readonly category: ImpactCategoryId;
  /** Its name (`water consumption`). */
  readonly name: string;
  /** The indicator. */
  readonly indicator: string;
  /** Canonical unit of an amount. */
  readonly unit: string;
  /** The characterisation method. */
  readonly method: string;
  /** Headline figures: per functional unit, annualised (total, embodied, operational), embodied and lifetime totals, by element, and by life-cycle stage when the study declares stages. */
  readonly figures: readonly CategoryFigure[];
  /** The factors this category lacks (empty when every figure is computed). */
  readonly missingFactors: readonly MissingFactor[];
}

const HEADLINE: readonly { key: string; label: string }[] = [
  { key: OUTPUT.functionalUnit, label: 'per functional unit' },
  { key: OUTPUT.annualizedTotal, label: 'annualised footprint' },
  { key: OUTPUT.annualizedEmbodied, label: 'embodied per year' },
  { key: OUTPUT.operationalAnnual, label: 'operational per year' },
  { key: OUTPUT.embodiedTotal, label: 'embodied, whole life' },
  { key: OUTPUT.lifetimeTotal, label: 'over the service life' },
  { key: elementKey('model'), label: 'model element per year' },
  { key: elementKey('data'), label: 'data element per year' },
  { key: elementKey('server'), label: 'server element per year' },
  { key: elementKey('cloud'), label: 'cloud element per year' },
];

/** The figures by life-cycle stage, listed when the study declares transport, end of life or reuse. */
const STAGES: readonly { key: string; label: string }[] = [
  { key: OUTPUT.stageManufacturing, label: 'manufacturing per year' },
  { key: OUTPUT.stageTransport, label: 'transport per year' },
  { key: OUTPUT.stageUse, label: 'use per year' },
  { key: OUTPUT.stageEndOfLife, label: 'end of life per year' },
];

function notCoveredText(c: CategoryCoverage, key: string): string {
  const entry = c.notCovered.find((n) => n.key === key);
  const missing = entry?.missing ?? [];
  const why = missing.map((path) => {
    const f = c.missingFactors.find((m) => m.path === path);
    return f?.dataset !== undefined ? `${path} (${f.dataset} gives climate only)` : path;
  });
  return `not covered: no ${c.category} factor for ${why.join(', ')}`;
}

/**
 * The headline figures of every impact category of a compiled study (and
 * the four life-cycle stages per year when the study declares transport,
 * end of life or reuse), each a value read from the graph's outputs or a
 * "not covered" note naming the factors it lacks.
 *
 * @param model - the compiled study (its `categories` coverage)
 * @param coverage - per category, what the compiled study computes
 * @param values - the value of every output, by key
 * @example
 * const study = defineStudy({ name: 'w', functionalUnit: 'training-run', categories: ['water'],
 *   cloud: { gridIntensity: '0.4 kg/kWh', pue: 1.2, wue: '0.5 L/kWh', impacts: { water: { gridIntensity: '2 L/kWh' } } },
 *   model: { jobs: [{ id: 't', energy: '100 kWh' }] } });
 * const r = assess(study);
 * // 100 kWh × 0.5 L/kWh on site + 100 kWh × 1.2 × 2 L/kWh off site = 290 L
 * r.impacts?.find((c) => c.category === 'water')?.figures[0].value; // => 290
 */
export function categoryResults(model: CompiledGraph, coverage: readonly CategoryCoverage[], values: ReadonlyMap<string, number>): CategoryResult[] {
  const listed = declaresStages(model) ? [...HEADLINE, ...STAGES] : HEADLINE;
  return coverage.map((c) => {
    const info = IMPACT_CATEGORIES[c.category];
    const figures = listed.map((h): CategoryFigure => {
      const key = categoryKey(c.category, h.key);
      const out = model.outputs.find((o) => o.key === key);
      const value = values.get(key);
      if (out !== undefined && value !== undefined) return { key: h.key, label: h.label, unit: out.unit, value };
      const climate = model.outputs.find((o) => o.key === h.key);
      return { key: h.key, label: h.label, unit: (climate?.unit ?? '').replaceAll('kgCO2e', c.unit), notCovered: notCoveredText(c, h.key) };
    });
    return { category: c.category, name: info.name, indicator: info.indicator, unit: c.unit, method: info.method, figures, missingFactors: c.missingFactors };
  });
}
