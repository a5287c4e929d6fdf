import { DEFAULT_MAX_DATA_BYTES } from '../../io/index.js';
import type { MonteCarloResult } from '../../mc/index.js';
import { mergeShardFiles } from '../merge-shard-files.js';
import { holdsSobolShards, mergeSobolFiles } from '../merge-sobol-files.js';
import { formatSensitivity } from '../format-sensitivity.js';
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
Shards of a Sobol' analysis (sobol-<hash12>-<start>-<end>.json, written by
ailca sensitivity --method sobol --shards/--range) merge into the indices and
intervals of the unsharded analysis, printed as ailca sensitivity prints them;
every row of the design is needed: missing rows are named, with the command
that computes them, and the merge stops (exit code 2).

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
export async function mergeCommand(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, ['format', ...READ_FLAGS], [], READ_FLAGS_OPTIONS);
  const format = choice(args.flags, 'format', ['table', 'json'] as const, 'table');
  if (args.positional.length === 0) {
    io.stderr(`usage: ${MERGE_USAGE}\n`);
    return 2;
  }
  const maxBytes = readLimitsFromArgv(argv).maxFileSize ?? DEFAULT_MAX_DATA_BYTES;
  if (holdsSobolShards(args.positional, maxBytes)) {
    const m = await mergeSobolFiles(args.positional, maxBytes);
    if ('missing' in m) {
      io.stderr(`ailca merge: ${m.missing}\n`);
      return 2;
    }
    const shards = m.result.provenance.shards;
    io.stdout(format === 'json' ? `${JSON.stringify(m.result, null, 1)}\n` : `${formatSensitivity(m.result)}\n\nMerged from ${shards?.count} shards covering every row of the design (design hash ${shards?.designHash})\n`);
    return 0;
  }
  const merged = mergeShardFiles(args.positional, maxBytes);
  io.stdout(format === 'json' ? `${JSON.stringify(merged)}\n` : `${formatMonteCarlo(merged)}\n${coverageLine(merged)}\n`);
  if (merged.coverage?.complete === false) io.stderr(`ailca merge: ${coverageLine(merged)}; the statistics are of the covered samples only\n`);
  return 0;
}
