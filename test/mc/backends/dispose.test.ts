import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const FIXTURE = fileURLToPath(new URL('./fixtures/run-and-dispose.ts', import.meta.url));

/** Run the fixture in a fresh Node; resolve with its exit code and stdout, or 'hung' after the limit. */
function runChild(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', FIXTURE, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, out });
    });
  });
}

describe('Backend.dispose', () => {
  it.each([
    ['js', '2'],
    ['webasm', '1'],
    ['webasm', '2'],
    ['cpu', '1'],
    ['webgpu', '1'],
    ['auto', '2'],
  ])('dispose() of %s (threads %s) leaves nothing keeping Node alive: the process exits with code 0', async (name, threads) => {
    const r = await runChild([name, threads]);
    expect(r.signal).toBeNull(); // not killed by the 60 s limit, no SIGSEGV from Dawn
    expect(r.code).toBe(0);
    if (r.out.startsWith('error')) {
      // only webgpu may be missing, and not when CI requires it
      expect(name).toBe('webgpu');
      expect(process.env.AILCA_REQUIRE_WEBGPU).not.toBe('1');
      expect(r.out).toMatch(/error InputError backend: backend is not available/);
    } else {
      expect(r.out.trim()).toMatch(new RegExp(`^ran (${name === 'auto' ? 'js|webgpu' : name}) 100000$`));
    }
  });

  it.each([['webgpu'], ['webasm'], ['js']])('a process that disposes a %s backend, collects garbage and creates another lives on and exits with code 0', async (name) => {
    // webgpu: without the Dawn instance held for the process, a GC after dispose aborted Node
    const r = await runChild([name, '2', 'gc']);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(0);
    if (!r.out.startsWith('error')) expect(r.out.trim()).toBe(`ran ${name} 100000`);
    else expect(process.env.AILCA_REQUIRE_WEBGPU).not.toBe('1');
  });

  it('createBackend(webgpu) without a Vulkan driver is an InputError on backend; auto falls back to js and says why', async () => {
    const env = { VK_ICD_FILENAMES: '/nonexistent/ailca-no-driver.json' };
    const gpu = await runChild(['webgpu'], env);
    expect(gpu.code).toBe(0);
    expect(gpu.out).toMatch(/^error InputError backend: backend is not available: got "webgpu"; expected a backend that runs here/);
    const auto = await runChild(['auto'], env);
    expect(auto.code).toBe(0);
    expect(auto.out.trim()).toBe('ran js 100000');
  });
});
