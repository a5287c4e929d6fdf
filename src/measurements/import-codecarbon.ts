import { DEFAULT_MAX_DATA_BYTES, readTextFile } from '../io/index.js';
import { codecarbonStudy, type CodeCarbonImport, type CodeCarbonStudyOptions } from './codecarbon-study.js';
import { parseCodeCarbonCsv } from './parse-codecarbon.js';

/** Options of {@link importCodeCarbon}. */
export interface ImportCodeCarbonOptions extends CodeCarbonStudyOptions {
  /** Largest file read, in bytes; default 64 MiB. */
  readonly maxFileSize?: number;
}

/**
 * Read a CodeCarbon `emissions.csv` with ailca's safe reader and turn its runs
 * into a study ({@link codecarbonStudy}).
 *
 * @param file - the emissions.csv
 * @param options - phase, location, size cap
 * @throws FileError naming file, row and column for a malformed file; InputError for a location without grid data
 * @example
 * importCodeCarbon('examples/measurements/codecarbon-emissions.csv').comparisons.length; // => 2
 */
export function importCodeCarbon(file: string, options: ImportCodeCarbonOptions = {}): CodeCarbonImport {
  const text = readTextFile(file, options.maxFileSize ?? DEFAULT_MAX_DATA_BYTES);
  return codecarbonStudy(parseCodeCarbonCsv(text, file), file, options);
}
