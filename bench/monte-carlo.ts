/**
 * End-to-end Monte Carlo throughput of ailca against numpy, measured in the
 * same run (issue 3's benchmark).
 *
 *   npx tsx bench/monte-carlo.ts [--sizes 1e6,1e7,1e8] [--backends js,webasm,cpu,webgpu]
 *
 * Model: the uncertain Xeon 8468 study (examples/xeon-8468-uncertain.json),
 * analytic mean of the annualised footprint 2,405.6438 kgCO2e/year. Each
 * configuration runs in its own process (bench/mc-one.mjs on the built package,
 * bench/mc_numpy.py)
 * so that peak memory (max RSS) is its own. Prints samples per second end to
 * end (statistics included), the ratio to numpy at the same N, peak memory,
 * and the mean's distance from the analytic value in standard errors.
 */
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';

const MEAN = 2405.6438;
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1]) : fallback;
};
const sizes = arg('sizes', '1e6,1e7,1e8').split(',').map(Number);
const backends = arg('backends', 'js,webasm,cpu,webgpu').split(',');

interface Run {
  backend: string;
  samples: number;
  seconds: number;
  mean: number;
  sd: number;
  peakMiB: number;
  description?: string;
}

function run(cmd: string, args: string[]): Run | undefined {
  try {
    const out = execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 20, timeout: 900_000 });
    return JSON.parse(out.trim().split('\n').pop() as string) as Run;
  } catch (e) {
    console.error(`  ${cmd} ${args.join(' ')} failed: ${(e as Error).message.split('\n')[0]}`);
    return undefined;
  }
}

execFileSync('npm', ['run', 'build'], { stdio: 'ignore' });
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model}; node ${process.version}; ${new Date().toISOString()}`);
console.log('| N | method | seconds | M samples/s | × numpy | peak MiB | mean − analytic (SE) |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const n of sizes) {
  const numpy = run('python3', ['bench/mc_numpy.py', String(n), '1']);
  const rows: Run[] = numpy ? [{ ...numpy, backend: 'numpy (one vectorised pass)' }] : [];
  for (const b of backends) {
    const r = run('node', ['bench/mc-one.mjs', b, String(n)]);
    if (r) rows.push(r);
  }
  for (const r of rows) {
    const rate = r.samples / r.seconds;
    const ratio = numpy ? rate / (numpy.samples / numpy.seconds) : NaN;
    const se = r.sd / Math.sqrt(r.samples);
    console.log(`| ${n.toExponential(0)} | ${r.backend} | ${r.seconds.toFixed(2)} | ${(rate / 1e6).toFixed(1)} | ${ratio.toFixed(1)} | ${r.peakMiB.toFixed(0)} | ${((r.mean - MEAN) / se).toFixed(2)} |`);
  }
}
