/**
 * Jupyter plumbing for the notebooks: find nbconvert, register the tslab
 * kernel inside the repository (`.jupyter/`, git-ignored), make `ailca`
 * resolve to this checkout from `notebooks/`, and execute one notebook
 * headlessly.
 *
 * Resolution: tslab compiles cells with its own TypeScript 5.0 and Node10
 * module resolution, which does not let a package import itself by name. A
 * symlink `notebooks/node_modules/ailca -> ../..` (git-ignored, re-created
 * here) makes `import … from 'ailca'` find the repository's package.json,
 * whose top-level `main`/`types` point at `dist/` — exactly what a user who
 * ran `npm install ailca` gets. Dependencies (gpu.js, mathjs, tslab itself)
 * resolve from the repository's node_modules.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The folder of the notebooks. */
export const NOTEBOOK_DIR = join(ROOT, 'notebooks');
/** Where the kernel spec is installed (`--prefix` of `tslab install`). */
export const JUPYTER_PREFIX = join(ROOT, '.jupyter');
/** The value of JUPYTER_PATH that finds the kernel. */
export const JUPYTER_PATH = join(JUPYTER_PREFIX, 'share', 'jupyter');
/** Debian packages that provide headless execution (Debian 12: nbconvert 6.5). */
export const DEBIAN_PACKAGES = ['jupyter-nbconvert', 'python3-ipykernel', 'python3-nbclient', 'jupyter-client', 'jupyter-core', 'python3-nbformat'];
/** Seconds one cell may run before nbconvert gives up. */
const CELL_TIMEOUT_S = 900;

/** Why the notebooks cannot run here, or undefined when they can. */
export function missingTools(): string | undefined {
  const nb = spawnSync('jupyter', ['nbconvert', '--version'], { encoding: 'utf8' });
  if (nb.error !== undefined || nb.status !== 0) {
    return `jupyter nbconvert not found; install it with: apt-get install -y --no-install-recommends ${DEBIAN_PACKAGES.join(' ')}`;
  }
  if (!existsSync(join(ROOT, 'node_modules', '.bin', 'tslab'))) return 'tslab not installed; run npm ci';
  if (!existsSync(join(ROOT, 'dist', 'index.js'))) return 'dist/ not built; run npm run build';
  return undefined;
}

/** The python that runs Jupyter (Debian's, not a pyenv one on PATH without nbconvert). */
function jupyterPython(): string {
  try {
    const first = readFileSync(spawnSync('which', ['jupyter'], { encoding: 'utf8' }).stdout.trim(), 'utf8').split('\n')[0] ?? '';
    return /^#!\s*(\S+)/.exec(first)?.[1] ?? '/usr/bin/python3';
  } catch {
    return '/usr/bin/python3'; // Debian's, which the Jupyter packages install into
  }
}

/** Register the tslab kernel under `.jupyter/` unless it is already there for this checkout. */
export function registerKernel(): void {
  const tslab = join(ROOT, 'node_modules', '.bin', 'tslab');
  const spec = join(JUPYTER_PATH, 'kernels', 'tslab', 'kernel.json');
  if (existsSync(spec)) {
    const argv = (JSON.parse(readFileSync(spec, 'utf8')) as { argv?: string[] }).argv ?? [];
    if (argv[0] === tslab) return;
  }
  const r = spawnSync(tslab, ['install', `--python=${jupyterPython()}`, `--binary=${tslab}`, `--prefix=${JUPYTER_PREFIX}`], { encoding: 'utf8', cwd: ROOT });
  if (r.status !== 0) throw new Error(`tslab install failed:\n${r.stdout}${r.stderr}`);
}

/** Make `ailca` resolve to this checkout from the notebooks (a symlink `notebooks/node_modules/ailca -> ../..`). */
export function linkPackage(): void {
  const dir = join(NOTEBOOK_DIR, 'node_modules');
  const link = join(dir, 'ailca');
  const target = join('..', '..');
  mkdirSync(dir, { recursive: true });
  if (existsSync(link) || lstatOrUndefined(link) !== undefined) {
    if (lstatSync(link).isSymbolicLink() && readlinkSync(link) === target) return;
    rmSync(link, { recursive: true, force: true });
  }
  symlinkSync(target, link, 'dir');
}

function lstatOrUndefined(p: string): ReturnType<typeof lstatSync> | undefined {
  try {
    return lstatSync(p);
  } catch {
    return undefined;
  }
}

/** Register the kernel and link the package: everything a notebook needs before it runs. */
export function prepareNotebooks(): void {
  registerKernel();
  linkPackage();
}

/**
 * Execute one notebook with nbconvert into `outDir` (same file name) and
 * return the path of the executed copy. Cells run in the notebook's folder.
 * Errors are kept in the outputs (`--allow-errors`) so that the caller can
 * name the failing cell and its message; timings are not recorded, so an
 * executed notebook differs from the last one only where its figures do.
 */
export function executeNotebook(path: string, outDir: string, env: NodeJS.ProcessEnv = {}): string {
  mkdirSync(outDir, { recursive: true });
  const r = spawnSync(
    'jupyter',
    [
      'nbconvert', '--to', 'notebook', '--execute', '--allow-errors',
      `--ExecutePreprocessor.timeout=${CELL_TIMEOUT_S}`,
      '--ExecutePreprocessor.record_timing=False',
      '--output-dir', outDir, '--output', basename(path), path,
    ],
    { encoding: 'utf8', cwd: dirname(path), env: { ...process.env, ...env, JUPYTER_PATH } },
  );
  const out = join(outDir, basename(path));
  if (r.status !== 0 || !existsSync(out)) {
    throw new Error(`jupyter nbconvert failed on ${basename(path)} (exit ${r.status ?? r.signal}):\n${r.stderr.slice(-4000)}`);
  }
  return out;
}
