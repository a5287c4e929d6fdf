import { InputError } from '../errors/index.js';
import { evaluate } from '../graph/index.js';
import { compileStudy } from '../study/index.js';
import type { Study } from '../system/index.js';
import { electricityInventory, type ElectricityItem } from './electricity-inventory.js';
import { hardwareInventory, type HardwareItem } from './hardware-inventory.js';
import { jobHardwareInventory } from './job-hardware-inventory.js';
import { mapUncertainty, type UncertaintyMapping } from './map-uncertainty.js';

/** What an export does with an amount whose distribution the target tool cannot hold. */
export type UnmappablePolicy = 'error' | 'omit';

/** A hardware item with its uncertainty mapped and ailca's embodied carbon for it. */
export interface MappedHardwareItem extends HardwareItem {
  /** The amount's distribution in openLCA's terms (Brightway's are derived from it), or why there is none. */
  readonly mapping: UncertaintyMapping;
  /** ailca's embodied carbon of this component over the server's life [kgCO2e]. */
  readonly embodiedKgCO2e: number | undefined;
}

/** A study's inventory per year of operation, independent of the tool it is exported to. */
export interface StudyInventory {
  /** The reference product's name: `<study>: one year of operation`. */
  readonly reference: string;
  /** Electricity by grid location [kWh/year]. */
  readonly electricity: readonly ElectricityItem[];
  /** The standing servers' hardware per year, uncertainty mapped. */
  readonly hardware: readonly MappedHardwareItem[];
  /** What was not exported or not mapped, and why. */
  readonly notes: readonly string[];
  /** The compiled study's outputs at the base case, by key (`annualized.total`, …). */
  readonly values: ReadonlyMap<string, number>;
}

const POLICIES: readonly UnmappablePolicy[] = ['error', 'omit'];

/**
 * The inventory the exports write: electricity by location
 * ({@link electricityInventory}) and hardware per year
 * ({@link hardwareInventory}) at the base case, each hardware amount's
 * uncertainty mapped by {@link mapUncertainty}; what cannot be mapped is
 * refused (`error`) or listed in `notes` (`omit`), and so is embodied
 * carbon that reaches the study through jobs or data without a bill of
 * materials (accelerators, host nodes, storage). The hardware of `use: "jobs"`
 * server groups is exported in the amounts the jobs are allocated
 * ({@link jobHardwareInventory}), at the base case.
 *
 * @param study - a parsed study
 * @param unmappable - `error` (refuse) or `omit` (base amount, noted)
 * @param tool - the target's name for messages (`openLCA`)
 * @returns the inventory
 * @throws {@link InputError} when an amount's distribution cannot be mapped and `unmappable` is `error`, or `unmappable` is neither
 * @example
 * const inv = studyInventory(loadStudy('examples/xeon-8468.json'), 'error', 'openLCA');
 * inv.electricity.map((e) => e.kWhPerYear); // => [4084.35]
 * inv.hardware.length; // => 4
 */
export function studyInventory(study: Study, unmappable: UnmappablePolicy, tool: string): StudyInventory {
  if (!POLICIES.includes(unmappable)) {
    throw new InputError({ path: 'options.unmappable', received: unmappable, expected: "'error' or 'omit'", fix: `write 'omit' to export base amounts without uncertainty where ${tool} has no matching distribution` });
  }
  const graph = compileStudy(study);
  const results = evaluate(graph.outputs.map((o) => o.expr), new Map(graph.inputs.map((i) => [i.name, i.value])));
  const values = new Map(graph.outputs.map((o, i) => [o.key, results[i]]));
  const notes: string[] = [];
  const electricity = electricityInventory(study, graph, values);
  if (graph.inputs.some((i) => i.distribution !== undefined && i.distribution.kind !== 'fixed')) {
    notes.push('Electricity amounts are base-case values computed from several inputs, some uncertain; they carry no uncertainty here (ailca mc gives the distribution of operational.annualEnergy).');
  }
  const correlated = (a: string, b: string): boolean => study.correlations.some((c) => (c.a === a && c.b === b) || (c.a === b && c.b === a));
  const covered = new Set<string>();
  const hardware: MappedHardwareItem[] = hardwareInventory(study).map((h): MappedHardwareItem => {
    const key = `embodied:${h.serverId}:${h.index}`;
    covered.add(key);
    const mapping = mapUncertainty(h.scale, h.factors, correlated);
    if (mapping.kind === 'unmappable') {
      if (unmappable === 'error') {
        throw new InputError({
          path: mapping.param.path,
          received: mapping.param.distribution,
          expected: `a distribution ${tool} can hold for this amount: uniform, triangular, normal (truncated by at most 1e-6 of its probability) or lognormal of one quantity, or independent lognormals`,
          problem: `cannot be exported to ${tool} (${h.component}, ${h.quantity} per year): ${mapping.reason}`,
          fix: "export with --unmappable omit (API: { unmappable: 'omit' }) to write the base amount without uncertainty, listed in the export's documentation; or give the input a fixed value or a distribution of the mapping table (docs/bridges.md)",
        });
      }
      notes.push(`Uncertainty not exported for ${h.component} (${h.server}): ${mapping.reason}.`);
    }
    return { ...h, mapping, embodiedKgCO2e: values.get(key) };
  });
  const uncertain = graph.inputs.some((i) => i.distribution !== undefined && i.distribution.kind !== 'fixed');
  for (const h of jobHardwareInventory(study, values)) {
    hardware.push({ ...h, mapping: { kind: 'none' }, embodiedKgCO2e: undefined });
  }
  // the server-group part of each job that runs on a jobs-only group with a bill of materials is now exported
  for (const job of [...(study.model?.jobs ?? []), ...(study.data?.preprocessing ?? [])]) {
    const server = study.servers.find((x) => x.id === job.server && x.use === 'jobs');
    if (server !== undefined && job.allocation !== undefined && hardware.some((h) => h.serverId === server.id && h.allocation !== undefined)) covered.add(`embodied:job:${job.id}:0`);
  }
  if (uncertain && hardware.some((h) => h.allocation !== undefined)) {
    notes.push('Hardware allocated through jobs is exported at base-case amounts without uncertainty: its share depends on several inputs (run hours or energy, lifetime, utilisation).');
  }
  for (const o of graph.outputs) {
    if (o.key.startsWith('embodied:') && !covered.has(o.key)) notes.push(`Not exported as a product flow: ${o.label} (${o.key}, ${values.get(o.key)} ${o.unit} embodied, allocated through jobs or data).`);
  }
  return { reference: `${study.name}: one year of operation`, electricity, hardware, notes, values };
}
