import { add, mul, type Expr, type GraphOutput } from '../graph/index.js';

/** The element a piece of work is charged to. */
export type WorkElement = 'model' | 'data';

/** Per-year sums of the model and data elements, and their totals over the service life. */
export interface WorkTotals {
  /** IT energy per year by element [kWh/year]. */
  readonly itEnergy: Readonly<Record<WorkElement, Expr[]>>;
  /** Facility overhead energy per year [kWh/year] (charged to the cloud element). */
  readonly overheadEnergy: Expr[];
  /** Operational carbon of the IT energy per year by element [kgCO2e/year]. */
  readonly itCarbon: Readonly<Record<WorkElement, Expr[]>>;
  /** Operational carbon of the overhead per year [kgCO2e/year]. */
  readonly overheadCarbon: Expr[];
  /** Allocated embodied carbon over the service life by element [kgCO2e]. */
  readonly embodied: Readonly<Record<WorkElement, Expr[]>>;
  /** One-off model jobs (the training-run functional unit) [kgCO2e]. */
  readonly oneOff: Expr[];
  /** Of the allocated embodied impact over the service life, the transport and end of life of the hardware, and apart its module D credits [kgCO2e]. */
  readonly stages: { readonly transport: Expr[]; readonly endOfLife: Expr[]; readonly moduleD: Expr[] };
  readonly outputs: GraphOutput[];
}

/** An empty ledger. */
export function emptyTotals(): WorkTotals {
  return { itEnergy: { model: [], data: [] }, overheadEnergy: [], itCarbon: { model: [], data: [] }, overheadCarbon: [], embodied: { model: [], data: [] }, oneOff: [], stages: { transport: [], endOfLife: [], moduleD: [] }, outputs: [] };
}

/** What one item charges per year (or, for embodied, over the service life). */
export interface Charge {
  readonly key: string;
  readonly label: string;
  readonly element: WorkElement;
  readonly tags: Readonly<Record<string, string>>;
}

/**
 * Record IT energy charged per year: an `energy:` output [kWh/year] and an
 * `operational:` output [kgCO2e/year] that the assessment lists as a component.
 */
export function chargeEnergy(t: WorkTotals, c: Charge, kWhPerYear: Expr, intensity: Expr): void {
  const carbon = mul(kWhPerYear, intensity);
  t.itEnergy[c.element].push(kWhPerYear);
  t.itCarbon[c.element].push(carbon);
  t.outputs.push({ key: `energy:${c.key}`, label: c.label, unit: 'kWh/year', expr: kWhPerYear, tags: { ...c.tags, element: c.element, phase: 'operational', quantity: 'energy' } });
  t.outputs.push({ key: `operational:${c.key}`, label: c.label, unit: 'kgCO2e/year', expr: carbon, tags: { ...c.tags, element: c.element, phase: 'operational' } });
}

/**
 * Record facility overhead per year, charged to the cloud element (as for
 * servers): the overhead energy × the grid's factor, plus, where the
 * category has one, the IT energy × the data centre's on-site factor (the
 * water its cooling evaporates).
 */
export function chargeOverhead(t: WorkTotals, c: Charge, kWhPerYear: Expr, intensity: Expr, onSite?: { readonly itKWhPerYear: Expr; readonly factor: Expr }): void {
  const carbon = onSite === undefined ? mul(kWhPerYear, intensity) : add(mul(kWhPerYear, intensity), mul(onSite.itKWhPerYear, onSite.factor));
  t.overheadEnergy.push(kWhPerYear);
  t.overheadCarbon.push(carbon);
  t.outputs.push({ key: `overhead:${c.key}`, label: `data-centre overhead (${c.label})`, unit: 'kgCO2e/year', expr: carbon, tags: { ...c.tags, element: 'cloud', phase: 'operational', component: 'data-centre overhead' } });
}

/** Record allocated embodied carbon over the service life [kgCO2e], listed as an embodied component. */
export function chargeEmbodied(t: WorkTotals, c: Charge, kgCO2eOverLife: Expr): void {
  t.embodied[c.element].push(kgCO2eOverLife);
  t.outputs.push({ key: `embodied:${c.key}`, label: c.label, unit: 'kgCO2e', expr: kgCO2eOverLife, tags: { ...c.tags, element: c.element, phase: 'embodied' } });
}

/** Sum, 0 for none. */
export const sum = (xs: readonly Expr[]): Expr => add(...xs);
