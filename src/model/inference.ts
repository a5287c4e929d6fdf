import type { AcceleratorUse, Site } from './job.js';
import type { Param } from './param.js';

/**
 * Energy of one request: given per request or per token, or from the
 * accelerators' average power over their throughput (requests per second,
 * tokens per second, or a batch size over the time per batch).
 */
export type RequestEnergy =
  | { readonly kind: 'perRequest'; readonly energy: Param }
  | { readonly kind: 'perToken'; readonly energy: Param }
  | { readonly kind: 'throughput'; readonly accelerator: AcceleratorUse; readonly requestsPerSecond: Param }
  | { readonly kind: 'tokenThroughput'; readonly accelerator: AcceleratorUse; readonly tokensPerSecond: Param }
  | { readonly kind: 'batch'; readonly accelerator: AcceleratorUse; readonly batchSize: Param; readonly batchTime: Param };

/**
 * Deployment and inference: the requests the model serves per year and, when
 * the serving hardware is not described as standing servers, the energy per
 * request. Training is amortised over the requests of the service life.
 */
export interface Inference {
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
  readonly site: Site;
}
