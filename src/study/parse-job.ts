import { InputError } from '../errors/index.js';
import { JOB_PHASES, type Cloud, type FlopsEstimate, type HostUse, type IdleEnergy, type Job, type JobDuration, type JobPhase, type Param, type Server, type SourceRef } from '../system/index.js';
import { checkCount } from '../validate/index.js';
import { parseAccelerator } from './parse-accelerator.js';
import { parseAllocation } from './parse-allocation.js';
import type { ParseContext } from './parse-context.js';
import { parseSite } from './parse-site.js';
import { readObject, readSource, readString, type RawObject } from './read-object.js';
import { readImpacts } from './read-impacts.js';
import { isLinearPower, readLinearPower } from './read-linear-power.js';
import { matchLoadSeries, readLoadSeries } from './read-load-series.js';
import { readParam } from './read-param.js';
import { STUDY_FIELDS } from './format/study-fields.js';

const POSITIVE = { min: 0, minExclusive: true } as const;
const ONE = (what: string) => ({ status: 'default' as const, factor: { value: 1, unit: '1', source: { citation: `library default: ${what}` } } });

/** The study around a job: its cloud block and servers. */
export interface JobContext {
  readonly cloud: Cloud;
  readonly servers: readonly Server[];
  /** Phase when the job gives none (`training` for the model, `preprocessing` for the data). */
  readonly defaultPhase: JobPhase;
}

/** Kaplan et al. 2020 (arXiv:2001.08361), §2.1: training costs C ≈ 6N FLOPs per token (forward 2N, backward 4N). */
const SIX_N_D = { status: 'default' as const, factor: { value: 6, unit: '1', source: { citation: 'Kaplan et al. 2020, "Scaling Laws for Neural Language Models", arXiv:2001.08361, §2.1: C ≈ 6NBS, i.e. 6 FLOPs per parameter and training token (forward 2, backward 4); Hoffmann et al. 2022, arXiv:2203.15556, C ≈ 6ND' } } };

/** `compute.flops`, or the estimate flopsPerParameterToken × parameters × tokens — exactly one of them. */
function computeAmount(ctx: ParseContext, c: RawObject, p: string, src: SourceRef | undefined): { flops: Param } | { estimate: FlopsEstimate } {
  const est = ['parameters', 'tokens', 'flopsPerParameterToken'].filter((k) => c[k] !== undefined);
  if (c.flops !== undefined) {
    if (est.length > 0) throw new InputError({ path: `${p}.${est[0]}`, received: c[est[0]], expected: 'either flops or parameters with tokens', problem: 'gives the compute twice', fix: `remove ${est.join(' and ')}, or remove flops to estimate it from them` });
    return { flops: readParam(ctx, c.flops, `${p}.flops`, { kind: 'number', rule: { ...POSITIVE, plausible: { low: 1e12, high: 1e28, why: 'training compute lies between about 1e15 and 1e26 FLOPs' } } }, undefined, src) };
  }
  if (c.parameters === undefined || c.tokens === undefined) {
    const missing = c.parameters === undefined ? 'parameters' : 'tokens';
    throw new InputError({ path: `${p}.${c.parameters === undefined && c.tokens === undefined ? 'flops' : missing}`, received: undefined, expected: 'the FLOPs of one run, or the model\'s parameters and the tokens of one run (flops ≈ 6 × parameters × tokens)', problem: 'is missing' });
  }
  const estimate: FlopsEstimate = {
    parameters: readParam(ctx, c.parameters, `${p}.parameters`, { kind: 'number', rule: { ...POSITIVE, plausible: { low: 1e3, high: 1e14, why: 'models have between thousands and about 1e13 parameters; write 176e9, not 176' } } }, undefined, src),
    tokens: readParam(ctx, c.tokens, `${p}.tokens`, { kind: 'number', rule: { ...POSITIVE, plausible: { low: 1e3, high: 1e15, why: 'a training run processes up to about 1e14 tokens; write 366e9, not 366' } } }, undefined, src),
    flopsPerParameterToken: readParam(ctx, c.flopsPerParameterToken, `${p}.flopsPerParameterToken`, { kind: 'number', rule: POSITIVE }, c.flopsPerParameterToken === undefined ? SIX_N_D : undefined, src),
  };
  ctx.warnings.push(`${p}: FLOPs estimated as ${c.flopsPerParameterToken === undefined ? '6' : 'flopsPerParameterToken'} × parameters × tokens (Kaplan et al. 2020, C ≈ 6ND), an estimate that leaves out attention and activation recomputation; give compute.flops when the run's FLOPs are known`);
  return { estimate };
}

function duration(ctx: ParseContext, o: RawObject, path: string): JobDuration | undefined {
  const given = ['hours', 'acceleratorHours', 'compute'].filter((k) => o[k] !== undefined);
  if (given.length > 1) throw new InputError({ path, received: given.join(' and '), expected: 'one of hours, acceleratorHours or compute', problem: 'gives the duration twice' });
  if (o.hours !== undefined) return { kind: 'hours', hours: readParam(ctx, o.hours, `${path}.hours`, { kind: 'duration', rule: POSITIVE }) };
  if (o.acceleratorHours !== undefined) return { kind: 'acceleratorHours', acceleratorHours: readParam(ctx, o.acceleratorHours, `${path}.acceleratorHours`, { kind: 'duration', rule: POSITIVE }) };
  if (o.compute === undefined) return undefined;
  const p = `${path}.compute`;
  const c = readObject(o.compute, p, STUDY_FIELDS.jobCompute);
  const src = readSource(c, p);
  return {
    kind: 'flops',
    ...computeAmount(ctx, c, p, src),
    peakFlops: readParam(ctx, c.peakFlops, `${p}.peakFlops`, { kind: 'number', rule: { ...POSITIVE, plausible: { low: 1e9, high: 1e17, why: 'one accelerator peaks between about 1e12 and 1e16 FLOP/s; give FLOP/s, not TFLOP/s' } } }, undefined, src),
    efficiency: readParam(ctx, c.efficiency, `${p}.efficiency`, { kind: 'fraction', rule: { minExclusive: true } }, undefined, src),
  };
}

/** The plausible power of the hosts (a node, or a whole partition given as one host): below 1 W is almost always kW written as W. */
const HOST_PLAUSIBLE = { low: 1, high: 1e6, why: 'hosts draw from a few watts (one small node) to about a megawatt (a whole partition); was the value given in kW?' };

function host(ctx: ParseContext, raw: unknown, path: string, measured: boolean, idle: boolean): HostUse {
  const o = readObject(raw, path, STUDY_FIELDS.jobHost);
  const src = readSource(o, path);
  if (measured && o.power !== undefined) {
    throw new InputError({ path: `${path}.power`, received: o.power, expected: 'no host power when the job gives its measured energy', problem: 'would count the hosts twice', fix: 'remove host.power (the measured energy includes it) or give the power instead of energy' });
  }
  if (idle && o.power !== undefined) {
    throw new InputError({ path: `${path}.power`, received: o.power, expected: 'no host power when the job gives its measured idle and infrastructure energy', problem: 'would count the hosts twice', fix: 'remove host.power (the measured idle energy includes the nodes\' draw) or remove idle' });
  }
  measured = measured || idle;
  const linear = !measured && isLinearPower(o.power) ? readLinearPower(ctx, o.power, `${path}.power`, HOST_PLAUSIBLE) : undefined;
  const power = measured || linear !== undefined ? undefined : readParam(ctx, o.power, `${path}.power`, { kind: 'power', rule: { min: 0, plausible: HOST_PLAUSIBLE } }, undefined, src);
  const embodied = o.embodied === undefined ? undefined : readParam(ctx, o.embodied, `${path}.embodied`, { kind: 'carbon', rule: { min: 0 } }, undefined, src);
  readImpacts(ctx, o, path, { embodied: 'impact' });
  return { count: o.count === undefined ? 1 : checkCount(o.count, `${path}.count`), ...(power ? { power } : {}), ...(linear ? { linearPower: linear } : {}), ...(embodied ? { embodied } : {}) };
}

/** The measured idle and infrastructure energy beside the dynamic energy (BLOOM-style); refused with any power that counts the idle draw already. */
function idleEnergy(ctx: ParseContext, raw: unknown, path: string, accRaw: RawObject | undefined): IdleEnergy {
  const o = readObject(raw, path, STUDY_FIELDS.jobIdle);
  if (typeof o.includesOverhead !== 'boolean') {
    throw new InputError({ path: `${path}.includesOverhead`, received: o.includesOverhead, expected: 'true (the measurement includes the facility overhead: no PUE on it) or false (IT energy: the PUE applies)', problem: o.includesOverhead === undefined ? 'is missing' : 'is not a boolean', fix: 'say whether the measured energy includes cooling and power distribution, so that the PUE is neither applied twice nor left out' });
  }
  if (accRaw !== undefined && isLinearPower(accRaw.power)) {
    throw new InputError({ path: `${path.replace(/\.idle$/, '')}.accelerator.power`, received: 'a linear power model (idle + u × (max − idle))', expected: 'the dynamic power only (a plain power, powerFraction or profile) beside the measured idle energy', problem: 'would count the idle draw twice', fix: 'give the average power above idle, or remove idle' });
  }
  return { energy: readParam(ctx, o.energy, `${path}.energy`, { kind: 'energy', rule: { min: 0 } }, undefined, readSource(o, path)), includesOverhead: o.includesOverhead };
}

function serverOf(o: RawObject, path: string, servers: readonly Server[]): Server | undefined {
  const id = readString(o, 'server', path, false);
  if (id === undefined) return undefined;
  const s = servers.find((x) => x.id === id);
  if (s === undefined) throw new InputError({ path: `${path}.server`, received: id, expected: `the id of a server of this study (${servers.map((x) => x.id).join(', ') || 'none'})`, problem: 'names no server' });
  if ((s.use ?? 'standing') !== 'jobs') {
    throw new InputError({ path: `${path}.server`, received: id, expected: 'a server with "use": "jobs"', problem: 'is counted whole as standing hardware, so allocating a share to the job would count its embodied carbon twice', fix: `set "use": "jobs" on server "${id}" (then only the jobs' shares are counted)` });
  }
  return s;
}

/**
 * Parse one job of the model (`model.jobs[]`) or data element
 * (`data.preprocessing[]`): its IT energy per run — measured, or from
 * accelerators (catalogue, count, average power) and host nodes over a
 * duration (hours, accelerator-hours, or FLOPs ÷ (count × peak × efficiency),
 * LLMCarbon's chain) — its runs, the hardware whose embodied carbon it is
 * allocated, and where it runs.
 *
 * @throws {@link InputError} naming the field for anything missing, given twice or invalid
 */
export function parseJob(ctx: ParseContext, raw: unknown, path: string, index: number, jc: JobContext): Job {
  const o = readObject(raw, path, STUDY_FIELDS.job);
  const id = readString(o, 'id', path, false) ?? `job${index + 1}`;
  const phase = (readString(o, 'phase', path, false) ?? jc.defaultPhase) as JobPhase;
  if (!Object.hasOwn(JOB_PHASES, phase)) throw new InputError({ path: `${path}.phase`, received: o.phase, expected: `one of ${Object.keys(JOB_PHASES).join(', ')}`, problem: 'is not a known phase' });
  if (o.loadSeries !== undefined) {
    const twice = ['energy', 'idle'].find((k) => o[k] !== undefined);
    if (twice !== undefined) throw new InputError({ path: `${path}.${twice}`, received: o[twice], expected: 'either a load series or a measured energy', problem: 'counts the energy twice: the load series is the measured energy of one run', fix: twice === 'idle' ? 'add the idle and infrastructure draw into the load series, or give energy and idle without it' : 'remove energy, or the load series' });
  }
  const measured = o.energy !== undefined || o.loadSeries !== undefined;
  const src = readSource(o, path); // cites the measured energy
  const given = o.energy !== undefined ? readParam(ctx, o.energy, `${path}.energy`, { kind: 'energy', rule: { min: 0 } }, undefined, src) : undefined;
  const read = o.loadSeries === undefined ? undefined : readLoadSeries(ctx, o.loadSeries, `${path}.loadSeries`, o.hours === undefined && o.acceleratorHours === undefined && o.compute === undefined);
  const dur = duration(ctx, o, path) ?? (read?.hours !== undefined ? { kind: 'hours' as const, hours: read.hours } : undefined);
  const server = serverOf(o, path, jc.servers);
  const allocRaw = o.allocation as RawObject | undefined;
  const rule = typeof allocRaw?.rule === 'string' ? allocRaw.rule : 'time';
  const accRaw = o.accelerator as RawObject | undefined;
  const powerGiven = typeof accRaw === 'object' && accRaw !== null && ['power', 'powerFraction', 'profile'].some((k) => accRaw[k] !== undefined);
  if (measured && powerGiven) throw new InputError({ path: `${path}.accelerator`, received: 'a power and a measured energy', expected: 'one of them', problem: 'would count the accelerators twice', fix: 'keep the measured energy, or remove it and keep the power' });
  const needTdp = rule === 'energy' || (!measured && !powerGiven && dur?.kind === 'flops');
  const accelerator = o.accelerator === undefined ? undefined : parseAccelerator(ctx, o.accelerator, `${path}.accelerator`, { tdp: needTdp, embodied: o.allocation !== undefined });
  const idle = o.idle === undefined ? undefined : idleEnergy(ctx, o.idle, `${path}.idle`, typeof accRaw === 'object' && accRaw !== null ? accRaw : undefined);
  const hostUse = o.host === undefined ? undefined : host(ctx, o.host, `${path}.host`, measured, idle !== undefined);
  if (idle !== undefined && !measured && !powerGiven && dur?.kind !== 'flops') {
    throw new InputError({ path: `${path}.energy`, received: undefined, expected: 'the dynamic energy beside the measured idle energy: energy, or the accelerators\' power over a duration', problem: 'is missing', fix: 'give the dynamic energy of one run, or accelerator.power with hours' });
  }
  if (!measured) {
    if (dur === undefined) throw new InputError({ path: `${path}.hours`, received: undefined, expected: 'the energy of one run, or a duration (hours, acceleratorHours or compute) with the accelerators or hosts', problem: 'is missing' });
    if (accelerator === undefined && (hostUse === undefined || idle !== undefined)) throw new InputError({ path: `${path}.accelerator`, received: undefined, expected: 'the accelerators (or host nodes) the job runs on, or the measured energy', problem: 'is missing' });
  }
  if ((dur?.kind === 'acceleratorHours' || dur?.kind === 'flops') && accelerator === undefined) {
    throw new InputError({ path: `${path}.accelerator`, received: undefined, expected: 'the accelerators, to turn accelerator-hours or FLOPs into a duration', problem: 'is missing' });
  }
  if (!measured && accelerator !== undefined && accelerator.power === undefined) {
    if (dur?.kind !== 'flops') throw new InputError({ path: `${path}.accelerator.power`, received: undefined, expected: 'the average power of one accelerator: power, powerFraction (of the TDP) or profile', problem: 'is missing', fix: 'give the measured average power, or "powerFraction": 1 to assume the TDP as many published estimates do' });
    ctx.warnings.push(`${path}: average accelerator power taken as TDP × achieved efficiency (LLMCarbon's rule, Faiz et al. 2024); give accelerator.power or powerFraction to override`);
  }
  const hasEmbodied = server !== undefined || accelerator?.embodied !== undefined || hostUse?.embodied !== undefined;
  if (o.allocation !== undefined && !hasEmbodied) {
    throw new InputError({ path: `${path}.allocation`, received: o.allocation, expected: 'embodied carbon to allocate: server, accelerator.embodied (or a catalogue entry with one) or host.embodied', problem: 'has nothing to allocate' });
  }
  const allocation = hasEmbodied ? parseAllocation(ctx, o.allocation, `${path}.allocation`, server) : undefined;
  if (allocation?.rule === 'time' && dur === undefined) throw new InputError({ path: `${path}.hours`, received: undefined, expected: 'the duration of one run, which the time allocation rule needs', problem: 'is missing', fix: 'give hours (or acceleratorHours), or choose allocation.rule "energy"' });
  if (allocation?.rule === 'flops' && dur?.kind !== 'flops') throw new InputError({ path: `${path}.allocation.rule`, received: 'flops', expected: 'a job given as compute (FLOPs)', problem: 'has no FLOPs to allocate by' });
  if (allocation?.rule === 'energy' && accelerator === undefined) throw new InputError({ path: `${path}.allocation.rule`, received: 'energy', expected: 'a job with accelerators and their TDP', problem: 'has no rated power to allocate by' });
  const runs = readParam(ctx, o.runs, `${path}.runs`, { kind: 'ratio', rule: { ...POSITIVE, fix: 'runs multiplies one run: 1 for a single run, 20 for 20 hyperparameter trials' } }, o.runs === undefined ? ONE('one run') : undefined);
  const runsPerYear = o.runsPerYear === undefined ? undefined : readParam(ctx, o.runsPerYear, `${path}.runsPerYear`, { kind: 'ratio', rule: { min: 0 } });
  const energyScale = readParam(ctx, o.energyScale, `${path}.energyScale`, { kind: 'ratio', rule: POSITIVE }, o.energyScale === undefined ? ONE('no energy reduction lever') : undefined);
  const carbonScale = readParam(ctx, o.carbonScale, `${path}.carbonScale`, { kind: 'ratio', rule: { min: 0 } }, o.carbonScale === undefined ? ONE('no carbon-aware scheduling lever') : undefined);
  const sited = parseSite(ctx, o, path, jc.cloud);
  const loaded = read === undefined ? undefined : matchLoadSeries(ctx, read, sited);
  const energy = read?.energy ?? given;
  const site = loaded?.site ?? sited;
  return {
    id,
    name: readString(o, 'name', path, false) ?? id,
    phase,
    path,
    runs,
    ...(runsPerYear ? { runsPerYear } : {}),
    ...(energy ? { energy } : {}),
    ...(idle ? { idle } : {}),
    ...(loaded ? { load: loaded.load } : {}),
    ...(dur ? { duration: dur } : {}),
    ...(accelerator ? { accelerator } : {}),
    ...(hostUse ? { host: hostUse } : {}),
    ...(server ? { server: server.id } : {}),
    ...(allocation ? { allocation } : {}),
    energyScale,
    carbonScale,
    site,
  };
}
