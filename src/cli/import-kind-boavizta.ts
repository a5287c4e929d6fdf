import { InputError } from '../errors/index.js';
import { boaviztaUsageFragment } from '../measurements/index.js';
import type { ImportKind } from './import-kinds-cluster.js';

/** `ailca import boavizta-usage FILE`: a BoaviztAPI usage object → a study fragment, each convention change listed. */
export const BOAVIZTA_USAGE_KIND: ImportKind = {
  usage: `ailca import boavizta-usage usage.json
    A BoaviztAPI v1 usage object (or a request body with "usage"): a study fragment with
    usage_location (trigram) → cloud.location (alpha-2, EEE → EU, WOR → WORLD), time_workload %
    → workload.utilization fraction, use_time_ratio → workload.hoursPerYear, hours_life_time →
    servers[0].lifetime, elec_factors → grid factors, avg_power → a constant draw; every
    conversion and every field not imported is printed (docs/bridges.md).`,
  flags: [],
  repeatable: [],
  run: (text, file) => {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (e) {
      throw new InputError({ path: file, received: text.slice(0, 40), expected: 'a JSON file', problem: `is not JSON (${(e as Error).message})` });
    }
    const r = boaviztaUsageFragment(raw, file);
    return { study: r.study, summary: r.notes.map((n) => `${n}\n`).join('') };
  },
};
