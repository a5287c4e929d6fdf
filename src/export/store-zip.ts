import { crc32 } from 'node:zlib';
import { InputError } from '../errors/index.js';

/** One file of a zip archive. */
export interface ZipEntry {
  /** Path inside the archive, `/`-separated (`processes/ID.json`). */
  readonly path: string;
  /** The file's bytes. */
  readonly data: Buffer;
}

// MS-DOS date and time of 1980-01-01 00:00: a fixed stamp keeps archives byte-for-byte reproducible.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/**
 * A zip archive with its files stored uncompressed (method 0), as
 * PKWARE's APPNOTE 6.3 describes it: one local header and the data per file,
 * then the central directory and its end record; UTF-8 names (flag bit 11),
 * CRC-32 from `node:zlib`, a fixed 1980-01-01 timestamp. Node has no zip
 * writer and openLCA reads JSON-LD packages as zip files; stored files
 * keep this writer short, at the cost of size.
 *
 * @param entries - the files, in order
 * @returns the archive's bytes
 * @throws {@link InputError} when there are more than 65,535 files or the archive would pass 4 GiB (zip64 is not written)
 * @example
 * const zip = storeZip([{ path: 'a.txt', data: Buffer.from('hi') }]);
 * zip.readUInt32LE(0).toString(16); // => '4034b50'
 * zip.length; // => 30 + 5 + 2 + 46 + 5 + 22
 */
export function storeZip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.path, 'utf8');
    const crc = crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(0, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    // extra, comment, disk, internal and external attributes: 0
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += local.length + name.length + e.data.length;
    if (offset > 0xffffffff) throw new InputError({ path: 'entries', received: `${offset} bytes`, expected: 'an archive under 4 GiB', problem: 'is too large for a zip without zip64', fix: 'write the package as a folder instead' });
  }
  if (entries.length > 0xffff) throw new InputError({ path: 'entries', received: entries.length, expected: 'at most 65,535 files', problem: 'are too many for a zip without zip64', fix: 'write the package as a folder instead' });
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
