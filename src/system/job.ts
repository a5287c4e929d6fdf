import type { TransportLeg } from './life-cycle.js';
import type { ServerEndOfLife } from './server.js';
import type { Param } from './param.js';

/** What a job is for; a tag in results, and `training-run` counts the one-off ones. */
export type JobPhase = 'development' | 'training' | 'hyperparameter-search' | 'fine-tuning' | 'retraining' | 'evaluation' | 'preprocessing';

/**
 * Every job phase, with what it means.
 * @example
 * Object.keys(JOB_PHASES).length; // => 7
 * JOB_PHASES['fine-tuning']; // => 'adapting a trained model to a task'
 */
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
  | {
      /** Measured average power (study field `power`). */
      readonly kind: 'power';
      /** Average power of one accelerator during the job [W]. */
      readonly power: Param;
    }
  | {
      /** A fraction of the rated power (study field `powerFraction`): power = fraction × TDP. */
      readonly kind: 'fraction';
      /** Average power as a share of the TDP [0–1]. */
      readonly fraction: Param;
      /** Rated power (TDP) of one accelerator [W]; the catalogue's `tdpW` when the study gives none. */
      readonly tdp: Param;
    }
  | {
      /** A power profile (study field `profile`): power = Σ share × power of each step. */
      readonly kind: 'profile';
      /** The steps of the profile; their shares sum to 1. */
      readonly steps: readonly {
        /** Share of the job's time spent at this power [0–1]. */
        readonly share: number;
        /** Power of one accelerator during this step [W]. */
        readonly power: Param;
      }[];
    }
  | {
      /** Between idle and maximum by utilisation (study field `power: {idle, max, utilization}`): idle + u × (max − idle). */
      readonly kind: 'linear';
      /** The linear power model. */
      readonly model: LinearPower;
    }
  | {
      /** LLMCarbon's rule (Faiz et al. 2024), FLOPs route only: power = TDP × achieved efficiency of the job's `compute`. */
      readonly kind: 'efficiency';
      /** Rated power (TDP) of one accelerator [W]. */
      readonly tdp: Param;
    };

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
  /** Transport legs of the accelerators to the data centre (mass per accelerator), allocated with the embodied carbon. */
  readonly transport?: readonly TransportLeg[];
  /** End-of-life treatment of the accelerators (mass per accelerator), allocated with the embodied carbon. */
  readonly endOfLife?: readonly ServerEndOfLife[];
}

/**
 * Power between idle and maximum by utilisation, idle + u × (max − idle),
 * in watts: Cloud Carbon Footprint's model for vCPUs and GPUs, the straight line
 * through a SPECpower curve's ends.
 */
export interface LinearPower {
  /** Power at idle [W]. */
  readonly idle: Param;
  /** Power at full load [W]. */
  readonly max: Param;
  /** Average utilisation during the job [0–1]. */
  readonly utilization: Param;
}

/** The host nodes beside the accelerators: CPUs, memory, network, idle draw. */
export interface HostUse {
  /** Number of nodes. */
  readonly count: number;
  /** Average power of one node during the job [W], accelerators excluded; absent when the job's energy is measured or the power is linear. */
  readonly power?: Param;
  /** The node's power between idle and maximum by utilisation, when given so (study field `power: {idle, max, utilization}`). */
  readonly linearPower?: LinearPower;
  /** Embodied carbon of one node [kgCO2e], when modelled (not already in `server`). */
  readonly embodied?: Param;
}

/** How long a job runs: hours, accelerator-hours, or FLOPs at a peak throughput and efficiency. */
/** A job's measured load over time (study field `loadSeries`). */
export interface JobLoad {
  /** The load series file, as the study names it. */
  readonly file: string;
  /** The load matched to the job's grid-intensity series by timestamp, when its grid is a series (see `matchLoadIntensity`). */
  readonly match?: {
    /** Σ E_h × CI_h ÷ Σ E_h [kgCO2e/kWh]. */
    readonly weightedIntensity: number;
    /** Time-mean intensity of the grid over the load's span [kgCO2e/kWh]. */
    readonly meanIntensity: number;
    /** Σ E_h × CI_h − Σ E_h × mean(CI) [kgCO2e]. */
    readonly covarianceKgCO2e: number;
  };
}

/** Measured energy of idle nodes and always-on infrastructure over one run (study field `idle`, BLOOM-style accounting). */
export interface IdleEnergy {
  /** Idle and infrastructure energy of one run [kWh]. */
  readonly energy: Param;
  /** Whether the measurement includes the facility overhead: then the PUE is not applied to it. */
  readonly includesOverhead: boolean;
}

/** Compute estimated from parameters and tokens (study field `compute: {parameters, tokens}`). */
export interface FlopsEstimate {
  /** Parameters of the model [1]. */
  readonly parameters: Param;
  /** Tokens processed in one run [1]. */
  readonly tokens: Param;
  /** FLOPs per parameter and token: 6 for training (forward 2 + backward 4, Kaplan et al. 2020), 2 for a forward pass. */
  readonly flopsPerParameterToken: Param;
}

/** How long one run of a job lasts: wall-clock hours, accelerator-hours, or compute (FLOPs, or parameters × tokens) at a sustained rate. */
export type JobDuration =
  | {
      /** Wall-clock hours of one run (study field `hours`). */
      readonly kind: 'hours';
      /** Duration of one run [h]. */
      readonly hours: Param;
    }
  | {
      /** Accelerator-hours of one run (study field `acceleratorHours`): hours = accelerator-hours ÷ accelerator count. */
      readonly kind: 'acceleratorHours';
      /** Accelerator-hours of one run, summed over all accelerators [h]. */
      readonly acceleratorHours: Param;
    }
  | {
      /**
       * Compute of one run (study field `compute`): hours = FLOPs ÷ (accelerators ×
       * peak FLOP/s × efficiency × 3,600 s/h), LLMCarbon's chain (Faiz et al. 2024).
       */
      readonly kind: 'flops';
      /** Floating-point operations of one run [FLOP], when given (else `estimate`). */
      readonly flops?: Param;
      /**
       * FLOPs estimated from the model's size and the tokens it is trained on:
       * flopsPerParameterToken × parameters × tokens (6·N·D, Kaplan et al. 2020), when `flops` is not given.
       */
      readonly estimate?: FlopsEstimate;
      /** Peak throughput of one accelerator [FLOP/s] (not TFLOP/s). */
      readonly peakFlops: Param;
      /** Achieved share of the peak throughput (model FLOPs utilisation) [0–1], > 0. */
      readonly efficiency: Param;
    };

/** Rules that share a piece of shared hardware's embodied carbon among its jobs. */
export type AllocationRule = 'time' | 'energy' | 'flops';

/**
 * The share of the hardware's embodied carbon charged to a job: its use
 * (hours, energy or FLOPs) over the hardware's expected lifetime use at an
 * expected utilisation. See docs/allocation.md.
 */
export interface Allocation {
  /**
   * What the share is counted in: `time` (default; run hours ÷ lifetime hours
   * busy), `energy` (run energy ÷ rated power × lifetime hours busy) or
   * `flops` (run FLOPs ÷ peak FLOPs over the lifetime hours busy).
   */
  readonly rule: AllocationRule;
  /** Lifetime of the hardware [years]; the job's server's lifetime, else the library default of 4 years ({@link DEFAULT_LIFETIME_YEARS}). */
  readonly lifetime: Param;
  /** Expected share of its lifetime the hardware is busy [0–1]. */
  readonly utilization: Param;
  /**
   * Share of the host hardware (the job's server group, its host nodes) the
   * job holds while it runs [0–1]: 12 of a host's 96 vCPUs is 0.125. Absent:
   * the whole host. Accelerators are counted whole by the job.
   */
  readonly share?: Param;
}

/** Grid intensity and PUE where a job or service runs (the cloud block's unless overridden). */
export interface Site {
  /** Carbon intensity of the electricity [kgCO2e/kWh]; the cloud block's param (the same input) unless the entry gives its own `gridIntensity` or `location`. */
  readonly gridIntensity: Param;
  /** Power usage effectiveness (facility ÷ IT energy, ≥ 1); the cloud block's param unless the entry gives its own `pue`. */
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
  /** Name shown in results; the id when not given. */
  readonly name: string;
  /** What the job is for; default `training` in the model element and `preprocessing` in the data element. */
  readonly phase: JobPhase;
  /** The study path of the job (`model.jobs[0]`). */
  readonly path: string;
  /** Runs per occurrence (repeated runs, hyperparameter trials). */
  readonly runs: Param;
  /** Occurrences per year of service; absent for a one-off job. */
  readonly runsPerYear?: Param;
  /** Measured IT energy of one run [kWh], when given. */
  readonly energy?: Param;
  /** The measured load of one run over time, whose sum is `energy`, when given. */
  readonly load?: JobLoad;
  /** Measured idle and infrastructure energy of one run, beside the dynamic energy (`energy` or the accelerators' power), when given. */
  readonly idle?: IdleEnergy;
  /** How long one run takes, when given (required unless `energy` is measured; the `time` allocation rule needs it too). */
  readonly duration?: JobDuration;
  /** The accelerators the job runs on, when given. */
  readonly accelerator?: AcceleratorUse;
  /** The host nodes beside the accelerators, when given. */
  readonly host?: HostUse;
  /** Id of a study server (with `use: "jobs"`) whose embodied carbon is allocated to the job. */
  readonly server?: string;
  /** Present when some hardware embodied carbon is allocated to the job. */
  readonly allocation?: Allocation;
  /** Multiplier on the job's energy (reduction levers: pruning, quantisation…); default 1. */
  readonly energyScale: Param;
  /** Multiplier on the job's grid intensity (carbon-aware scheduling); default 1. */
  readonly carbonScale: Param;
  /** Grid intensity and PUE where the job runs. */
  readonly site: Site;
}
