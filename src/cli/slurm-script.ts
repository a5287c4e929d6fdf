import type { BackendName, BackendPrecision } from '../mc/index.js';
import { hashPrefix } from './shard-files.js';
import { shellQuote } from './shell-quote.js';

/** Everything a shard job script records and runs. */
export interface ShardJob {
  /** Absolute directory the shards are written to (and the study copy is in). */
  readonly dir: string;
  /** File name of the study copy inside dir. */
  readonly studyCopy: string;
  /** The study's name. */
  readonly studyName: string;
  /** `sha256:…` hash every shard of the run carries. */
  readonly studyHash: string;
  /** N, the samples of the whole run. */
  readonly samples: number;
  /** Seed of the run. */
  readonly seed: number;
  /** K, the number of shards (array tasks). */
  readonly shards: number;
  /** The backend every task runs. */
  readonly backend: BackendName;
  /** Arithmetic of that backend's samples. */
  readonly precision: BackendPrecision;
  /** The ailca version that wrote the script, which every task must run. */
  readonly version: string;
  /** Further `ailca mc` arguments of every task (`--outputs all`, `--chunk N`, read limits). */
  readonly extraArgs: readonly string[];
  /** `#SBATCH --partition`, when given. */
  readonly partition?: string;
  /** `#SBATCH --time`, when given. */
  readonly time?: string;
  /** `#SBATCH --cpus-per-task`, when given. */
  readonly cpusPerTask?: number;
}

/**
 * The job script's file name in the shard directory: `mc-<hash12>.sh` (`sobol-<hash12>.sh` for a Sobol' analysis).
 * @example
 * shardScriptName('sha256:0123456789abcdef'); // => 'mc-0123456789ab.sh'
 */
export function shardScriptName(studyHash: string, prefix: 'mc' | 'sobol' = 'mc'): string {
  return `${prefix}-${hashPrefix(studyHash)}.sh`;
}

/**
 * The Slurm array-job script of a sharded Monte Carlo run: task i of
 * `--array=0-(K-1)` computes shard i of `splitSamples(N, K)` with
 * `ailca mc --range` and writes it (via a `.part` file, renamed when
 * complete) as `mc-<hash12>-<start>-<end>.json` in the shard directory.
 * The script records the exact command, seed, N, backend, study hash and
 * ailca version, and refuses to run under another ailca version. Outside
 * Slurm, `bash SCRIPT i` runs task i (GNU parallel, a Kubernetes Indexed
 * Job); `AILCA` names the ailca command (default `ailca`) and
 * `AILCA_SHARD_DIR` the directory where it is mounted elsewhere.
 *
 * @param job - the run and the Slurm options
 * @returns the script's text
 * @example
 * const job = { dir: '/scratch/mc', studyCopy: 'study-0123456789ab.json', studyName: 's', studyHash: 'sha256:0123456789abcdef', samples: 1000, seed: 1, shards: 4, backend: 'js', precision: 'float64', version: '0.1.0', extraArgs: [] } as const;
 * slurmArrayScript(job).includes('#SBATCH --array=0-3'); // => true
 */
export function slurmArrayScript(job: ShardJob): string {
  const h = hashPrefix(job.studyHash);
  const dir = job.dir;
  const extra = job.extraArgs.map(shellQuote).join(' ');
  const tail = extra ? ` ${extra}` : '';
  return arrayScript(job, {
    prefix: 'mc',
    title: 'Monte Carlo shards of one ailca run',
    hashLabel: 'study hash',
    runLine: `N = ${job.samples} samples, seed ${job.seed}, backend ${job.backend} (${job.precision} samples, float64 reductions), ailca ${job.version}`,
    total: job.samples,
    what: 'samples',
    shown: `ailca mc ${shellQuote(`${dir}/${job.studyCopy}`)} --samples ${job.samples} --seed ${job.seed} --backend ${job.backend} --range START:END --format json${tail}
#               > ${dir}/mc-${h}-START-END.json`,
    run: `part="$DIR/.mc-${h}-$start-$end.json.part.\${SLURM_JOB_ID:-$$}"
trap 'rm -f "$part"' EXIT
echo "ailca shard job, task $task of $K: samples $start:$end on $(hostname)" >&2
# shellcheck disable=SC2086
$AILCA mc "$DIR/"${shellQuote(job.studyCopy)} --samples "$N" --seed ${job.seed} --backend ${job.backend} --range "$start:$end" --format json${tail} > "$part"
mv -f "$part" "$out"`,
  });
}

/** What differs between the array-job scripts of a Monte Carlo run and of a Sobol' analysis. */
export interface ArrayScriptParts {
  /** File prefix of the script and the shards: `mc` or `sobol`. */
  readonly prefix: 'mc' | 'sobol';
  /** First comment line: what the shards are of. */
  readonly title: string;
  /** Name of the hash in the header (`study hash`, `design hash`). */
  readonly hashLabel: string;
  /** The run in one line: N, seed, backend, precision, version. */
  readonly runLine: string;
  /** N: the samples or design rows split among the tasks. */
  readonly total: number;
  /** What N counts (`samples`, `design rows`). */
  readonly what: string;
  /** The command of one task, as the header shows it (START:END for the range). */
  readonly shown: string;
  /** Bash lines that compute shard $start:$end into "$out" (with $DIR, $AILCA, $task, $K set). */
  readonly run: string;
}

/**
 * The text of an array-job script; {@link slurmArrayScript} and the Sobol'
 * job script of \`ailca sensitivity --shards\` fill in what differs.
 *
 * @param job - the run and the Slurm options
 * @param parts - the header's wording and the task's command
 * @returns the script's text
 * @example
 * const job = { dir: '/scratch/s', studyCopy: 'study-0123456789ab.json', studyName: 's', studyHash: 'sha256:0123456789abcdef', samples: 512, seed: 1, shards: 2, backend: 'js', precision: 'float64', version: '0.1.0', extraArgs: [] } as const;
 * arrayScript(job, { prefix: 'sobol', title: 't', hashLabel: 'design hash', runLine: 'r', total: 512, what: 'design rows', shown: 'c', run: 'true' }).includes('#SBATCH --job-name=ailca-sobol-0123456789ab'); // => true
 */
export function arrayScript(job: ShardJob, parts: ArrayScriptParts): string {
  const h = hashPrefix(job.studyHash);
  const dir = job.dir;
  const { prefix } = parts;
  const script = `${dir}/${shardScriptName(job.studyHash, prefix)}`;
  const sbatch = [
    `#SBATCH --job-name=ailca-${prefix}-${h}`,
    `#SBATCH --array=0-${job.shards - 1}`,
    `#SBATCH --output=${dir}/slurm-%A_%a.out`,
    ...(job.partition !== undefined ? [`#SBATCH --partition=${job.partition}`] : []),
    ...(job.time !== undefined ? [`#SBATCH --time=${job.time}`] : []),
    ...(job.cpusPerTask !== undefined ? [`#SBATCH --cpus-per-task=${job.cpusPerTask}`] : []),
  ];
  return `#!/bin/bash
# ${parts.title}, as a Slurm array job (written by ailca ${job.version}; not submitted).
#   study:      ${job.studyName} (copy read by every task: ${dir}/${job.studyCopy})
#   ${`${parts.hashLabel}:`.padEnd(11)} ${job.studyHash}
#   run:        ${parts.runLine}
#   shards:     ${job.shards}, sizes differing by at most 1: task i covers ${parts.what} START:END with
#               START = i*floor(N/K) + min(i, N mod K), END = START + floor(N/K) + (i < N mod K ? 1 : 0)
#   command:    ${parts.shown}
# Submit:  sbatch ${script}
# Merge:   ailca merge ${dir}
# Outside Slurm run task i with: bash ${script} i
# Environment: AILCA, the ailca command (default: ailca), e.g. AILCA="npx ailca";
#              AILCA_SHARD_DIR, this directory where it is mounted at another path.
${sbatch.join('\n')}
set -euo pipefail

N=${parts.total}
K=${job.shards}
task=\${SLURM_ARRAY_TASK_ID:-\${1:-}}
if ! [[ "$task" =~ ^[0-9]+$ ]] || [ "$task" -ge "$K" ]; then
  echo "ailca shard job: task index '$task' is not in 0..$((K - 1)); submit with sbatch, or run: bash $0 TASK" >&2
  exit 2
fi
DIR=\${AILCA_SHARD_DIR:-${shellQuote(dir)}}
AILCA=\${AILCA:-ailca}

version=$($AILCA --version)
if [ "$version" != ${shellQuote(job.version)} ]; then
  echo "ailca shard job, task $task: '$AILCA --version' says '$version', but this run needs ailca ${job.version} (the version is part of the ${parts.hashLabel}, so the shards would not merge); install ${job.version} or set AILCA" >&2
  exit 2
fi

base=$((N / K))
larger=$((N % K))
start=$((task * base + (task < larger ? task : larger)))
end=$((start + base + (task < larger ? 1 : 0)))
out="$DIR/${prefix}-${h}-$start-$end.json"
${parts.run}
echo "ailca shard job, task $task: wrote $out" >&2
`;
}
