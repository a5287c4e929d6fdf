/**
 * Check the API reference the way CI can today: run typedoc (validation on,
 * nothing written) and fail on any warning — an undocumented export or
 * property, a broken link, a referenced type left out — except in the folders
 * listed in PENDING, whose warnings are printed and counted but do not fail
 * the check. `npm run docs` is the strict form (every warning is an error) and
 * writes docs/api; it passes once PENDING is empty.
 *
 *   npx tsx scripts/docs/check-api-docs.ts [typedoc options, e.g. --skipErrorChecking]
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../notebooks/jupyter.js';

/**
 * Folders under src/ whose TSDoc was still being written by other changes
 * when this check was added (2026-11-23); remove a folder once its warnings
 * are fixed, so that it cannot regress. Empty since the same day: every
 * folder is checked.
 */
const PENDING: readonly string[] = [];

const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'typedoc'), ['--emit', 'none', '--treatWarningsAsErrors', 'false', ...process.argv.slice(2)], { cwd: ROOT, encoding: 'utf8' });
// eslint-disable-next-line no-control-regex
const text = `${r.stdout}${r.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
if (r.status !== 0) {
  console.error(`typedoc failed (exit ${r.status}):\n${text}`);
  process.exit(1);
}
const warnings = text.split('\n').filter((l) => /\[warning\]/.test(l) && !/Found \d+ errors and \d+ warnings/.test(l));
const byFolder = new Map<string, string[]>();
for (const w of warnings) {
  const folder = /src\/([a-z0-9-]+)\//.exec(w)?.[1] ?? '(no folder)';
  byFolder.set(folder, [...(byFolder.get(folder) ?? []), w]);
}
const failing = [...byFolder].filter(([f]) => !PENDING.includes(f));
for (const [f, ws] of [...byFolder].filter(([f]) => PENDING.includes(f)).sort()) {
  console.log(`pending: src/${f}: ${ws.length} typedoc warnings (allowed for now; see PENDING in scripts/docs/check-api-docs.ts)`);
}
const clean = PENDING.filter((f) => !byFolder.has(f));
if (clean.length > 0) console.log(`no warnings left in ${clean.map((f) => `src/${f}`).join(', ')}: remove from PENDING`);
if (failing.length > 0) {
  for (const [f, ws] of failing) console.error(`src/${f}: ${ws.length} typedoc warnings:\n  ${ws.join('\n  ')}`);
  console.error('API docs: every export and property needs TSDoc (see docs/contributing.md)');
  process.exit(1);
}
console.log(`API docs: no typedoc warnings outside ${PENDING.length} pending folders`);
