/** One reading of one GPU's power draw, in canonical units. */
export interface PowerSample {
  /** 1-based row of the file it was read from (the header is row 1). */
  readonly row: number;
  /** Time of the reading, milliseconds since 1970-01-01T00:00Z. */
  readonly timeMs: number;
  /** The GPU it belongs to, as the log names it (`0`, `1`, … for nvidia-smi's `index` and DCGM's `gpu` label). */
  readonly gpu: string;
  /** Power draw of the board [W]. */
  readonly powerW: number;
  /** GPU utilisation as a fraction in [0, 1], when the log has it. */
  readonly utilization?: number;
}

/** A GPU power log read from a file: its readings in file order and what was assumed to read them. */
export interface PowerLog {
  /** The file it was read from. */
  readonly file: string;
  /** The log's format: `nvidia-smi` or `dcgm`. */
  readonly format: 'nvidia-smi' | 'dcgm';
  /** The readings, in file order (not sorted: the integration detects disorder). */
  readonly samples: readonly PowerSample[];
  /** Assumptions made to read the file (e.g. the time zone of timestamps that carry none), reported with every result. */
  readonly assumptions: readonly string[];
}
