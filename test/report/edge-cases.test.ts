/**
 * Reports of unusual studies: hostile strings everywhere, no uncertain
 * input, a single uncertain input, and bad options.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { buildReport, renderHtml, renderMarkdown, writeReport } from '../../src/report/index.js';
import { loadStudyFile } from '../../src/scenarios/index.js';

const HOSTILE = '<script>alert("x")</script> & | *x* [l](javascript:alert(1))';

function studyFile(study: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'ailca-edge-')), 'study.json');
  writeFileSync(path, JSON.stringify(study));
  return path;
}

/** One server: a 1 cm² logic die at 2 kgCO2e/cm², 100 W always, 4 years, 0.5 kgCO2e/kWh. */
function box(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: HOSTILE,
    description: `A test server. Cooling and ${HOSTILE} are excluded from this study.`,
    servers: [{ name: `server ${HOSTILE}`, lifetime: '4 years', components: [{ type: 'ic', name: `die ${HOSTILE}`, technology: 'logic', dieArea: '1 cm2', factor: '2 kgCO2e/cm2', source: HOSTILE }], power: { active: '100 W', idle: '100 W' } }],
    workload: { utilization: 0.5 },
    cloud: { gridIntensity: '0.5 kg/kWh', pue: 1 },
    ...extra,
  };
}

const small = { samples: 2000, sobolSamples: 64, scenarioSamples: 500, backend: 'js' as const, date: '2026-11-23' };

describe('reports of unusual studies', () => {
  it('renderHtml and renderMarkdown escape every user string', async () => {
    const report = await buildReport(loadStudyFile(studyFile(box({ scenarios: [{ name: HOSTILE, set: { 'cloud.pue': 1.5 } }] }))), small);
    const html = renderHtml(report);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; | *x*');
    for (const m of html.matchAll(/\shref\s*=\s*"([^"]*)"/gi)) expect(m[1]).toMatch(/^#[\w-]+$/);
    const md = renderMarkdown(report).markdown;
    expect(md).not.toContain('<script>');
    expect(md).toContain('\\<script\\>alert("x")\\</script\\> \\& \\| \\*x\\* \\[l\\](javascript:alert(1))');
    // a | in a name does not add a column: every row of a table has as many cell separators as its header
    for (const table of md.split('\n\n').filter((b) => b.includes('\n| ---') || /\n\|( ---:? \|)+/.test(b))) {
      const lines = table.split('\n').filter((l) => l.startsWith('|'));
      const cells = (l: string) => l.replace(/\\\|/g, '').split('|').length;
      for (const l of lines) expect(cells(l)).toBe(cells(lines[0]));
    }
    // the description's sentence that excludes something is quoted in the scope
    expect(report.goalAndScope.exclusions.some((x) => x.basis === 'study description' && x.text.startsWith('Cooling and'))).toBe(true);
  });

  it('buildReport of a study with no uncertain input: exact figures, no sensitivity, three figures', async () => {
    const report = await buildReport(loadStudyFile(studyFile(box())), small);
    // embodied 1 cm² × 2 = 2 kgCO2e over 4 years = 0.5/year; 100 W × 8,760 h = 876 kWh × 0.5 = 438 kgCO2e/year
    expect(report.impact.functionalUnit.deterministic).toBeCloseTo(438.5, 12);
    expect(report.impact.functionalUnit.monteCarlo).toMatchObject({ constant: true, sd: 0, mean: 438.5 });
    expect(report.interpretation.sensitivity.ranking).toEqual([]);
    expect(report.interpretation.sensitivity.notes[0]).toMatch(/^no sensitivity analysis: the study has no uncertain input/);
    expect(report.dataQuality.quantileMethod).toBe('none');
    expect(report.figures.histogram).toBeUndefined();
    const html = renderHtml(report);
    expect(html.match(/<figure>/g)).toHaveLength(3);
    expect(html).toContain('The study file defines no scenarios.');
    expect(html).toContain('no uncertain input reaches it');
    expect(report.provenance.sensitivity).toEqual([]);
  });

  it('buildReport of a study with one uncertain input runs the tornado but not Sobol, and says why', async () => {
    const study = box({ cloud: { gridIntensity: { dist: 'uniform', min: '0.3 kg/kWh', max: '0.7 kg/kWh' }, pue: 1 } });
    const report = await buildReport(loadStudyFile(studyFile(study)), small);
    const s = report.interpretation.sensitivity;
    expect(s.sobol).toBeUndefined();
    expect(s.notes.some((n) => /no Sobol indices: the study has one uncertain input \(cloud\.gridIntensity\)/.test(n))).toBe(true);
    // base: uniform(0.3, 0.7) has mean 0.5; 5th and 95th percentiles 0.32 and 0.68 → 0.5 + 876 × 0.32 and 0.5 + 876 × 0.68
    const row = s.ranking[0];
    expect(row.outputAtLow).toBeCloseTo(0.5 + 876 * 0.32, 9);
    expect(row.outputAtHigh).toBeCloseTo(0.5 + 876 * 0.68, 9);
    expect(report.figures.tornado?.data.bars).toHaveLength(1);
    expect(report.figures.sobol).toBeUndefined();
  });

  it('buildReport refuses bad options before running anything', async () => {
    const file = loadStudyFile('examples/xeon-8468.json');
    await expect(buildReport(file, { samples: 1 })).rejects.toThrow(InputError);
    await expect(buildReport(file, { seed: -1 })).rejects.toThrow(/options\.seed/);
    await expect(buildReport(file, { backend: 'cuda' as never })).rejects.toThrow(/options\.backend/);
    await expect(buildReport(file, { lowPercentile: 0.9, highPercentile: 0.1 })).rejects.toThrow(/options\.highPercentile/);
    await expect(buildReport(file, { date: 'yesterday' })).rejects.toThrow(/options\.date/);
  });

  it('writeReport refuses a format it does not know instead of printing a PDF', async () => {
    const report = await buildReport(loadStudyFile('examples/xeon-8468.json'), { samples: 100, backend: 'js', date: '2026-11-23' });
    const out = join(mkdtempSync(join(tmpdir(), 'ailca-edge-')), 'report.markdown');
    expect(() => writeReport(report, out, 'markdown' as never)).toThrow(InputError);
    expect(() => writeReport(report, out, 'markdown' as never)).toThrow(/format is not a report format: got "?markdown"?; expected one of html, md, json, pdf/);
  });

  it('buildReport stops when its signal aborts and says so', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(buildReport(loadStudyFile('examples/xeon-8468-uncertain.json'), { ...small, signal: controller.signal })).rejects.toThrow(/interrupted/);
  });
});
