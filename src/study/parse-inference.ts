import { InputError } from '../errors/index.js';
import type { AcceleratorUse, Cloud, Inference, RequestEnergy } from '../system/index.js';
import { parseAccelerator } from './parse-accelerator.js';
import type { ParseContext } from './parse-context.js';
import { parseSite } from './parse-site.js';
import { readObject, readSource, readString, type RawObject } from './read-object.js';
import type { SourceRef } from '../system/index.js';
import { readParam } from './read-param.js';
import { STUDY_FIELDS } from './format/study-fields.js';

const POSITIVE = { min: 0, minExclusive: true } as const;
const ROUTES = ['energyPerRequest', 'energyPerToken', 'requestsPerSecond', 'tokensPerSecond', 'batchSize', 'compute'] as const;

/** Kaplan et al. 2020 (arXiv:2001.08361), §2.1: a forward pass costs C_forward ≈ 2N FLOPs per token. */
const TWO_N = { status: 'default' as const, factor: { value: 2, unit: '1', source: { citation: 'Kaplan et al. 2020, "Scaling Laws for Neural Language Models", arXiv:2001.08361, §2.1: C_forward ≈ 2N FLOPs per token (N non-embedding parameters)' } } };

/** The compute route: 2 × parameters FLOPs per token at efficiency × peak FLOP/s. */
function computeRoute(ctx: ParseContext, o: RawObject, path: string, accelerator: AcceleratorUse): RequestEnergy {
  const p = `${path}.compute`;
  if (o.tokensPerRequest === undefined) throw new InputError({ path: `${path}.tokensPerRequest`, received: undefined, expected: 'tokens per request, to turn FLOPs per token into FLOPs per request', problem: 'is missing' });
  const c = readObject(o.compute, p, STUDY_FIELDS.inferenceCompute);
  const src = readSource(c, p);
  ctx.warnings.push(`${p}: FLOPs per request estimated as ${c.flopsPerParameterToken === undefined ? '2' : 'flopsPerParameterToken'} × parameters × tokensPerRequest (Kaplan et al. 2020, forward pass ≈ 2N per token), an estimate that leaves out attention over the context and idle serving time; give energyPerToken or a measured throughput when known`);
  return {
    kind: 'compute',
    accelerator,
    parameters: readParam(ctx, c.parameters, `${p}.parameters`, { kind: 'number', rule: { ...POSITIVE, plausible: { low: 1e3, high: 1e14, why: 'models have between thousands and about 1e13 parameters; write 7e9, not 7' } } }, undefined, src),
    flopsPerParameterToken: readParam(ctx, c.flopsPerParameterToken, `${p}.flopsPerParameterToken`, { kind: 'number', rule: POSITIVE }, c.flopsPerParameterToken === undefined ? TWO_N : undefined, src),
    peakFlops: readParam(ctx, c.peakFlops, `${p}.peakFlops`, { kind: 'number', rule: { ...POSITIVE, plausible: { low: 1e9, high: 1e17, why: 'one accelerator peaks between about 1e12 and 1e16 FLOP/s; give FLOP/s, not TFLOP/s' } } }, undefined, src),
    efficiency: readParam(ctx, c.efficiency, `${p}.efficiency`, { kind: 'fraction', rule: { minExclusive: true } }, undefined, src),
  };
}

function requestEnergy(ctx: ParseContext, o: RawObject, path: string, src: SourceRef | undefined): RequestEnergy | undefined {
  const given = ROUTES.filter((k) => o[k] !== undefined);
  if (given.length > 1) throw new InputError({ path, received: given.join(' and '), expected: `one of ${ROUTES.join(', ')}`, problem: 'gives the energy per request twice' });
  const route = given[0];
  if (route === undefined) {
    if (o.accelerator !== undefined) throw new InputError({ path: `${path}.requestsPerSecond`, received: undefined, expected: 'the throughput of one accelerator (requestsPerSecond, tokensPerSecond, batchSize with batchTime, or compute)', problem: 'is missing' });
    return undefined;
  }
  if (route === 'energyPerRequest') return { kind: 'perRequest', energy: readParam(ctx, o.energyPerRequest, `${path}.energyPerRequest`, { kind: 'energy', rule: { min: 0, plausible: { low: 1e-9, high: 1, why: 'one inference uses between about 0.001 Wh and a few hundred Wh; write "0.3 Wh"' } } }, undefined, src) };
  if (route === 'energyPerToken') {
    if (o.tokensPerRequest === undefined) throw new InputError({ path: `${path}.tokensPerRequest`, received: undefined, expected: 'tokens per request, to turn energy per token into energy per request', problem: 'is missing' });
    return { kind: 'perToken', energy: readParam(ctx, o.energyPerToken, `${path}.energyPerToken`, { kind: 'energy', rule: { min: 0 } }, undefined, src) };
  }
  if (o.accelerator === undefined) throw new InputError({ path: `${path}.accelerator`, received: undefined, expected: 'the accelerators whose power and throughput give the energy per request', problem: 'is missing' });
  const accelerator = parseAccelerator(ctx, o.accelerator, `${path}.accelerator`, { tdp: false, embodied: false });
  if (accelerator.power === undefined) throw new InputError({ path: `${path}.accelerator.power`, received: undefined, expected: 'the average power of one accelerator while serving: power, powerFraction or profile', problem: 'is missing' });
  if (route === 'compute') return computeRoute(ctx, o, path, accelerator);
  if (route === 'requestsPerSecond') return { kind: 'throughput', accelerator, requestsPerSecond: readParam(ctx, o.requestsPerSecond, `${path}.requestsPerSecond`, { kind: 'number', rule: POSITIVE }, undefined, src) };
  if (route === 'tokensPerSecond') {
    if (o.tokensPerRequest === undefined) throw new InputError({ path: `${path}.tokensPerRequest`, received: undefined, expected: 'tokens per request, to turn tokens per second into requests per second', problem: 'is missing' });
    return { kind: 'tokenThroughput', accelerator, tokensPerSecond: readParam(ctx, o.tokensPerSecond, `${path}.tokensPerSecond`, { kind: 'number', rule: POSITIVE }, undefined, src) };
  }
  return {
    kind: 'batch',
    accelerator,
    batchSize: readParam(ctx, o.batchSize, `${path}.batchSize`, { kind: 'number', rule: { min: 1 } }, undefined, src),
    batchTime: readParam(ctx, o.batchTime, `${path}.batchTime`, { kind: 'duration', rule: POSITIVE }, undefined, src),
  };
}

/**
 * Parse the model's deployment (`model.inference`): requests per year
 * (`requestsPerYear`, or `requestsPerDay` × 365), tokens and images per
 * request, and — unless the serving hardware is described as standing
 * servers — the energy per request, given directly (`energyPerRequest`,
 * `energyPerToken`) or from one accelerator's average power over its
 * throughput (`requestsPerSecond`, `tokensPerSecond`, or `batchSize` per
 * `batchTime`).
 *
 * @throws {@link InputError} for a missing count, a route given twice or an invalid field
 */
export function parseInference(ctx: ParseContext, raw: unknown, path: string, cloud: Cloud): Inference {
  const o = readObject(raw, path, STUDY_FIELDS.inference);
  if ((o.requestsPerYear === undefined) === (o.requestsPerDay === undefined)) {
    throw new InputError({ path: `${path}.requestsPerYear`, received: o.requestsPerYear, expected: 'the requests served per year (or requestsPerDay), one of the two', problem: o.requestsPerYear === undefined ? 'is missing' : 'is given together with requestsPerDay' });
  }
  const src = readSource(o, path);
  const requestsPer = o.requestsPerYear !== undefined ? 'year' : 'day';
  const key = requestsPer === 'year' ? 'requestsPerYear' : 'requestsPerDay';
  const requests = readParam(ctx, o[key], `${path}.${key}`, { kind: 'number', rule: POSITIVE }, undefined, src);
  const tokensPerRequest = o.tokensPerRequest === undefined ? undefined : readParam(ctx, o.tokensPerRequest, `${path}.tokensPerRequest`, { kind: 'number', rule: POSITIVE }, undefined, src);
  const imagesPerRequest = o.imagesPerRequest === undefined ? undefined : readParam(ctx, o.imagesPerRequest, `${path}.imagesPerRequest`, { kind: 'number', rule: POSITIVE }, undefined, src);
  const energy = requestEnergy(ctx, o, path, src);
  const one = (what: string) => ({ status: 'default' as const, factor: { value: 1, unit: '1', source: { citation: `library default: ${what}` } } });
  const energyScale = readParam(ctx, o.energyScale, `${path}.energyScale`, { kind: 'ratio', rule: POSITIVE }, o.energyScale === undefined ? one('no energy reduction lever') : undefined);
  const carbonScale = readParam(ctx, o.carbonScale, `${path}.carbonScale`, { kind: 'ratio', rule: { min: 0 } }, o.carbonScale === undefined ? one('no carbon-aware serving lever') : undefined);
  return {
    name: readString(o, 'name', path, false) ?? 'inference',
    requests,
    requestsPer,
    ...(tokensPerRequest ? { tokensPerRequest } : {}),
    ...(imagesPerRequest ? { imagesPerRequest } : {}),
    ...(energy ? { energy } : {}),
    energyScale,
    carbonScale,
    site: parseSite(ctx, o, path, cloud),
  };
}
