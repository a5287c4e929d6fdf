import type { Job, Site } from './job.js';
import type { Param } from './param.js';

/** Storage technologies with a power and embodied factor per capacity. */
export type StorageTechnology = 'ssd' | 'hdd';

/**
 * Data kept on storage: capacity × replication over a duration, drawing
 * power per TB and charged the share duration ÷ lifetime of the drives'
 * embodied carbon.
 */
export interface Storage {
  /** Name shown in results; default `<technology> storage`. */
  readonly name: string;
  /** Drive technology, which selects the default power per TB and embodied carbon per GB. */
  readonly technology: StorageTechnology;
  /** Capacity of one copy [GB]. */
  readonly capacity: Param;
  /** Copies kept (replication factor ≥ 1). */
  readonly replication: Param;
  /** How long it is kept [years]; the model's service life when not given. */
  readonly duration: Param;
  /** Power per TB stored [W/TB]. */
  readonly powerPerTB: Param;
  /** Embodied carbon of the drives per GB of capacity [kgCO2e/GB]. */
  readonly embodiedPerGB: Param;
  /** Lifetime of the drives [years]. */
  readonly lifetime: Param;
  /** Grid intensity and PUE where the data is stored. */
  readonly site: Site;
}

/** Network types with a default energy per GB. */
export type NetworkKind = 'core' | 'end-to-end';

/** Data moved over networks: GB once, or GB per year, × energy per GB. */
export interface Transfer {
  /** Name shown in results; default `<network> transfer`. */
  readonly name: string;
  /** `core` (between data centres) or `end-to-end` (to users or edge devices, the default); selects the default energy per GB. */
  readonly network: NetworkKind;
  /** GB moved once (with the one-off jobs), when given. */
  readonly amount?: Param;
  /** GB moved per year of service, when given. */
  readonly amountPerYear?: Param;
  /** Energy per GB transferred [kWh/GB]. */
  readonly energyPerGB: Param;
  /** Grid intensity of the network's electricity (network equipment has no data-centre PUE). */
  readonly gridIntensity: Param;
}

/** The data element: storage, transfer and preprocessing compute. */
export interface DataElement {
  /** Data kept on storage; empty when the study gives none. */
  readonly storage: readonly Storage[];
  /** Data moved over networks; empty when the study gives none. */
  readonly transfer: readonly Transfer[];
  /** Compute jobs that prepare the data (phase `preprocessing` by default); empty when the study gives none. */
  readonly preprocessing: readonly Job[];
}
