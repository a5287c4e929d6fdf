import { FileError } from '../errors/index.js';
import { parseSlurmElapsed } from './sacct-elapsed.js';
import { expandHostlist } from './sacct-hostlist.js';
import { parseAllocTres, type SlurmTres } from './sacct-tres.js';

/** The `sacct` columns the reader needs (`sacct --parsable2 --format=JobID,User,Account,Elapsed,AllocTRES,NodeList,State`). */
export const SACCT_COLUMNS = ['JobID', 'User', 'Account', 'Elapsed', 'AllocTRES', 'NodeList', 'State'] as const;

/**
 * Slurm job states whose resources were consumed: the allocation was held for
 * its Elapsed time whether the job succeeded or not, so each is counted.
 */
export const SACCT_COUNTED_STATES: readonly string[] = ['COMPLETED', 'CANCELLED', 'FAILED', 'TIMEOUT', 'OUT_OF_MEMORY', 'NODE_FAIL', 'PREEMPTED', 'BOOT_FAIL', 'DEADLINE'];

/** Slurm job states with no final Elapsed (still pending, running, suspended or being requeued or resized): excluded and reported. */
export const SACCT_EXCLUDED_STATES: readonly string[] = ['PENDING', 'RUNNING', 'SUSPENDED', 'REQUEUED', 'RESIZING', 'REVOKED', 'SIGNALING', 'STAGE_OUT', 'STOPPED', 'SPECIAL_EXIT', 'REQUEUE_HOLD', 'REQUEUE_FED', 'RESV_DEL_HOLD'];

/** One counted Slurm job (an allocation line of the export). */
export interface SacctJob {
  /** Job id as sacct prints it: `1234`, an array task `1234_7`, a heterogeneous component `1234+0`. */
  readonly jobId: string;
  /** User who ran it. */
  readonly user: string;
  /** Account (project) charged; `(no account)` when the cell is empty. */
  readonly account: string;
  /** Final state, first word (`CANCELLED by 1001` → `CANCELLED`). */
  readonly state: string;
  /** Elapsed wall-clock time [h]. */
  readonly hours: number;
  /** Allocated resources. */
  readonly tres: SlurmTres;
  /** Host names, expanded from NodeList. */
  readonly hosts: readonly string[];
  /** GPU-hours: hours × GPUs. */
  readonly gpuHours: number;
  /** CPU-hours: hours × Slurm CPUs. */
  readonly cpuHours: number;
  /** 1-based line in the file (header = 1). */
  readonly row: number;
}

/** A line of the export that is not counted, and why. */
export interface SacctExcluded {
  /** Job id as written. */
  readonly jobId: string;
  /** State, first word. */
  readonly state: string;
  /** 1-based line. */
  readonly row: number;
  /** Why it is left out, in words. */
  readonly reason: string;
}

/** A parsed `sacct --parsable2` export. */
export interface SacctExport {
  /** The file, as named. */
  readonly file: string;
  /** Counted jobs (allocation lines in a finished state), in file order. */
  readonly jobs: readonly SacctJob[];
  /** Allocation lines with no final Elapsed or never started, and steps whose allocation line is missing. */
  readonly excluded: readonly SacctExcluded[];
  /** Step lines (`1234.batch`, `1234.extern`, `1234.0`) skipped because their job's allocation line covers them. */
  readonly stepsSkipped: number;
}

const ALLOCATION = /^\d+(?:_\d+|_\[[\d,%-]+\])?(?:\+\d+)?$/;
const STEP = /^(\d+(?:_\d+)?(?:\+\d+)?)\.(?:batch|extern|interactive|\d+)$/;

/**
 * Read the text of `sacct --parsable2` (pipe-separated, header first; the
 * trailing `|` of `--parsable` is accepted too) with at least the columns
 * {@link SACCT_COLUMNS}, in any order, others ignored.
 *
 * Counting rule — no double counting: only allocation lines (`1234`,
 * `1234_7`, `1234+0`) are counted; a job's steps (`1234.batch`,
 * `1234.extern`, `1234.0`, …) run inside its allocation, whose Elapsed ×
 * AllocTRES already covers them, so they are skipped (and a step whose
 * allocation line is missing from the file is reported as excluded, never
 * counted in its place). Jobs that ended — COMPLETED, and CANCELLED, FAILED,
 * TIMEOUT, OUT_OF_MEMORY, NODE_FAIL, PREEMPTED, BOOT_FAIL, DEADLINE, which
 * held their resources all the same — are counted; PENDING, RUNNING and the
 * other unfinished states have no final Elapsed and are excluded and listed,
 * as are jobs cancelled before they started (empty AllocTRES, Elapsed
 * 00:00:00: nothing was allocated).
 *
 * @param text - the export's text
 * @param file - its name, for errors
 * @throws {@link FileError} naming file, row and column: a missing column, a row with the wrong number of cells, an unknown job id form or state, a duplicate job, a bad Elapsed or AllocTRES
 * @example
 * const text = 'JobID|User|Account|Elapsed|AllocTRES|NodeList|State\n7|ann|phys|1-02:30:00|cpu=32,gres/gpu=4,node=1|gpu01|COMPLETED\n7.batch||phys|1-02:30:00|cpu=32,gres/gpu=4,node=1|gpu01|COMPLETED\n';
 * parseSacct(text, 'sacct.txt').jobs[0].gpuHours; // => 106
 */
export function parseSacct(text: string, file: string): SacctExport {
  const lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  if (lines.length === 0) throw new FileError({ file, row: 1 }, 'the file is empty', 'export with sacct --parsable2 --format=JobID,User,Account,Elapsed,AllocTRES,NodeList,State');
  let header = lines[0].split('|');
  const trailing = header.length > 1 && header[header.length - 1] === '';
  if (trailing) header = header.slice(0, -1);
  const col = {} as Record<(typeof SACCT_COLUMNS)[number], number>;
  for (const name of SACCT_COLUMNS) {
    const k = header.indexOf(name);
    if (k < 0) {
      const hint = header.find((h) => h.toLowerCase() === name.toLowerCase());
      throw new FileError({ file, row: 1, column: name }, `required column missing from the header (found ${header.slice(0, 12).join(', ')})`, hint ? `rename ${hint} to ${name}` : `export with sacct --parsable2 --format=${SACCT_COLUMNS.join(',')}`);
    }
    col[name] = k;
  }
  const jobs: SacctJob[] = [];
  const excluded: SacctExcluded[] = [];
  const seen = new Map<string, number>();
  const steps: { parent: string; jobId: string; state: string; row: number }[] = [];
  for (let i = 1; i < lines.length; i += 1) {
    const row = i + 1;
    if (lines[i] === '') throw new FileError({ file, row }, 'blank line', 'remove blank lines');
    let cells = lines[i].split('|');
    if (trailing && cells[cells.length - 1] === '') cells = cells.slice(0, -1);
    if (cells.length !== header.length) {
      throw new FileError({ file, row }, `${cells.length} cells where the header has ${header.length}`, 'a cell contains "|" (often JobName): leave such columns out of --format');
    }
    const cell = (name: (typeof SACCT_COLUMNS)[number]): string => cells[col[name]];
    const at = (name: string) => ({ file, row, column: name });
    const jobId = cell('JobID');
    const state = cell('State').split(' ')[0];
    if (![...SACCT_COUNTED_STATES, ...SACCT_EXCLUDED_STATES].includes(state)) {
      throw new FileError(at('State'), `unknown job state "${cell('State').slice(0, 30)}"`, `Slurm states are ${[...SACCT_COUNTED_STATES, ...SACCT_EXCLUDED_STATES].join(', ')}`);
    }
    const step = STEP.exec(jobId);
    if (step) {
      steps.push({ parent: step[1], jobId, state, row });
      continue;
    }
    if (!ALLOCATION.test(jobId)) throw new FileError(at('JobID'), `"${jobId.slice(0, 30)}" is not a Slurm job id (1234, 1234_7, 1234+0) or step (1234.batch, 1234.0)`, 'export JobID as sacct prints it (not JobIDRaw with other text)');
    const first = seen.get(jobId);
    if (first !== undefined) throw new FileError(at('JobID'), `job ${jobId} appears twice (first in row ${first})`, 'export once, without --duplicates, so each job is counted once');
    seen.set(jobId, row);
    if (SACCT_EXCLUDED_STATES.includes(state)) {
      excluded.push({ jobId, state, row, reason: `${state}: no final Elapsed yet` });
      continue;
    }
    if (cell('AllocTRES') === '' && cell('Elapsed') === '00:00:00') {
      // cancelled (or failed) while pending: it never held resources
      excluded.push({ jobId, state, row, reason: `${state} before it started: no allocation, Elapsed 00:00:00` });
      continue;
    }
    const user = cell('User');
    if (user === '') throw new FileError(at('User'), `job ${jobId} has no user`, 'export the allocation lines, which carry the user (step lines do not)');
    const hours = parseSlurmElapsed(cell('Elapsed'), at('Elapsed'));
    const tres = parseAllocTres(cell('AllocTRES'), at('AllocTRES'));
    const hosts = expandHostlist(cell('NodeList'), at('NodeList'));
    jobs.push({ jobId, user, account: cell('Account') === '' ? '(no account)' : cell('Account'), state, hours, tres, hosts, gpuHours: hours * tres.gpus, cpuHours: hours * tres.cpus, row });
  }
  for (const s of steps) if (!seen.has(s.parent)) excluded.push({ jobId: s.jobId, state: s.state, row: s.row, reason: `step of job ${s.parent}, whose allocation line is not in the file (steps are never counted in its place)` });
  return { file, jobs, excluded, stepsSkipped: steps.length - excluded.filter((e) => STEP.test(e.jobId)).length };
}
