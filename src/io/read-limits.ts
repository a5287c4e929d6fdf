/**
 * Default size caps of the files ailca reads on a user's behalf. A study file
 * is hand-written JSON of a few kilobytes (the largest bundled example is
 * under 20 KB), so 16 MiB leaves three orders of magnitude of headroom while
 * refusing a mistaken multi-gigabyte file before it is read into memory. Data
 * files (grid-intensity series, dataset tables, Monte Carlo shards) are
 * larger: a year of 5-minute intensity readings is about 3 MiB of CSV, so
 * 64 MiB holds about twenty such years. Both can be raised with the
 * `maxFileSize` option or the CLI flag `--max-file-size`.
 */
export const DEFAULT_MAX_STUDY_BYTES = 16 * 1024 * 1024;

/** Default cap of a data file (series, dataset table, shard): 64 MiB; see {@link DEFAULT_MAX_STUDY_BYTES} for why. */
export const DEFAULT_MAX_DATA_BYTES = 64 * 1024 * 1024;

/** Limits on which files and how much of them ailca reads on a user's behalf. */
export interface ReadLimits {
  /**
   * Folders (besides the study's own folder) from which paths written inside
   * a study may be read; the CLI flag `--allow-read DIR` adds one.
   */
  readonly allowRead?: readonly string[];
  /** Largest file, in bytes, that is read; defaults per kind of file ({@link DEFAULT_MAX_STUDY_BYTES}, {@link DEFAULT_MAX_DATA_BYTES}). */
  readonly maxFileSize?: number;
}
