import { InputError } from '../errors/index.js';

/**
 * Float64 values as base64 of their IEEE 754 little-endian bytes: exact
 * (−0, NaN payloads and the last bit kept, unlike decimal JSON numbers,
 * which write −0 as 0) and a third smaller than decimal text.
 * @example
 * encodeFloat64(new Float64Array([1])); // => 'AAAAAAAA8D8='
 */
export function encodeFloat64(values: Float64Array): string {
  const bytes = new Uint8Array(values.length * 8);
  const view = new DataView(bytes.buffer);
  for (let j = 0; j < values.length; j += 1) view.setFloat64(j * 8, values[j], true);
  return Buffer.from(bytes).toString('base64');
}

/**
 * The values {@link encodeFloat64} wrote.
 * @param text - base64 of little-endian float64 bytes
 * @param count - how many values it must hold
 * @param path - where the text is, for errors
 * @throws {@link InputError} when the text is not base64 of `count` values
 * @example
 * Array.from(decodeFloat64('AAAAAAAA8D8=', 1, 'values.y')); // => [1]
 */
export function decodeFloat64(text: unknown, count: number, path: string): Float64Array {
  const ok = typeof text === 'string' && /^[A-Za-z0-9+/]*={0,2}$/.test(text);
  const bytes = ok ? Buffer.from(text, 'base64') : undefined;
  if (bytes === undefined || bytes.length !== count * 8) {
    throw new InputError({ path, received: bytes !== undefined ? `${bytes.length} bytes` : typeof text === 'string' ? 'text that is not base64' : text, expected: `base64 of ${count} float64 values (${count * 8} bytes)`, problem: 'is not the values of the shard\'s rows', fix: 'recompute the shard: ailca sensitivity STUDY --method sobol --range START:END …' });
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Float64Array(count);
  for (let j = 0; j < count; j += 1) out[j] = view.getFloat64(j * 8, true);
  return out;
}
