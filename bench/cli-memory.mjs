// Peak memory and time of the CLI as a user runs it: `node dist/cli/main.js
// mc STUDY --samples N --backend B`, each run in its own process, one at a
// time. Peak = the largest resident set of that process or any child it ran
// (GNU time's %M, from wait4's rusage; the auto backend's WebGPU probe is such
// a child); without /usr/bin/time, the process's own VmHWM read from
// /proc/PID/status every 20 ms. Build first (`npm run build`), then:
//
//   node bench/cli-memory.mjs                       # 1e8 samples, auto,js,webasm,webgpu
//   node bench/cli-memory.mjs --samples 1e7 --backends auto,js,webasm,cpu,webgpu
//   node bench/cli-memory.mjs --node-flags=--max-semi-space-size=2   # flags for the CLI's node
//
// Prints a Markdown table: backend, samples, exit code, wall seconds,
// M samples/s as the CLI reports it, peak MiB.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const arg = (name, fallback) => {
  const k = process.argv.indexOf(`--${name}`);
  return k >= 0 ? process.argv[k + 1] : fallback;
};
const samples = Number(arg('samples', '1e8'));
const backends = arg('backends', 'auto,js,webasm,webgpu').split(',');
const study = arg('study', 'examples/xeon-8468-uncertain.json');
const nodeFlags = (process.argv.find((a) => a.startsWith('--node-flags=')) ?? '--node-flags=').slice('--node-flags='.length).split(' ').filter(Boolean);
const TIME = '/usr/bin/time';
const haveTime = existsSync(TIME);

function vmHwmKiB(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

function run(backend) {
  const cli = [...nodeFlags, 'dist/cli/main.js', 'mc', study, '--samples', String(samples), '--seed', '1', '--backend', backend];
  const [cmd, args] = haveTime ? [TIME, ['-f', 'AILCA_PEAK_KIB %M', process.execPath, ...cli]] : [process.execPath, cli];
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let hwm = 0;
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const poll = haveTime ? undefined : setInterval(() => (hwm = Math.max(hwm, vmHwmKiB(child.pid))), 20);
    child.on('close', (code) => {
      if (poll) clearInterval(poll);
      const seconds = (performance.now() - t0) / 1000;
      const m = /AILCA_PEAK_KIB (\d+)/.exec(stderr);
      const peakKiB = m ? Number(m[1]) : hwm;
      const rate = /Time: [\d.]+ s, ([\d.]+) M samples\/s/.exec(stdout);
      const chosen = /^Backend: (\S+)/m.exec(stdout);
      resolve({ backend, chosen: chosen ? chosen[1] : '?', code, seconds, rate: rate ? Number(rate[1]) : NaN, peakMiB: peakKiB / 1024 });
    });
  });
}

console.log(`node ${nodeFlags.join(' ')}${nodeFlags.length ? ' ' : ''}dist/cli/main.js mc ${study} --samples ${samples.toExponential()} --seed 1 --backend B (peak from ${haveTime ? 'GNU time %M' : '/proc VmHWM polling'})\n`);
console.log('| --backend | ran on | exit | wall s | M samples/s (CLI) | peak MiB |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const b of backends) {
  const r = await run(b);
  console.log(`| ${r.backend} | ${r.chosen} | ${r.code} | ${r.seconds.toFixed(1)} | ${r.rate.toFixed(1)} | ${r.peakMiB.toFixed(0)} |`);
}
