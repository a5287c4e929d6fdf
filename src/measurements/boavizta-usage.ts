import { InputError } from '../errors/index.js';
import { alpha2OfAlpha3 } from './country-alpha3.js';

/**
 * BoaviztAPI's trigrams that are not ISO 3166-1 alpha-3 codes, and the rows
 * of ailca's grid-intensity dataset that carry the same figures: `EEE`
 * (Europe, the EU-27 average of Boavizta's electrical_mix.csv) is the row
 * `EU` ("European Union (Boavizta EEE)"), `WOR` (world) the row `WORLD`
 * (Boavizta's average of all countries).
 */
export const BOAVIZTA_REGIONS: Readonly<Record<string, string>> = { EEE: 'EU', WOR: 'WORLD' };

/** Hours in ailca's year [h/year] (`src/units/math.ts`: year = 8760 h). */
const HOURS_PER_YEAR = 8760;

/** What {@link boaviztaUsageFragment} returns. */
export interface BoaviztaUsageImport {
  /** The study fragment: `cloud`, `workload`, `categories` and a partial `servers[0]` to merge into a study. */
  readonly study: Record<string, unknown>;
  /** What was converted and how, and what was not imported and why. */
  readonly notes: readonly string[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function num(usage: Record<string, unknown>, key: string, min: number, max: number, what: string): number | undefined {
  const v = usage[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) {
    throw new InputError({ path: `usage.${key}`, received: v, expected: `${what} in [${min}, ${max}]`, fix: key === 'time_workload' ? 'BoaviztAPI gives the workload in percent (50 for half load)' : undefined });
  }
  return v;
}

/**
 * Converts a BoaviztAPI v1 `usage` object (the body of a server request,
 * `{ "usage": {…} }`, or the usage object itself) into an ailca study
 * fragment, making each convention change explicit: `usage_location`
 * (a trigram: ISO 3166-1 alpha-3, or `EEE`/`WOR`) → `cloud.location`
 * (alpha-2, `EU`, `WORLD`); `time_workload` in percent → `workload.utilization`
 * as a fraction; `use_time_ratio` → `workload.hoursPerYear` (ratio × 8760 h);
 * `hours_life_time` → the server's `lifetime` in hours; `elec_factors`
 * (gwp kgCO2e/kWh, adp kgSbeq/kWh, pe MJ/kWh) → the cloud's grid factors;
 * `avg_power` → a constant draw (`power.active` = `power.idle`). Every value
 * carries its source (field and file). Fields without an ailca counterpart
 * (`years_use_time`, `days_use_time`, `hours_use_time`: ailca reports per
 * year and over the lifetime) are listed in `notes`, not imported.
 *
 * @param raw - the parsed JSON
 * @param file - the file's name, for sources
 * @returns the fragment and notes
 * @throws {@link InputError} for a value out of range, a workload profile (a list: ailca models one utilisation) or a trigram without grid data
 * @example
 * const r = boaviztaUsageFragment({ usage: { usage_location: 'FRA', time_workload: 50 } }, 'u.json');
 * r.study.cloud; // => { location: 'FR' }
 * (r.study.workload as { utilization: { value: number } }).utilization.value; // => 0.5
 */
export function boaviztaUsageFragment(raw: unknown, file: string): BoaviztaUsageImport {
  const usage = isRecord(raw) && isRecord(raw.usage) ? raw.usage : raw;
  if (!isRecord(usage)) throw new InputError({ path: file, received: raw, expected: 'a BoaviztAPI usage object, or a request body with a `usage` object' });
  const src = (key: string, how: string): string => `BoaviztAPI usage ${key} in ${file}; ${how}`;
  const notes: string[] = [];
  const cloud: Record<string, unknown> = {};
  const workload: Record<string, unknown> = {};
  const server: Record<string, unknown> = {};
  const categories: string[] = [];
  const handled = new Set<string>();
  const take = (k: string): boolean => { handled.add(k); return usage[k] !== undefined; };

  if (take('usage_location')) {
    const code = usage.usage_location;
    if (typeof code !== 'string') throw new InputError({ path: 'usage.usage_location', received: code, expected: 'a BoaviztAPI trigram such as FRA or EEE' });
    const region = Object.hasOwn(BOAVIZTA_REGIONS, code) ? BOAVIZTA_REGIONS[code] : undefined;
    const location = region ?? alpha2OfAlpha3(code, 'usage.usage_location');
    cloud.location = location;
    notes.push(`usage_location ${code} → cloud.location ${location}${region !== undefined ? ' (BoaviztAPI region trigram)' : ' (ISO 3166-1 alpha-3 → alpha-2)'}`);
  }
  if (take('time_workload')) {
    if (Array.isArray(usage.time_workload)) throw new InputError({ path: 'usage.time_workload', received: usage.time_workload, expected: 'one workload in percent', problem: 'is a load profile', fix: 'ailca models one utilisation (time at active power): give time_workload as one percentage, or set workload.utilization in the study yourself' });
    const pct = num(usage, 'time_workload', 0, 100, 'a workload in percent');
    if (pct !== undefined) {
      workload.utilization = { value: pct / 100, source: src('time_workload', `${pct} % → ${pct / 100} (ailca's utilisation is the share of time at active power; power is linear between idle and active)`) };
      notes.push(`time_workload ${pct} % → workload.utilization ${pct / 100}`);
    }
  }
  const ratio = take('use_time_ratio') ? num(usage, 'use_time_ratio', 0, 1, 'a fraction of time in use') : undefined;
  if (ratio !== undefined) {
    workload.hoursPerYear = { value: `${ratio * HOURS_PER_YEAR} h`, source: src('use_time_ratio', `${ratio} × 8760 h`) };
    notes.push(`use_time_ratio ${ratio} → workload.hoursPerYear ${ratio * HOURS_PER_YEAR} h`);
  }
  const life = take('hours_life_time') ? num(usage, 'hours_life_time', Number.MIN_VALUE, Number.MAX_VALUE, 'a lifetime in hours') : undefined;
  if (life !== undefined) {
    server.lifetime = { value: `${life} h`, source: src('hours_life_time', `${life} h = ${life / HOURS_PER_YEAR} years of 8760 h`) };
    notes.push(`hours_life_time ${life} → servers[0].lifetime ${life} h`);
  }
  const avg = take('avg_power') ? num(usage, 'avg_power', 0, Number.MAX_VALUE, 'an average power in W') : undefined;
  if (avg !== undefined) {
    const p = { value: `${avg} W`, source: src('avg_power', 'a constant draw: active = idle = the average power') };
    server.power = { active: p, idle: p };
    notes.push(`avg_power ${avg} W → servers[0].power.active = power.idle = ${avg} W (the utilisation then has no effect on energy)`);
  }
  if (take('elec_factors')) {
    const f = usage.elec_factors;
    if (!isRecord(f)) throw new InputError({ path: 'usage.elec_factors', received: f, expected: 'an object { gwp, adp, pe }' });
    const units: Record<string, [string, string]> = { gwp: ['climate', 'kgCO2e/kWh'], adp: ['adpe', 'kgSbeq/kWh'], pe: ['pe', 'MJ/kWh'] };
    for (const [k, v] of Object.entries(f)) {
      const u = units[k];
      if (u === undefined) { notes.push(`elec_factors.${k} not imported: ailca has no category for it`); continue; }
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new InputError({ path: `usage.elec_factors.${k}`, received: v, expected: `a factor ≥ 0 in ${u[1]}` });
      const value = { value: `${v} ${u[1]}`, source: src(`elec_factors.${k}`, u[1]) };
      if (u[0] === 'climate') cloud.gridIntensity = value;
      else {
        categories.push(u[0]);
        cloud.impacts = { ...(cloud.impacts as Record<string, unknown> | undefined), [u[0]]: { gridIntensity: value } };
      }
      notes.push(`elec_factors.${k} ${v} ${u[1]} → cloud.${u[0] === 'climate' ? 'gridIntensity' : `impacts.${u[0]}.gridIntensity`}`);
    }
  }
  for (const k of Object.keys(usage)) {
    if (!handled.has(k)) notes.push(`${k} not imported: ${/^(years|days|hours)_use_time$/.test(k) ? 'ailca reports per year and over the lifetime, not over a duration of use' : 'no ailca counterpart'}`);
  }
  const study: Record<string, unknown> = {};
  if (categories.length > 0) study.categories = categories;
  if (Object.keys(server).length > 0) study.servers = [server];
  if (Object.keys(workload).length > 0) study.workload = workload;
  if (Object.keys(cloud).length > 0) study.cloud = cloud;
  return { study, notes };
}
