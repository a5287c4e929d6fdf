import { InputError } from '../errors/index.js';
import { loadStudy } from '../scenarios/index.js';
import { defineStudy } from '../study/index.js';
import type { Study } from '../system/index.js';
import { checkNumber } from '../validate/index.js';
import type { IfMapping, IfObservation } from './plugin-types.js';

/** What `config.uncertainty` asks for: a seeded Monte Carlo run on the js backend. */
export interface UncertaintyConfig {
  /** Samples of the run, an integer ≥ 2. */
  readonly samples: number;
  /** Seed of the run, an integer in [0, 2^32 − 1]. */
  readonly seed: number;
  /** Percentiles to add as outputs, in percent; default `[5, 95]`. */
  readonly percentiles: readonly number[];
}

/**
 * Percentiles added when `uncertainty.percentiles` is not given [%]: the
 * 90 % interval, the one Impact Framework users read as `p5`/`p95`.
 */
export const DEFAULT_IF_PERCENTILES: readonly number[] = [5, 95];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The plugin's config as an object; `undefined` (no `config:` in the manifest) reads as `{}`.
 * @param plugin - the plugin's name, for messages
 * @param config - the manifest's `config` block
 * @returns the config
 * @example
 * pluginConfig('AilcaOperational', undefined); // => {}
 */
export function pluginConfig(plugin: string, config: unknown): Record<string, unknown> {
  if (config === undefined || config === null) return {};
  if (!isRecord(config)) throw new InputError({ path: `${plugin}.config`, received: config, expected: 'an object (the plugin\'s `config:` block)' });
  return config;
}

/**
 * The study of `config.study`: a path to an ailca study file (read relative
 * to the working directory of `if-run`) or the study itself, inline.
 * @param plugin - the plugin's name, for messages
 * @param config - the plugin's config
 * @returns the parsed study
 * @example
 * configStudy('AilcaEmbodied', { study: 'examples/xeon-8468.json' }).servers[0].id; // => 'xeon-8468'
 */
export function configStudy(plugin: string, config: Record<string, unknown>): Study {
  const s = config.study;
  if (typeof s === 'string' && s !== '') return loadStudy(s);
  if (isRecord(s)) return defineStudy(s);
  throw new InputError({ path: `${plugin}.config.study`, received: s, expected: 'a path to an ailca study file (relative to the working directory) or an inline study object', problem: s === undefined ? 'is missing' : 'is invalid', fix: 'write e.g. `study: examples/dell-r740-boavizta.json`' });
}

/**
 * `config.uncertainty`, checked: samples and seed are required (randomness
 * is always seeded and recorded); percentiles default to {@link DEFAULT_IF_PERCENTILES}.
 * @param plugin - the plugin's name, for messages
 * @param config - the plugin's config
 * @returns the uncertainty request, or undefined when the config has none
 * @example
 * configUncertainty('AilcaEmbodied', { uncertainty: { samples: 1000, seed: 7 } })?.percentiles; // => [5, 95]
 */
export function configUncertainty(plugin: string, config: Record<string, unknown>): UncertaintyConfig | undefined {
  const u = config.uncertainty;
  if (u === undefined) return undefined;
  const path = `${plugin}.config.uncertainty`;
  if (!isRecord(u)) throw new InputError({ path, received: u, expected: 'an object { samples, seed, percentiles? }' });
  const allowed = ['samples', 'seed', 'percentiles'];
  for (const k of Object.keys(u)) {
    if (!allowed.includes(k)) throw new InputError({ path: `${path}.${k}`, received: u[k], expected: `a field among ${allowed.join(', ')}`, problem: 'is not a field' });
  }
  const samples = checkNumber(u.samples, `${path}.samples`, { integer: true, min: 2 });
  const seed = checkNumber(u.seed, `${path}.seed`, { integer: true, min: 0, max: 2 ** 32 - 1 });
  const p = u.percentiles ?? DEFAULT_IF_PERCENTILES;
  if (!Array.isArray(p) || p.length === 0) throw new InputError({ path: `${path}.percentiles`, received: p, expected: 'a non-empty list of percentiles in (0, 100)', fix: 'e.g. [5, 95]' });
  const percentiles = p.map((x: unknown, i) => checkNumber(x, `${path}.percentiles[${i}]`, { min: 0, max: 100, unit: '%' }));
  return { samples, seed, percentiles };
}

/**
 * A numeric parameter of an observation, read under its manifest name (the
 * `mapping` renames it), or undefined when the observation lacks it.
 * @param input - the observation
 * @param name - the plugin's name for the parameter
 * @param mapping - the manifest's renames `{ pluginName: manifestName }`
 * @param where - the observation's index, for messages
 * @returns the number, checked finite
 * @example
 * observationNumber({ duration: 3600 }, 'duration', {}, 0); // => 3600
 * observationNumber({ secs: 60 }, 'duration', { duration: 'secs' }, 0); // => 60
 */
export function observationNumber(input: IfObservation, name: string, mapping: IfMapping, where: number): number | undefined {
  const key = mapping[name] ?? name;
  const v = input[key];
  if (v === undefined) return undefined;
  return checkNumber(v, `inputs[${where}].${key}`);
}
