import { constant, div, mul, type Expr, type GraphOutput } from '../graph/index.js';
import type { Study } from '../system/index.js';
import { requestsPerYear } from './inference-energy.js';
import { OUTPUT } from './output-keys.js';
import { ref } from './param-ref.js';

/** The totals a functional unit is taken from, and their embodied and operational parts. */
export interface FunctionalUnitBasis {
  /** Annualised footprint [kgCO2e/year]. */
  readonly annualized: Expr;
  /** Embodied part of the annualised footprint [kgCO2e/year]. */
  readonly annualizedEmbodied: Expr;
  /** Operational part of the annualised footprint [kgCO2e/year]. */
  readonly annualizedOperational: Expr;
  /** Footprint over the service life [kgCO2e]. */
  readonly lifetime: Expr;
  /** Embodied part of the footprint over the service life [kgCO2e]. */
  readonly lifetimeEmbodied: Expr;
  /** Operational part of the footprint over the service life [kgCO2e]. */
  readonly lifetimeOperational: Expr;
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

/** The functional unit in words and the unit of a footprint per functional unit (from `describeFunctionalUnit`). */
export interface FunctionalUnitDescription {
  /** The functional unit in words (`footprint per 1000 tokens`). */
  readonly label: string;
  /** Unit of a footprint per functional unit (`kgCO2e/1000 tokens`). */
  readonly unit: string;
}

/**
 * The `functionalUnit` output, its embodied and operational parts
 * (`functionalUnit.embodied`, `functionalUnit.operational`; not for
 * `training-run`, whose one-off jobs have no such split) and, when the study gives the model's accuracy,
 * the Green Score (Yadav & Sasmal 2026: accuracy ÷ CO2 emissions), here
 * accuracy in percent ÷ the footprint of the functional unit [kgCO2e].
 *
 * - `year`: annualised footprint; `lifetime`: footprint over the service life;
 * - `training-run`: the one-off model jobs (development, search, training);
 * - `request`, `token`, `image` × count: annualised footprint ÷ units served per
 *   year × count — the footprint over the service life ÷ the units served in it,
 *   so training is amortised over every inference it serves.
 *
 * The parts are scaled like the whole, so they sum to it up to rounding.
 *
 * @param study - the parsed study
 * @param basis - the study's totals
 * @param d - the functional unit described (`describeFunctionalUnit`), passed in to keep src/lca free of parsing
 * @example
 * // 1000 requests a day for a year of 0.5 kgCO2e embodied + 438 kgCO2e operational per year
 * const model = compileStudy(defineStudy({ name: 'per request', functionalUnit: { per: 'request', count: 1000 },
 *   servers: [{ name: 'box', lifetime: '4 years',
 *     components: [{ type: 'ic', name: 'CPU', technology: 'logic', dieArea: '1 cm2', factor: '2 kgCO2e/cm2' }],
 *     power: { active: '100 W', idle: '100 W' } }], workload: { utilization: 0.5 }, cloud: { gridIntensity: '0.5 kg/kWh', pue: 1 },
 *   model: { inference: { requestsPerDay: 1000, energyPerRequest: '0 Wh' } } }));
 * const at = (key: string) => evaluate([model.outputs.find((o) => o.key === key)!.expr], new Map(model.inputs.map((i) => [i.name, i.value])))[0];
 * at(OUTPUT.functionalUnit); // => (438.5 / 365000) * 1000
 * at(OUTPUT.functionalUnitEmbodied); // => (0.5 / 365000) * 1000
 * at(OUTPUT.functionalUnitOperational); // => (438 / 365000) * 1000
 */
export function functionalUnitOutputs(study: Study, basis: FunctionalUnitBasis, d: FunctionalUnitDescription): GraphOutput[] {
  const fu = study.functionalUnit;
  let expr: Expr;
  let parts: { embodied: Expr; operational: Expr } | undefined;
  if (fu === 'year') {
    expr = basis.annualized;
    parts = { embodied: basis.annualizedEmbodied, operational: basis.annualizedOperational };
  } else if (fu === 'lifetime') {
    expr = basis.lifetime;
    parts = { embodied: basis.lifetimeEmbodied, operational: basis.lifetimeOperational };
  } else if (fu.per === 'training-run') expr = mul(basis.oneOff, constant(fu.count));
  else if (fu.per === 'hour') {
    // SCI's time-based share: per hour of operation of the standing hardware
    const perHour = (perYear: Expr): Expr => mul(div(perYear, ref(study.workload!.hoursPerYear)), constant(fu.count));
    expr = perHour(basis.annualized);
    parts = { embodied: perHour(basis.annualizedEmbodied), operational: perHour(basis.annualizedOperational) };
  } else {
    const perUnit = (perYear: Expr): Expr => mul(div(perYear, unitsPerYear(study, fu.per as 'request' | 'token' | 'image')), constant(fu.count));
    expr = perUnit(basis.annualized);
    parts = { embodied: perUnit(basis.annualizedEmbodied), operational: perUnit(basis.annualizedOperational) };
  }
  const out: GraphOutput[] = [{ key: OUTPUT.functionalUnit, label: d.label, unit: d.unit, expr, tags: {} }];
  const accuracy = study.model?.accuracy;
  if (accuracy !== undefined) {
    out.push({ key: OUTPUT.greenScore, label: `Green Score (accuracy in % ÷ ${d.label})`, unit: `%/(${d.unit.replace(/^kgCO2e\//, 'kgCO2e per ')})`, expr: div(mul(ref(accuracy), constant(100)), expr), tags: { quantity: 'greenScore' } });
  }
  if (parts !== undefined) {
    out.push({ key: OUTPUT.functionalUnitEmbodied, label: `${d.label}: embodied`, unit: d.unit, expr: parts.embodied, tags: { phase: 'embodied' } });
    out.push({ key: OUTPUT.functionalUnitOperational, label: `${d.label}: operational`, unit: d.unit, expr: parts.operational, tags: { phase: 'operational' } });
  }
  return out;
}
