/**
 * The HTML report in a real browser: headless Chromium prints it to PDF and
 * takes a screenshot. Chromium is optional (CI may lack it): without it these
 * tests are skipped and their name says why. To look at the report yourself:
 * npx tsx scripts/screenshot-report.ts (writes docs/images/report-*.png).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport, findChromium, renderHtml, runChromium, writeReport } from '../../src/report/index.js';
import { loadStudyFile } from '../../src/scenarios/index.js';

const chromium = findChromium();
const title = chromium ? `the HTML report in headless Chromium (${chromium})` : 'the HTML report in headless Chromium — SKIPPED: no Chromium found (apt-get install -y chromium, or set $CHROMIUM)';

describe(title, () => {
  it.runIf(process.env.AILCA_REQUIRE_CHROMIUM === '1')('Chromium is found where AILCA_REQUIRE_CHROMIUM=1 (CI installs it)', () => {
    expect(chromium, 'no Chromium found: apt-get install -y chromium, or set $CHROMIUM').toBeDefined();
  });

  it.skipIf(chromium === undefined)('writeReport --format pdf prints the report to a PDF', async () => {
    const report = await buildReport(loadStudyFile('examples/xeon-8468-uncertain.json'), { samples: 10_000, sobolSamples: 128, scenarioSamples: 1000, backend: 'js' });
    const pdf = join(mkdtempSync(join(tmpdir(), 'ailca-pdf-')), 'sub', 'report.pdf');
    expect(writeReport(report, pdf, 'pdf')).toEqual([pdf]);
    const bytes = readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(20_000);
  });

  it.skipIf(chromium === undefined)('runChromium takes a screenshot of the report (a PNG of the window size)', async () => {
    const report = await buildReport(loadStudyFile('examples/xeon-8468.json'), { samples: 100, backend: 'js' });
    const dir = mkdtempSync(join(tmpdir(), 'ailca-shot-'));
    const html = join(dir, 'report.html');
    writeFileSync(html, renderHtml(report));
    const png = join(dir, 'report.png');
    runChromium(html, [`--screenshot=${png}`, '--window-size=1280,900']);
    expect(existsSync(png)).toBe(true);
    const bytes = readFileSync(png);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR: width and height as big-endian 32-bit integers at bytes 16 and 20
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1280, 900]);
  });
});
