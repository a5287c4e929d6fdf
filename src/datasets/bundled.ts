import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../errors/index.js';
import type { Dataset } from './dataset.js';
import { loadDataset } from './load-dataset.js';
import { closeMatches } from './close-matches.js';
import { verifyBundledManifest } from './verify-bundled.js';

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

/** Where the bundled datasets are looked up (tests point it at a copy). */
export interface BundledDatasetOptions {
  /** The datasets folder (default {@link bundledDatasetsRoot}). */
  readonly root?: string;
}

/**
 * Every bundled dataset version (`datasets/<name>/<version>/manifest.json`),
 * sorted by name, then by version, oldest first.
 *
 * @param options - `root`: another datasets folder laid out the same way
 * @example
 * listBundledDatasets().some((d) => d.name === 'clemm-2024'); // => true
 */
export function listBundledDatasets(options: BundledDatasetOptions = {}): BundledDatasetEntry[] {
  const root = options.root ?? bundledDatasetsRoot();
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
 * validated once and cached for the life of the process. Its `manifest.json`
 * must have the SHA-256 pinned in the code for that version, and each data
 * file the SHA-256 its manifest gives, so a bundled file edited after install
 * is refused, never loaded.
 *
 * @param name - the dataset's name, e.g. `clemm-2024`
 * @param version - a version such as `1.0.0` (default: the latest)
 * @param options - `root`: another datasets folder laid out the same way
 * @throws {@link InputError} for an unknown name or version, listing close matches
 * @throws {@link FileError} when a bundled file differs from the one ailca ships (naming the file; fix: reinstall, or load it as a user dataset) or fails validation
 * @example
 * loadBundledDataset('clemm-2024').name; // => 'clemm-2024'
 */
export function loadBundledDataset(name: string, version?: string, options: BundledDatasetOptions = {}): Dataset {
  const all = listBundledDatasets(options);
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
  const key = entry.dir;
  let ds = cache.get(key);
  if (!ds) {
    verifyBundledManifest(entry.name, entry.version, entry.dir);
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
