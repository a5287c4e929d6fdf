import { createHash } from 'node:crypto';

/** Namespace of ailca's name-based UUIDs (a fixed random UUID). */
const NAMESPACE = Buffer.from('6f1d0f2c3b7a4e0e9d6a5b2f8c41e7a3', 'hex');

/**
 * A name-based UUID (RFC 9562 version 5: SHA-1 of a fixed namespace and
 * the name), so that exporting the same study twice gives the same ids and
 * openLCA updates its data sets instead of duplicating them.
 *
 * @param name - what the id names (`flow:electricity`)
 * @returns a lower-case UUID string
 * @example
 * nameUuid('flow:electricity') === nameUuid('flow:electricity'); // => true
 * /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(nameUuid('x')); // => true
 */
export function nameUuid(name: string): string {
  const h = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}
