import { inputsOf, type CompiledGraph } from '../graph/index.js';
import type { Study } from '../system/index.js';
import { inputName, OUTPUT } from '../study/index.js';
import { NonFiniteResultError } from './non-finite-error.js';

/** The arithmetic a result was computed in: float64 (assess, `js` backend) or float32 (`cpu`, `webasm`, `webgpu`). */
export type Precision = 'float64' | 'float32';

/** Beyond this many decades from 1 a value stands out as a likely cause of overflow or underflow. */
const DECADES: Readonly<Record<Precision, number>> = { float64: 30, float32: 9 };

/** An input suspected of making a result non-finite. */
export interface SuspectInput {
  /** The study path (`servers[0].lifetime`, `servers[0].count`). */
  readonly path: string;
  /** The value as used, in `unit`. */
  readonly value: number;
  /** Its canonical unit (`''` when dimensionless). */
  readonly unit: string;
}

interface Candidate {
  readonly path: string;
  readonly value: number;
  readonly unit: string;
  /** `servers[0]` … for counts, so that a server's outputs only suspect its own counts. */
  readonly server?: string;
}

/** Counts are constants in the graph, not inputs; they are listed from the study. */
function counts(study: Study): Candidate[] {
  return study.servers.flatMap((s, i) => [
    { path: `servers[${i}].count`, value: s.count, unit: '', server: s.id },
    ...s.components.map((c, j) => ({ path: `servers[${i}].components[${j}].count`, value: c.count, unit: '', server: s.id })),
    ...(s.power?.active ?? []).map((d, k) => ({ path: `servers[${i}].power.active[${k}].count`, value: d.count, unit: '', server: s.id })),
  ]);
}

const extremity = (x: number): number => Math.abs(Math.log10(Math.abs(x)));

/**
 * The study paths of the inputs that most likely made the given outputs
 * non-finite: the inputs feeding them (and the study's counts) that are
 * subnormal or far from 1 (more than 30 decades in float64, 9 in float32),
 * most extreme first; else those that are zero; else all the feeding inputs.
 *
 * @param study - the parsed study
 * @param model - its compiled model
 * @param keys - output keys whose values are not finite
 * @param precision - the arithmetic the values were computed in
 * @returns candidate inputs with their value and unit
 * @example
 * const study = defineStudy({ name: 's', servers: [{ name: 'box', lifetime: '5e-324 years',
 *   components: [{ type: 'ic', name: 'CPU', technology: 'logic', dieArea: '1 cm2', factor: '2 kgCO2e/cm2' }],
 *   power: { active: '100 W', idle: '100 W' } }], workload: { utilization: 0.5 }, cloud: { gridIntensity: '0.5 kg/kWh', pue: 1 } });
 * suspectInputs(study, compileStudy(study), ['annualized.total']).map((c) => c.path); // => ['servers[0].lifetime']
 */
export function suspectInputs(study: Study, model: CompiledGraph, keys: readonly string[], precision: Precision = 'float64'): SuspectInput[] {
  const outputs = model.outputs.filter((o) => keys.includes(o.key));
  const names = new Set(inputsOf(outputs.map((o) => o.expr)));
  const servers = outputs.some((o) => o.tags.server === undefined) ? undefined : new Set(outputs.map((o) => o.tags.server));
  const feeding: Candidate[] = [
    ...study.params.filter((p) => names.has(inputName(p))).map((p) => ({ path: p.path, value: p.value, unit: p.unit === '1' ? '' : p.unit })),
    ...counts(study).filter((c) => servers === undefined || servers.has(c.server as string)),
  ];
  const limit = DECADES[precision];
  // a zero is often plausible (0 W idle, a renewable grid): suspected only when nothing is tiny or huge
  const extreme = feeding.filter((c) => c.value !== 0 && extremity(c.value) > limit).sort((a, b) => extremity(b.value) - extremity(a.value));
  const zeros = feeding.filter((c) => c.value === 0);
  const chosen = extreme.length > 0 ? extreme : zeros.length > 0 ? zeros : feeding.filter((c) => !c.path.endsWith('.count'));
  return chosen.map(({ path, value, unit }) => ({ path, value, unit }));
}

/**
 * Whether an output's non-finite value is a ratio with a zero denominator
 * (reported as an undefined ratio, not an error): the use-phase share and the
 * Green Score of a footprint of 0.
 */
function isZeroRatio(key: string, values: ReadonlyMap<string, number>): boolean {
  if (key === OUTPUT.usePhaseShare) return values.get(OUTPUT.annualizedTotal) === 0;
  if (key === OUTPUT.greenScore) return values.get(OUTPUT.functionalUnit) === 0;
  return false;
}

/**
 * Refuse a result with a NaN or infinite value: every output of the model is
 * checked, and a non-finite one is a {@link NonFiniteResultError} naming the
 * input path(s) that produced it (see {@link suspectInputs}). A ratio whose
 * denominator is zero (use-phase share, Green Score of a zero footprint) is
 * not an error: results report it as an `UndefinedRatio`.
 *
 * @param study - the parsed study
 * @param model - its compiled model
 * @param values - the value of each output key
 * @param precision - the arithmetic the values were computed in
 * @throws {@link NonFiniteResultError} when an output is NaN or infinite
 * @example
 * const study = defineStudy({ name: 's', servers: [{ name: 'box', lifetime: '4 years',
 *   components: [{ type: 'ic', name: 'CPU', technology: 'logic', dieArea: '1e308 cm2', factor: '2 kgCO2e/cm2' }],
 *   power: { active: '100 W', idle: '100 W' } }], workload: { utilization: 0.5 }, cloud: { gridIntensity: '0.5 kg/kWh', pue: 1 } });
 * const model = compileStudy(study);
 * const values = new Map(model.outputs.map((o) => [o.key, evaluate([o.expr], new Map(model.inputs.map((i) => [i.name, i.value])))[0]]));
 * let path = '';
 * try { checkFinite(study, model, values); } catch (e) { path = e.path; }
 * path; // => 'servers[0].components[0].dieArea'
 */
export function checkFinite(study: Study, model: CompiledGraph, values: ReadonlyMap<string, number>, precision: Precision = 'float64'): void {
  const bad = model.outputs.filter((o) => {
    const x = values.get(o.key);
    return x !== undefined && !Number.isFinite(x) && !isZeroRatio(o.key, values);
  });
  if (bad.length === 0) return;
  const suspects = suspectInputs(study, model, bad.map((o) => o.key), precision);
  throw new NonFiniteResultError({
    paths: suspects.map((s) => s.path),
    values: suspects.map((s) => `${s.value}${s.unit ? ` ${s.unit}` : ''}`),
    outputs: bad.map((o) => `${o.label} = ${values.get(o.key)}`),
    precision,
  });
}
