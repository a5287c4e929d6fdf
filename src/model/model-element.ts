import type { Inference } from './inference.js';
import type { Job } from './job.js';
import type { Param } from './param.js';

/**
 * The model element: its development and training jobs (one-off or
 * recurring), its deployment for inference and, optionally, its accuracy for
 * the Green Score. The years it is in service are the study's `serviceLife`.
 */
export interface ModelElement {
  readonly jobs: readonly Job[];
  readonly inference?: Inference;
  /** Accuracy of the model [0–1], for the Green Score (accuracy ÷ footprint). */
  readonly accuracy?: Param;
}
