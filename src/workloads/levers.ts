import { InputError } from '../errors/index.js';
import type { Scenario } from '../scenarios/index.js';
import { DEFAULT_LIFETIME_YEARS } from '../study/index.js';
import { parseQuantity } from '../units/index.js';
import { checkFraction } from '../validate/index.js';
import { LEVERS, type LeverId } from './lever-table.js';

/** What a lever applies to; left out, each lever has its default targets (docs/elements/model.md, reduction levers). */
export interface LeverTargets {
  /** Indexes into `model.jobs`. */
  readonly jobs?: readonly number[];
  /** Indexes into `data.preprocessing`. */
  readonly preprocessing?: readonly number[];
  /** Whether `model.inference` is included. */
  readonly inference?: boolean;
  /** Indexes into `servers` (longer hardware life). */
  readonly servers?: readonly number[];
}

type Raw = Readonly<Record<string, unknown>>;
const obj = (v: unknown): Raw => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Raw) : {});
const list = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : []);
const indexes = (v: unknown): number[] => list(v).map((_, i) => i);

function defaults(raw: Raw, id: LeverId): Required<LeverTargets> {
  const model = obj(raw.model);
  const hasInference = model.inference !== undefined;
  const jobs = indexes(model.jobs);
  const pre = indexes(obj(raw.data).preprocessing);
  if (id === 'carbon-aware-scheduling') return { jobs, preprocessing: pre, inference: false, servers: [] };
  if (id === 'efficient-hardware') return { jobs, preprocessing: pre, inference: hasInference, servers: [] };
  if (id === 'longer-hardware-life') return { jobs: [], preprocessing: [], inference: false, servers: indexes(raw.servers) };
  return { jobs, preprocessing: [], inference: hasInference, servers: [] };
}

/** The base value of a field that must be a plain number (or quantity) for the lever to scale it. */
function plain(v: unknown, path: string, kind: 'ratio' | 'lifetime', what: string): number {
  const inner = typeof v === 'object' && v !== null && 'value' in v ? (v as Raw).value : v;
  if (typeof inner === 'number' || typeof inner === 'string') return parseQuantity(inner, kind, path);
  throw new InputError({ path, received: v, expected: `a plain ${what}, which the lever can scale`, problem: 'is a distribution or shared draw', fix: 'combine the effects yourself in a scenario, or apply the lever to a study with a fixed value here' });
}

function source(id: LeverId): string {
  const l = LEVERS[id];
  return `lever "${l.name}": ${l.effect}. Sources: ${l.sources.join('; ')}`;
}

/**
 * A reduction lever as a scenario: a named set of values at study paths that
 * `applyScenario` patches into the raw study, each an uncertain effect with
 * its sources (see {@link LEVERS} and docs/elements/model.md), so the Monte Carlo and
 * sensitivity engines compare levers side by side with their uncertainty.
 * Multiplier levers set `energyScale` or `carbonScale` on the targeted jobs
 * and inference (an existing plain value multiplies the range); renewable
 * supply sets the cloud's grid intensity (and any own grid of a job, service,
 * server or storage); longer hardware life adds years to servers' lifetimes.
 *
 * @param raw - the study as written (JSON object)
 * @param id - the lever
 * @param targets - what it applies to; the lever's defaults when left out
 * @throws {@link InputError} when a targeted field cannot take the lever (a distribution to scale, a grid given by location)
 * @example
 * const s = leverScenario({ model: { jobs: [{ energy: '10 kWh' }] } }, 'pruning');
 * s.set['model.jobs[0].energyScale'].max; // => 0.7
 */
export function leverScenario(raw: unknown, id: LeverId, targets: LeverTargets = {}): Scenario {
  const study = obj(raw);
  const lever = Object.hasOwn(LEVERS, id) ? LEVERS[id] : undefined;
  if (lever === undefined) throw new InputError({ path: 'lever', received: id, expected: Object.keys(LEVERS).join(', '), problem: 'is not a known lever' });
  const t = { ...defaults(study, id), ...targets };
  const set: Record<string, unknown> = {};
  const uniform = (min: number, max: number) => ({ dist: 'uniform', min, max, source: source(id) });
  const model = obj(study.model);
  const places: [string, Raw][] = [
    ...t.jobs.map((i): [string, Raw] => [`model.jobs[${i}]`, obj(list(model.jobs)[i])]),
    ...t.preprocessing.map((i): [string, Raw] => [`data.preprocessing[${i}]`, obj(list(obj(study.data).preprocessing)[i])]),
    ...(t.inference && model.inference !== undefined ? [['model.inference', obj(model.inference)] as [string, Raw]] : []),
  ];
  if (lever.field === 'energyScale' || lever.field === 'carbonScale') {
    for (const [path, o] of places) {
      const base = o[lever.field] === undefined ? 1 : plain(o[lever.field], `${path}.${lever.field}`, 'ratio', 'multiplier');
      set[`${path}.${lever.field}`] = uniform(lever.min * base, lever.max * base);
    }
  } else if (lever.field === 'gridIntensity') {
    set['cloud.gridIntensity'] = uniform(lever.min, lever.max);
    const own: [string, Raw][] = [...places, ...list(study.servers).map((s, i): [string, Raw] => [`servers[${i}]`, obj(s)]), ...list(obj(study.data).storage).map((s, i): [string, Raw] => [`data.storage[${i}]`, obj(s)])];
    for (const [path, o] of own) {
      if (o.location !== undefined) throw new InputError({ path: `${path}.location`, received: o.location, expected: 'a grid given as gridIntensity, which the lever can replace', problem: 'sets the grid by location' });
      if (o.gridIntensity !== undefined) set[`${path}.gridIntensity`] = uniform(lever.min, lever.max);
    }
  } else {
    for (const i of t.servers) {
      const s = obj(list(study.servers)[i]);
      if (s.reuse !== undefined) {
        // reused hardware: the life assessed is extended (its years are the lifetime, and weigh in the service-years rule)
        const r = obj(s.reuse);
        const path = `servers[${i}].reuse.${r.life === 'second' ? 'secondLife' : 'firstLife'}`;
        const base = plain(r.life === 'second' ? r.secondLife : r.firstLife, path, 'lifetime', 'lifetime');
        set[path] = uniform(base + lever.min, base + lever.max);
        continue;
      }
      const base = s.lifetime === undefined ? DEFAULT_LIFETIME_YEARS.value : plain(s.lifetime, `servers[${i}].lifetime`, 'lifetime', 'lifetime');
      set[`servers[${i}].lifetime`] = uniform(base + lever.min, base + lever.max);
    }
  }
  if (Object.keys(set).length === 0) throw new InputError({ path: 'targets', received: targets, expected: `a study with something the ${lever.name} lever applies to`, problem: 'selects nothing' });
  return { name: lever.name, description: source(id), set };
}

/**
 * The carbon-aware scheduling lever with a study-specific saving, e.g. the
 * `savingFraction` of {@link carbonAwareSchedule} on your grid's series: the
 * targeted jobs' carbon multiplier is 1 − saving (fixed), instead of the
 * generic range.
 *
 * @example
 * carbonAwareLever({ model: { jobs: [{ energy: '1 kWh' }] } }, 0.25).set['model.jobs[0].carbonScale']; // => { value: 0.75, source: 'carbon-aware scheduling: 25 % lower intensity from a schedule on the study\'s grid series' }
 */
export function carbonAwareLever(raw: unknown, saving: number, targets: LeverTargets = {}): Scenario {
  const f = checkFraction(saving, 'saving');
  const generic = leverScenario(raw, 'carbon-aware-scheduling', targets);
  const value = { value: 1 - f, source: `carbon-aware scheduling: ${Math.round(f * 1000) / 10} % lower intensity from a schedule on the study's grid series` };
  return { name: 'carbon-aware scheduling', description: value.source, set: Object.fromEntries(Object.keys(generic.set).map((k) => [k, value])) };
}

/**
 * Several levers at once, as one scenario. Two levers that set the same
 * field (pruning and quantisation both scale `energyScale`) cannot be merged
 * into one value and are refused; combine their effects in a scenario of your own.
 *
 * @throws {@link InputError} naming the field two levers set
 * @example
 * const raw = { model: { jobs: [{ energy: '10 kWh' }] }, cloud: { gridIntensity: 0.4 } };
 * Object.keys(combineLevers('both', [leverScenario(raw, 'pruning'), leverScenario(raw, 'renewable-supply')]).set).length; // => 2
 */
export function combineLevers(name: string, scenarios: readonly Scenario[]): Scenario {
  const set: Record<string, unknown> = {};
  for (const s of scenarios) {
    for (const [k, v] of Object.entries(s.set)) {
      if (Object.hasOwn(set, k)) throw new InputError({ path: `scenarios["${s.name}"].set["${k}"]`, received: v, expected: 'levers that set different fields', problem: 'is set by another lever too', fix: 'compare these levers side by side, or write one scenario with the combined effect' });
      Object.defineProperty(set, k, { value: v, enumerable: true, writable: true, configurable: true });
    }
  }
  return { name, description: scenarios.map((s) => s.name).join(' + '), set };
}
