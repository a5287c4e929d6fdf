import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../errors/index.js';
import type { Dataset } from './dataset.js';
import { loadDataset } from './load-dataset.js';
import { closeMatches } from './close-matches.js';

/** A bundled dataset found on disk. */
export interface BundledDatasetEntry {
  /** Dataset name (its folder name under `datasets/`). */
  readonly name: string;
  /** Version from its manifest. */
  readonly version: string;
  /** Absolute path of its folder. */
  readonly dir: string;
}

/**
 * Absolute path of the package's `datasets/` folder. Resolved relative to this
 * module (`src/datasets/` under vitest, `dist/datasets/` in the built package:
 * both two levels below the package root).
 *
 * @example
 * bundledDatasetsRoot().endsWith('datasets'); // => true
 */
export function bundledDatasetsRoot(): string {
  return fileURLToPath(new URL('../../datasets/', import.meta.url)).replace(/[\\/]$/, '');
}

/**
 * Every bundled dataset version (`datasets/<name>/<version>/manifest.json`),
 * sorted by name, then by version, oldest first.
 *
 * @example
 * listBundledDatasets().some((d) => d.name === 'clemm-2024'); // => true
 */
export function listBundledDatasets(): BundledDatasetEntry[] {
  const root = bundledDatasetsRoot();
  if (!existsSync(root)) return [];
  const out: BundledDatasetEntry[] = [];
  for (const name of readdirSync(root).sort()) {
    const nameDir = join(root, name);
    if (!existsSync(nameDir) || name.startsWith('.')) continue;
    let versions: string[];
    try {
      versions = readdirSync(nameDir);
    } catch {
      continue;
    }
    for (const version of versions.filter((v) => /^\d+\.\d+\.\d+$/.test(v)).sort(compareVersions)) {
      const dir = join(nameDir, version);
      if (existsSync(join(dir, 'manifest.json'))) out.push({ name, version, dir });
    }
  }
  return out;
}

const cache = new Map<string, Dataset>();

/**
 * Load a bundled dataset by name (latest version unless `version` is given);
 * validated once and cached for the life of the process.
 *
 * @throws {@link InputError} for an unknown name or version, listing close matches
 * @throws {@link FileError} when the bundled files fail validation
 * @example
 * loadBundledDataset('clemm-2024').name; // => 'clemm-2024'
 */
export function loadBundledDataset(name: string, version?: string): Dataset {
  const all = listBundledDatasets();
  const versions = all.filter((d) => d.name === name);
  if (versions.length === 0) {
    const names = [...new Set(all.map((d) => d.name))];
    const near = closeMatches(name, names);
    throw new InputError({
      path: 'dataset',
      received: name,
      expected: `one of ${names.join(', ')}`,
      problem: 'is not a bundled dataset',
      fix: near.length > 0 ? `did you mean ${near.map((n) => `"${n}"`).join(' or ')}?` : 'load your own with loadUserDataset(path)',
    });
  }
  const entry = version === undefined ? versions[versions.length - 1] : versions.find((d) => d.version === version);
  if (!entry) {
    throw new InputError({ path: `dataset ${name} version`, received: version, expected: `one of ${versions.map((v) => v.version).join(', ')}`, problem: 'is not bundled' });
  }
  const key = `${entry.name}@${entry.version}`;
  let ds = cache.get(key);
  if (!ds) {
    ds = loadDataset(entry.dir, { bundled: true });
    cache.set(key, ds);
  }
  return ds;
}

/** Compare semantic versions `a.b.c` numerically. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let k = 0; k < 3; k += 1) if (pa[k] !== pb[k]) return (pa[k] ?? 0) - (pb[k] ?? 0);
  return 0;
}
