import type { SacctJob } from './sacct-parse.js';

/** How jobs are grouped: by the user who ran them or the account (project) charged. */
export type SacctGroupBy = 'user' | 'account';

/** The compute of one user or account. */
export interface SacctGroup {
  /** The user or account. */
  readonly key: string;
  /** Counted jobs. */
  readonly jobs: number;
  /** Of which ended other than COMPLETED (cancelled, failed, timed out, …): counted all the same. */
  readonly notCompleted: number;
  /** GPU-hours: Σ Elapsed × GPUs. */
  readonly gpuHours: number;
  /** CPU-hours: Σ Elapsed × Slurm CPUs. */
  readonly cpuHours: number;
}

/**
 * GPU-hours and CPU-hours per user or account, sorted by key — the way a
 * cluster reports a project's compute.
 *
 * @param jobs - counted jobs ({@link parseSacct})
 * @param by - `user` or `account`
 * @example
 * const job = { jobId: '1', user: 'ann', account: 'phys', state: 'FAILED', hours: 2, tres: { cpus: 8, gpus: 1, gpuTypes: {} }, hosts: ['g1'], gpuHours: 2, cpuHours: 16, row: 2 };
 * summariseSacct([job, { ...job, jobId: '2', state: 'COMPLETED' }], 'user'); // => [{ key: 'ann', jobs: 2, notCompleted: 1, gpuHours: 4, cpuHours: 32 }]
 */
export function summariseSacct(jobs: readonly SacctJob[], by: SacctGroupBy): SacctGroup[] {
  const groups = new Map<string, { key: string; jobs: number; notCompleted: number; gpuHours: number; cpuHours: number }>();
  for (const j of jobs) {
    const key = by === 'user' ? j.user : j.account;
    const g = groups.get(key) ?? { key, jobs: 0, notCompleted: 0, gpuHours: 0, cpuHours: 0 };
    g.jobs += 1;
    if (j.state !== 'COMPLETED') g.notCompleted += 1;
    g.gpuHours += j.gpuHours;
    g.cpuHours += j.cpuHours;
    groups.set(key, g);
  }
  return [...groups.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
