import type { Inference } from './inference.js';
import type { Job } from './job.js';
import type { Param } from './param.js';

/**
 * The model element: its development and training jobs (one-off or
 * recurring), its deployment for inference and, optionally, its accuracy for
 * the Green Score. The years it is in service are the study's `serviceLife`.
 */
export interface ModelElement {
  /** Development, training, search and retraining jobs, in study order; empty when the model only serves. */
  readonly jobs: readonly Job[];
  /** The model's deployment: requests served and their energy, when the study describes it. */
  readonly inference?: Inference;
  /** Accuracy of the model [0–1], for the Green Score (accuracy ÷ footprint). */
  readonly accuracy?: Param;
}
