import type { LinearPower } from '../system/index.js';
import type { ParseContext } from './parse-context.js';
import { readObject, readSource, type RawObject } from './read-object.js';
import { readParam } from './read-param.js';

/**
 * Whether a `power` field is the linear model `{"idle", "max", "utilization"}`
 * rather than a value (a number, a quantity string, a distribution or
 * `{"value", "source"}`).
 *
 * @param raw - the `power` field
 * @example
 * isLinearPower({ idle: '46 W', max: '407 W', utilization: 0.5 }); // => true
 * isLinearPower({ value: '300 W' }); // => false
 */
export function isLinearPower(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && ('idle' in raw || 'max' in raw);
}

/**
 * Read power between idle and maximum by utilisation: idle + u × (max − idle)
 * [W], Cloud Carbon Footprint's model (for a vCPU 0.74 W idle to 3.5 W at
 * full load on AWS). Only the maximum is checked against the plausible range
 * of the device (`plausibleMax`): an idle draw below 1 W is normal for one
 * vCPU. The maximum must not be below the idle draw.
 *
 * @param ctx - the parse context
 * @param raw - the `power` field
 * @param path - its path
 * @param plausibleMax - the plausible range of the maximum, for a warning
 */
export function readLinearPower(ctx: ParseContext, raw: unknown, path: string, plausibleMax: { low: number; high: number; why: string }): LinearPower {
  const o: RawObject = readObject(raw, path, ['idle', 'max', 'utilization', 'source']);
  const src = readSource(o, path);
  const idle = readParam(ctx, o.idle, `${path}.idle`, { kind: 'power', rule: { min: 0 } }, undefined, src);
  const max = readParam(ctx, o.max, `${path}.max`, { kind: 'power', rule: { min: idle.value, fix: `the power at full load, at least the idle power ${idle.value} W`, plausible: plausibleMax } }, undefined, src);
  const utilization = readParam(ctx, o.utilization, `${path}.utilization`, { kind: 'fraction' }, undefined, src);
  return { idle, max, utilization };
}
