import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileError } from '../errors/index.js';
import { BUNDLED_MANIFEST_SHA256 } from './bundled-checksums.js';

/** The fix printed when a bundled file does not match what ailca shipped. */
export const BUNDLED_TAMPER_FIX =
  'reinstall ailca (npm install ailca) to restore the shipped files; if you changed the data on purpose, copy the folder elsewhere, give it a new name or version and load it as your own dataset with loadUserDataset(path)';

/** Manifest files already checked in this process (absolute path → verdict). */
const verified = new Map<string, string>();

/**
 * Check a bundled dataset version's `manifest.json` against the SHA-256
 * pinned in the code ({@link BUNDLED_MANIFEST_SHA256}). Hashes each manifest
 * once per process. The data files are then checked against the (now
 * trusted) manifest by `loadDataset`.
 *
 * @param name - the dataset's folder name, e.g. `clemm-2024`
 * @param version - its version folder, e.g. `1.0.0`
 * @param dir - the version folder on disk
 * @throws {@link FileError} naming `manifest.json` when the version is not one ailca ships or its bytes differ
 */
export function verifyBundledManifest(name: string, version: string, dir: string): void {
  const file = join(dir, 'manifest.json');
  const pinned = BUNDLED_MANIFEST_SHA256[`${name}@${version}`];
  if (pinned === undefined) {
    throw new FileError({ file }, `${name} ${version} is in the bundled datasets folder but is not a dataset this ailca ships`, 'load it as your own dataset with loadUserDataset(path), or reinstall ailca');
  }
  let actual = verified.get(file);
  if (actual === undefined) {
    actual = createHash('sha256').update(readFileSync(file)).digest('hex');
    verified.set(file, actual);
  }
  if (actual !== pinned) {
    throw new FileError({ file }, `bundled dataset ${name} ${version} was modified after install: manifest.json has sha256 ${actual}, ailca ships ${pinned}`, BUNDLED_TAMPER_FIX);
  }
}
