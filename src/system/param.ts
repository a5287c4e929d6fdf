import type { Distribution } from '../distributions/index.js';
import type { QuantityKind } from '../units/index.js';

/**
 * Where a value came from, reported beside it in every result:
 * `input` — given by the user in the study; `default` — a library default the
 * user did not give; `dataset` — looked up in a bundled or user dataset;
 * `derived` — computed from other values.
 */
export type ParamStatus = 'input' | 'default' | 'dataset' | 'derived';

/** A citation for a value: free text from the user, or a dataset row. */
export interface SourceRef {
  /** Human-readable citation. */
  readonly citation: string;
  /** Where to find it. */
  readonly url?: string;
  /** The dataset the value was read from, with its version. */
  readonly dataset?: {
    /** Name of the dataset (its folder under `datasets/`, e.g. `grid-intensity`, or a user dataset's name). */
    readonly name: string;
    /** Version of the dataset the row was read from (`1.0.0`). */
    readonly version: string;
  };
  /** The dataset row's key. */
  readonly key?: string;
  /** The year the figure refers to. */
  readonly year?: number;
}

/**
 * One numeric input of a study: a field path, its value in the canonical
 * unit, its uncertainty if any, its status and source. Params are the named
 * inputs of the compiled expression graph.
 */
export interface Param {
  /** The study path of the field; also the input's name in the graph. */
  readonly path: string;
  /** What the number measures. */
  readonly kind: QuantityKind;
  /** The canonical unit of `value`. */
  readonly unit: string;
  /** The base value: the deterministic value, and the centre of tornado swings. */
  readonly value: number;
  /**
   * The uncertainty, when the input is a distribution (see the
   * distributions module); absent for a fixed value. Test it with
   * `isUncertain`: a degenerate distribution is normalised to `fixed`.
   */
  readonly distribution?: Distribution;
  /** Where the value came from. */
  readonly status: ParamStatus;
  /** The citation, when there is one. */
  readonly source?: SourceRef;
  /** Name of the shared draw this input takes its value from, if any. */
  readonly shared?: string;
}
