/** The `model` block of a {@link JobsFragment}. */
export interface JobsFragmentModel {
  /** Study jobs (`model.jobs[]` of the study format), every value with its source. */
  readonly jobs: readonly Record<string, unknown>[];
}

/**
 * A study fragment written by the sacct and cloud-usage importers:
 * `{ "notes": […], "model": { "jobs": […] } }`, to merge into a study that
 * has a cloud block (the notes say what the jobs assume and leave out).
 *
 * @example
 * const f: JobsFragment = { notes: ['imported'], model: { jobs: [] } };
 * f.model.jobs.length; // => 0
 */
export interface JobsFragment {
  /** What the jobs assume and leave out, in words. */
  readonly notes: readonly string[];
  /** The model element's jobs. */
  readonly model: JobsFragmentModel;
}
