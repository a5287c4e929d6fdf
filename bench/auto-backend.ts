/**
 * What `ailca mc` gives a user by default (issue 14): the 12-output default
 * run of the uncertain Xeon study through the CLI as a process, `--backend js`
 * against `auto` with a cold cache (first run, probe included) and with a
 * warm cache, the 1-output js figure (bench/mc-one.mjs) and numpy
 * (bench/mc_numpy.py) in the same run.
 *
 *   npx tsx bench/auto-backend.ts [--sizes 1e6,1e7,1e8] [--skip-build]
 *
 * Each configuration is its own process, timed end to end (Node's start,
 * study load, backend choice, sampling, float64 statistics, JSON out); the
 * cold cache is a fresh AILCA_CACHE_DIR, the warm one the same directory
 * again. Prints M samples/s and × numpy at each N, then the marginal rate
 * between successive sizes (start-up costs cancel), and what auto chose.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const sizes = arg('sizes', '1e6,1e7,1e8').split(',').map(Number);
const STUDY = 'examples/xeon-8468-uncertain.json';

interface Timed {
  seconds: number;
  backend: string;
  note: string;
}

function timed(cmd: string, args: string[], env: Record<string, string> = {}): Timed | undefined {
  const t0 = performance.now();
  try {
    const out = execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 26, timeout: 1_800_000, env: { ...process.env, ...env } });
    const seconds = (performance.now() - t0) / 1000;
    const last = JSON.parse(out.trim().split('\n').pop() as string) as { provenance?: { backend: string; auto?: { reason: string; cache?: { hit: boolean } } }; backend?: string; seconds?: number };
    const p = last.provenance;
    return { seconds, backend: p?.backend ?? last.backend ?? (cmd === 'python3' ? 'numpy' : '?'), note: p?.auto ? `${p.auto.cache?.hit ? 'cache hit; ' : ''}${p.auto.reason}` : '' };
  } catch (e) {
    console.error(`  ${cmd} ${args.join(' ')} failed: ${(e as Error).message.split('\n')[0]}`);
    return undefined;
  }
}

if (!process.argv.includes('--skip-build')) execFileSync('npm', ['run', 'build'], { stdio: 'ignore' });
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model}; node ${process.version}; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}; ${new Date().toISOString()}`);
console.log('| N | configuration | backend | seconds | M samples/s | × numpy | auto\'s reason |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
const cache = mkdtempSync(join(tmpdir(), 'ailca-bench-cache-'));
const table = new Map<string, { n: number; seconds: number }[]>();
const cli = (n: number, extra: string[]) => ['dist/cli/main.js', 'mc', STUDY, '--samples', String(n), '--seed', '1', '--format', 'json', ...extra];
try {
  for (const n of sizes) {
    const numpy = timed('python3', ['bench/mc_numpy.py', String(n), '1']);
    const rows: [string, Timed | undefined][] = [
      ['numpy, 1 output (one vectorised pass)', numpy],
      ['ailca mc --backend js (12 outputs)', timed('node', cli(n, ['--backend', 'js']))],
      ['ailca mc, auto, cold cache (12 outputs)', (rmSync(cache, { recursive: true, force: true }), timed('node', cli(n, []), { AILCA_CACHE_DIR: cache }))],
      ['ailca mc, auto, warm cache (12 outputs)', timed('node', cli(n, []), { AILCA_CACHE_DIR: cache })],
      ['runMonteCarlo js, 1 output (bench/mc-one.mjs)', timed('node', ['bench/mc-one.mjs', 'js', String(n)])],
    ];
    for (const [name, r] of rows) {
      if (!r) continue;
      const rate = n / r.seconds;
      const ratio = numpy ? rate / (n / numpy.seconds) : NaN;
      console.log(`| ${n.toExponential(0)} | ${name} | ${r.backend} | ${r.seconds.toFixed(2)} | ${(rate / 1e6).toFixed(1)} | ${ratio.toFixed(1)} | ${r.note} |`);
      table.set(name, [...(table.get(name) ?? []), { n, seconds: r.seconds }]);
    }
  }
} finally {
  rmSync(cache, { recursive: true, force: true });
}
console.log('\nmarginal rate between successive sizes (start-up cancels), M samples/s:');
for (const [name, points] of table) {
  const m = points.slice(1).map((p, i) => `${points[i].n.toExponential(0)}→${p.n.toExponential(0)}: ${((p.n - points[i].n) / (p.seconds - points[i].seconds) / 1e6).toFixed(1)}`);
  console.log(`  ${name}: ${m.join(', ')}`);
}
