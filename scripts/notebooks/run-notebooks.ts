/**
 * Execute every notebook in notebooks/ headlessly with the tslab kernel.
 *
 *   npm run notebooks                 # build, execute all, write the outputs back into notebooks/
 *   npm run notebooks -- --check      # build, execute all into a temporary folder, fail if any
 *                                     # committed notebook's figures are stale
 *   npm run notebooks -- 03-monte-carlo.ipynb   # only the notebooks named
 *   npm run notebooks -- --setup      # only register the kernel and link the package (for
 *                                     # interactive use: export JUPYTER_PATH="$PWD/.jupyter/share/jupyter")
 *
 * Exits 1 when a cell fails (printing the cell, its source and its message:
 * nbconvert alone exits 1 with an empty message on a tslab type error) or,
 * with --check, when outputs are stale; 2 when Jupyter or tslab is missing.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { executeNotebook, JUPYTER_PATH, missingTools, NOTEBOOK_DIR, prepareNotebooks } from './jupyter.js';
import { cellFailures, staleFigures, type Notebook } from './notebook-figures.js';

const args = process.argv.slice(2);
const check = args.includes('--check');
const named = args.filter((a) => !a.startsWith('--'));

const missing = missingTools();
if (missing !== undefined) {
  console.error(`notebooks: ${missing}`);
  process.exit(2);
}
prepareNotebooks();
if (args.includes('--setup')) {
  console.log(`tslab kernel registered; for Jupyter: export JUPYTER_PATH="${JUPYTER_PATH}"`);
  process.exit(0);
}

const all = readdirSync(NOTEBOOK_DIR).filter((f) => f.endsWith('.ipynb')).sort();
const unknown = named.filter((n) => !all.includes(n));
if (unknown.length > 0) {
  console.error(`notebooks: no such notebook ${unknown.join(', ')} in notebooks/ (have: ${all.join(', ')})`);
  process.exit(2);
}
const chosen = named.length > 0 ? named : all;
const outDir = mkdtempSync(join(tmpdir(), 'ailca-notebooks-'));
let failed = 0;
for (const name of chosen) {
  const path = join(NOTEBOOK_DIR, name);
  const t0 = Date.now();
  let executedPath: string;
  try {
    executedPath = executeNotebook(path, outDir);
  } catch (e) {
    console.error(`✗ ${name}: ${(e as Error).message}`);
    failed += 1;
    continue;
  }
  const text = readFileSync(executedPath, 'utf8');
  const executed = JSON.parse(text) as Notebook;
  const failures = cellFailures(executed);
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (failures.length > 0) {
    failed += 1;
    const f = failures[0];
    console.error(`✗ ${name}: cell ${f.cell} failed (later cells were not run):\n--- source ---\n${f.source}\n--- message ---\n${f.message}\n`);
    continue;
  }
  if (check) {
    const stale = staleFigures(JSON.parse(readFileSync(path, 'utf8')) as Notebook, executed);
    if (stale.length > 0) {
      failed += 1;
      console.error(`✗ ${name}: committed outputs are stale (run npm run notebooks and commit):\n  ${stale.slice(0, 5).join('\n  ')}`);
      continue;
    }
    console.log(`✓ ${name} (${seconds} s, outputs up to date)`);
  } else {
    writeFileSync(path, text);
    console.log(`✓ ${name} (${seconds} s, outputs written)`);
  }
}
rmSync(outDir, { recursive: true, force: true });
console.log(`${chosen.length - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
