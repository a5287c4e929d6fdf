import { FileError, type FilePosition } from '../errors/index.js';

/** The trackable resources of one Slurm allocation that ailca uses. */
export interface SlurmTres {
  /** Slurm CPUs allocated (`cpu=`). */
  readonly cpus: number;
  /** GPUs allocated: `gres/gpu=`, else the sum of the typed `gres/gpu:TYPE=` counts; 0 when none. */
  readonly gpus: number;
  /** GPUs by type from `gres/gpu:TYPE=N`, when the cluster names types. */
  readonly gpuTypes: Readonly<Record<string, number>>;
  /** Nodes allocated (`node=`), when given. */
  readonly nodes?: number;
  /** Memory allocated [GiB] (`mem=`, with Slurm's K/M/G/T suffixes, M when none), when given. */
  readonly memGiB?: number;
}

const COUNT = /^\d{1,9}$/;
const MEM = /^(\d+(?:\.\d+)?)([KMGT]?)$/;
const MEM_GIB: Readonly<Record<string, number>> = { K: 1 / 1024 ** 2, M: 1 / 1024, '': 1 / 1024, G: 1, T: 1024 };

/**
 * Read a Slurm `AllocTRES` cell such as
 * `billing=8,cpu=8,gres/gpu=2,mem=64G,node=1`: comma-separated `name=value`
 * pairs, `cpu` required (a counted job without CPUs is a broken export), GPU,
 * node and memory counts when present; other resources (`billing`, `energy`,
 * `fs/disk`, licences) are accepted and not used. A pair without `=`, a name
 * given twice, or a count that is not a whole number is refused.
 *
 * @param text - the cell as written
 * @param at - file, row and column, for the error
 * @throws {@link FileError} naming the file, row and column, and the bad pair
 * @example
 * parseAllocTres('billing=8,cpu=8,gres/gpu=2,mem=64G,node=1', { file: 'sacct.txt' }).gpus; // => 2
 * parseAllocTres('cpu=4,gres/gpu:a100=1,gres/gpu:v100=2,mem=4000M', { file: 'sacct.txt' }).gpus; // => 3
 */
export function parseAllocTres(text: string, at: FilePosition): SlurmTres {
  const bad = (what: string): FileError =>
    new FileError(at, `AllocTRES ${what}`, 'export the allocation lines with sacct --parsable2 --format=…,AllocTRES,… (e.g. billing=8,cpu=8,gres/gpu=2,mem=64G,node=1)');
  if (text === '') throw bad('is empty for a job that ran');
  const seen = new Map<string, string>();
  for (const pair of text.split(',')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw bad(`pair "${pair.slice(0, 40)}" is not name=value`);
    const name = pair.slice(0, eq);
    if (seen.has(name)) throw bad(`gives ${name} twice`);
    seen.set(name, pair.slice(eq + 1));
  }
  const count = (name: string): number | undefined => {
    const v = seen.get(name);
    if (v === undefined) return undefined;
    if (!COUNT.test(v)) throw bad(`${name}="${v.slice(0, 20)}" is not a whole number`);
    return Number(v);
  };
  const cpus = count('cpu');
  if (cpus === undefined || cpus === 0) throw bad(cpus === 0 ? 'has cpu=0' : 'has no cpu= count');
  const gpuTypes: Record<string, number> = {};
  for (const name of seen.keys()) if (name.startsWith('gres/gpu:')) gpuTypes[name.slice('gres/gpu:'.length)] = count(name) as number;
  const typed = Object.values(gpuTypes).reduce((a, b) => a + b, 0);
  const gpus = count('gres/gpu') ?? typed;
  if (Object.keys(gpuTypes).length > 0 && typed !== gpus) throw bad(`gres/gpu=${gpus} disagrees with the typed counts (${typed} in all)`);
  const nodes = count('node');
  const memText = seen.get('mem');
  let memGiB: number | undefined;
  if (memText !== undefined) {
    const m = MEM.exec(memText);
    if (!m) throw bad(`mem="${memText.slice(0, 20)}" is not a size such as 64G or 4000M`);
    memGiB = Number(m[1]) * MEM_GIB[m[2]];
  }
  return { cpus, gpus, gpuTypes, ...(nodes !== undefined ? { nodes } : {}), ...(memGiB !== undefined ? { memGiB } : {}) };
}
