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
  readonly name: string;
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
  readonly site: Site;
}

/** Network types with a default energy per GB. */
export type NetworkKind = 'core' | 'end-to-end';

/** Data moved over networks: GB once, or GB per year, × energy per GB. */
export interface Transfer {
  readonly name: string;
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
  readonly storage: readonly Storage[];
  readonly transfer: readonly Transfer[];
  readonly preprocessing: readonly Job[];
}
