import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Run the CLI the way a user does, as its own process, so that what native
// code (Dawn, the Vulkan loader) writes to fd 2 is seen, not just what ailca
// writes through its IO object.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const STUDY = 'examples/xeon-8468-uncertain.json';

function ailca(args: readonly string[], env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const reduced = (stderr: string): string[] => stderr.split('\n').filter((l) => /artificially reduced/.test(l));

describe('Dawn and the Vulkan loader stay quiet unless webgpu is asked for', () => {
  it.each([
    ['assess', ['assess', 'examples/xeon-8468.json']],
    ['mc --backend js', ['mc', STUDY, '--samples', '2000', '--backend', 'js']],
    ['mc (auto; 10 outputs, so js on a software adapter)', ['mc', STUDY, '--samples', '2000']],
    ['sensitivity (auto)', ['sensitivity', STUDY, '--method', 'tornado']],
  ])('%s: exit 0 and nothing on stderr', (_label, args) => {
    const r = ailca(args);
    expect(r.stderr, r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('mc (auto) on a machine without a Vulkan driver: the loader\'s warnings are not shown, the run says why js was chosen', () => {
    const r = ailca(['mc', STUDY, '--samples', '2000'], { VK_ICD_FILENAMES: '/nonexistent/icd.json' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/auto chose js: /);
  });

  it('mc --backend webgpu: each of Dawn\'s "artificially reduced" warnings at most once', (ctx) => {
    const r = ailca(['mc', STUDY, '--samples', '20000', '--backend', 'webgpu']);
    if (r.status === 2 && /backend is not available/.test(r.stderr) && process.env.AILCA_REQUIRE_WEBGPU !== '1') return ctx.skip(`webgpu cannot run here: ${r.stderr.trim().split('\n').pop()}`);
    expect(r.status, r.stderr).toBe(0);
    const lines = reduced(r.stderr);
    expect(new Set(lines).size).toBe(lines.length);
    expect(lines.length).toBeLessThanOrEqual(2);
  });
});
