import { InputError } from '../errors/index.js';
import type { Cloud, DataElement, NetworkKind, Param, Server, Storage, StorageTechnology, Transfer } from '../system/index.js';
import { DEFAULT_LIFETIME_YEARS } from '../lca/lifetime.js';
import type { ParseContext } from './parse-context.js';
import { parseJob } from './parse-job.js';
import { parseSite } from './parse-site.js';
import { readDefaulted } from './read-defaulted.js';
import { readArray, readObject, readSource, readString } from './read-object.js';
import { readParam } from './read-param.js';
import type { WorkloadLookup } from './workload-lookup.js';
import { STUDY_FIELDS } from './format/study-fields.js';

const TECHNOLOGIES: readonly StorageTechnology[] = ['ssd', 'hdd'];
const NETWORKS: readonly NetworkKind[] = ['core', 'end-to-end'];

function storage(ctx: ParseContext, raw: unknown, path: string, cloud: Cloud, serviceLife: Param, lookup: WorkloadLookup): Storage {
  const o = readObject(raw, path, STUDY_FIELDS.storage);
  const technology = o.technology as StorageTechnology;
  if (!TECHNOLOGIES.includes(technology)) throw new InputError({ path: `${path}.technology`, received: o.technology, expected: '"ssd" or "hdd"', problem: o.technology === undefined ? 'is missing' : 'is not a known storage technology' });
  const src = readSource(o, path);
  return {
    name: readString(o, 'name', path, false) ?? `${technology} storage`,
    technology,
    capacity: readParam(ctx, o.capacity, `${path}.capacity`, { kind: 'data', rule: { min: 0 } }, undefined, src),
    replication: readParam(ctx, o.replication, `${path}.replication`, { kind: 'ratio', rule: { min: 1, fix: 'the replication factor counts copies, so at least 1 (3 in HDFS by default)' } }, o.replication === undefined ? { status: 'default', factor: { value: 1, unit: '1', source: { citation: 'library default: one copy; give the replication factor of your storage system (HDFS keeps 3 by default)' } } } : undefined),
    duration: o.duration === undefined ? serviceLife : readParam(ctx, o.duration, `${path}.duration`, { kind: 'lifetime', rule: { min: 0 } }),
    powerPerTB: readDefaulted(ctx, o.powerPerTB, `${path}.powerPerTB`, { kind: 'powerPerData', rule: { min: 0 } }, () => lookup.parameter(`storage-power-${technology}`, `${path}.powerPerTB`)),
    embodiedPerGB: readDefaulted(ctx, o.embodiedPerGB, `${path}.embodiedPerGB`, { kind: 'dataFactor', rule: { min: 0 } }, () => lookup.storageFactor(technology, `${path}.embodiedPerGB`)),
    lifetime: readParam(ctx, o.lifetime, `${path}.lifetime`, { kind: 'lifetime', rule: { min: 0, minExclusive: true } }, o.lifetime === undefined ? { status: 'default', factor: DEFAULT_LIFETIME_YEARS } : undefined),
    site: parseSite(ctx, o, path, cloud, { embodiedPerGB: 'dataFactor' }),
  };
}

function transfer(ctx: ParseContext, raw: unknown, path: string, cloud: Cloud, lookup: WorkloadLookup): Transfer {
  const o = readObject(raw, path, STUDY_FIELDS.transfer);
  const network = (o.network ?? 'end-to-end') as NetworkKind;
  if (!NETWORKS.includes(network)) throw new InputError({ path: `${path}.network`, received: o.network, expected: '"core" (between data centres) or "end-to-end" (to users or edge devices)', problem: 'is not a known network' });
  if ((o.amount === undefined) === (o.amountPerYear === undefined)) {
    throw new InputError({ path: `${path}.amount`, received: o.amount, expected: 'either amount (GB moved once) or amountPerYear (GB moved every year)', problem: o.amount === undefined ? 'is missing' : 'is given together with amountPerYear' });
  }
  const src = readSource(o, path);
  const amount = o.amount === undefined ? undefined : readParam(ctx, o.amount, `${path}.amount`, { kind: 'data', rule: { min: 0 } }, undefined, src);
  const amountPerYear = o.amountPerYear === undefined ? undefined : readParam(ctx, o.amountPerYear, `${path}.amountPerYear`, { kind: 'data', rule: { min: 0 } }, undefined, src);
  return {
    name: readString(o, 'name', path, false) ?? `${network} transfer`,
    network,
    ...(amount ? { amount } : {}),
    ...(amountPerYear ? { amountPerYear } : {}),
    energyPerGB: readDefaulted(ctx, o.energyPerGB, `${path}.energyPerGB`, { kind: 'energyPerData', rule: { min: 0 } }, () => lookup.parameter(`network-energy-per-gb-${network}`, `${path}.energyPerGB`)),
    gridIntensity: parseSite(ctx, { gridIntensity: o.gridIntensity }, path, cloud).gridIntensity,
  };
}

/**
 * Parse the data element (`data`): `storage` (capacity × replication over a
 * duration, power per TB and embodied carbon per GB from the `ai-workloads`
 * and `memory-storage-per-gb` datasets with their ranges), `transfer` (GB
 * once or per year × energy per GB, default by network type with its
 * range) and `preprocessing` jobs.
 *
 * @throws {@link InputError} for any invalid field, naming its path
 */
export function parseData(ctx: ParseContext, raw: unknown, cloud: Cloud, servers: readonly Server[], serviceLife: Param, lookup: WorkloadLookup, jobOffset: number): DataElement {
  const o = readObject(raw, 'data', STUDY_FIELDS.data);
  const list = (key: string) => (o[key] === undefined ? [] : readArray(o, key, 'data', false));
  const result = {
    storage: list('storage').map((s, i) => storage(ctx, s, `data.storage[${i}]`, cloud, serviceLife, lookup)),
    transfer: list('transfer').map((t, i) => transfer(ctx, t, `data.transfer[${i}]`, cloud, lookup)),
    preprocessing: list('preprocessing').map((j, i) => parseJob(ctx, j, `data.preprocessing[${i}]`, jobOffset + i, { cloud, servers, defaultPhase: 'preprocessing' })),
  };
  if (result.storage.length + result.transfer.length + result.preprocessing.length === 0) {
    throw new InputError({ path: 'data', received: Object.keys(o), expected: 'storage, transfer or preprocessing', problem: 'describes no data', fix: 'add an entry or remove the data block' });
  }
  return result;
}
