import { AilcaError, InputError } from '../errors/index.js';
import type { CompiledGraph } from '../graph/index.js';
import type { Param, Study } from '../system/index.js';

/** Where electricity is drawn: a grid, named by location. */
export interface GridLocation {
  /** Location name (`DE`, or `grid of servers[1]` when the study names none). */
  readonly name: string;
  /** Location code (ISO 3166 or cloud region), when the study or the grid dataset row gives one. */
  readonly code?: string;
  /** Study path of the grid intensity input that identifies the grid. */
  readonly gridPath: string;
}

/** Electricity per year drawn at one location. */
export interface ElectricityItem {
  /** The location. */
  readonly location: GridLocation;
  /** IT energy per year [kWh/year]. */
  readonly itKWhPerYear: number;
  /** Data-centre overhead (PUE) energy per year [kWh/year]. */
  readonly overheadKWhPerYear: number;
  /** Both [kWh/year]. */
  readonly kWhPerYear: number;
  /** The energy outputs summed here (labels), for the exchange description. */
  readonly sources: readonly string[];
}

/** The grid and PUE that one `energy:` output is drawn under. */
function siteOf(study: Study, key: string, tags: Readonly<Record<string, string>>): { grid: Param; pue?: Param } {
  const cloud = { grid: study.cloud.gridIntensity, pue: study.cloud.pue };
  if (tags.server !== undefined) {
    const s = study.servers.find((x) => x.id === tags.server);
    if (s) return { grid: s.gridIntensity ?? cloud.grid, pue: s.pue ?? cloud.pue };
  }
  if (tags.job !== undefined) {
    const j = [...(study.model?.jobs ?? []), ...(study.data?.preprocessing ?? [])].find((x) => x.id === tags.job);
    if (j) return { grid: j.site.gridIntensity, pue: j.site.pue };
  }
  let m = /^energy:storage:(\d+)$/.exec(key);
  const storage = m ? study.data?.storage[Number(m[1])] : undefined;
  if (storage) return { grid: storage.site.gridIntensity, pue: storage.site.pue };
  m = /^energy:transfer:(\d+)$/.exec(key);
  const transfer = m ? study.data?.transfer[Number(m[1])] : undefined;
  if (transfer) return { grid: transfer.gridIntensity }; // networks carry no data-centre overhead
  if (key === 'energy:inference' && study.model?.inference) return { grid: study.model.inference.site.gridIntensity, pue: study.model.inference.site.pue };
  throw new AilcaError(`the openLCA export does not know where the energy output ${key} is drawn; please report this`);
}

function locationOf(study: Study, grid: Param): GridLocation {
  if (grid.path === study.cloud.gridIntensity.path) {
    const code = study.cloud.location;
    return { name: code ?? 'unspecified location (cloud)', ...(code ? { code } : {}), gridPath: grid.path };
  }
  // a grid looked up in a dataset by location: the row key is `LOCATION:YEAR`
  const key = grid.status === 'dataset' ? grid.source?.key : undefined;
  const code = key?.split(':')[0];
  return code ? { name: code, code, gridPath: grid.path } : { name: `grid of ${grid.path.replace(/\.gridIntensity$/, '')}`, gridPath: grid.path };
}

/**
 * Electricity per year by location, from the compiled study's `energy:`
 * outputs (IT energy) evaluated at the base case, each with the
 * data-centre overhead of its site (IT energy × (PUE − 1) × overhead share,
 * the formula of `src/lca/overhead.ts`; none for network transfers).
 * Locations are told apart by the grid-intensity input each draw uses; the
 * sum over locations is checked against `operational.annualEnergy`.
 *
 * @param study - the parsed study
 * @param graph - its compiled graph
 * @param values - the graph's outputs evaluated at the base case, by key
 * @returns one item per location with energy, in order of first use
 * @throws {@link InputError} when the base-case energy is not finite
 * @throws AilcaError when the split does not add up to the study's energy per year (a bug)
 * @example
 * const s = loadStudyFile('examples/xeon-8468.json').study;
 * const g = compileStudy(s);
 * const v = new Map(g.outputs.map((o, i) => [o.key, evaluate(g.outputs.map((x) => x.expr), new Map(g.inputs.map((x) => [x.name, x.value])))[i]]));
 * electricityInventory(s, g, v).map((e) => [e.location.name, e.kWhPerYear]); // => [['DE', 4084.35]]
 */
export function electricityInventory(study: Study, graph: CompiledGraph, values: ReadonlyMap<string, number>): ElectricityItem[] {
  const share = study.cloud.overheadShare.value;
  const byGrid = new Map<string, { location: GridLocation; it: number; overhead: number; sources: string[] }>();
  for (const o of graph.outputs) {
    if (!o.key.startsWith('energy:') || o.tags.quantity !== 'energy') continue;
    const kWh = values.get(o.key) as number;
    if (!Number.isFinite(kWh)) throw new InputError({ path: o.key, received: kWh, expected: 'a finite energy per year [kWh/year]', problem: 'is not finite at the base case', fix: 'run `ailca assess` to find the input that makes it so' });
    const site = siteOf(study, o.key, o.tags);
    const location = locationOf(study, site.grid);
    const entry = byGrid.get(location.gridPath) ?? { location, it: 0, overhead: 0, sources: [] };
    entry.it += kWh;
    entry.overhead += site.pue === undefined ? 0 : kWh * (site.pue.value - 1) * share;
    entry.sources.push(o.label);
    byGrid.set(location.gridPath, entry);
  }
  const items = [...byGrid.values()].map((e) => ({ location: e.location, itKWhPerYear: e.it, overheadKWhPerYear: e.overhead, kWhPerYear: e.it + e.overhead, sources: e.sources }));
  const total = values.get('operational.annualEnergy');
  let sum = 0;
  for (const i of items) sum += i.kWhPerYear;
  if (total === undefined || Math.abs(sum - total) > 1e-9 * Math.max(1, Math.abs(total))) {
    throw new AilcaError(`the openLCA export's electricity by location adds up to ${sum} kWh/year, not the study's ${total} kWh/year; please report this`);
  }
  return items;
}
