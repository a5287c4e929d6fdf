import type { BackendName } from './backend.js';

/** One backend as `auto`'s probe measured it on the study's program, or why it was not measured. */
export type BackendProbe =
  | {
    /** The backend measured. */
    readonly backend: BackendName;
    /** Samples per second of a probe run, the reduction of every output included. */
    readonly samplesPerSecond: number;
    /** Seconds to create the backend and compile the program (Dawn's start for webgpu). */
    readonly setupSeconds: number;
  }
  | {
    /** The backend that could not be measured. */
    readonly backend: BackendName;
    /** Why it could not start here (no adapter, no WebAssembly …). */
    readonly unavailable: string;
  };

/** What `auto` chose and why; recorded in the backend's description and a run's provenance. */
export interface AutoChoice {
  /** The backend that runs. */
  readonly backend: BackendName;
  /** Why, in a sentence. */
  readonly reason: string;
  /** The measurements the choice rests on (empty when nothing was measured). */
  readonly probes: readonly BackendProbe[];
  /** The cache file the measurements were read from or written to, when they were. */
  readonly cache?: {
    /** The cache file. */
    readonly path: string;
    /** When the measurements were taken (ISO 8601 date-time). */
    readonly measured: string;
    /** True when they were read from the file, false when measured now and saved. */
    readonly hit: boolean;
  };
  /** Problems met on the way (a corrupt or unwritable cache file), reported, never silent. */
  readonly warnings?: readonly string[];
}

/**
 * `auto`'s choice from measured probes: the backend that finishes a run of
 * `samples` soonest, each taking `samples / samplesPerSecond` plus, unless
 * `setupPaid` (the probes just created every backend and the chosen one is
 * kept), its setup time. Ties go to the first probe listed (js first:
 * float64). Pure: tested with injected timings.
 *
 * @param probes - the measured backends (js first) and the unavailable ones
 * @param samples - samples of the run
 * @param setupPaid - true right after probing, false for measurements read from the cache
 * @returns the backend and the reason, with the probes
 * @example
 * const c = chooseBackend([
 *   { backend: 'js', samplesPerSecond: 20e6, setupSeconds: 0.05 },
 *   { backend: 'webgpu', samplesPerSecond: 60e6, setupSeconds: 1.5 },
 * ], 1e8, false);
 * c.backend; // => 'webgpu'
 * chooseBackend(c.probes, 1e6, false).backend; // => 'js'
 */
export function chooseBackend(probes: readonly BackendProbe[], samples: number, setupPaid: boolean): AutoChoice {
  let best: { backend: BackendName; seconds: number } | undefined;
  const estimates: string[] = [];
  for (const p of probes) {
    if (!('samplesPerSecond' in p) || !(p.samplesPerSecond > 0)) continue;
    const seconds = samples / p.samplesPerSecond + (setupPaid ? 0 : p.setupSeconds);
    estimates.push(`${p.backend} ${seconds.toPrecision(2)} s`);
    if (best === undefined || seconds < best.seconds) best = { backend: p.backend, seconds };
  }
  if (best === undefined) return { backend: 'js', reason: 'no backend was measured: js (float64) by default', probes };
  const others = probes.filter((p) => p.backend !== best.backend && 'samplesPerSecond' in p).length;
  return {
    backend: best.backend,
    reason: others === 0
      ? `${best.backend} is the only backend measured here`
      : `fastest for ${samples} samples by the probe (estimated ${estimates.join(', ')}${setupPaid ? '' : ', setup included'})`,
    probes,
  };
}

/**
 * `auto`'s choice in lines, for `--explain` and the backend's description:
 * each backend's probe rate (or why it was not measured), the choice, the
 * reason and where the measurements come from.
 *
 * @example
 * const lines = explainAutoChoice({ backend: 'js', reason: 'js is the only backend measured here', probes: [{ backend: 'js', samplesPerSecond: 2.5e7, setupSeconds: 0.04 }] });
 * lines[0]; // => 'probe js: 25.0 M samples/s (setup 0.04 s)'
 * lines[1]; // => 'auto chose js: js is the only backend measured here'
 */
export function explainAutoChoice(c: AutoChoice): string[] {
  const lines = c.probes.map((p) => ('samplesPerSecond' in p
    ? `probe ${p.backend}: ${(p.samplesPerSecond / 1e6).toFixed(1)} M samples/s (setup ${p.setupSeconds.toFixed(2)} s)`
    : `probe ${p.backend}: not measured (${p.unavailable})`));
  lines.push(`auto chose ${c.backend}: ${c.reason}`);
  if (c.cache) lines.push(c.cache.hit ? `from cache ${c.cache.path}, measured ${c.cache.measured}` : `measured now, saved to ${c.cache.path}`);
  for (const w of c.warnings ?? []) lines.push(`warning: ${w}`);
  return lines;
}
