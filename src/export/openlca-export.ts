import type { SourceRef, Study } from '../system/index.js';
import { libraryVersion } from '../version.js';
import type { GridLocation } from './electricity-inventory.js';
import { studyInventory, type UnmappablePolicy } from './study-inventory.js';
import { nameUuid } from './name-uuid.js';
import { olcaRef, type OlcaExchange, type OlcaRef, type OlcaRootEntity } from './olca-entities.js';
import { olcaUnit, type OlcaUnitSymbol } from './olca-units.js';

/** Options of {@link exportOpenLca}. */
export interface OpenLcaExportOptions {
  /**
   * An exchange amount whose distribution has no openLCA form (see
   * {@link mapUncertainty}): `error` (default) refuses the export naming the
   * input; `omit` exports its base amount without uncertainty and lists it
   * in the process's documentation and in `notes`.
   */
  readonly unmappable?: UnmappablePolicy;
}

/** A study's inventory as openLCA JSON-LD entities. */
export interface OpenLcaPackage {
  /** The process: one year of operation of the AI system. */
  readonly process: OlcaRootEntity;
  /** Every entity to write, the process first: flows, flow properties, unit groups, locations, sources. */
  readonly entities: readonly OlcaRootEntity[];
  /** What was not exported or not mapped, and why (also in the process's documentation). */
  readonly notes: readonly string[];
}

function sourceText(s: SourceRef): string {
  const parts = [s.citation];
  if (s.dataset) parts.push(`dataset ${s.dataset.name} ${s.dataset.version}${s.key ? `, row ${s.key}` : ''}`);
  return parts.join('; ');
}

/**
 * Export a study's inventory as an openLCA JSON-LD process (olca-schema v2)
 * with the flows, flow properties, unit groups, locations and sources it
 * refers to. The process is **one year of operation** of the AI system
 * (reference product: 1 item of `<study>: one year of operation`); its
 * inputs, at the base case, are
 *
 * - electricity [kWh/year] by grid location (IT energy plus data-centre
 *   overhead), with the exchange's `location`; the amounts are derived from
 *   many inputs, so they carry no uncertainty (stated in `notes`);
 * - each component of each standing server as a product flow: die area and
 *   board area [cm²], capacity [GB], mass [kg] or number of parts
 *   [items], × parts × servers ÷ lifetime (the share one year uses up),
 *   with the uncertainty mapped exactly by {@link mapUncertainty}.
 *
 * ailca's emission factors are not exported: link the product flows to
 * background processes (ecoinvent, …) in openLCA. ailca's own results are
 * in each exchange's description and the process's documentation.
 *
 * @param study - a parsed study (`loadStudy`, `defineStudy`)
 * @param options - see {@link OpenLcaExportOptions}
 * @returns the entities to write with {@link writeOpenLca}
 * @throws {@link InputError} when an amount's distribution has no openLCA form and `unmappable` is `error`, naming the input, its distribution and the fix
 * @example
 * const pkg = exportOpenLca(loadStudy('examples/xeon-8468.json'));
 * pkg.process['@type']; // => 'Process'
 * (pkg.process.exchanges as { amount: number; unit: { name: string } }[]).slice(0, 2).map((e) => `${e.amount} ${e.unit.name}`); // => ['1 Item(s)', '4084.35 kWh']
 */
export function exportOpenLca(study: Study, options: OpenLcaExportOptions = {}): OpenLcaPackage {
  const inv = studyInventory(study, options.unmappable ?? 'error', 'openLCA');
  const { values, notes } = inv;
  const entities = new Map<string, OlcaRootEntity>();
  const add = (e: OlcaRootEntity): OlcaRootEntity => {
    if (!entities.has(e['@id'])) entities.set(e['@id'], e);
    return entities.get(e['@id']) as OlcaRootEntity;
  };
  const unitRefs = (symbol: OlcaUnitSymbol): { unit: OlcaRef; flowProperty: OlcaRef } => {
    const u = olcaUnit(symbol);
    add(u.unitGroup);
    add(u.flowPropertyEntity);
    return { unit: u.unit, flowProperty: u.flowProperty };
  };
  const flow = (name: string, symbol: OlcaUnitSymbol, description: string): OlcaRef => {
    const { flowProperty } = unitRefs(symbol);
    return olcaRef(add({
      '@type': 'Flow',
      '@id': nameUuid(`flow:${symbol}:${name}`),
      name,
      description,
      flowType: 'PRODUCT_FLOW',
      flowProperties: [{ '@type': 'FlowPropertyFactor', conversionFactor: 1, isRefFlowProperty: true, flowProperty }],
    }));
  };
  const location = (l: GridLocation): OlcaRef =>
    olcaRef(add({ '@type': 'Location', '@id': nameUuid(`location:${l.code ?? l.name}`), name: l.name, ...(l.code ? { code: l.code } : {}), description: `Grid whose carbon intensity is ${l.gridPath} in the ailca study.` }));

  const exchanges: OlcaExchange[] = [];
  const exchange = (e: Omit<OlcaExchange, '@type' | 'internalId' | 'isAvoidedProduct'>): void => {
    exchanges.push({ '@type': 'Exchange', internalId: exchanges.length + 1, isAvoidedProduct: false, ...e });
  };

  const reference = inv.reference;
  exchange({
    amount: 1,
    isInput: false,
    isQuantitativeReference: true,
    flow: flow(reference, 'Item(s)', `One year of operation of the AI system of the ailca study "${study.name}".`),
    ...unitRefs('Item(s)'),
    description: 'Reference product: one year of operation of the whole system.',
  });

  const electricityFlow = flow('electricity', 'kWh', 'Electricity drawn from the grid; the exchange location says which grid.');
  for (const e of inv.electricity) {
    exchange({
      amount: e.kWhPerYear,
      isInput: true,
      isQuantitativeReference: false,
      flow: electricityFlow,
      ...unitRefs('kWh'),
      location: location(e.location),
      description: `Electricity per year at ${e.location.name} [kWh/year]: IT energy ${e.itKWhPerYear} kWh/year (${e.sources.join('; ')}) plus data-centre overhead ${e.overheadKWhPerYear} kWh/year. Base case; derived from several inputs, so no uncertainty is exported.`,
    });
  }
  for (const h of inv.hardware) {
    const m = h.mapping;
    const embodied = h.embodiedKgCO2e;
    exchange({
      amount: h.amountPerYear,
      isInput: true,
      isQuantitativeReference: false,
      flow: flow(h.flow, h.unit, `Hardware: ${h.flow}, measured by ${h.quantity} [${h.unit}].`),
      ...unitRefs(h.unit),
      ...(m.kind === 'mapped' ? { uncertainty: m.uncertainty } : {}),
      description: `${h.component} (${h.path}, server ${h.server}): ${h.allocation !== undefined ? `${h.quantity} per year of operation, ${h.allocation}.` : `${h.quantity === 'parts' ? '' : `${h.quantity} × `}${h.scale} parts ÷ lifetime, per year of operation.`}${embodied === undefined ? '' : ` ailca: ${embodied} kgCO2e embodied over the server's life.`}${m.kind === 'mapped' ? ` Uncertainty: ${m.rule}.` : ''}`,
    });
  }

  const sources = new Map<string, OlcaRef>();
  for (const p of study.params) {
    if (!p.source) continue;
    const text = sourceText(p.source);
    const id = nameUuid(`source:${text}:${p.source.url ?? ''}`);
    if (sources.has(id)) continue;
    sources.set(id, olcaRef(add({
      '@type': 'Source',
      '@id': id,
      name: p.source.citation.length > 250 ? `${p.source.citation.slice(0, 249)}…` : p.source.citation,
      textReference: text,
      ...(p.source.url ? { url: p.source.url } : {}),
      ...(p.source.year !== undefined ? { year: p.source.year } : {}),
    })));
  }

  const v = (k: string): string => `${values.get(k)}`;
  const process: OlcaRootEntity = {
    '@type': 'Process',
    '@id': nameUuid(`process:${study.name}`),
    name: study.name,
    description: [
      study.description ?? '',
      `One year of operation of the AI system of the ailca study "${study.name}", exported by ailca ${libraryVersion()}: electricity by grid location and the servers' hardware as product flows, amortised over their lifetimes. ailca's emission factors are not exported; link the product flows to background processes.`,
      `ailca's result for comparison: ${v('annualized.total')} kgCO2e/year annualised (${v('annualized.embodied')} embodied, ${v('operational.annual')} operational); ${v('operational.annualEnergy')} kWh/year.`,
    ].filter((t) => t !== '').join('\n\n'),
    processType: 'UNIT_PROCESS',
    ...(study.cloud.location ? { location: location({ name: study.cloud.location, code: study.cloud.location, gridPath: study.cloud.gridIntensity.path }) } : {}),
    processDocumentation: {
      timeDescription: 'Amounts per year of operation.',
      technologyDescription: study.servers.map((s) => `${s.count} × ${s.name} (lifetime ${s.lifetime.value} years)`).join('; ') || 'No standing servers.',
      inventoryMethodDescription: 'Uncertainty mapped exactly from ailca distributions: uniform → UNIFORM_DISTRIBUTION, triangular → TRIANGLE_DISTRIBUTION, untruncated normal → NORMAL_DISTRIBUTION, lognormal → LOG_NORMAL_DISTRIBUTION (scaled by constant factors; products of independent lognormals stay lognormal). A normal truncated so that it loses at most 1e-6 of its probability is exported as its untruncated parent; other truncated normals, beta/PERT, discrete and reciprocals of non-lognormal lifetimes have no openLCA form.',
      completenessDescription: notes.length === 0 ? 'Everything ailca counts is exported.' : notes.join('\n'),
      sources: [...sources.values()],
    },
    exchanges,
    lastInternalId: exchanges.length,
  };
  return { process, entities: [process, ...entities.values()], notes };
}
