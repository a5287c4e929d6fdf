import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { executeNotebook, missingTools, NOTEBOOK_DIR, prepareNotebooks } from '../../scripts/notebooks/jupyter.js';
import { cellFailures, staleFigures, type Notebook } from '../../scripts/notebooks/notebook-figures.js';

/**
 * Executes every committed notebook with the tslab kernel and checks that no
 * cell fails and that the committed outputs are the ones a fresh run gives
 * (numbers, tables and SVG charts; seeds are fixed in the notebooks). Needs
 * Jupyter (Debian packages, installed by .ci/run) and a built dist/; without
 * them it is skipped and says why. Fix a stale notebook with
 * `npm run notebooks` and commit it.
 */

const notebooks = readdirSync(NOTEBOOK_DIR).filter((f) => f.endsWith('.ipynb')).sort();
const missing = missingTools();

describe('notebooks', () => {
  it('notebooks/ holds the quick start, the seed 004 example, Monte Carlo, sensitivity, AI workload and report notebooks', () => {
    for (const name of ['01-quick-start.ipynb', '02-seed-004-worked-example.ipynb', '03-monte-carlo.ipynb', '04-sensitivity.ipynb', '05-ai-workload.ipynb', '06-report.ipynb']) {
      expect(notebooks).toContain(name);
    }
  });

  it('notebooks import the library by its package name, never by a path into src/ or dist/', () => {
    for (const name of notebooks) {
      const nb = JSON.parse(readFileSync(join(NOTEBOOK_DIR, name), 'utf8')) as Notebook;
      const code = nb.cells.filter((c) => c.cell_type === 'code').map((c) => (typeof c.source === 'string' ? c.source : c.source.join(''))).join('\n');
      expect(code, name).toMatch(/from 'ailca'/);
      expect(code, name).not.toMatch(/from '\.{1,2}\/.*(src|dist)\//);
    }
  });

  if (missing !== undefined) {
    it.skip(`executing the notebooks is skipped: ${missing}`, () => {});
    return;
  }

  const outDir = mkdtempSync(join(tmpdir(), 'ailca-notebooks-test-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));
  prepareNotebooks();

  for (const name of notebooks) {
    it(`${name} runs without a cell error and its committed outputs are up to date`, () => {
      const executed = JSON.parse(readFileSync(executeNotebook(join(NOTEBOOK_DIR, name), outDir), 'utf8')) as Notebook;
      const failures = cellFailures(executed).map((f) => `cell ${f.cell}:\n${f.source}\n→ ${f.message}`);
      expect(failures, `a cell failed; later cells were not run`).toEqual([]);
      const committed = JSON.parse(readFileSync(join(NOTEBOOK_DIR, name), 'utf8')) as Notebook;
      expect(staleFigures(committed, executed), 'committed outputs are stale: run `npm run notebooks` and commit').toEqual([]);
    }, 600_000);
  }
});
