import { DEFAULT_MAX_DATA_BYTES } from '../../io/index.js';
import type { MonteCarloResult } from '../../mc/index.js';
import { mergeShardFiles } from '../merge-shard-files.js';
import { choice, parseArgs } from '../args.js';
import { formatMonteCarlo } from '../format-monte-carlo.js';
import type { CommandIO } from '../io.js';
import { readLimitsFromArgv, READ_FLAGS, READ_FLAGS_OPTIONS, READ_FLAGS_USAGE } from '../read-flags.js';

/** Usage text of `ailca merge`. */
export const MERGE_USAGE = `ailca merge SHARD.json...|DIR... [--format table|json]

Merge the JSON results of shards of one Monte Carlo run (same study, seed, N
and backend: the same provenance.studyHash; disjoint ranges) into the
statistics of the samples they cover; missing ranges of [0, N) are reported.
A directory (the --out DIR of ailca mc --shards) stands for the shard files
in it, named mc-<hash12>-<start>-<end>.json.

${READ_FLAGS_USAGE}`;

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
  const merged = mergeShardFiles(args.positional, maxBytes);
  io.stdout(format === 'json' ? `${JSON.stringify(merged)}\n` : `${formatMonteCarlo(merged)}\n${coverageLine(merged)}\n`);
  if (merged.coverage?.complete === false) io.stderr(`ailca merge: ${coverageLine(merged)}; the statistics are of the covered samples only\n`);
  return 0;
}
