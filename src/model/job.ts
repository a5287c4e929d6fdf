import type { Param } from './param.js';

/** What a job is for; a tag in results, and `training-run` counts the one-off ones. */
export type JobPhase = 'development' | 'training' | 'hyperparameter-search' | 'fine-tuning' | 'retraining' | 'evaluation' | 'preprocessing';

/** Every job phase, with what it means. */
export const JOB_PHASES: Readonly<Record<JobPhase, string>> = {
  development: 'experiments before the final model (architecture search, ablations)',
  training: 'the training run of the final model',
  'hyperparameter-search': 'hyperparameter tuning runs',
  'fine-tuning': 'adapting a trained model to a task',
  retraining: 'maintenance: retraining the model in service',
  evaluation: 'evaluating the model',
  preprocessing: 'preparing the data (cleaning, tokenising, feature extraction)',
};

/**
 * The average power of one accelerator during a job: measured average power,
 * a fraction of its TDP, a power profile (shares of the job at given powers),
 * or — in the FLOPs route only — TDP × achieved efficiency (LLMCarbon's rule).
 */
export type AcceleratorPower =
  | { readonly kind: 'power'; readonly power: Param }
  | { readonly kind: 'fraction'; readonly fraction: Param; readonly tdp: Param }
  | { readonly kind: 'profile'; readonly steps: readonly { readonly share: number; readonly power: Param }[] }
  | { readonly kind: 'efficiency'; readonly tdp: Param };

/** The accelerators a job runs on (GPUs, TPUs…), from the catalogue or described in the study. */
export interface AcceleratorUse {
  /** Name shown in results (the catalogue entry's name when not given). */
  readonly name: string;
  /** Catalogue id, when taken from the hardware catalogue. */
  readonly catalogue?: string;
  /** Number of accelerators used at once. */
  readonly count: number;
  /** Average power of one accelerator during the job. */
  readonly power?: AcceleratorPower;
  /** Rated power (TDP) of one accelerator [W], when known; the energy allocation rule needs it. */
  readonly tdp?: Param;
  /** Embodied carbon of one accelerator [kgCO2e], when modelled. */
  readonly embodied?: Param;
}

/** The host nodes beside the accelerators: CPUs, memory, network, idle draw. */
export interface HostUse {
  /** Number of nodes. */
  readonly count: number;
  /** Average power of one node during the job [W], accelerators excluded; absent when the job's energy is measured. */
  readonly power?: Param;
  /** Embodied carbon of one node [kgCO2e], when modelled (not already in `server`). */
  readonly embodied?: Param;
}

/** How long a job runs: hours, accelerator-hours, or FLOPs at a peak throughput and efficiency. */
export type JobDuration =
  | { readonly kind: 'hours'; readonly hours: Param }
  | { readonly kind: 'acceleratorHours'; readonly acceleratorHours: Param }
  | { readonly kind: 'flops'; readonly flops: Param; readonly peakFlops: Param; readonly efficiency: Param };

/** Rules that share a piece of shared hardware's embodied carbon among its jobs. */
export type AllocationRule = 'time' | 'energy' | 'flops';

/**
 * The share of the hardware's embodied carbon charged to a job: its use
 * (hours, energy or FLOPs) over the hardware's expected lifetime use at an
 * expected utilisation. See docs/allocation.md.
 */
export interface Allocation {
  readonly rule: AllocationRule;
  /** Lifetime of the hardware [years]. */
  readonly lifetime: Param;
  /** Expected share of its lifetime the hardware is busy [0–1]. */
  readonly utilization: Param;
}

/** Grid intensity and PUE where a job or service runs (the cloud block's unless overridden). */
export interface Site {
  readonly gridIntensity: Param;
  readonly pue: Param;
}

/**
 * A compute job of the model or data element: development, training,
 * hyperparameter search, retraining or preprocessing. Its IT energy per run
 * is measured (`energy`) or computed from accelerators, host nodes and
 * duration; runs multiply it; recurring jobs (`runsPerYear`) repeat every year
 * of service.
 */
export interface Job {
  /** Unique id among the study's jobs. */
  readonly id: string;
  readonly name: string;
  readonly phase: JobPhase;
  /** The study path of the job (`model.jobs[0]`). */
  readonly path: string;
  /** Runs per occurrence (repeated runs, hyperparameter trials). */
  readonly runs: Param;
  /** Occurrences per year of service; absent for a one-off job. */
  readonly runsPerYear?: Param;
  /** Measured IT energy of one run [kWh], when given. */
  readonly energy?: Param;
  readonly duration?: JobDuration;
  readonly accelerator?: AcceleratorUse;
  readonly host?: HostUse;
  /** Id of a study server (with `use: "jobs"`) whose embodied carbon is allocated to the job. */
  readonly server?: string;
  /** Present when some hardware embodied carbon is allocated to the job. */
  readonly allocation?: Allocation;
  /** Multiplier on the job's energy (reduction levers: pruning, quantisation…); default 1. */
  readonly energyScale: Param;
  /** Multiplier on the job's grid intensity (carbon-aware scheduling); default 1. */
  readonly carbonScale: Param;
  readonly site: Site;
}
