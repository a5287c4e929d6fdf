import { InputError } from '../errors/index.js';
import { STUDY_FIELDS } from '../study/format/study-fields.js';
import { setPath } from './path.js';

/**
 * A named variant of a study: values to set at study paths (numbers, unit
 * strings, distributions — anything the field accepts). Seed 004's variations
 * are `{ name: '3 years', set: { 'servers[0].lifetime': '3 years' } }` and
 * `{ name: 'renewable', set: { 'cloud.gridIntensity': '0.05 kg/kWh' } }`.
 */
export interface Scenario {
  /** Unique name of the scenario, e.g. `3-year life`. */
  readonly name: string;
  /** What the scenario is and where its values come from. */
  readonly description?: string;
  /** Values to set, by study path (`servers[0].lifetime`, `cloud.gridIntensity`). */
  readonly set: Readonly<Record<string, unknown>>;
}

/**
 * The raw study with a scenario's values set; the study itself is not
 * mutated. The result is validated like any study when parsed.
 *
 * @example
 * applyScenario({ cloud: { pue: 1 } }, { name: 'hot', set: { 'cloud.pue': 1.5 } }); // => { cloud: { pue: 1.5 } }
 */
export function applyScenario<T>(study: T, scenario: Scenario): T {
  let out = study;
  for (const [path, value] of Object.entries(scenario.set)) {
    out = setPath(out, path, value, `scenarios["${scenario.name}"].set["${path}"]`);
  }
  return out;
}

/**
 * Validate scenarios as written in a study file's `scenarios` list.
 * @throws {@link InputError} for a missing name, a duplicate name, a description that is not text or an empty `set`
 * @example
 * parseScenarios([{ name: 'a', set: { 'cloud.pue': 1.2 } }]).length; // => 1
 */
export function parseScenarios(raw: unknown, path = 'scenarios'): Scenario[] {
  if (!Array.isArray(raw)) throw new InputError({ path, received: raw, expected: 'a list of {name, set}', problem: 'must be a list' });
  const names = new Set<string>();
  return raw.map((s: unknown, i) => {
    const p = `${path}[${i}]`;
    const o = s as { name?: unknown; description?: unknown; set?: unknown } | null;
    if (typeof o !== 'object' || o === null) throw new InputError({ path: p, received: s, expected: 'an object {name, set}', problem: 'must be an object' });
    for (const k of Object.keys(o)) {
      if (!STUDY_FIELDS.scenario.includes(k)) throw new InputError({ path: `${p}.${k}`, received: (o as Record<string, unknown>)[k], expected: 'name, description or set', problem: 'is not a known field' });
    }
    if (typeof o.name !== 'string' || o.name === '') throw new InputError({ path: `${p}.name`, received: o.name, expected: 'a non-empty name', problem: 'is missing' });
    if (names.has(o.name)) throw new InputError({ path: `${p}.name`, received: o.name, expected: 'a name no other scenario uses', problem: 'is a duplicate' });
    names.add(o.name);
    if (typeof o.set !== 'object' || o.set === null || Array.isArray(o.set) || Object.keys(o.set).length === 0) {
      throw new InputError({ path: `${p}.set`, received: o.set, expected: 'an object of study paths and values, e.g. {"servers[0].lifetime": "3 years"}', problem: 'must set at least one value' });
    }
    if (o.description !== undefined && typeof o.description !== 'string') throw new InputError({ path: `${p}.description`, received: o.description, expected: 'text', problem: 'must be a string' });
    return { name: o.name, ...(o.description !== undefined ? { description: o.description } : {}), set: o.set as Record<string, unknown> };
  });
}

/**
 * Separate a study file's `scenarios` list from the study itself.
 * @example
 * splitScenarios({ name: 's', scenarios: [{ name: 'a', set: { x: 1 } }] }).scenarios.length; // => 1
 */
export function splitScenarios(raw: unknown): {
  /** The study object without its `scenarios` field (the input itself when it has none). */
  study: unknown;
  /** The validated scenarios; empty when there are none. */
  scenarios: Scenario[];
} {
  if (typeof raw !== 'object' || raw === null || !('scenarios' in raw)) return { study: raw, scenarios: [] };
  const { scenarios, ...study } = raw as Record<string, unknown>;
  return { study, scenarios: parseScenarios(scenarios) };
}
