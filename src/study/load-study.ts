import { parseStrictJson } from '../datasets/index.js';
import { DEFAULT_MAX_STUDY_BYTES, readTextFile, type ReadLimits } from '../io/index.js';
import type { Study } from '../system/index.js';
import { datasetLookup, type DatasetLookupOptions } from './dataset-lookup.js';
import { parseStudy } from './parse-study.js';

/**
 * Options of {@link defineStudy} and `loadStudy`: where factors come
 * from, where relative paths start, which folders files named in the study
 * may be read from (`allowRead`, besides `baseDir`) and the size cap of the
 * files read (`maxFileSize`; 16 MiB for the study file, 64 MiB for series).
 */
export interface StudyOptions extends DatasetLookupOptions, ReadLimits {
  /** Folder that relative file paths in the study (grid-intensity series) are resolved against; `loadStudy` uses the study file's folder. */
  readonly baseDir?: string;
}

/**
 * Validate a study written in TypeScript (the same shape as the JSON study
 * format) with factors from the bundled datasets (and the user's own).
 *
 * @param raw - the study object
 * @param options - factor method and user datasets
 * @example
 * const s = defineStudy({
 *   name: 'tiny',
 *   servers: [{ name: 'box', lifetime: '4 years', components: [{ type: 'ic', name: 'CPU', technology: 'logic', process: 'Intel 7', dieArea: '1 cm2' }], power: { active: '100 W', idle: '50 W' } }],
 *   workload: { utilization: 0.5 },
 *   cloud: { location: 'DE', year: 2022, pue: 1.2 },
 * });
 * s.params.find((p) => p.path === 'servers[0].components[0].factor')?.value; // => 3
 */
export function defineStudy(raw: unknown, options: StudyOptions = {}): Study {
  const method = options.method ?? methodOf(raw);
  const readLimits: ReadLimits = {
    ...(options.allowRead !== undefined ? { allowRead: options.allowRead } : {}),
    ...(options.maxFileSize !== undefined ? { maxFileSize: options.maxFileSize } : {}),
  };
  return parseStudy(raw, { lookup: datasetLookup({ ...options, method }), readLimits, ...(options.baseDir !== undefined ? { baseDir: options.baseDir } : {}) });
}

function methodOf(raw: unknown): string | undefined {
  const f = (raw as { factors?: { method?: unknown } } | null)?.factors?.method;
  return typeof f === 'string' ? f : undefined;
}


/**
 * Read a study file's JSON strictly (duplicate keys, overflowing numbers and
 * malformed text refused with file, line and column), without validating it.
 * Only a regular file is read, at most `maxFileSize` bytes (default
 * {@link DEFAULT_MAX_STUDY_BYTES}, 16 MiB); errors never quote the file.
 *
 * @param path - the study file
 * @param options - `maxFileSize`, the size cap in bytes
 * @throws {@link FileError} for an unreadable, non-regular, oversize or malformed file
 * @example
 * (readStudyJson('examples/xeon-8468.json') as { name: string }).name.startsWith('Intel Xeon'); // => true
 */
export function readStudyJson(path: string, options: { readonly maxFileSize?: number } = {}): unknown {
  return parseStrictJson(readTextFile(path, options.maxFileSize ?? DEFAULT_MAX_STUDY_BYTES), path).value;
}
