import { InputError } from '../errors/index.js';

/** Slurm's time formats: minutes, MM:SS, HH:MM:SS, D-HH, D-HH:MM, D-HH:MM:SS, or no limit. */
const TIME = /^(\d+|\d+:\d{1,2}|\d+:\d{1,2}:\d{1,2}|\d+-\d{1,2}|\d+-\d{1,2}:\d{1,2}|\d+-\d{1,2}:\d{1,2}:\d{1,2}|UNLIMITED|INFINITE)$/;
/** A partition name, or a comma-separated list of them. */
const PARTITION = /^[A-Za-z0-9_.-]+(,[A-Za-z0-9_.-]+)*$/;

/**
 * `--time` of `ailca mc --shards`, passed to `#SBATCH --time`: one of
 * Slurm's time formats, checked here so that sbatch does not refuse the
 * script later.
 * @example
 * slurmTimeFlag('1-12:00:00'); // => '1-12:00:00'
 */
export function slurmTimeFlag(text: string): string {
  if (!TIME.test(text)) {
    throw new InputError({ path: '--time', received: text, expected: "a Slurm time limit: MINUTES, MM:SS, HH:MM:SS, D-HH, D-HH:MM, D-HH:MM:SS or UNLIMITED", problem: 'is not a Slurm time', fix: 'write --time 02:00:00 for two hours' });
  }
  return text;
}

/**
 * `--partition` of `ailca mc --shards`, passed to `#SBATCH --partition`.
 * @example
 * slurmPartitionFlag('gpu,debug'); // => 'gpu,debug'
 */
export function slurmPartitionFlag(text: string): string {
  if (!PARTITION.test(text)) {
    throw new InputError({ path: '--partition', received: text, expected: 'a partition name (letters, digits, . _ -) or a comma-separated list of them', problem: 'is not a partition name', fix: 'write --partition debug (sinfo lists the partitions)' });
  }
  return text;
}
