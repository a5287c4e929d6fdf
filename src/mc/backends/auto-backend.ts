import { join } from 'node:path';
import { AilcaError } from '../../errors/index.js';
import { machineKey, probeCacheDir, probeCacheKey, PROBE_CACHE_FILE, readProbeCache, writeProbeCache, type ProbeShape } from './auto-cache.js';
import { chooseBackend, explainAutoChoice, type AutoChoice, type BackendProbe } from './auto-choice.js';
import { probeRate } from './auto-probe.js';
import type { Backend, BackendName } from './backend.js';
import type { SampleProgram } from './program.js';
import { probeWebGPU } from './probe-webgpu.js';

/** What `auto` measures on: the study's sampling program and the run's size. */
export interface AutoProbeRequest {
  /** The program the run will compile (random mode). */
  readonly program: SampleProgram;
  /** Samples the run will compute. */
  readonly samples: number;
  /** Uncertain inputs of the study (part of the cache key). */
  readonly inputs: number;
  /** Threads asked for (part of the cache key); default the machine's cores. */
  readonly threads?: number;
}

/**
 * Fewest samples worth probing [samples]: 2^23 ≈ 8.4 M. Below it js finishes
 * the run in well under a second here (17–40 M samples/s on 2 cores,
 * docs/performance.md), less than any other backend's start (the adapter
 * probe alone takes 0.9–1.0 s, docs/backends.md), so no other backend can
 * win the run: `auto` takes js without measuring anything.
 * @example
 * AUTO_MIN_PROBE_SAMPLES; // => 8388608
 */
export const AUTO_MIN_PROBE_SAMPLES = 2 ** 23;
/** Samples of one timed probe run: 1/128 of the run, within [2^16, 2^19] (a chunk of the 12-output run) [samples]. */
const probeSamples = (n: number) => Math.min(2 ** 19, Math.max(2 ** 16, 2 ** Math.floor(Math.log2(n / 128))));
/**
 * Most of a run's estimated js time that probing the other backends may cost [fraction, a design choice].
 * @example
 * AUTO_PROBE_BUDGET; // => 0.1
 */
export const AUTO_PROBE_BUDGET = 0.1;
/**
 * Estimated cost of probing webgpu and webasm when nothing was measured yet
 * [s]: the adapter probe (a Node start, Dawn's load, 0.9–1.0 s here,
 * docs/backends.md), Dawn's load in this process and the WGSL compile (about
 * 1 s on lavapipe), gpu.js's WebAssembly compile and worker pool (about 1 s),
 * each measured on this project's 2-core machine under load (docs/backends.md).
 */
const ESTIMATED_PROBE_SECONDS = { adapter: 1.0, webgpu: 1.0, webasm: 1.0 } as const;

type Make = (name: BackendName) => Promise<Backend>;

/** Test seams of {@link autoBackend}; the defaults are the constants above and the real environment. */
export interface AutoSettings {
  /** Where the cache directory comes from (AILCA_CACHE_DIR, XDG_CACHE_HOME). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly minProbeSamples?: number;
  readonly budget?: number;
  /** The WebGPU adapter in words, or `none: why` (default: {@link probeWebGPU} in a child process). */
  readonly findAdapter?: () => Promise<string>;
}

async function findAdapterInChild(): Promise<string> {
  const found = await probeWebGPU();
  return found.available ? found.description : `none: ${found.reason}`;
}

function withChoice(backend: Backend, choice: AutoChoice): Backend {
  return { ...backend, description: `${backend.description}; ${explainAutoChoice(choice).join('; ')}`, auto: choice };
}

/**
 * `auto` by measurement: time each backend that runs here on the study's own
 * program (js first, then webgpu when Dawn finds an adapter, then webasm; the
 * gpu.js `cpu` backend is the reference and never faster than js), choose the
 * one that finishes the run soonest ({@link chooseBackend}), and cache the
 * measurements per machine and study shape (auto-cache.ts). A run too small
 * to pay for a probe takes js without probing, and says so; a run whose js
 * time would be under 1/{@link AUTO_PROBE_BUDGET} of the other backends'
 * probe cost too. The chosen backend is the one probed (kept open), so its
 * run is the run `--backend <choice>` gives with the same seed: probe samples
 * are thrown away, never mixed in.
 */
export async function autoBackend(make: Make, request: AutoProbeRequest, settings: AutoSettings = {}): Promise<Backend> {
  const env = settings.env ?? process.env;
  const minProbe = settings.minProbeSamples ?? AUTO_MIN_PROBE_SAMPLES;
  const budget = settings.budget ?? AUTO_PROBE_BUDGET;
  const warnings: string[] = [];
  const warn = (m: string) => warnings.push(m);
  const n = request.samples;
  const finish = (backend: Backend, choice: Omit<AutoChoice, 'warnings'>) => withChoice(backend, { ...choice, ...(warnings.length > 0 ? { warnings } : {}) });
  const dir = probeCacheDir(env);
  const path = join(dir, PROBE_CACHE_FILE);
  const cache = readProbeCache(path, warn);
  const machine = machineKey();
  const shape: ProbeShape = { outputs: request.program.outputs.length, inputs: request.inputs, uniformsPerSample: request.program.uniformsPerSample, programChars: request.program.statements.length, ...(request.threads !== undefined ? { threads: request.threads } : {}) };
  const knownAdapter = cache.adapters[machine];
  if (knownAdapter !== undefined) {
    const entry = cache.entries[probeCacheKey(machine, knownAdapter.adapter, shape)];
    if (entry !== undefined) {
      const choice = chooseBackend(entry.probes, n, false);
      let chosen: Backend;
      try {
        chosen = await make(choice.backend);
      } catch (e) {
        // not a silent fall-back: the cached choice no longer runs here; say which file to delete
        throw new AilcaError(`auto's cached choice ${choice.backend} (from ${path}, measured ${entry.measured}) does not start: ${(e as Error).message}. Delete ${path} to measure again, or pass --backend js`);
      }
      return finish(chosen, { ...choice, cache: { path, measured: entry.measured, hit: true } });
    }
  }
  if (n < minProbe) {
    return finish(await make('js'), { backend: 'js', reason: `${n > 0 ? `${n} samples are` : 'the run size is not known beforehand, taken as'} below ${minProbe} (AUTO_MIN_PROBE_SAMPLES): js finishes before any other backend could start, so js (float64) without probing`, probes: [] });
  }
  // Cold: measure js on the run's program first; its rate says whether probing the others can pay.
  const P = probeSamples(n);
  const t0 = performance.now();
  const js = await make('js');
  const jsRate = await probeRate(js, request.program, P).catch(async (e: unknown) => {
    await js.dispose();
    throw e;
  });
  const probes: BackendProbe[] = [{ backend: 'js', samplesPerSecond: jsRate.samplesPerSecond, setupSeconds: (performance.now() - t0) / 1000 - P / jsRate.samplesPerSecond * 2 }];
  const jsSeconds = n / jsRate.samplesPerSecond;
  const probeCost = (knownAdapter ? 0 : ESTIMATED_PROBE_SECONDS.adapter) + ESTIMATED_PROBE_SECONDS.webgpu + ESTIMATED_PROBE_SECONDS.webasm;
  if (jsSeconds * budget < probeCost) {
    return finish(js, {
      backend: 'js',
      reason: `the run takes about ${jsSeconds.toPrecision(2)} s on js; probing webgpu and webasm would cost about ${probeCost.toFixed(1)} s, more than ${Number((budget * 100).toPrecision(3))} % of it, so js without probing them (not cached)`,
      probes,
    });
  }
  let adapter = knownAdapter?.adapter;
  adapter ??= await (settings.findAdapter ?? findAdapterInChild)();
  const kept = new Map<BackendName, Backend>([['js', js]]);
  const candidates: BackendName[] = adapter.startsWith('none:') ? ['webasm'] : ['webgpu', 'webasm'];
  if (adapter.startsWith('none:')) probes.push({ backend: 'webgpu', unavailable: adapter.slice(6) });
  try {
    for (const name of candidates) {
      const t1 = performance.now();
      let backend: Backend | undefined;
      try {
        backend = await make(name);
        const r = await probeRate(backend, request.program, P);
        probes.push({ backend: name, samplesPerSecond: r.samplesPerSecond, setupSeconds: Math.max(0, (performance.now() - t1) / 1000 - P / r.samplesPerSecond * 2) });
        kept.set(name, backend);
      } catch (e) {
        await backend?.dispose();
        probes.push({ backend: name, unavailable: (e as Error).message.split('\n')[0] });
      }
    }
    const choice = chooseBackend(probes, n, true);
    const measured = new Date().toISOString();
    writeProbeCache(path, dir, {
      ...cache,
      adapters: { ...cache.adapters, [machine]: { adapter, measured } },
      entries: { ...cache.entries, [probeCacheKey(machine, adapter, shape)]: { probes, measured } },
    }, warn);
    const chosen = kept.get(choice.backend) as Backend;
    kept.delete(choice.backend);
    return finish(chosen, { ...choice, cache: { path, measured, hit: false } });
  } finally {
    await Promise.all([...kept.values()].map((b) => b.dispose()));
  }
}
