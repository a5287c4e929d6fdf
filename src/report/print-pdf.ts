import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AilcaError } from '../errors/index.js';

/**
 * Browsers tried, in order, when none is named: Debian's `chromium`, then Google's builds.
 * @example
 * CHROMIUM_NAMES[0]; // => 'chromium'
 */
export const CHROMIUM_NAMES: readonly string[] = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/**
 * Flags that keep headless Chromium off the network and out of the user's profile.
 * @example
 * CHROMIUM_FLAGS.includes('--disable-background-networking'); // => true
 */
export const CHROMIUM_FLAGS: readonly string[] = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Find a Chromium on the PATH (or the one named by `$CHROMIUM`): the first
 * whose `--version` runs.
 *
 * @returns the command name, or undefined when there is none
 * @example
 * const chromium = findChromium();
 * chromium === undefined || CHROMIUM_NAMES.includes(chromium) || chromium === process.env.CHROMIUM; // => true
 */
export function findChromium(): string | undefined {
  const named = process.env.CHROMIUM;
  for (const name of named ? [named] : CHROMIUM_NAMES) {
    const r = spawnSync(name, ['--version'], { encoding: 'utf8', timeout: 30_000 });
    if (r.status === 0) return name;
  }
  return undefined;
}

/**
 * Run headless Chromium on a local HTML file with a fresh profile and the
 * network-free flags, plus `args` (`--print-to-pdf=…` or `--screenshot=…`).
 *
 * @param htmlPath - the HTML file
 * @param args - the action flags
 * @throws {@link AilcaError} when no Chromium is installed or it fails
 * @example
 * // with Chromium installed, a 1280 × 900 px screenshot of a report:
 * // runChromium('reports/xeon.html', ['--screenshot=/tmp/xeon.png', '--window-size=1280,900']);
 * typeof runChromium; // => 'function'
 */
export function runChromium(htmlPath: string, args: readonly string[]): void {
  const chromium = findChromium();
  if (chromium === undefined) {
    throw new AilcaError(`no Chromium found (tried ${(process.env.CHROMIUM ? [process.env.CHROMIUM] : CHROMIUM_NAMES).join(', ')}): install it (Debian: apt-get install -y chromium) or set $CHROMIUM, or write HTML and print it from a browser`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'ailca-chromium-'));
  try {
    const r = spawnSync(chromium, [...CHROMIUM_FLAGS, `--user-data-dir=${profile}`, ...args, pathToFileURL(resolve(htmlPath)).href], { encoding: 'utf8', timeout: 120_000 });
    if (r.status !== 0) throw new AilcaError(`${chromium} failed (exit ${String(r.status ?? r.signal)}): ${(r.stderr ?? '').trim().split('\n').slice(-3).join(' ')}`);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * Print an HTML report to PDF with headless Chromium (A4, no header or
 * footer). Optional: nothing else in ailca needs Chromium.
 *
 * @param htmlPath - the HTML report
 * @param pdfPath - where to write the PDF
 * @throws {@link AilcaError} when no Chromium is installed, it fails, or writes no PDF
 * @example
 * // with Chromium installed (Debian: apt-get install -y chromium):
 * // printPdf('reports/xeon.html', 'reports/xeon.pdf');
 * typeof printPdf; // => 'function'
 */
export function printPdf(htmlPath: string, pdfPath: string): void {
  runChromium(htmlPath, ['--no-pdf-header-footer', `--print-to-pdf=${resolve(pdfPath)}`]);
  if (!existsSync(pdfPath)) throw new AilcaError(`Chromium exited without writing ${pdfPath}`);
}
