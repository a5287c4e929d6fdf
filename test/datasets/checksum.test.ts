import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileError } from '../../src/errors/index.js';
import { BUNDLED_MANIFEST_SHA256, bundledDatasetsRoot, listBundledDatasets, loadBundledDataset } from '../../src/datasets/index.js';

/** A fresh copy of the shipped datasets folder. */
function copyRoot(): string {
  const root = join(mkdtempSync(join(tmpdir(), 'ailca-checksum-')), 'datasets');
  cpSync(bundledDatasetsRoot(), root, { recursive: true });
  return root;
}

/** Flip one byte of a file (the last one: a digit or newline, either way a different file). */
function tamper(file: string, at?: (text: string) => number): void {
  const bytes = readFileSync(file);
  const k = at ? at(bytes.toString('latin1')) : bytes.length - 1;
  bytes[k] = bytes[k] === 0x31 ? 0x32 : 0x31;
  writeFileSync(file, bytes);
}

function refusal(f: () => unknown): FileError {
  try {
    f();
  } catch (e) {
    return e as FileError;
  }
  throw new Error('expected the load to be refused');
}

describe('bundled dataset checksum guard', () => {
  it('pins the SHA-256 of every shipped manifest, and only those', () => {
    const shipped = listBundledDatasets();
    expect(Object.keys(BUNDLED_MANIFEST_SHA256).sort()).toEqual(shipped.map((d) => `${d.name}@${d.version}`).sort());
    for (const d of shipped) {
      const hash = createHash('sha256').update(readFileSync(join(d.dir, 'manifest.json'))).digest('hex');
      expect(BUNDLED_MANIFEST_SHA256[`${d.name}@${d.version}`], `${d.name}@${d.version}: run npx tsx scripts/update-checksums.ts`).toBe(hash);
    }
  });

  it('an untampered copy loads', () => {
    const root = copyRoot();
    const ds = loadBundledDataset('clemm-2024', undefined, { root });
    expect(ds.name).toBe('clemm-2024');
    expect(ds.dir.startsWith(root)).toBe(true);
  });

  it('one byte changed in a data file: FileError naming that file, fix says reinstall or load it as your own', () => {
    const root = copyRoot();
    const file = join(root, 'clemm-2024', '1.0.0', 'grid-intensity.csv');
    tamper(file);
    const e = refusal(() => loadBundledDataset('clemm-2024', undefined, { root }));
    expect(e).toBeInstanceOf(FileError);
    expect(e.file).toBe(file);
    expect(e.message).toMatch(/checksum mismatch/);
    expect(e.message).toMatch(/reinstall ailca/);
    expect(e.message).toMatch(/loadUserDataset/);
  });

  it('manifest and data edited together (the data file\'s sha256 updated to match): still refused, naming manifest.json', () => {
    // Before the guard this loaded: the manifest vouched for the edited file.
    const root = copyRoot();
    const dir = join(root, 'pue', '1.0.0');
    const data = readdirSync(dir).find((f) => f.endsWith('.csv'))!;
    const before = createHash('sha256').update(readFileSync(join(dir, data))).digest('hex');
    tamper(join(dir, data));
    const after = createHash('sha256').update(readFileSync(join(dir, data))).digest('hex');
    const manifest = join(dir, 'manifest.json');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(before, after));
    const e = refusal(() => loadBundledDataset('pue', undefined, { root }));
    expect(e).toBeInstanceOf(FileError);
    expect(e.file).toBe(manifest);
    expect(e.message).toMatch(/modified after install/);
    expect(e.message).toMatch(/reinstall ailca/);
  });

  it('one byte of a manifest.json changed: refused, naming the manifest', () => {
    const root = copyRoot();
    const manifest = join(root, 'clemm-2024', '1.0.0', 'manifest.json');
    tamper(manifest, (t) => t.indexOf('"description"') + 3);
    const e = refusal(() => loadBundledDataset('clemm-2024', '1.0.0', { root }));
    expect(e.file).toBe(manifest);
    expect(e.message).toMatch(/clemm-2024 1\.0\.0 was modified after install/);
  });

  it('a version folder ailca does not ship, dropped into the bundled folder: refused', () => {
    const root = copyRoot();
    cpSync(join(root, 'pue', '1.0.0'), join(root, 'pue', '9.0.0'), { recursive: true });
    const e = refusal(() => loadBundledDataset('pue', '9.0.0', { root }));
    expect(e.file).toBe(join(root, 'pue', '9.0.0', 'manifest.json'));
    expect(e.message).toMatch(/not a dataset this ailca ships/);
  });
});
