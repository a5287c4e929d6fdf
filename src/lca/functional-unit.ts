import { constant, div, mul, type Expr, type ModelOutput } from '../graph/index.js';
import type { Study } from '../model/index.js';
import { requestsPerYear } from './inference-energy.js';
import { OUTPUT } from './output-keys.js';
import { ref } from './param-ref.js';
import { describeFunctionalUnit } from '../study/parse-functional-unit.js';

/** The totals a functional unit is taken from. */
export interface FunctionalUnitBasis {
  /** Annualised footprint [kgCO2e/year]. */
  readonly annualized: Expr;
  /** Footprint over the service life [kgCO2e]. */
  readonly lifetime: Expr;
  /** One-off model jobs: one training run of the model [kgCO2e]. */
  readonly oneOff: Expr;
}

/** Units of service per year: requests, tokens or images. */
function unitsPerYear(study: Study, per: 'request' | 'token' | 'image'): Expr {
  const inf = study.model!.inference!; // checked by the parser for these units
  const requests = requestsPerYear(inf);
  if (per === 'request') return requests;
  return mul(requests, ref(per === 'token' ? inf.tokensPerRequest! : inf.imagesPerRequest!));
}

/**
 * The `functionalUnit` output and, when the study gives the model's accuracy,
 * the Green Score (Yadav & Sasmal 2026: accuracy ÷ CO2 emissions), here
 * accuracy in percent ÷ the footprint of the functional unit [kgCO2e].
 *
 * - `year`: annualised footprint; `lifetime`: footprint over the service life;
 * - `training-run`: the one-off model jobs (development, search, training);
 * - `request`, `token`, `image` × count: annualised footprint ÷ units served per
 *   year × count — the footprint over the service life ÷ the units served in it,
 *   so training is amortised over every inference it serves.
 */
export function functionalUnitOutputs(study: Study, basis: FunctionalUnitBasis): ModelOutput[] {
  const fu = study.functionalUnit;
  const d = describeFunctionalUnit(fu);
  let expr: Expr;
  if (fu === 'year') expr = basis.annualized;
  else if (fu === 'lifetime') expr = basis.lifetime;
  else if (fu.per === 'training-run') expr = mul(basis.oneOff, constant(fu.count));
  else expr = mul(div(basis.annualized, unitsPerYear(study, fu.per)), constant(fu.count));
  const out: ModelOutput[] = [{ key: OUTPUT.functionalUnit, label: d.label, unit: d.unit, expr, tags: {} }];
  const accuracy = study.model?.accuracy;
  if (accuracy !== undefined) {
    out.push({ key: OUTPUT.greenScore, label: `Green Score (accuracy in % ÷ ${d.label})`, unit: `%/(${d.unit.replace(/^kgCO2e\//, 'kgCO2e per ')})`, expr: div(mul(ref(accuracy), constant(100)), expr), tags: { quantity: 'greenScore' } });
  }
  return out;
}
