/**
 * Refresh the sha256 of every data file listed in the dataset manifests.
 *
 *   npx tsx scripts/update-checksums.ts              # every bundled dataset
 *   npx tsx scripts/update-checksums.ts datasets/clemm-2024/1.0.0   # one folder
 *
 * Only the `sha256` values change; the rest of each manifest is kept byte for
 * byte. Afterwards it loads every touched dataset to check rows against their
 * schemas. Review the diff, then bump the dataset's version (a new
 * datasets/<name>/<version>/ folder) when published figures changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadDataset } from '../src/datasets/index.js';

const root = resolve(new URL('..', import.meta.url).pathname, 'datasets');
const args = process.argv.slice(2);
const dirs = args.length > 0 ? args.map((a) => resolve(a)) : findManifests(root);

let failed = false;
for (const dir of dirs) {
  const manifestPath = join(dir, 'manifest.json');
  let text = readFileSync(manifestPath, 'utf8');
  const manifest = JSON.parse(text) as { files: { path: string; sha256: string }[] };
  let changed = 0;
  for (const f of manifest.files) {
    const hash = createHash('sha256').update(readFileSync(join(dir, f.path))).digest('hex');
    if (hash === f.sha256) continue;
    const pattern = new RegExp(`("path"\\s*:\\s*${JSON.stringify(f.path).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*,\\s*"sha256"\\s*:\\s*")${f.sha256}(")`);
    if (!pattern.test(text)) throw new Error(`${manifestPath}: write "path" directly before "sha256" for ${f.path}`);
    text = text.replace(pattern, `$1${hash}$2`);
    changed += 1;
  }
  if (changed > 0) writeFileSync(manifestPath, text);
  try {
    loadDataset(dir);
    console.log(`${dir}: ${changed} checksum(s) updated, dataset valid`);
  } catch (e) {
    failed = true;
    console.error(`${dir}: ${changed} checksum(s) updated, but the dataset does not validate:\n  ${(e as Error).message}`);
  }
}
writePins();
process.exitCode = failed ? 1 : 0;

/** Pin every bundled manifest's SHA-256 in src/datasets/bundled-checksums.ts (the loader refuses a bundled file that differs). */
function writePins(): void {
  const rows = findManifests(root).map((dir) => {
    const [name, version] = dir.split(/[\\/]/).slice(-2);
    return `  '${name}@${version}': '${createHash('sha256').update(readFileSync(join(dir, 'manifest.json'))).digest('hex')}',`;
  });
  const file = resolve(root, '..', 'src', 'datasets', 'bundled-checksums.ts');
  const text = readFileSync(file, 'utf8').replace(/Object\.freeze\(\{\n[\s\S]*?\n\}\);/, `Object.freeze({\n${rows.join('\n')}\n});`);
  writeFileSync(file, text);
}

function findManifests(base: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(base)) {
    const nameDir = join(base, name);
    if (!existsSync(nameDir) || name.startsWith('.')) continue;
    for (const version of readdirSync(nameDir)) {
      if (existsSync(join(nameDir, version, 'manifest.json'))) out.push(join(nameDir, version));
    }
  }
  return out.sort();
}
