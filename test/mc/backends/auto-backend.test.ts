import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { machineKey, probeCacheKey, readProbeCache, writeProbeCache, type ProbeCache } from '../../../src/mc/backends/auto-cache.js';
import { autoBackend } from '../../../src/mc/backends/auto-backend.js';
import { chooseBackend, createJsBackend, explainAutoChoice, probeCacheDir, type Backend, type BackendName, type BackendProbe } from '../../../src/mc/index.js';

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'ailca-auto-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('chooseBackend with injected timings', () => {
  const probes: BackendProbe[] = [
    { backend: 'js', samplesPerSecond: 20e6, setupSeconds: 0.05 },
    { backend: 'webgpu', samplesPerSecond: 60e6, setupSeconds: 2 },
    { backend: 'webasm', unavailable: 'no WebAssembly here' },
  ];
  it('chooseBackend takes the backend that finishes first, setup included from the cache', () => {
    // js: N/20e6 + 0.05; webgpu: N/60e6 + 2 → equal at N = 1.95 · 60e6 / 2 = 5.85e7
    expect(chooseBackend(probes, 5e7, false).backend).toBe('js');
    expect(chooseBackend(probes, 6e7, false).backend).toBe('webgpu');
    // right after probing the setup is paid: the rate alone decides
    expect(chooseBackend(probes, 1e6, true).backend).toBe('webgpu');
  });
  it('chooseBackend ties go to the first probe (js), and no measurement means js', () => {
    expect(chooseBackend([{ backend: 'js', samplesPerSecond: 1e7, setupSeconds: 0 }, { backend: 'webasm', samplesPerSecond: 1e7, setupSeconds: 0 }], 1e8, true).backend).toBe('js');
    const none = chooseBackend([{ backend: 'webgpu', unavailable: 'no adapter' }], 1e8, true);
    expect(none.backend).toBe('js');
    expect(none.reason).toMatch(/no backend was measured/);
  });
  it('explainAutoChoice lists each probe rate, the choice and the cache', () => {
    const lines = explainAutoChoice({ ...chooseBackend(probes, 1e8, false), cache: { path: '/c/backend-probe.json', measured: '2026-01-01T00:00:00.000Z', hit: true } });
    expect(lines[0]).toBe('probe js: 20.0 M samples/s (setup 0.05 s)');
    expect(lines[1]).toBe('probe webgpu: 60.0 M samples/s (setup 2.00 s)');
    expect(lines[2]).toBe('probe webasm: not measured (no WebAssembly here)');
    // js 5.05 s, webgpu 1e8/6e7 + 2 = 3.67 s
    expect(lines[3]).toBe('auto chose webgpu: fastest for 100000000 samples by the probe (estimated js 5.0 s, webgpu 3.7 s, setup included)');
    expect(lines[4]).toBe('from cache /c/backend-probe.json, measured 2026-01-01T00:00:00.000Z');
  });
});

describe('probe cache', () => {
  it('probeCacheDir prefers AILCA_CACHE_DIR, then XDG_CACHE_HOME/ailca', () => {
    expect(probeCacheDir({ AILCA_CACHE_DIR: '/a', XDG_CACHE_HOME: '/x' })).toBe('/a');
    expect(probeCacheDir({ XDG_CACHE_HOME: '/x' })).toBe('/x/ailca');
    expect(probeCacheDir({}).endsWith(join('.cache', 'ailca'))).toBe(true);
  });
  it('writeProbeCache then readProbeCache gives the cache back; a missing file is empty without a warning', () => {
    const dir = join(tempDir(), 'sub');
    const path = join(dir, 'backend-probe.json');
    const warnings: string[] = [];
    expect(readProbeCache(path, (m) => warnings.push(m)).entries).toEqual({});
    const cache: ProbeCache = { kind: 'ailca.backend-probe-cache', version: 1, adapters: { m: { adapter: 'none: x', measured: 'd' } }, entries: { k: { probes: [{ backend: 'js', samplesPerSecond: 1, setupSeconds: 0 }], measured: 'd' } } };
    writeProbeCache(path, dir, cache, (m) => warnings.push(m));
    expect(readProbeCache(path, (m) => warnings.push(m))).toEqual(cache);
    expect(warnings).toEqual([]);
  });
  it('readProbeCache reports a corrupt file with a warning and ignores it', () => {
    const path = join(tempDir(), 'backend-probe.json');
    const warnings: string[] = [];
    writeFileSync(path, '{"kind": "ailca.backend-probe-cache", "version": 1, "adapters": {}, "entr');
    expect(readProbeCache(path, (m) => warnings.push(m)).entries).toEqual({});
    writeFileSync(path, JSON.stringify({ kind: 'ailca.backend-probe-cache', version: 1, adapters: {}, entries: { k: { probes: [{ backend: 'gpu', samplesPerSecond: 1 }], measured: 'd' } } }));
    expect(readProbeCache(path, (m) => warnings.push(m)).entries).toEqual({});
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(new RegExp(`backend probe cache ${path} is corrupt .*ignored`));
    expect(warnings[1]).toMatch(/not an ailca.backend-probe-cache version 1 with valid entries/);
  });
  it('probeCacheKey differs by machine, adapter and study shape, not by program length within a power of two', () => {
    const shape = { outputs: 3, inputs: 2, uniformsPerSample: 4, programChars: 513 };
    const key = probeCacheKey('m', 'a', shape);
    expect(probeCacheKey('m', 'a', { ...shape, programChars: 1024 })).toBe(key);
    expect(probeCacheKey('m', 'a', { ...shape, programChars: 1025 })).not.toBe(key);
    expect(probeCacheKey('m2', 'a', shape)).not.toBe(key);
    expect(probeCacheKey('m', 'b', shape)).not.toBe(key);
    expect(probeCacheKey('m', 'a', { ...shape, inputs: 3 })).not.toBe(key);
    expect(probeCacheKey('m', 'a', { ...shape, uniformsPerSample: 5 })).not.toBe(key);
    expect(probeCacheKey('m', 'a', { ...shape, threads: 1 })).not.toBe(probeCacheKey('m', 'a', { ...shape, threads: 2 }));
  });
});

describe('autoBackend', () => {
  const program = { statements: 'const u = Math.random(); const y = u * u; const z = 3 * u;', outputs: ['y', 'z'], uniformsPerSample: 1 };
  const request = { program, samples: 1 << 20, inputs: 1 };
  const made: BackendName[] = [];
  // js runs; the gpu.js backends are refused here so the test needs neither Dawn nor gpu.js compile time
  const make = async (name: BackendName): Promise<Backend> => {
    made.push(name);
    if (name === 'js') return createJsBackend({ threads: 1 });
    throw new Error(`${name} refused by the test`);
  };
  const settings = (dir: string, more = {}) => ({ env: { AILCA_CACHE_DIR: dir }, minProbeSamples: 1 << 16, budget: 1e9, findAdapter: async () => 'none: no adapter in the test', ...more });

  it('autoBackend measures cold, writes the cache, and reads it warm with the same choice', async () => {
    const dir = tempDir();
    made.length = 0;
    const cold = await autoBackend(make, request, settings(dir));
    expect(cold.name).toBe('js');
    expect(made).toEqual(['js', 'webasm']);
    const probes = cold.auto!.probes;
    expect(probes[0].backend).toBe('js');
    expect((probes[0] as { samplesPerSecond: number }).samplesPerSecond).toBeGreaterThan(0);
    expect(probes[1]).toEqual({ backend: 'webgpu', unavailable: 'no adapter in the test' });
    expect(probes[2]).toEqual({ backend: 'webasm', unavailable: 'webasm refused by the test' });
    expect(cold.auto!.cache).toMatchObject({ path: join(dir, 'backend-probe.json'), hit: false });
    expect(cold.description).toMatch(/auto chose js: js is the only backend measured here; measured now, saved to /);
    await cold.dispose();
    const file = JSON.parse(readFileSync(join(dir, 'backend-probe.json'), 'utf8')) as ProbeCache;
    expect(file.adapters[machineKey()].adapter).toBe('none: no adapter in the test');
    made.length = 0;
    const warm = await autoBackend(make, request, settings(dir, { findAdapter: () => Promise.reject(new Error('a warm run must not look for the adapter')) }));
    expect(made).toEqual(['js']);
    expect(warm.auto!.cache).toEqual({ path: join(dir, 'backend-probe.json'), measured: file.entries[Object.keys(file.entries)[0]].measured, hit: true });
    expect(warm.auto!.probes).toEqual(probes);
    await warm.dispose();
    // another study shape misses the cache and is measured
    made.length = 0;
    const other = await autoBackend(make, { ...request, inputs: 2 }, settings(dir));
    expect(other.auto!.cache!.hit).toBe(false);
    await other.dispose();
  });

  it('autoBackend skips probing below the minimum, and when probing would cost more than the budget', async () => {
    const dir = tempDir();
    made.length = 0;
    const small = await autoBackend(make, { ...request, samples: 1000 }, settings(dir, { minProbeSamples: 1 << 23 }));
    expect(small.auto!.probes).toEqual([]);
    expect(small.auto!.reason).toMatch(/^1000 samples are below 8388608 \(AUTO_MIN_PROBE_SAMPLES\)/);
    await small.dispose();
    const short = await autoBackend(make, request, settings(dir, { budget: 1e-9 }));
    expect(short.name).toBe('js');
    expect(short.auto!.probes.map((p) => p.backend)).toEqual(['js']);
    expect(short.auto!.reason).toMatch(/probing webgpu and webasm would cost about .* s, more than 1e-7 % of it, so js without probing them \(not cached\)/);
    await short.dispose();
    expect(made).toEqual(['js', 'js']);
  });

  it('autoBackend warns about a corrupt cache and measures again', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'backend-probe.json'), 'not json');
    const b = await autoBackend(make, request, settings(dir));
    expect(b.auto!.warnings).toHaveLength(1);
    expect(b.auto!.warnings![0]).toMatch(/is corrupt/);
    expect(b.description).toMatch(/warning: backend probe cache .* is corrupt/);
    await b.dispose();
    // rewritten: the next run reads it without a warning
    const again = await autoBackend(make, request, settings(dir));
    expect(again.auto!.warnings).toBeUndefined();
    expect(again.auto!.cache!.hit).toBe(true);
    await again.dispose();
  });
});
