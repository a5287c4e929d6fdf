import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, homedir } from 'node:os';
import { join } from 'node:path';
import { libraryVersion } from '../../version.js';
import type { BackendProbe } from './auto-choice.js';

/** The study shape `auto`'s measurements are cached for. */
export interface ProbeShape {
  /** Outputs the program computes. */
  readonly outputs: number;
  /** Uncertain inputs of the study. */
  readonly inputs: number;
  /** Uniforms one sample draws. */
  readonly uniformsPerSample: number;
  /** Length of the program's statements [characters]; cached by power-of-two bucket. */
  readonly programChars: number;
  /** Threads the js and webasm backends were asked for (sensitivity runs js on 1); default the machine's cores. */
  readonly threads?: number;
}

/** One cached measurement: the probes of a machine and study shape, and when. */
export interface ProbeCacheEntry {
  readonly probes: readonly BackendProbe[];
  /** ISO date of the measurement. */
  readonly measured: string;
}

/** The cache file: measurements by key, and the WebGPU adapter found per machine. */
export interface ProbeCache {
  readonly kind: 'ailca.backend-probe-cache';
  readonly version: 1;
  /** The adapter description (or `none: why`) by machine key, so a warm run skips the ~1 s adapter probe. */
  readonly adapters: Record<string, { readonly adapter: string; readonly measured: string }>;
  readonly entries: Record<string, ProbeCacheEntry>;
}

/**
 * Name of the cache file in the cache directory.
 * @example
 * PROBE_CACHE_FILE; // => 'backend-probe.json'
 */
export const PROBE_CACHE_FILE = 'backend-probe.json';

/**
 * Directory of ailca's cache: `$AILCA_CACHE_DIR`, else `$XDG_CACHE_HOME/ailca`,
 * else `~/.cache/ailca`.
 * @example
 * probeCacheDir({ AILCA_CACHE_DIR: '/tmp/x' }); // => '/tmp/x'
 * probeCacheDir({ XDG_CACHE_HOME: '/c' }); // => '/c/ailca'
 */
export function probeCacheDir(env: Readonly<Record<string, string | undefined>> = process.env): string {
  if (env.AILCA_CACHE_DIR) return env.AILCA_CACHE_DIR;
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'ailca');
}

/** This machine as the cache keys it: CPU model, cores, Node and ailca versions. */
export function machineKey(): string {
  return JSON.stringify({ cpu: cpus()[0]?.model ?? 'unknown', cores: availableParallelism(), node: process.version, ailca: libraryVersion() });
}

/**
 * Key of a measurement: the machine, the adapter and the study shape (the
 * program's length by power-of-two bucket).
 * @example
 * const shape = { outputs: 12, inputs: 9, uniformsPerSample: 14, programChars: 3000 };
 * probeCacheKey('m', 'none', shape) === probeCacheKey('m', 'none', { ...shape, programChars: 4000 }); // => true
 * probeCacheKey('m', 'none', shape) === probeCacheKey('m', 'none', { ...shape, outputs: 1 }); // => false
 */
export function probeCacheKey(machine: string, adapter: string, shape: ProbeShape): string {
  const bucket = 2 ** Math.ceil(Math.log2(Math.max(1, shape.programChars)));
  return JSON.stringify({ machine, adapter, outputs: shape.outputs, inputs: shape.inputs, uniforms: shape.uniformsPerSample, programChars: `<=${bucket}`, threads: shape.threads ?? availableParallelism() });
}

function emptyCache(): ProbeCache {
  return { kind: 'ailca.backend-probe-cache', version: 1, adapters: {}, entries: {} };
}

const NAMES = new Set(['js', 'webgpu', 'webasm', 'cpu']);

function validProbe(p: unknown): boolean {
  if (typeof p !== 'object' || p === null) return false;
  const o = p as Record<string, unknown>;
  if (typeof o.backend !== 'string' || !NAMES.has(o.backend)) return false;
  if (typeof o.unavailable === 'string') return true;
  return typeof o.samplesPerSecond === 'number' && o.samplesPerSecond > 0 && typeof o.setupSeconds === 'number' && o.setupSeconds >= 0;
}

function validCache(c: unknown): c is ProbeCache {
  if (typeof c !== 'object' || c === null) return false;
  const o = c as Record<string, unknown>;
  if (o.kind !== 'ailca.backend-probe-cache' || o.version !== 1) return false;
  if (typeof o.adapters !== 'object' || o.adapters === null || typeof o.entries !== 'object' || o.entries === null) return false;
  const adaptersOk = Object.values(o.adapters).every((a) => typeof a === 'object' && a !== null && typeof (a as { adapter: unknown }).adapter === 'string');
  const entriesOk = Object.values(o.entries).every((e) => {
    const x = e as { probes?: unknown; measured?: unknown } | null;
    return x !== null && typeof x === 'object' && typeof x.measured === 'string' && Array.isArray(x.probes) && x.probes.every(validProbe);
  });
  return adaptersOk && entriesOk;
}

/**
 * Read the cache file. A missing file is an empty cache; an unreadable or
 * corrupt one is reported through `warn` (naming the file and the fix) and
 * ignored: it is then overwritten by the next measurement.
 *
 * @param path - the cache file
 * @param warn - receives the warning
 * @returns the cache (empty when missing or corrupt)
 */
export function readProbeCache(path: string, warn: (message: string) => void): ProbeCache {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return emptyCache();
    warn(`backend probe cache ${path} is unreadable (${(e as Error).message}); ignored, backends are measured again`);
    return emptyCache();
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    warn(`backend probe cache ${path} is corrupt (${(e as Error).message}); ignored and rewritten after this run's probe (delete it to silence this)`);
    return emptyCache();
  }
  if (!validCache(parsed)) {
    warn(`backend probe cache ${path} is corrupt (not an ailca.backend-probe-cache version 1 with valid entries); ignored and rewritten after this run's probe (delete it to silence this)`);
    return emptyCache();
  }
  return parsed;
}

/**
 * Write the cache file (directory created as needed; written to a temporary
 * file then renamed, so a concurrent reader never sees half a file). A
 * failure is reported through `warn`: the run goes on, measured.
 */
export function writeProbeCache(path: string, dir: string, cache: ProbeCache, warn: (message: string) => void): void {
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, `${JSON.stringify(cache, null, 1)}\n`);
    renameSync(tmp, path);
  } catch (e) {
    warn(`backend probe cache ${path} could not be written (${(e as Error).message}); the next run measures again (set AILCA_CACHE_DIR to a writable directory)`);
  }
}
