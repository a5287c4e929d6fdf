import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

/** What {@link probeWebGPU} found: the adapter in words and its limits, or why there is none. */
export type WebGPUProbe =
  | { readonly available: true; readonly description: string; readonly software: boolean; readonly maxBufferBytes: number }
  | { readonly available: false; readonly reason: string };

/** The adapter's self-description, as Dawn gives it. */
export interface AdapterInfo {
  readonly vendor?: string;
  readonly architecture?: string;
  readonly device?: string;
  readonly description?: string;
  readonly isFallbackAdapter?: boolean;
}

/**
 * The adapter in words, whether it is software, and the largest buffer
 * gpu.js may bind; one rule for the probe and for the in-process session.
 */
export function describeAdapter(info: AdapterInfo, limits: { readonly maxStorageBufferBindingSize: number; readonly maxBufferSize: number }): { description: string; software: boolean; maxBufferBytes: number } {
  const name = info.description || info.device || 'unknown adapter';
  const text = `${name} (${[info.vendor, info.architecture].filter(Boolean).join(', ')})`;
  const software = info.isFallbackAdapter === true || /llvmpipe|lavapipe|swiftshader|software|warp/i.test(text);
  return { description: `${text} via Dawn (npm webgpu)`, software, maxBufferBytes: Math.min(limits.maxStorageBufferBindingSize, limits.maxBufferSize) };
}

/** Runs in the child: load Dawn, ask for an adapter, print one JSON line, exit at once (no Dawn teardown). */
const CHILD = `
const out = (o) => { process.stdout.write(JSON.stringify(o) + '\\n', () => process.exit(0)); };
try {
  const dawn = await import(process.argv[1]);
  const a = await dawn.create([]).requestAdapter();
  if (!a) out({ ok: false, reason: 'Dawn loaded but found no WebGPU adapter (no Vulkan driver with the features Dawn needs)' });
  else { const i = a.info ?? {}; out({ ok: true, info: { vendor: i.vendor, architecture: i.architecture, device: i.device, description: i.description, isFallbackAdapter: i.isFallbackAdapter }, limits: { maxStorageBufferBindingSize: a.limits.maxStorageBufferBindingSize, maxBufferSize: a.limits.maxBufferSize } }); }
} catch (e) { out({ ok: false, reason: 'the Dawn binding (npm package "webgpu") does not load here: ' + (e && e.message) }); }
`;

let cached: Promise<WebGPUProbe> | undefined;
const PROBE_TIMEOUT_MS = 30_000;

function runProbe(): Promise<WebGPUProbe> {
  let url: string;
  try {
    url = pathToFileURL(createRequire(import.meta.url).resolve('webgpu')).href;
  } catch (e) {
    return Promise.resolve({ available: false, reason: `the Dawn binding (npm package "webgpu") does not load here: ${(e as Error).message}` });
  }
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', CHILD, url], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    // Dawn's and the Vulkan loader's native warnings land here, unseen
    child.stderr.resume();
    const timer = setTimeout(() => child.kill('SIGKILL'), PROBE_TIMEOUT_MS);
    const done = (fallback: string): void => {
      clearTimeout(timer);
      const line = stdout.split('\n').find((l) => l.startsWith('{'));
      if (line === undefined) return resolve({ available: false, reason: fallback });
      const r = JSON.parse(line) as { ok: boolean; reason?: string; info?: AdapterInfo; limits?: { maxStorageBufferBindingSize: number; maxBufferSize: number } };
      resolve(r.ok ? { available: true, ...describeAdapter(r.info ?? {}, r.limits!) } : { available: false, reason: r.reason ?? fallback });
    };
    child.on('error', (e) => done(`the WebGPU probe did not start: ${e.message}`));
    child.on('close', (code, signal) => done(`the WebGPU probe ended without an answer (${signal ?? `exit ${code}`})`));
  });
}

/**
 * Ask, in a child Node process, whether Dawn finds a WebGPU adapter here and
 * which. The child's stderr is swallowed, so Dawn's "artificially reduced"
 * warnings and the Vulkan loader's complaints never reach the user, and
 * this process neither loads Dawn nor pays its memory (about 70 MiB) unless
 * webgpu is then chosen. Answered once per process.
 *
 * @returns the adapter's description and limits, or why there is none
 */
export function probeWebGPU(): Promise<WebGPUProbe> {
  cached ??= runProbe();
  return cached;
}
