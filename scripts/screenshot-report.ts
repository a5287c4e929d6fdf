/**
 * Render the report of a study to HTML and take screenshots of it with
 * headless Chromium, to look at the charts and tables as a reader sees them:
 *
 *   npx tsx scripts/screenshot-report.ts                      # the Xeon study → docs/images/report-*.png
 *   npx tsx scripts/screenshot-report.ts STUDY.json OUT_DIR   # any study, any folder
 *
 * Writes one screenshot per part of the report into OUT_DIR
 * (report-summary.png, report-inventory.png, report-impact.png,
 * report-interpretation.png, report-quality.png; each shows only its
 * sections, so that nothing is cut by the window), and the top of the whole
 * page at 1280 × 4000 px (report-page.png) next to the HTML in a temporary
 * folder. Needs
 * Chromium (Debian: apt-get install -y chromium, or set $CHROMIUM); the tests
 * do not. Uses the report's defaults (10^6 samples, seed 1) and a fixed date.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildReport, findChromium, renderHtml, runChromium } from '../src/report/index.js';
import { loadStudyFile } from '../src/scenarios/index.js';

const [study = 'examples/xeon-8468-uncertain.json', outDir = 'docs/images'] = process.argv.slice(2);

/** Parts of the page: the sections (by heading id) each screenshot shows, and a window height that holds them [px]. */
const VIEWS: readonly { name: string; sections: readonly string[]; header: boolean; height: number }[] = [
  { name: 'summary', sections: ['summary', 'goal-and-scope'], header: true, height: 2150 },
  { name: 'inventory', sections: ['inventory'], header: false, height: 1250 },
  { name: 'impact', sections: ['impact'], header: false, height: 2900 },
  { name: 'interpretation', sections: ['interpretation'], header: false, height: 3900 },
  { name: 'quality', sections: ['data-quality', 'provenance'], header: false, height: 1500 },
];

function viewCss(sections: readonly string[], header: boolean): string {
  const keep = sections.map((s) => `:not([aria-labelledby="${s}"])`).join('');
  return `<style>main > section${keep} { display: none; }${header ? '' : ' main > header { display: none; }'}</style>`;
}

async function main(): Promise<void> {
  if (findChromium() === undefined) {
    console.error('screenshot-report: no Chromium found. Install it (Debian: apt-get install -y chromium) or set $CHROMIUM.');
    process.exitCode = 1;
    return;
  }
  const report = await buildReport(loadStudyFile(study), { date: '2026-11-23' });
  const html = renderHtml(report);
  const dir = mkdtempSync(join(tmpdir(), 'ailca-shot-'));
  mkdirSync(outDir, { recursive: true });
  const page = join(dir, 'report.html');
  writeFileSync(page, html);
  const shots = [{ file: join(dir, 'report-page.png'), html: page, height: 4000 }];
  for (const v of VIEWS) {
    const file = join(dir, `${v.name}.html`);
    writeFileSync(file, html.replace('</head>', `${viewCss(v.sections, v.header)}\n</head>`));
    shots.push({ file: join(outDir, `report-${v.name}.png`), html: file, height: v.height });
  }
  for (const s of shots) {
    runChromium(s.html, [`--screenshot=${resolve(s.file)}`, `--window-size=1280,${s.height}`, '--hide-scrollbars']);
    console.log(`wrote ${s.file}`);
  }
  console.log(`the HTML is at ${page}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
