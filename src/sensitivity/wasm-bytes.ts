/**
 * A minimal WebAssembly binary writer for the bootstrap kernel: LEB128
 * numbers, sections and a one-function module (WebAssembly Core
 * Specification 2.0, §5 "Binary Format"; SIMD opcodes of the fixed-width
 * SIMD proposal, merged in 2.0). Only what {@link bootstrapWasmBytes} uses.
 * @internal
 */

/** Value types (§5.3.1). */
export const I32 = 0x7f;
export const I64 = 0x7e;
export const V128 = 0x7b;

/** Unsigned LEB128 of a non-negative integer below 2^32. */
export function uleb(value: number): number[] {
  const out: number[] = [];
  let v = value >>> 0;
  do {
    let byte = v & 0x7f;
    v >>>= 7;
    if (v !== 0) byte |= 0x80;
    out.push(byte);
  } while (v !== 0);
  return out;
}

/** Signed LEB128 of a 32-bit integer. */
export function sleb(value: number): number[] {
  const out: number[] = [];
  let v = value | 0;
  for (;;) {
    const byte = v & 0x7f;
    v >>= 7;
    if ((v === 0 && (byte & 0x40) === 0) || (v === -1 && (byte & 0x40) !== 0)) {
      out.push(byte);
      return out;
    }
    out.push(byte | 0x80);
  }
}

/** A vector: its length, then its items. */
export function vec(items: readonly (readonly number[])[]): number[] {
  return [...uleb(items.length), ...items.flat()];
}

function section(id: number, bytes: readonly number[]): number[] {
  return [id, ...uleb(bytes.length), ...bytes];
}

function name(s: string): number[] {
  return vec([...new TextEncoder().encode(s)].map((b) => [b]));
}

/** One exported function and its own exported memory (one page to start; the caller grows it). */
export interface WasmFunction {
  readonly name: string;
  readonly params: readonly number[];
  /** Local declarations after the parameters: [count, type] pairs. */
  readonly locals: readonly (readonly [number, number])[];
  /** The body's instructions, without the final `end`. */
  readonly body: readonly number[];
}

/**
 * A module with one exported function (no results) and an exported memory
 * `memory`.
 */
export function wasmModule(f: WasmFunction): Uint8Array {
  const code = [...vec(f.locals.map(([count, type]) => [...uleb(count), type])), ...f.body, 0x0b];
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // magic, version 1
    ...section(1, vec([[0x60, ...vec(f.params.map((p) => [p])), ...vec([])]])), // type: (params) → ()
    ...section(3, vec([[0]])), // function 0 has type 0
    ...section(5, vec([[0x00, 1]])), // memory: min 1 page, no max
    ...section(7, vec([[...name(f.name), 0x00, 0], [...name('memory'), 0x02, 0]])), // exports
    ...section(10, vec([[...uleb(code.length), ...code]])), // code
  ]);
}

/** The instructions the kernel uses (§5.4), as functions returning their bytes. */
export const op = {
  block: [0x02, 0x40],
  loop: [0x03, 0x40],
  if: [0x04, 0x40],
  end: [0x0b],
  br: (label: number) => [0x0c, ...uleb(label)],
  brIf: (label: number) => [0x0d, ...uleb(label)],
  get: (local: number) => [0x20, ...uleb(local)],
  set: (local: number) => [0x21, ...uleb(local)],
  tee: (local: number) => [0x22, ...uleb(local)],
  i32Load: (offset: number) => [0x28, 2, ...uleb(offset)],
  f64Load: [0x2b, 3, 0],
  f64Store: [0x39, 3, 0],
  i32: (v: number) => [0x41, ...sleb(v)],
  f64: (v: number) => {
    const bytes = new DataView(new ArrayBuffer(8));
    bytes.setFloat64(0, v, true); // little-endian, as the format requires
    return [0x44, ...new Uint8Array(bytes.buffer)];
  },
  i32Ne: [0x47],
  i32LtU: [0x49],
  i32GtU: [0x4b],
  i32GeU: [0x4f],
  i32Add: [0x6a],
  i32Sub: [0x6b],
  i32Mul: [0x6c],
  i32RemU: [0x70],
  i32Xor: [0x73],
  i32Shl: [0x74],
  i32Rotl: [0x77],
  i64Mul: [0x7e],
  i64ShrU: [0x88],
  f64Add: [0xa0],
  i32WrapI64: [0xa7],
  i64ExtendI32U: [0xad],
  i64: (v: number) => [0x42, ...sleb(v)],
  memoryFill: [0xfc, 0x0b, 0x00],
  v128Load: (offset: number) => [0xfd, 0x00, 4, ...uleb(offset)],
  v128Load64Splat: [0xfd, 0x0a, 3, 0],
  v128Store: (offset: number) => [0xfd, 0x0b, 4, ...uleb(offset)],
  v128Zero: [0xfd, 0x0c, ...new Array<number>(16).fill(0)],
  f64x2Add: [0xfd, 0xf0, 0x01],
  f64x2Mul: [0xfd, 0xf2, 0x01],
};
