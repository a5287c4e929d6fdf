import { InputError } from '../errors/index.js';
import type { CapacityTechnology, Param } from '../system/index.js';
import type { SourcedFactor } from './factor-lookup.js';
import { warnMethodSpread } from './method-spread.js';
import type { ParseContext } from './parse-context.js';
import { readDefaulted } from './read-defaulted.js';
import { readImpacts } from './read-impacts.js';
import type { RawObject } from './read-object.js';
import { readParam } from './read-param.js';

const POSITIVE = { min: 0, minExclusive: true } as const;

/** The IC technology whose per-cm² factor a memory or storage part's dies take. */
const DIE_TECHNOLOGY: Readonly<Record<CapacityTechnology, string | undefined>> = { dram: 'dram', hbm: 'hbm', ssd: 'nand', hdd: undefined };

/**
 * The default density of HBM's DRAM dies [GB/cm²]: one 2 GB DRAM die of
 * 0.6 cm² (Clemm et al. 2024, IV.C; `clemm-2024` parameters
 * `dram-die-capacity` ÷ `dram-die-area` = 3.33 GB/cm²). No published HBM
 * die area was found (docs/h100-comparison.md), so HBM's dies are taken as
 * DRAM dies, without the base logic die, TSVs or interposer.
 */
function hbmDensity(ctx: ParseContext, path: string): SourcedFactor {
  const capacity = ctx.lookup.parameter('dram-die-capacity', path);
  const area = ctx.lookup.parameter('dram-die-area', path);
  return {
    value: capacity.value / area.value,
    unit: 'GB/cm²',
    source: {
      ...capacity.source,
      key: 'dram-die-capacity ÷ dram-die-area',
      citation: `${capacity.source.citation}: one ${capacity.value} GB DRAM die of ${area.value} cm² (dram-die-capacity ÷ dram-die-area), taken for HBM's DRAM dies (no published HBM die area; base die, TSVs and interposer not counted)`,
    },
  };
}

/**
 * The set's HBM row; else its DRAM row, the assumption recorded (HBM stacks are DRAM dies).
 * @internal
 */
export function hbmFactor(ctx: ParseContext, path: string, process: string | undefined, method: string | undefined): SourcedFactor {
  try {
    return ctx.lookup.icFactor({ technology: 'hbm', process, method }, path);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
  }
  const dram = ctx.lookup.icFactor({ technology: 'dram', process, method }, path);
  const assumption = `HBM: factor set ${dram.source.dataset?.name ?? 'used'} has no hbm row, so the HBM stack's DRAM dies take its DRAM factor (${dram.value} kgCO2e/cm²); TSV stacking, the base logic die and the interposer are not counted (give factor to override)`;
  return { ...dram, assumption: dram.assumption === undefined ? assumption : `${assumption}; ${dram.assumption}` };
}

/**
 * Refuse a die area given twice, or in the wrong place, with a message that
 * says which route to take: an `ic` with `capacity`/`density`, or a memory or
 * storage part with `dieArea`.
 *
 * @throws {@link InputError} at the offending field
 * @internal
 */
export function refuseSecondArea(o: RawObject | null, path: string, on: 'ic' | 'capacity'): void {
  if (o === null || typeof o !== 'object') return;
  const key = on === 'ic' ? (o.density !== undefined ? 'density' : o.capacity !== undefined ? 'capacity' : undefined) : o.dieArea !== undefined ? 'dieArea' : undefined;
  if (key === undefined) return;
  const twice = on === 'ic' ? o.dieArea !== undefined : o.density !== undefined;
  throw new InputError({
    path: `${path}.${key}`,
    received: o[key],
    expected: twice ? 'the die area once: either dieArea on an "ic", or capacity with density (die area = capacity ÷ density) on a memory or storage part' : on === 'ic' ? 'dieArea [cm²] on an "ic" component' : 'capacity, with density for sizing by die (capacity ÷ density)',
    problem: twice ? 'specifies the die area twice' : `is not a field of ${on === 'ic' ? 'an "ic" component' : 'a memory or storage part'}`,
    fix: on === 'ic' ? 'give dieArea on the "ic", or make it "type": "memory" (or "storage") with capacity and density' : 'remove dieArea (give density instead), or model the dies as an "ic" component',
  });
}

/** A memory or storage part's footprint inputs: `factor` per GB, or `density` with a `factor` per cm² of die. */
export interface CapacityFactor {
  /** Capacity per cm² of die [GB/cm²], when the part is sized by die area (capacity ÷ density). */
  readonly density?: Param;
  /** kgCO2e/GB without density; kgCO2e/cm² of die with it. */
  readonly factor: Param;
}

/**
 * Read how a memory or storage part's footprint scales: per GB (`factor`
 * in kgCO2e/GB, default from `memory-storage-per-gb`), or — Boavizta's
 * route — by die area = capacity ÷ `density` [GB/cm²] times a per-cm²
 * `factor` of the IC factor set (dram → dram, hbm → hbm, ssd → nand). HBM
 * without a factor takes the die route by default: density of the seed's
 * DRAM die, the set's DRAM factor when it has no HBM row; each assumption
 * goes to the study's warnings.
 *
 * @throws {@link InputError} for a density ≤ 0, a density on an HDD, or a die area given beside capacity
 * @internal
 */
export function readCapacityFactor(ctx: ParseContext, o: RawObject, path: string, technology: CapacityTechnology, studyMethod: string | undefined): CapacityFactor {
  const process = typeof o.process === 'string' ? o.process : undefined;
  const ownMethod = typeof o.method === 'string' ? o.method : undefined;
  const byDie = o.density !== undefined || (technology === 'hbm' && o.factor === undefined);
  if (!byDie) {
    let looked: SourcedFactor | undefined;
    const factor = readDefaulted(ctx, o.factor, `${path}.factor`, { kind: 'dataFactor', rule: { min: 0 } }, () => (looked = ctx.lookup.capacityFactor({ technology, process, method: ownMethod }, `${path}.factor`)));
    if (looked !== undefined) warnMethodSpread(ctx, `${path}.factor`, { kind: 'capacity', technology, process }, looked, undefined);
    readImpacts(ctx, o, path, { factor: 'dataFactor' });
    return { factor };
  }
  const die = DIE_TECHNOLOGY[technology];
  if (die === undefined) {
    throw new InputError({ path: `${path}.density`, received: o.density, expected: 'a factor per GB for a hard disk drive', problem: 'does not apply: an HDD has no memory dies', fix: 'remove density; an HDD takes a factor per GB (or use a "part" with kind "hdd")' });
  }
  const density = readParam(ctx, o.density, `${path}.density`, { kind: 'dataDensity', rule: { ...POSITIVE, fix: 'a density is capacity per cm² of die, > 0 (Boavizta: RAM 1.24, SSD 54.88 GB/cm²)' } }, o.density === undefined ? { status: 'default', factor: hbmDensity(ctx, `${path}.density`) } : undefined);
  if (o.density === undefined) ctx.warnings.push(`${path}.density: assumption: HBM without density or factor is sized as DRAM dies at ${+density.value.toPrecision(6)} GB/cm² (${density.source?.citation ?? 'default'})`);
  const method = ownMethod ?? studyMethod;
  let looked: SourcedFactor | undefined;
  const lookup = (): SourcedFactor => {
    const f = die === 'hbm' ? hbmFactor(ctx, `${path}.factor`, process, method) : ctx.lookup.icFactor({ technology: die, process, method }, `${path}.factor`);
    looked = f;
    return f;
  };
  const factor = readParam(ctx, o.factor, `${path}.factor`, { kind: 'areaFactor', rule: POSITIVE }, o.factor === undefined ? { status: 'dataset', factor: lookup() } : undefined);
  if (looked !== undefined) {
    if (looked.assumption !== undefined) ctx.warnings.push(`${path}.factor: assumption: ${looked.assumption}`);
    warnMethodSpread(ctx, `${path}.factor`, { kind: 'ic', technology: die === 'hbm' ? 'dram' : die, process }, looked, studyMethod);
  }
  readImpacts(ctx, o, path, { factor: 'areaFactor' });
  return { density, factor };
}
