import { readFileSync } from 'node:fs';
import { parseStrictJson } from '../datasets/index.js';
import { FileError } from '../errors/index.js';
import type { Study } from '../model/index.js';
import { dirname } from 'node:path';
import { datasetLookup, type DatasetLookupOptions } from './dataset-lookup.js';
import { parseStudy } from './parse-study.js';

/** Options of {@link defineStudy} and {@link loadStudy}: where factors come from, and where relative paths start. */
export interface StudyOptions extends DatasetLookupOptions {
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
  return parseStudy(raw, { lookup: datasetLookup({ ...options, method }), ...(options.baseDir !== undefined ? { baseDir: options.baseDir } : {}) });
}

function methodOf(raw: unknown): string | undefined {
  const f = (raw as { factors?: { method?: unknown } } | null)?.factors?.method;
  return typeof f === 'string' ? f : undefined;
}

/**
 * Read and validate a JSON study file. Malformed JSON, duplicate keys and
 * numbers that overflow are refused with file, line and column; invalid
 * fields with their path.
 *
 * @param path - the study file
 * @param options - factor method and user datasets
 * @throws {@link FileError} for an unreadable or malformed file; InputError for invalid fields
 * @example
 * // the worked example of Clemm et al. 2024, IV.C (grid 0.4 kgCO2e/kWh: Germany 2022 in the seed's factors)
 * const s = loadStudy('examples/xeon-8468.json');
 * s.servers[0].lifetime.value; // => 5
 * s.cloud.gridIntensity.value; // => 0.4
 * s.cloud.gridIntensity.status; // => 'dataset'
 */
export function loadStudy(path: string, options: StudyOptions = {}): Study {
  return defineStudy(readStudyJson(path), { baseDir: dirname(path), ...options });
}

/**
 * Read a study file's JSON strictly (duplicate keys, overflowing numbers and
 * malformed text refused with file, line and column), without validating it.
 *
 * @throws {@link FileError} for an unreadable or malformed file
 * @example
 * (readStudyJson('examples/xeon-8468.json') as { name: string }).name.startsWith('Intel Xeon'); // => true
 */
export function readStudyJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new FileError({ file: path }, `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, 'check the path');
  }
  return parseStrictJson(text, path).value;
}
