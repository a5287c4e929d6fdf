import { FileError } from '../../errors/index.js';
import { DEFAULT_MAX_DATA_BYTES, readTextFile } from '../../io/index.js';
import { mergeMonteCarlo, type MonteCarloResult } from '../../mc/index.js';
import { choice, parseArgs } from '../args.js';
import { formatMonteCarlo } from '../format-monte-carlo.js';
import type { CommandIO } from '../io.js';
import { readLimitsFromArgv, READ_FLAGS, READ_FLAGS_OPTIONS, READ_FLAGS_USAGE } from '../read-flags.js';

/** Usage text of `ailca merge`. */
export const MERGE_USAGE = `ailca merge SHARD.json... [--format table|json]

Merge the JSON results of shards of one Monte Carlo run (same study, seed, N
and backend: the same provenance.studyHash; disjoint ranges) into the
statistics of the samples they cover; missing ranges of [0, N) are reported.

${READ_FLAGS_USAGE}`;

const WRITE = 'write shards with ailca mc STUDY.json --samples N --seed S --range START:END --format json > shard.json';

/** Read one shard file as JSON: a missing file, a directory, a file over the size cap or malformed JSON is a FileError naming the file. */
function readShard(file: string, maxBytes: number): unknown {
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

/** Where the merged samples stand in [0, N), in words. */
function coverageLine(r: MonteCarloResult): string {
  const c = r.coverage;
  const n = r.provenance.samples;
  if (c === undefined || c.complete) return `Coverage: complete, all ${n} samples of 0:${n}`;
  return `Coverage: INCOMPLETE, ${r.provenance.completed} of ${n} samples; missing ${c.missing.map((m) => `${m.start}:${m.end}`).join(', ')}`;
}

/**
 * `ailca merge SHARD.json…`: merge shard files; every file that is not a
 * shard of the same run is refused with exit code 2 and a message naming it.
 * Missing ranges are printed (and written to stderr, whatever the format).
 */
export function mergeCommand(argv: readonly string[], io: CommandIO): number {
  const args = parseArgs(argv, ['format', ...READ_FLAGS], [], READ_FLAGS_OPTIONS);
  const format = choice(args.flags, 'format', ['table', 'json'] as const, 'table');
  if (args.positional.length === 0) {
    io.stderr(`usage: ${MERGE_USAGE}\n`);
    return 2;
  }
  const maxBytes = readLimitsFromArgv(argv).maxFileSize ?? DEFAULT_MAX_DATA_BYTES;
  const shards = args.positional.map((f) => readShard(f, maxBytes)) as MonteCarloResult[];
  const merged = mergeMonteCarlo(shards, undefined, { names: args.positional });
  io.stdout(format === 'json' ? `${JSON.stringify(merged)}\n` : `${formatMonteCarlo(merged)}\n${coverageLine(merged)}\n`);
  if (merged.coverage?.complete === false) io.stderr(`ailca merge: ${coverageLine(merged)}; the statistics are of the covered samples only\n`);
  return 0;
}
