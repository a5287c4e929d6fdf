import { statSync } from 'node:fs';
import { FileError, InputError } from '../errors/index.js';
import { readTextFile } from '../io/index.js';
import { mergeMonteCarlo, type MonteCarloResult } from '../mc/index.js';
import { hashPrefix, shardFilesIn } from './shard-files.js';

const WRITE = 'write shards with ailca mc STUDY.json --samples N --seed S --range START:END --format json > shard.json';

/** Read one shard file as JSON: a missing file, a directory, a file over the size cap or malformed JSON is a FileError naming the file. */
export function readShard(file: string, maxBytes: number): unknown {
  // The safe reader refuses a missing file, a directory, a FIFO or a device
  // and caps the size; its errors name the file, never its contents.
  const text = readTextFile(file, maxBytes);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // JSON.parse's message quotes the text around the error: not echoed, the file may not be a shard at all.
    throw new FileError({ file }, 'is not valid JSON, so not a shard result', WRITE);
  }
}

export const isDirectory = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/** The files a list of paths stands for: a directory for its shard files (`mc-<hash12>-<start>-<end>.json`), with what their names say. */
function expand(paths: readonly string[]): { file: string; named?: { hash12: string; start: number; end: number } }[] {
  return paths.flatMap((p) => {
    if (!isDirectory(p)) return [{ file: p }];
    const found = shardFilesIn(p);
    const sobol = found.find((f) => f.kind === 'sobol');
    if (sobol !== undefined) throw new InputError({ path: sobol.file, received: 'a shard of a Sobol\' analysis', expected: 'Monte Carlo shards (mc-<hash12>-<start>-<end>.json)', problem: `is not a Monte Carlo shard: ${p} holds Sobol' shards`, fix: `merge them with ailca merge ${p}; keep Monte Carlo shards in their own directory` });
    if (found.length === 0) throw new FileError({ file: p }, 'holds no shard files (mc-<hash12>-<start>-<end>.json)', `submit the job script that ailca mc --shards wrote there (sbatch ${p}/mc-<hash12>.sh) and merge once tasks have finished`);
    return found.map((f) => ({ file: f.file, named: { hash12: f.hash12, ...f.range } }));
  });
}

/**
 * Read and merge shard files (`mergeMonteCarlo`); a directory among the
 * paths stands for the shard files in it. A file found by its name in a
 * directory must hold what its name says (the study hash's first 12 digits
 * and the range), so a renamed or mis-copied file is refused, not merged.
 *
 * @param paths - shard files and directories of shard files
 * @param maxBytes - the size cap of each file
 * @returns the merged result (its coverage names the missing ranges)
 * @throws {@link FileError} for an unreadable file, malformed JSON or a directory without shards; InputError for shards that do not merge
 */
export function mergeShardFiles(paths: readonly string[], maxBytes: number): MonteCarloResult {
  const files = expand(paths);
  const shards = files.map(({ file, named }) => {
    const shard = readShard(file, maxBytes) as MonteCarloResult;
    if (named !== undefined) {
      const p = (shard as Partial<MonteCarloResult>).provenance;
      const hash = typeof p?.studyHash === 'string' ? hashPrefix(p.studyHash) : undefined;
      if (p !== undefined && hash !== undefined && (hash !== named.hash12 || p.range?.start !== named.start || p.range?.end !== named.end)) {
        throw new InputError({ path: file, received: `study hash ${hash}…, range ${p.range?.start}:${p.range?.end}`, expected: `what its name says: study hash ${named.hash12}…, range ${named.start}:${named.end}`, problem: 'holds another shard than its name says (renamed or copied over)', fix: 'rerun that task of the job script, or remove the file' });
      }
    }
    return shard;
  });
  return mergeMonteCarlo(shards, undefined, { names: files.map((f) => f.file) });
}
