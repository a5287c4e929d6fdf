import type { Param } from './param.js';

/** The modes of freight a transport leg may use. */
export const TRANSPORT_MODES = ['truck', 'ship', 'air', 'rail'] as const;

/** A mode of freight: road (`truck`), sea (`ship`), `air` or `rail`. */
export type TransportMode = (typeof TRANSPORT_MODES)[number];

/** One leg of the transport of a server group's hardware to the data centre. */
export interface TransportLeg {
  /** Mode of freight. */
  readonly mode: TransportMode;
  /** Distance carried [km]. */
  readonly distance: Param;
  /** Mass carried per server [kg]. */
  readonly mass: Param;
  /** Emission factor of the mode [kgCO2e/(t·km)] (a climate factor: other categories through `impacts`). */
  readonly factor: Param;
}

/** The treatments of discarded hardware. */
export const EOL_TREATMENTS = ['recycling', 'landfill', 'incineration'] as const;

/** A treatment of discarded hardware. */
export type EolTreatment = (typeof EOL_TREATMENTS)[number];

/** The end of life of a server group (per server) or of one of its parts (per part). */
export interface EndOfLife {
  /** The treatment. */
  readonly treatment: EolTreatment;
  /** Mass treated per server (or per part) [kg]. */
  readonly mass: Param;
  /** Impact of the treatment per kg [kgCO2e/kg]: part of the footprint (life-cycle stage end of life). */
  readonly factor: Param;
  /** Impact avoided per kg by what the treatment recovers [kgCO2e/kg]: reported apart, as EN 15804 module D, never in a total. */
  readonly credit?: Param;
}

/** How embodied impact is split between the first and the second life of reused hardware. */
export const REUSE_RULES = ['cut-off', 'service-years', 'equal'] as const;

/** A reuse allocation rule. */
export type ReuseRule = (typeof REUSE_RULES)[number];

/** Second life of a server group: its embodied impact split between two lives, one of which the study assesses. */
export interface Reuse {
  /** The allocation rule. */
  readonly rule: ReuseRule;
  /** Years of the first life. */
  readonly firstLife: Param;
  /** Years of the second life. */
  readonly secondLife: Param;
  /** Impact of refurbishing the hardware for its second life, per server [kgCO2e]; charged to the second life. */
  readonly refurbishment?: Param;
  /** The life the study assesses. */
  readonly life: 'first' | 'second';
}
