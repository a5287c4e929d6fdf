import type { EndOfLife, Reuse, TransportLeg } from './life-cycle.js';
import type { Param } from './param.js';

/**
 * Manufacturing technology of an integrated circuit, which selects its
 * emission factor per die area: CMOS logic (by process generation), DRAM,
 * NAND flash, high-bandwidth memory stacks, or other (less complex) ICs.
 */
export type IcTechnology = 'logic' | 'dram' | 'nand' | 'hbm' | 'other';

/** An integrated circuit (or a group of identical ones) of a server's bill of materials. */
export interface IntegratedCircuit {
  /** Discriminant of the {@link Component} union: always `ic`. */
  readonly type: 'ic';
  /** Name shown in results (`CPU die`, `DRAM`). */
  readonly name: string;
  /** Technology, which selects the emission factor. */
  readonly technology: IcTechnology;
  /** Process generation for logic (`Intel 7`, `7nm`), when known. */
  readonly process?: string;
  /** Die area of one IC [cm²]. */
  readonly dieArea: Param;
  /** Number of identical ICs per server. */
  readonly count: number;
  /** Manufacturing emission factor [kgCO2e/cm² of die]. */
  readonly factor: Param;
  /** Packaging emissions per IC [kgCO2e], when modelled. */
  readonly packaging?: Param;
}

/** A printed circuit board. */
export interface CircuitBoard {
  /** Discriminant of the {@link Component} union: always `pcb`. */
  readonly type: 'pcb';
  /** Name shown in results (`mainboard`); the catalogue entry's name when not given. */
  readonly name: string;
  /** Board area [cm²]. */
  readonly area: Param;
  /** Number of copper layers. */
  readonly layers: number;
  /** Number of identical boards per server. */
  readonly count: number;
  /** Emission factor [kgCO2e/cm² of board] for this layer count. */
  readonly factor: Param;
}

/**
 * Another part (power supply, chassis, fans, cooling, connectors): by mass
 * times a material factor, or a footprint per unit.
 */
export interface OtherPart {
  /** Discriminant of the {@link Component} union: always `part`. */
  readonly type: 'part';
  /** Name shown in results (`power supply`); the part's `kind` when the study gives no name. */
  readonly name: string;
  /** Number of identical parts per server; default 1. */
  readonly count: number;
  /** Mass of one part [kg], with `massFactor`. */
  readonly mass?: Param;
  /** Emissions per mass [kgCO2e/kg], with `mass`. */
  readonly massFactor?: Param;
  /** Emissions per part [kgCO2e], instead of mass × factor. */
  readonly perUnit?: Param;
}

/** Technologies whose footprint is given per GB of capacity. */
export type CapacityTechnology = 'dram' | 'hbm' | 'ssd' | 'hdd';

/**
 * Memory or storage whose footprint scales with capacity: capacity × factor
 * per GB (DRAM, HBM, SSD, HDD), the form most published tools use
 * (ACT, LLMCarbon, Boavizta; the spread between them is large), or
 * capacity ÷ density × factor per cm² of die (Boavizta's RAM and SSD
 * formula).
 */
export interface CapacityPart {
  /** Discriminant of the {@link Component} union: `memory` (DRAM, HBM) or `storage` (SSD, HDD). */
  readonly type: 'memory' | 'storage';
  /** Name shown in results (`DDR5 DIMM`); the catalogue entry's name when not given. */
  readonly name: string;
  /** Technology, which selects the factor per GB: `dram` or `hbm` for memory, `ssd` or `hdd` for storage. */
  readonly technology: CapacityTechnology;
  /** Capacity of one part [GB]. */
  readonly capacity: Param;
  /** Number of identical parts per server; default 1. */
  readonly count: number;
  /**
   * Capacity per cm² of die [GB/cm²], when the part is sized by its dies
   * (Boavizta's route): die area = capacity ÷ density, and `factor` is then
   * per cm² of die.
   */
  readonly density?: Param;
  /** Manufacturing emissions per GB [kgCO2e/GB]; per cm² of die [kgCO2e/cm²] when `density` is given. */
  readonly factor: Param;
}

/** One entry of a server's bill of materials. */
export type Component = IntegratedCircuit | CircuitBoard | OtherPart | CapacityPart;

/** A power draw in active mode: one part or a group of identical parts. */
export interface PowerDraw {
  /** Name shown in results (`CPU`, `DRAM`); `active` when the study gives one active power for the whole server. */
  readonly name: string;
  /** Power of one part when active [W]. */
  readonly power: Param;
  /** Number of identical parts. */
  readonly count: number;
}

/**
 * The power model of a server: the sum of the active draws when busy, and
 * the idle power otherwise (Clemm et al. 2024, IV.C: 555 W active, 200 W idle).
 */
export interface PowerModel {
  /** The draws when active, summed: count × power of each [W]. */
  readonly active: readonly PowerDraw[];
  /** Power when idle [W]. */
  readonly idle: Param;
}

/** A server (or a group of identical servers). */
export interface Server {
  /** Short identifier, unique in the study. */
  readonly id: string;
  /** Name shown in results and reports. */
  readonly name: string;
  /** Number of identical servers. */
  readonly count: number;
  /** Service life [years], over which embodied carbon is amortised. */
  readonly lifetime: Param;
  /** Bill of materials. */
  readonly components: readonly Component[];
  /** Power model; always present on standing servers, optional on `use: "jobs"` ones (the jobs give their own power). */
  readonly power?: PowerModel;
  /** Share of time active [0–1]; the workload's utilisation applies when absent. */
  readonly utilization?: Param;
  /**
   * `standing` (default): the servers run all year for the system and are
   * counted whole. `jobs`: shared hardware counted only through the shares
   * that the jobs referring to it are allocated (docs/allocation.md).
   */
  readonly use?: 'standing' | 'jobs';
  /** Grid intensity where these servers run, when not the cloud block's (edge devices). */
  readonly gridIntensity?: Param;
  /** PUE where these servers run, when not the cloud block's (1 for an edge device). */
  readonly pue?: Param;
  /** Transport of the hardware to the data centre, leg by leg. */
  readonly transport?: readonly TransportLeg[];
  /** End of life of each server (and of parts that give their own), treated after the life assessed. */
  readonly endOfLife?: readonly ServerEndOfLife[];
  /** Second life: the embodied impact split between two lives, and which one the study assesses. */
  readonly reuse?: Reuse;
}

/** An end-of-life entry of a server group: the whole server, or one part (`part`: index in `components`, count from it). */
export interface ServerEndOfLife extends EndOfLife {
  /** Index of the component treated, or undefined for the whole server. */
  readonly part?: number;
  /** Units treated per server (the part's count; 1 for the whole server). */
  readonly perServer: number;
}
