import { bootstrapWasmBytes } from './bootstrap-wasm.js';

/**
 * Source of the bootstrap runner: plain JavaScript, compiled with
 * `new Function` on the calling thread and inside each bootstrap worker, so
 * every thread runs the same code. `ailcaBootstrapRunner(module)`
 * instantiates the WebAssembly kernel of {@link bootstrapWasmBytes} (each
 * thread has its own instance and memory) and returns
 * `run(terms, version, m, n, states, next, done, end, sums, width, col0)`:
 * - `terms`: Float64Array, m columns of n per-row terms, column-major;
 *   copied into the instance's memory unless `version` is the one copied last;
 * - `states`: Int32Array, the four xoshiro128** words of each resample;
 * - `next`: Int32Array whose element 0 is the next resample to take (shared
 *   between threads; each thread takes four at a time with `Atomics.add`);
 * - `done`: Int32Array whose element 0 counts the resamples finished (shared);
 * - `end`: one past the last resample of this call;
 * - `sums`: Float64Array; resample r's weighted sum of column c goes to
 *   `sums[r·width + col0 + c]`.
 * @internal
 */
export const BOOTSTRAP_RUNNER_SOURCE = `"use strict";
return function ailcaBootstrapRunner(module) {
  const exports = new WebAssembly.Instance(module, {}).exports;
  const memory = exports.memory;
  const tile = exports.tile;
  let copied = -1;
  return function run(terms, version, m, n, states, next, done, end, sums, width, col0) {
    const wAt = Math.ceil((m * n * 8) / 16) * 16;
    const outAt = wAt + 32 * n;
    const stAt = outAt + 32 * m;
    const need = stAt + 64;
    if (memory.buffer.byteLength < need) {
      memory.grow(Math.ceil((need - memory.buffer.byteLength) / 65536));
      copied = -1;
    }
    const buffer = memory.buffer;
    if (copied !== version) {
      new Float64Array(buffer, 0, m * n).set(terms.subarray(0, m * n));
      copied = version;
    }
    const out = new Float64Array(buffer, outAt, 4 * m);
    const st = new Int32Array(buffer, stAt, 16);
    for (;;) {
      const r0 = Atomics.add(next, 0, 4);
      if (r0 >= end) return;
      const count = Math.min(4, end - r0);
      st.set(states.subarray(4 * r0, 4 * (r0 + count)));
      tile(0, m, n, wAt, outAt, stAt, count);
      for (let b = 0; b < count; b++) {
        const o = (r0 + b) * width + col0;
        for (let c = 0; c < m; c++) sums[o + c] = out[4 * c + b];
      }
      Atomics.add(done, 0, count);
    }
  };
};`;

/** A runner (see {@link BOOTSTRAP_RUNNER_SOURCE}). @internal */
export type BootstrapRun = (
  terms: Float64Array,
  version: number,
  m: number,
  n: number,
  states: Int32Array,
  next: Int32Array,
  done: Int32Array,
  end: number,
  sums: Float64Array,
  width: number,
  col0: number,
) => void;

/** A compiled WebAssembly module, opaque here (the project's type libraries declare no WebAssembly values). */
export type WasmModule = object;

/** The global `WebAssembly`, as far as this file uses it (Node ≥ 16 and every current browser have SIMD). */
const wasm = (globalThis as unknown as { WebAssembly: { Module: new (bytes: Uint8Array) => WasmModule } }).WebAssembly;

let module: WasmModule | undefined;
let run: BootstrapRun | undefined;

/** The compiled WebAssembly kernel (once per process), to instantiate here and in the workers. @internal */
export function bootstrapModule(): WasmModule {
  module ??= new wasm.Module(bootstrapWasmBytes());
  return module;
}

/** The calling thread's runner (once per process). @internal */
export function bootstrapRun(): BootstrapRun {
  run ??= (new Function(BOOTSTRAP_RUNNER_SOURCE)() as (m: WasmModule) => BootstrapRun)(bootstrapModule());
  return run;
}

let lastVersion = 0;

/** A new terms version: call after every change of a terms buffer handed to the runners. @internal */
export function nextTermsVersion(): number {
  lastVersion += 1;
  return lastVersion;
}
