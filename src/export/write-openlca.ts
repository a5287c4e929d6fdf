import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { FileError } from '../errors/index.js';
import { OLCA_FOLDERS } from './olca-entities.js';
import type { OpenLcaPackage } from './openlca-export.js';
import { storeZip, type ZipEntry } from './store-zip.js';

/**
 * The files of an openLCA JSON-LD package: `olca-schema.json` (`{"version": 2}`,
 * as openLCA writes it) and one `FOLDER/ID.json` per entity, in the folders
 * openLCA reads (`processes/`, `flows/`, `flow_properties/`, `unit_groups/`,
 * `locations/`, `sources/`); pretty-printed JSON, sorted by path.
 *
 * @param pkg - from {@link exportOpenLca}
 * @returns the files, paths `/`-separated
 * @example
 * openLcaFiles(exportOpenLca(loadStudy('examples/xeon-8468.json'))).map((f) => f.path.split('/')[0]).filter((d, i, a) => a.indexOf(d) === i); // => ['flow_properties', 'flows', 'locations', 'olca-schema.json', 'processes', 'sources', 'unit_groups']
 */
export function openLcaFiles(pkg: OpenLcaPackage): ZipEntry[] {
  const files = pkg.entities.map((e) => ({ path: `${OLCA_FOLDERS[e['@type']]}/${e['@id']}.json`, data: Buffer.from(`${JSON.stringify(e, null, 2)}\n`) }));
  files.push({ path: 'olca-schema.json', data: Buffer.from('{"version": 2}\n') });
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Write an openLCA JSON-LD package: a zip archive (stored, see
 * {@link storeZip}) when `path` ends in `.zip` — import it in openLCA with
 * Import → File → the zip (JSON-LD) — otherwise a folder of the same files
 * (zip it to import). Parent folders are created as needed.
 *
 * @param pkg - from {@link exportOpenLca}
 * @param path - `NAME.zip` or a folder
 * @returns the files written: the zip, or each file in the folder
 * @throws {@link FileError} when the path cannot be written, or a folder is asked for where a file exists
 * @example
 * const out = `${process.env.TMPDIR ?? '/tmp'}/ailca-example-${process.pid}/xeon.zip`;
 * writeOpenLca(exportOpenLca(loadStudy('examples/xeon-8468.json')), out); // => [out]
 */
export function writeOpenLca(pkg: OpenLcaPackage, path: string): string[] {
  const files = openLcaFiles(pkg);
  const write = (file: string, data: Buffer): void => {
    try {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, data);
    } catch (e) {
      throw new FileError({ file }, `cannot be written (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, 'choose another --out path or check its folder');
    }
  };
  if (extname(path).toLowerCase() === '.zip') {
    write(path, storeZip(files));
    return [path];
  }
  if (existsSync(path) && !statSync(path).isDirectory()) {
    throw new FileError({ file: path }, 'is a file, not a folder', 'give a folder, or a path ending in .zip for an archive');
  }
  return files.map((f) => {
    const file = join(path, ...f.path.split('/'));
    write(file, f.data);
    return file;
  });
}
