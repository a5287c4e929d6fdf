import { assess } from '../assess/index.js';
import { isUncertain } from '../distributions/index.js';
import { InputError } from '../errors/index.js';
import { evaluate } from '../graph/index.js';
import { runMonteCarlo } from '../mc/index.js';
import { percentileKey } from '../stats/index.js';
import { categoryKey, compileStudy, OUTPUT } from '../study/index.js';
import type { Study } from '../system/index.js';
import type { ImpactCategoryId } from '../units/index.js';

/** One of BoaviztAPI's v1 phases of a criterion: value and range. */
export interface BoaviztaPhase {
  /** The value (ailca's deterministic base case). */
  readonly value: number;
  /** Low end of the range: ailca's Monte Carlo 2.5th percentile, or the value when nothing is uncertain. */
  readonly min: number;
  /** High end: the 97.5th percentile, or the value when nothing is uncertain. */
  readonly max: number;
  /** Caveats, as BoaviztAPI writes them. */
  readonly warnings?: readonly string[];
}

/** One criterion of a BoaviztAPI v1 response (`gwp`, `adp`, `pe`). */
export interface BoaviztaCriterion {
  /** `kgCO2eq`, `kgSbeq` or `MJ`, as BoaviztAPI spells them. */
  readonly unit: string;
  /** BoaviztAPI's description of the criterion. */
  readonly description: string;
  /** Manufacture of the hardware, whole life. */
  readonly embedded: BoaviztaPhase;
  /** Use over the hardware's life, or `not implemented` for a component. */
  readonly use: BoaviztaPhase | 'not implemented';
}

/** A component in the `verbose` block: its units and its impacts per unit. */
export interface BoaviztaVerboseComponent {
  /** Units of the component in the study: parts per server × servers. */
  readonly units: {
    /** Parts per server × servers. */
    readonly value: number;
    /** `INPUT`: given by the study. */
    readonly status: 'INPUT';
    /** `none`: a count. */
    readonly unit: 'none';
  };
  /** Impacts of one unit. */
  readonly impacts: Readonly<Record<string, BoaviztaCriterion>>;
}

/** A study's result in the shape of a BoaviztAPI v1 server response, with what ailca adds. */
export interface BoaviztaResult {
  /** Impacts by criterion. */
  readonly impacts: Readonly<Record<string, BoaviztaCriterion>>;
  /** Per component of the standing servers (`<component name>-<n>`), per unit, manufacture only. */
  readonly verbose: Readonly<Record<string, BoaviztaVerboseComponent>>;
  /** What produced the result and what is left out: not part of BoaviztAPI's shape. */
  readonly ailca: {
    /** The study's name. */
    readonly study: string;
    /** The library's version. */
    readonly version: string;
    /** How min and max were obtained. */
    readonly interval: string;
    /** Categories the study computes that BoaviztAPI's response has no criterion for, or that are not covered. */
    readonly leftOut: readonly string[];
  };
}

/** Options of {@link boaviztaResult}. */
export interface BoaviztaResultOptions {
  /** Monte Carlo samples for min and max; required when the study has an uncertain input. */
  readonly samples?: number;
  /** Seed of the run; required with `samples`. */
  readonly seed?: number;
}

/** How BoaviztAPI names a criterion. */
export interface BoaviztaCriterionName {
  /** Its key in `impacts` (`gwp`). */
  readonly key: string;
  /** Its unit (`kgCO2eq`). */
  readonly unit: string;
  /** Its description (`Total climate change`). */
  readonly description: string;
}

/**
 * ailca's categories with a BoaviztAPI v1 criterion: key, unit and
 * description as BoaviztAPI writes them (docs/docs/getting_started of
 * Boavizta/boaviztapi, v1 routes; `ressources` is BoaviztAPI's spelling).
 */
export const BOAVIZTA_CRITERIA: Readonly<Partial<Record<ImpactCategoryId, BoaviztaCriterionName>>> = {
  climate: { key: 'gwp', unit: 'kgCO2eq', description: 'Total climate change' },
  adpe: { key: 'adp', unit: 'kgSbeq', description: 'Use of minerals and fossil ressources' },
  pe: { key: 'pe', unit: 'MJ', description: 'Consumption of primary energy' },
};

/** Percentiles reported as min and max [%]: the central 95 % interval. */
export const BOAVIZTA_INTERVAL: readonly [number, number] = [2.5, 97.5];

/** BoaviztAPI's own warning for an embedded impact without end of life. */
const NO_END_OF_LIFE = 'End of life is not included in the calculation';

function componentKeys(study: Study): { key: string; output: string; units: number }[] {
  const seen = new Map<string, number>();
  return study.servers.flatMap((server) => (server.use === 'jobs' ? [] : server.components.map((c, i) => {
    const n = (seen.get(c.name) ?? 0) + 1;
    seen.set(c.name, n);
    return { key: `${c.name}-${n}`, output: `embodied:${server.id}:${i}`, units: c.count * server.count };
  })));
}

/**
 * A study's result in the shape of a BoaviztAPI v1 server response
 * (`impacts.<criterion>.{unit, description, embedded, use}`, each phase
 * `{value, min, max}`, and `verbose` per component), so that scripts and
 * dashboards built on BoaviztAPI read ailca's results. Criteria: climate
 * change → `gwp` (kgCO2eq), ADPe → `adp` (kgSbeq), primary energy → `pe`
 * (MJ), as the study computes them; `embedded` is the embodied impact of all
 * hardware over its life, `use` the operational impact over the service
 * life (lifetime total − embodied), as BoaviztAPI reports a device over its
 * whole life when no duration is given. `min`/`max` are the 2.5th and 97.5th
 * percentiles of a seeded Monte Carlo run (js backend) when the study has
 * uncertain inputs, else the value itself. Categories without a BoaviztAPI
 * criterion (water, …) are left out and listed in `ailca.leftOut`.
 *
 * @param study - a parsed study
 * @param options - `samples` and `seed`, required when an input is uncertain
 * @returns the response-shaped result
 * @throws {@link InputError} when the study has uncertain inputs and no samples and seed are given
 * @example
 * const r = await boaviztaResult(loadStudy('examples/xeon-8468.json'));
 * r.impacts.gwp.unit; // => 'kgCO2eq'
 * r.impacts.gwp.embedded.value === assess(loadStudy('examples/xeon-8468.json')).embodied.totalKgCO2e; // => true
 */
export async function boaviztaResult(study: Study, options: BoaviztaResultOptions = {}): Promise<BoaviztaResult> {
  const model = compileStudy(study);
  const results = evaluate(model.outputs.map((o) => o.expr), new Map(model.inputs.map((i) => [i.name, i.value])));
  const byKey = new Map(model.outputs.map((o, i) => [o.key, results[i]]));
  const assessment = assess(study);
  const categories: readonly ImpactCategoryId[] = ['climate', ...(assessment.impacts ?? []).map((c) => c.category).filter((c) => c !== 'climate')];
  const leftOut: string[] = [];
  const used = categories.filter((c) => {
    if (BOAVIZTA_CRITERIA[c] === undefined) {
      leftOut.push(`${c}: BoaviztAPI v1 server responses have no criterion for it`);
      return false;
    }
    const figure = assessment.impacts?.find((r) => r.category === c)?.figures.find((f) => f.key === OUTPUT.embodiedTotal);
    if (figure?.notCovered !== undefined) {
      leftOut.push(`${c}: ${figure.notCovered}`);
      return false;
    }
    return true;
  });
  const components = componentKeys(study);
  const keys = used.flatMap((c) => [categoryKey(c, OUTPUT.embodiedTotal), categoryKey(c, OUTPUT.lifetimeOperational), ...components.map((k) => categoryKey(c, k.output))]);
  const ranges = new Map<string, { min: number; max: number }>();
  let interval = 'no input is uncertain: min and max equal the value';
  const uncertain = study.params.some((p) => isUncertain(p.distribution));
  if (uncertain) {
    if (options.samples === undefined || options.seed === undefined) {
      throw new InputError({ path: 'options.samples', received: options.samples, expected: 'samples and seed for the Monte Carlo run that gives min and max (the study has uncertain inputs)', problem: 'is missing', fix: 'pass { samples: 10000, seed: 1 } (CLI: --samples 10000 --seed 1)' });
    }
    const [lo, hi] = BOAVIZTA_INTERVAL.map(percentileKey);
    const mc = await runMonteCarlo(study, { samples: options.samples, seed: options.seed, backend: 'js', outputs: keys, percentiles: [...BOAVIZTA_INTERVAL] });
    for (const o of mc.outputs) ranges.set(o.key, { min: o.summary.percentiles[lo], max: o.summary.percentiles[hi] });
    interval = `min and max are the 2.5th and 97.5th percentiles of ${options.samples} Monte Carlo samples (seed ${options.seed}, js backend); value is the deterministic base case`;
  }
  const span = (k: string, units = 1): BoaviztaPhase => {
    const v = byKey.get(k);
    if (v === undefined) throw new InputError({ path: 'study', received: k, expected: 'an output the compiled study has' });
    const r = uncertain ? ranges.get(k) : { min: v, max: v };
    if (r === undefined) throw new InputError({ path: 'study', received: k, expected: 'an output the Monte Carlo run reports' });
    return { value: v / units, min: r.min / units, max: r.max / units };
  };
  // BoaviztAPI's warning, when the study declares no end-of-life treatment.
  const warnings = assessment.lifeCycle === undefined || assessment.lifeCycle.endOfLifeKgCO2e === 0 ? [NO_END_OF_LIFE] : [];
  const impacts: Record<string, BoaviztaCriterion> = {};
  const verbose: Record<string, { units: BoaviztaVerboseComponent['units']; impacts: Record<string, BoaviztaCriterion> }> = {};
  for (const k of components) verbose[k.key] = { units: { value: k.units, status: 'INPUT', unit: 'none' }, impacts: {} };
  for (const c of used) {
    const crit = BOAVIZTA_CRITERIA[c];
    if (!crit) continue;
    const head = { unit: crit.unit, description: crit.description };
    impacts[crit.key] = { ...head, embedded: { ...span(categoryKey(c, OUTPUT.embodiedTotal)), warnings }, use: span(categoryKey(c, OUTPUT.lifetimeOperational)) };
    for (const k of components) verbose[k.key].impacts[crit.key] = { ...head, embedded: span(categoryKey(c, k.output), k.units), use: 'not implemented' };
  }
  return { impacts, verbose, ailca: { study: study.name, version: assessment.provenance.version, interval, leftOut } };
}
