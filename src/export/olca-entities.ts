/**
 * The openLCA JSON-LD entities (olca-schema v2, https://greendelta.github.io/olca-schema/)
 * that the openLCA export writes, as plain JSON data. Only the fields ailca
 * fills are typed; every name and enum value is olca-schema's.
 */

/** A reference to another entity: `@type` is the referenced type (`Flow`, `Unit`, …). */
export interface OlcaRef {
  /** The referenced entity's type. */
  readonly '@type': string;
  /** The referenced entity's UUID. */
  readonly '@id': string;
  /** Its name, for reading. */
  readonly name: string;
}

/** openLCA's lognormal: geometric mean and geometric standard deviation. */
export interface OlcaLogNormal {
  /** Always `Uncertainty`. */
  readonly '@type': 'Uncertainty';
  /** The distribution type. */
  readonly distributionType: 'LOG_NORMAL_DISTRIBUTION';
  /** Geometric mean (the median), in the exchange's unit. */
  readonly geomMean: number;
  /** Geometric standard deviation (dimensionless, > 1). */
  readonly geomSd: number;
}

/** openLCA's (untruncated) normal. */
export interface OlcaNormal {
  /** Always `Uncertainty`. */
  readonly '@type': 'Uncertainty';
  /** The distribution type. */
  readonly distributionType: 'NORMAL_DISTRIBUTION';
  /** Arithmetic mean, in the exchange's unit. */
  readonly mean: number;
  /** Arithmetic standard deviation, in the exchange's unit. */
  readonly sd: number;
}

/** openLCA's uniform. */
export interface OlcaUniform {
  /** Always `Uncertainty`. */
  readonly '@type': 'Uncertainty';
  /** The distribution type. */
  readonly distributionType: 'UNIFORM_DISTRIBUTION';
  /** Lower bound, in the exchange's unit. */
  readonly minimum: number;
  /** Upper bound, in the exchange's unit. */
  readonly maximum: number;
}

/** openLCA's triangle. */
export interface OlcaTriangle {
  /** Always `Uncertainty`. */
  readonly '@type': 'Uncertainty';
  /** The distribution type. */
  readonly distributionType: 'TRIANGLE_DISTRIBUTION';
  /** Lower bound, in the exchange's unit. */
  readonly minimum: number;
  /** Most likely value, in the exchange's unit. */
  readonly mode: number;
  /** Upper bound, in the exchange's unit. */
  readonly maximum: number;
}

/** An openLCA uncertainty distribution (`Uncertainty`): the parameters its `distributionType` uses. */
export type OlcaUncertainty = OlcaLogNormal | OlcaNormal | OlcaUniform | OlcaTriangle;

/** An input or output of a process (`Exchange`). */
export interface OlcaExchange {
  /** Always `Exchange`. */
  readonly '@type': 'Exchange';
  /** Process-internal id, from 1. */
  readonly internalId: number;
  /** Amount in `unit`. */
  readonly amount: number;
  /** True for an input. */
  readonly isInput: boolean;
  /** True for the process's reference product. */
  readonly isQuantitativeReference: boolean;
  /** Always false: ailca exports no avoided products. */
  readonly isAvoidedProduct: boolean;
  /** The flow. */
  readonly flow: OlcaRef;
  /** The flow property (quantity) of the amount. */
  readonly flowProperty: OlcaRef;
  /** The unit of the amount. */
  readonly unit: OlcaRef;
  /** Where the exchange takes place (electricity by grid). */
  readonly location?: OlcaRef;
  /** The amount's distribution, when it maps to one of openLCA's. */
  readonly uncertainty?: OlcaUncertainty;
  /** What the amount is and where it came from. */
  readonly description: string;
}

/** Any root entity as written to its folder: `@type`, `@id`, `name` and the rest of its fields. */
export interface OlcaRootEntity {
  /** `Process`, `Flow`, `FlowProperty`, `UnitGroup`, `Location` or `Source`. */
  readonly '@type': string;
  /** The entity's UUID (deterministic: the same study gives the same ids). */
  readonly '@id': string;
  /** The entity's name. */
  readonly name: string;
  /** Every other field, as olca-schema defines it. */
  readonly [field: string]: unknown;
}

/**
 * The folder each root entity type is written to in an openLCA JSON-LD
 * package (as openLCA's and olca-schema's zip readers expect).
 * @example
 * OLCA_FOLDERS.Process; // => 'processes'
 */
export const OLCA_FOLDERS: Readonly<Record<string, string>> = {
  Process: 'processes',
  Flow: 'flows',
  FlowProperty: 'flow_properties',
  UnitGroup: 'unit_groups',
  Location: 'locations',
  Source: 'sources',
};

/**
 * A reference to a root entity.
 * @example
 * olcaRef({ '@type': 'Flow', '@id': 'x', name: 'electricity' }); // => { '@type': 'Flow', '@id': 'x', name: 'electricity' }
 */
export function olcaRef(entity: OlcaRootEntity): OlcaRef {
  return { '@type': entity['@type'], '@id': entity['@id'], name: entity.name };
}
