import { constant, div, mul, type Expr } from '../graph/index.js';
import type { Job, Param } from '../system/index.js';
import { sum, type WorkElement, type WorkTotals } from './ledger.js';
import { ref } from './param-ref.js';

/*
 * Annualisation: how totals over a lifetime become figures per year and back.
 * Two lifetimes meet here (ADR 0002): a standing server's hardware lifetime
 * (embodied ÷ lifetime per year), and the AI service's life S, over which
 * one-off work (training, a one-off storage duration or transfer) is spread.
 */

/**
 * Default service life of a server [years] when a study gives none; also the
 * default hardware lifetime of a job's allocation and of storage drives.
 * Reported with status `default` and this source.
 * @example
 * DEFAULT_LIFETIME_YEARS.value; // => 4
 * DEFAULT_LIFETIME_YEARS.unit; // => 'years'
 */
export const DEFAULT_LIFETIME_YEARS = {
  /** The lifetime [years]: 4, as in the Boavizta API and Cloud Carbon Footprint. */
  value: 4,
  /** Unit of `value`: `years`. */
  unit: 'years',
  /** Where the default comes from. */
  source: {
    /** The published methodologies that use a 4-year server lifetime. */
    citation:
      'Default server lifetime of 4 years in the Boavizta API (boavizta.org, "Server" methodology) and Cloud Carbon Footprint (cloudcarbonfootprint.org/docs/methodology, embodied emissions)',
  },
} as const;

/**
 * Service life of a model when a study gives none [years]: one year, the
 * period the annual figures cover (a library choice, not a published figure;
 * reported with status `default`).
 * @example
 * DEFAULT_SERVICE_LIFE_YEARS.value; // => 1
 */
export const DEFAULT_SERVICE_LIFE_YEARS = {
  /** The service life [years]: 1. */
  value: 1,
  /** Unit of `value`: `years`. */
  unit: 'years',
  /** Why this default, and how to override it. */
  source: {
    /** Library default: one year of service; give `model.serviceLife` to amortise one-off jobs over the years the model is really used. */
    citation: 'library default: one year of service, the period the annual figures cover; give model.serviceLife to amortise one-off jobs over the years the model is really used',
  },
} as const;

/**
 * Per year of a lifetime: a total over the lifetime ÷ its years
 * [unit/year]. A standing server's embodied carbon per year, one-off work
 * per year of service.
 *
 * @param overLife - a total over the lifetime (kgCO2e, kWh…)
 * @param lifetime - the lifetime [years]
 * @example
 * // 1 cm² × 2 kgCO2e/cm² = 2 kgCO2e over 4 years = 0.5 kgCO2e/year
 * const model = compileStudy(defineStudy({ name: 'one server', servers: [{ name: 'box', lifetime: '4 years',
 *   components: [{ type: 'ic', name: 'CPU', technology: 'logic', dieArea: '1 cm2', factor: '2 kgCO2e/cm2' }],
 *   power: { active: '100 W', idle: '100 W' } }], workload: { utilization: 0.5 }, cloud: { gridIntensity: '0.5 kg/kWh', pue: 1 } }));
 * const at = (key: string) => evaluate([model.outputs.find((o) => o.key === key)!.expr], new Map(model.inputs.map((i) => [i.name, i.value])))[0];
 * at(OUTPUT.annualizedEmbodied); // => 0.5
 */
export function perYearOf(overLife: Expr, lifetime: Param): Expr {
  return div(overLife, ref(lifetime));
}

/**
 * Runs of a job per year of service [runs/year]: runs × runsPerYear for a
 * recurring job, runs ÷ service life for a one-off one.
 *
 * @param job - a parsed job
 * @param serviceLife - the service life S [years]
 * @example
 * // one 1000 kWh training run over a 2-year service life: 500 kWh/year
 * const model = compileStudy(defineStudy({ name: 'train', functionalUnit: 'year', cloud: { gridIntensity: '0.5 kg/kWh', pue: 1 },
 *   model: { serviceLife: '2 years', jobs: [{ id: 'train', energy: '1000 kWh' }] } }));
 * const at = (key: string) => evaluate([model.outputs.find((o) => o.key === key)!.expr], new Map(model.inputs.map((i) => [i.name, i.value])))[0];
 * at(OUTPUT.annualItEnergy); // => 500
 */
export function runsPerServiceYear(job: Job, serviceLife: Param): Expr {
  return job.runsPerYear !== undefined ? mul(ref(job.runs), ref(job.runsPerYear)) : div(ref(job.runs), ref(serviceLife));
}

/**
 * Runs of a job over the service life [runs]: runs × runsPerYear × S for a
 * recurring job, runs for a one-off one.
 *
 * @param job - a parsed job
 * @param serviceLife - the service life S [years]
 * @example
 * // retraining 4 times a year for 2 years: 8 runs of 100 kWh × 0.5 kg/kWh
 * const model = compileStudy(defineStudy({ name: 'retrain', functionalUnit: 'year', cloud: { gridIntensity: '0.5 kg/kWh', pue: 1 },
 *   model: { serviceLife: '2 years', jobs: [{ id: 're', phase: 'retraining', runsPerYear: 4, energy: '100 kWh' }] } }));
 * const at = (key: string) => evaluate([model.outputs.find((o) => o.key === key)!.expr], new Map(model.inputs.map((i) => [i.name, i.value])))[0];
 * at('job:re:total'); // => 8 * 100 * 0.5
 */
export function runsOverServiceLife(job: Job, serviceLife: Param): Expr {
  return job.runsPerYear !== undefined ? mul(ref(job.runs), ref(job.runsPerYear), ref(serviceLife)) : ref(job.runs);
}

/**
 * Annualised footprint of the model or data element [kgCO2e/year]: the IT
 * carbon it is charged per year, and its allocated embodied carbon over the
 * service life ÷ the service life (0 without one).
 *
 * @param t - the ledger of the model and data elements
 * @param element - `model` or `data`
 * @param serviceLife - the service life S [years], when the study has work
 * @example
 * // 8 GPUs × 100 kg, a 10 h run of 17,520 lifetime hours, over a 2-year service life
 * const model = compileStudy(defineStudy({ name: 'time rule', functionalUnit: 'year', cloud: { gridIntensity: 0, pue: 1 },
 *   model: { serviceLife: '2 years', jobs: [{ id: 'j', accelerator: { count: 8, name: 'gpu', power: '300 W', tdp: '400 W', embodied: '100 kg' },
 *     allocation: { rule: 'time', lifetime: '4 years', utilization: 0.5 }, hours: '10 h' }] } }));
 * const at = (key: string) => evaluate([model.outputs.find((o) => o.key === key)!.expr], new Map(model.inputs.map((i) => [i.name, i.value])))[0];
 * at(OUTPUT.modelEmbodiedAnnual); // => (800 * 10) / 17520 / 2
 */
export function elementPerYear(t: WorkTotals, element: WorkElement, serviceLife: Param | undefined): { operational: Expr; embodied: Expr } {
  const embodied = serviceLife === undefined ? constant(0) : div(sum(t.embodied[element]), ref(serviceLife));
  return { operational: sum(t.itCarbon[element]), embodied };
}
