import type { AcceleratorUse, Site } from './job.js';
import type { Param } from './param.js';

/**
 * Energy of one request: given per request or per token, or from the
 * accelerators' average power over their throughput (requests per second,
 * tokens per second, or a batch size over the time per batch).
 */
export type RequestEnergy =
  | {
      /** Energy per request given directly (study field `energyPerRequest`). */
      readonly kind: 'perRequest';
      /** IT energy of one request [kWh]. */
      readonly energy: Param;
    }
  | {
      /** Energy per token (study field `energyPerToken`): per request = energy × tokens per request. */
      readonly kind: 'perToken';
      /** IT energy of one token [kWh]. */
      readonly energy: Param;
    }
  | {
      /** Request throughput (study field `requestsPerSecond`): per request = accelerators' power ÷ requests per second. */
      readonly kind: 'throughput';
      /** The serving accelerators, with their average power. */
      readonly accelerator: AcceleratorUse;
      /** Requests the accelerators serve together [requests/s]. */
      readonly requestsPerSecond: Param;
    }
  | {
      /** Token throughput (study field `tokensPerSecond`): per request = power × tokens per request ÷ tokens per second. */
      readonly kind: 'tokenThroughput';
      /** The serving accelerators, with their average power. */
      readonly accelerator: AcceleratorUse;
      /** Tokens the accelerators produce together [tokens/s]. */
      readonly tokensPerSecond: Param;
    }
  | {
      /** Batches (study fields `batchSize`, `batchTime`): per request = power × time per batch ÷ batch size. */
      readonly kind: 'batch';
      /** The serving accelerators, with their average power. */
      readonly accelerator: AcceleratorUse;
      /** Requests per batch (≥ 1). */
      readonly batchSize: Param;
      /** Time to serve one batch [h]. */
      readonly batchTime: Param;
    }
  | {
      /**
       * Compute per request (study field `compute`): flopsPerParameterToken × parameters ×
       * tokens per request FLOPs, served at efficiency × peak FLOP/s by each accelerator,
       * so per request = power × FLOPs ÷ (peak × efficiency).
       */
      readonly kind: 'compute';
      /** The serving accelerators, with their average power. */
      readonly accelerator: AcceleratorUse;
      /** Parameters of the model [1]. */
      readonly parameters: Param;
      /** FLOPs per parameter and token: 2, a forward pass (Kaplan et al. 2020), by default. */
      readonly flopsPerParameterToken: Param;
      /** Peak throughput of one accelerator [FLOP/s]. */
      readonly peakFlops: Param;
      /** Achieved share of the peak [0–1], > 0. */
      readonly efficiency: Param;
    };

/**
 * Deployment and inference: the requests the model serves per year and, when
 * the serving hardware is not described as standing servers, the energy per
 * request. Training is amortised over the requests of the service life.
 */
export interface Inference {
  /** Name shown in results; default `inference`. */
  readonly name: string;
  /** Requests (inferences) served per `requestsPer`. */
  readonly requests: Param;
  /** The period of `requests`: a year, or a day (× 365 days = 8,760 h ÷ 24 h per year). */
  readonly requestsPer: 'year' | 'day';
  /** Tokens per request (prompt and output), for per-token energy or functional units. */
  readonly tokensPerRequest?: Param;
  /** Images per request, for the per-image functional unit. */
  readonly imagesPerRequest?: Param;
  /** Energy per request; absent when the serving servers are in `servers`. */
  readonly energy?: RequestEnergy;
  /** Multiplier on the energy (quantisation, distillation…); default 1. */
  readonly energyScale: Param;
  /** Multiplier on the grid intensity (carbon-aware serving); default 1. */
  readonly carbonScale: Param;
  /** Grid intensity and PUE where the model is served. */
  readonly site: Site;
}
