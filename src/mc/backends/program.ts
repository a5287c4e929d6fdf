/**
 * A sampling program: straight-line code computing K outputs of one Monte
 * Carlo sample, the contract between the code generator (which writes it
 * from a study's expression graph) and the backends (which run it).
 *
 * The same program runs in both modes of {@link Backend.compile}:
 * - `random`: each `Math.random()` call draws the next uniform of this
 *   sample's PCG stream (gpu.js's in-kernel generator; the `js` and `cpu`
 *   backends use the bit-identical port {@link pcgStream});
 * - `given`: the j-th `Math.random()` *in the text* (counting from 0) reads
 *   column j of this sample's row of a host matrix, n × d with
 *   d = `uniformsPerSample`. Sensitivity designs are points of [0, 1)^d, so
 *   the generator writes one program whose inverse CDFs map either a PCG
 *   draw or a design coordinate. A program whose draw sites are the inputs
 *   themselves (`const lifetimeYears = Math.random();`) takes rows of input
 *   values instead.
 *
 * Rules the statements follow, so that they compile as plain JavaScript and
 * as a gpu.js kernel body (WGSL on `webgpu`, wasm on `webasm`):
 * - `const`/`let` declarations of float variables, arithmetic, ternaries,
 *   `if`/`else`; `Math.log/exp/sqrt/pow/min/max/floor/abs/cos/sin`;
 * - write constants as decimals or integers (gpu.js types every variable
 *   float32; integer division is not a trap, measured in docs/backends.md),
 *   but never combine two integer-valued literals in one operation: gpu.js
 *   types `365.0` as an integer, and `365.0 * 50000.0 * 600.0` is 32-bit
 *   integer arithmetic on `webasm` and `webgpu` (it wraps past 2^31). Fold
 *   them into one literal, as the generator does;
 * - read tables as `name[index]` with an integer-valued index
 *   (`Math.floor(...)`), within bounds: kernels do not check;
 * - draws: exactly `uniformsPerSample` textual `Math.random()` calls, none
 *   inside a loop or a helper function; a draw may sit in a branch (in
 *   `given` mode its column is then simply unused for that sample);
 * - a draw can be exactly 0 (probability 2^−24) and never 1: guard
 *   `Math.log(u)` and inverse CDFs that are infinite at 0;
 * - no identifier starting with `ailca` (reserved for generated code), no
 *   `this`, no `return`.
 *
 * @example
 * const program: SampleProgram = {
 *   statements: 'const u = Math.random(); const twice = 2 * u; const plusOne = u + 1;',
 *   outputs: ['twice', 'plusOne'],
 *   uniformsPerSample: 1,
 * };
 * program.outputs.length; // => 2
 */
export interface SampleProgram {
  /** JavaScript statements computing one sample (see the rules above). */
  readonly statements: string;
  /** Names of the variables holding the K outputs, in order (1 ≤ K ≤ 64). */
  readonly outputs: readonly string[];
  /** Float lookup tables read as `name[i]` (inverse-CDF grids, cumulative weights). */
  readonly tables?: Readonly<Record<string, readonly number[] | Float32Array | Float64Array>>;
  /** Number of textual `Math.random()` calls; in `given` mode, the row width d. */
  readonly uniformsPerSample: number;
}

/** The two ways a compiled program gets its uniforms. */
export type ProgramMode = 'random' | 'given';

/** Options of {@link Backend.compile}. */
export interface CompileOptions {
  /** `random` (default): in-kernel PCG draws; `given`: rows passed by the host. */
  readonly mode?: ProgramMode;
}

/** The per-output sample arrays of a run: float32 on gpu.js backends, float64 on `js`. */
export type SampleColumns = Float32Array[] | Float64Array[];
