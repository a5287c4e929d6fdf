/**
 * The report of the uncertain Xeon study (examples/xeon-8468-uncertain.json,
 * whose base case is seed 004's server, Clemm et al. 2024, IV.C, Table I)
 * carries the seed's figures, every section, and no external reference.
 * Every expected figure is derived here from Table I's rows.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport, renderHtml, renderJson, renderMarkdown, type Report } from '../../src/report/index.js';
import { loadStudyFile } from '../../src/scenarios/index.js';

// Table I: embodied carbon per part = area [cm²] × factor [kgCO2e/cm²]
const CPU = 8.12 * 3.0; // 24.36
const DRAM = 1024 * 0.6 * 1.8; // 614.4 cm² × 1.8 = 1,105.92
const OTHER = 6.0 * 1.8; // 10.8
const PCB = 595.4 * 0.06; // 35.724
const EMBODIED = CPU + DRAM + OTHER + PCB; // 1,176.804 kgCO2e
// Use: 0.75 × (350 + 205) W + 0.25 × 200 W = 466.25 W; × 8,760 h / 1000 = 4,084.35 kWh/year
const ENERGY = ((0.75 * (350 + 205) + 0.25 * 200) * 8760) / 1000;
const OPERATIONAL = ENERGY * 0.4; // 1,633.74 kgCO2e/year (Germany 2022)
const ANNUAL = EMBODIED / 5 + OPERATIONAL; // 235.3608 + 1,633.74 = 1,869.1008 kgCO2e/year
const USE_SHARE = OPERATIONAL / ANNUAL; // 0.87408 → "87 %" in the paper
const THREE_YEARS = EMBODIED / 3 + OPERATIONAL; // 392.268 + 1,633.74 = 2,026.008 ("2,026.0")
const RENEWABLE_OPERATIONAL = ENERGY * 0.05; // 204.2175 kgCO2e/year ("204.22")
// Analytic mean of the uncertain model's annualised footprint (six independent inputs, as the
// study's description gives them). Embodied: the factors' means are their bases (uniform(2.5, 3.5)
// → 3.0, uniform(1.5, 2.1) → 1.8), so E[embodied] = EMBODIED, and E[1/L] for L ~ triangular(3, 5, 7)
// is ∫ f(l)/l dl = ¼(2 − 3 ln(5/3)) + ¼(7 ln(7/5) − 2) = 0.205707…
// Operational: E[u] = 0.725 (uniform(0.5, 0.95)), E[grid] = 0.4 (its arithmetic mean), E[PUE] = 1.35
// (uniform(1.1, 1.6)): (0.725 × 555 + 0.275 × 200) W × 8.76 kh × 1.35 × 0.4 = 2,163.57…
// Total 242.07… + 2,163.57… = 2,405.64 kgCO2e/year (docs/uncertainty.md).
const INV_LIFETIME = 0.25 * (2 - 3 * Math.log(5 / 3)) + 0.25 * (7 * Math.log(7 / 5) - 2);
const ANALYTIC_MEAN = EMBODIED * INV_LIFETIME + (0.725 * 555 + 0.275 * 200) * 8.76 * 1.35 * 0.4;

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

let report: Report;
let html: string;
let md: string;

beforeAll(async () => {
  report = await buildReport(loadStudyFile('examples/xeon-8468-uncertain.json'), { samples: 40_000, sobolSamples: 512, scenarioSamples: 5_000, backend: 'js', seed: 3, date: '2026-11-23' });
  html = renderHtml(report);
  md = renderMarkdown(report, 'xeon-figures').markdown;
});

describe('buildReport of the uncertain Xeon study', () => {
  it('buildReport keeps the seed figures at full precision (to 1e-12 relative)', () => {
    const total = (key: string) => report.impact.totals.find((t) => t.key === key)?.deterministic as number;
    expect(rel(total('embodied.total'), EMBODIED)).toBeLessThan(1e-12);
    expect(rel(total('operational.annualEnergy'), ENERGY)).toBeLessThan(1e-12);
    expect(rel(total('operational.annual'), OPERATIONAL)).toBeLessThan(1e-12);
    expect(rel(total('annualized.total'), ANNUAL)).toBeLessThan(1e-12);
    expect(rel(total('usePhaseShare'), USE_SHARE)).toBeLessThan(1e-12);
    expect(rel(report.impact.functionalUnit.deterministic, ANNUAL)).toBeLessThan(1e-12);
    const [base, three, renewable] = report.interpretation.scenarios;
    expect(base?.name).toBe('base case');
    expect(three?.name).toBe('3-year life');
    expect(rel(three.deterministic.value, THREE_YEARS)).toBeLessThan(1e-12);
    expect(renewable?.name).toBe('renewable supply');
    expect(rel(renewable.annualized.operationalKgCO2e, RENEWABLE_OPERATIONAL)).toBeLessThan(1e-12);
    expect(rel(renewable.deterministic.value, EMBODIED / 5 + RENEWABLE_OPERATIONAL)).toBeLessThan(1e-12);
    expect(rel(three.changeFromBase as number, THREE_YEARS / ANNUAL - 1)).toBeLessThan(1e-9);
  });

  it('buildReport splits the footprint by element, phase and component as Table I does', () => {
    const server = report.impact.byElement.find((e) => e.element === 'server')!;
    expect(rel(server.embodiedKgCO2e, EMBODIED / 5)).toBeLessThan(1e-12);
    expect(rel(server.operationalKgCO2e, OPERATIONAL)).toBeLessThan(1e-12);
    expect(report.impact.byElement.filter((e) => !e.modelled).map((e) => e.element)).toEqual(['model', 'data']);
    const parts = report.impact.embodiedComponents.map((c) => c.kgCO2e);
    [CPU, DRAM, OTHER, PCB].forEach((v, i) => expect(rel(parts[i], v)).toBeLessThan(1e-12));
    // the figure data carry the same numbers
    expect(report.figures.embodiedComponents.data.map((d) => d.value)).toEqual(parts);
    const seg = (bar: string, segment: string) => report.figures.breakdown.data.find((d) => d.bar === bar && d.segment.startsWith(segment))?.value;
    expect(seg('server', 'manufacturing')).toBe(server.embodiedKgCO2e);
    expect(seg('model (not modelled)', 'use')).toBe(0);
  });

  it('buildReport runs a Monte Carlo whose mean agrees with the analytic mean (within 5 standard errors)', () => {
    const mc = report.impact.functionalUnit.monteCarlo!;
    expect(mc.count).toBe(40_000);
    expect(Math.abs(mc.mean - ANALYTIC_MEAN)).toBeLessThan(5 * mc.standardError);
    expect(report.provenance.monteCarlo).toMatchObject({ seed: 3, samples: 40_000, completed: 40_000, backend: 'js', precision: 'float64', reductionPrecision: 'float64' });
    expect(report.provenance.scenarios).toEqual({ samples: 5_000, seed: 3, backend: 'js' });
    expect(report.interpretation.scenarios[1].monteCarlo).toMatchObject({ samples: 5_000, seed: 3, count: 5_000 });
  });

  it('buildReport ranks grid intensity first in the tornado and by Sobol ST', () => {
    const s = report.interpretation.sensitivity;
    expect(s.ranking[0]?.input).toBe('cloud.gridIntensity');
    expect(s.sobol).toMatchObject({ n: 512, seed: 3, confidence: 0.95 });
    expect(s.tornado).toMatchObject({ lowPercentile: 0.05, highPercentile: 0.95 });
    // the tornado's base output is the base case
    expect(rel(s.tornado!.baseOutput, ANNUAL)).toBeLessThan(1e-12);
    // lifetime bar: 5th and 95th percentiles of triangular(3, 5, 7): 3 + √(0.05 × 4 × 2) = 3.632…, 7 − √(0.05 × 4 × 2) = 6.367…
    const life = s.ranking.find((r) => r.input === 'servers[0].lifetime')!;
    expect(life.low).toBeCloseTo(3 + Math.sqrt(0.4), 9);
    expect(life.high).toBeCloseTo(7 - Math.sqrt(0.4), 9);
    expect(life.outputAtLow).toBeCloseTo(EMBODIED / (3 + Math.sqrt(0.4)) + OPERATIONAL, 6);
  });

  it('buildReport lists every input with unit, status and source, and flags the unsourced and defaulted ones', () => {
    const paths = report.inventory.inputs.map((i) => i.path);
    expect(paths).toContain('servers[0].components[1].dieArea');
    expect(report.inventory.uncertain).toHaveLength(6); // lifetime, utilisation, grid, logic factor, shared IC factor, PUE
    expect(report.dataQuality.uncertainInputs).toBe(6);
    expect(report.dataQuality.unsourced).toEqual(['workload.hoursPerYear']); // "8760 h" is given without a source
    expect(report.dataQuality.defaults.map((d) => d.path)).toEqual(['cloud.overheadShare']);
    // PUE's base 1.0 lies below its uniform(1.1, 1.6) range
    expect(report.dataQuality.baseOutsideSupport).toEqual([{ path: 'cloud.pue', base: 1, support: [1.1, 1.6] }]);
    expect(report.dataQuality.quantileMethod).toBe('histogram');
  });

  it("buildReport names the seed's excluded parts and the elements it does not model", () => {
    const g = report.goalAndScope;
    const bom = g.exclusions.filter((x) => x.basis === 'bill of materials').map((x) => x.text).join(' ');
    for (const part of ['power supply', 'housing', 'fans', 'cooling', 'connectors']) expect(bom).toContain(part);
    expect(g.exclusions.some((x) => /End of life/.test(x.text))).toBe(true);
    expect(g.elements.find((e) => e.element === 'model')?.text).toMatch(/^not modelled in this study/);
    expect(g.functionalUnit).toMatchObject({ unit: 'kgCO2e/year' });
    expect(g.factorMethod).toBe('clemm-2024');
  });
});

describe('rendered reports of the uncertain Xeon study', () => {
  it('renderHtml and renderMarkdown show the seed figures rounded as the note says (6 significant figures)', () => {
    // 1,176.804 → 1,176.80; 4,084.35; 1,633.74; 1,869.1008 → 1,869.10; 2,026.008 → 2,026.01; 204.2175 → 204.218; 87.408 % → 87.4 %
    for (const text of [html, md]) {
      expect(text).toContain('1,176.80');
      expect(text).toContain('4,084.35');
      expect(text).toContain('1,633.74');
      expect(text).toContain('1,869.10');
      expect(text).toContain('2,026.01');
      expect(text).toContain('204.218');
      expect(text).toContain('87.4 %');
      expect(text).toMatch(/JCGM 100:2008 \(GUM\) §7\.2\.6/);
    }
  });

  it('renderHtml rounds the Monte Carlo mean at the decimal place of its standard deviation', () => {
    const mc = report.impact.functionalUnit.monteCarlo!;
    // sd ≈ 665 kgCO2e/year: two figures are hundreds and tens, so the mean is given in tens
    expect(mc.sd).toBeGreaterThan(100);
    expect(mc.sd).toBeLessThan(950);
    const tens = (x: number) => (Math.round(x / 10) * 10).toLocaleString('en-US');
    const sd2 = (Math.round(mc.sd / 10) * 10).toLocaleString('en-US');
    expect(html).toContain(`${tens(mc.mean)} ± ${sd2} kgCO2e/year`);
    expect(html).toContain(`${tens(mc.percentiles['p2.5'])}–${tens(mc.percentiles['p97.5'])} kgCO2e/year`);
  });

  it('renderHtml has every section of an ISO 14040/14044 study and every figure', () => {
    for (const id of ['summary', 'goal-and-scope', 'system', 'boundary', 'inventory', 'impact', 'by-element', 'by-component', 'interpretation', 'dominant', 'use-phase', 'uncertainty', 'sensitivity', 'scenarios', 'data-quality', 'limitations', 'warnings', 'provenance']) {
      expect(html).toContain(`id="${id}"`);
      expect(html).toContain(`href="#${id === 'system' || id === 'boundary' ? 'goal-and-scope' : ['by-element', 'by-component'].includes(id) ? 'impact' : ['dominant', 'use-phase', 'uncertainty', 'sensitivity', 'scenarios'].includes(id) ? 'interpretation' : ['limitations', 'warnings'].includes(id) ? 'data-quality' : id}"`);
    }
    for (const h of ['1. Goal and scope', '2. Life-cycle inventory', '3. Impact assessment', '4. Interpretation', '5. Data quality and limitations', '6. Provenance']) {
      expect(html).toContain(`>${h}</h2>`);
      expect(md).toContain(`## ${h}`);
    }
    expect(html.match(/<figure>/g)).toHaveLength(7);
    expect(html.match(/<svg /g)).toHaveLength(7);
    for (let n = 1; n <= 7; n++) expect(html).toContain(`<figcaption>Figure ${n}. `);
  });

  it('renderHtml names units on the value axes of its charts', () => {
    expect(html).toContain('Carbon footprint (kgCO2e/year)'); // breakdown, histogram, tornado, scenarios
    expect(html).toContain('Embodied carbon (kgCO2e)');
    expect(html).toContain('Operational carbon (kgCO2e/year)');
    expect(html).toContain('Share of samples (%)');
    expect(html).toContain('Sobol index (share of output variance)');
  });

  it('renderHtml references nothing outside the file', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link/i);
    expect(html).not.toMatch(/<iframe|<img|<object|<embed/i);
    expect(html).not.toMatch(/@import/i);
    expect(html).not.toMatch(/url\(/i);
    expect(html).not.toMatch(/\ssrc\s*=/i);
    for (const m of html.matchAll(/\shref\s*=\s*"([^"]*)"/gi)) expect(m[1]).toMatch(/^#[\w-]+$/);
    expect(html).not.toMatch(/xlink:href/i);
    // URL-like strings: the SVG namespace, and cited sources' addresses shown as text
    const cited = report.inventory.inputs.map((i) => `${i.source?.citation ?? ''} ${i.source?.url ?? ''}`).join(' ');
    for (const m of html.matchAll(/(?:https?:)?\/\/[^\s"<>)]+/gi)) {
      const url = m[0];
      if (url === 'http://www.w3.org/2000/svg') continue;
      expect(cited, `${url} is not a cited source`).toContain(url.replace(/[.;,]+$/, ''));
      const before = html.slice(Math.max(0, (m.index ?? 0) - 1), m.index);
      expect(before).not.toBe('"'); // not an attribute value
    }
  });

  it('renderMarkdown links each figure in the figures folder and returns its SVG', () => {
    const r = renderMarkdown(report, 'xeon-figures');
    expect(Object.keys(r.figures).sort()).toEqual(['breakdown.svg', 'embodied-components.svg', 'histogram.svg', 'operational-components.svg', 'scenarios.svg', 'sobol.svg', 'tornado.svg']);
    expect(r.markdown).toContain('](xeon-figures/breakdown.svg)');
    expect(r.figures['tornado.svg']).toMatch(/^<svg /);
    expect(r.markdown).toMatch(/^# Life-cycle assessment: /);
  });

  it('renderJson carries every number of the report model, figures included', () => {
    const back = JSON.parse(renderJson(report));
    expect(back.impact.functionalUnit.deterministic).toBe(report.impact.functionalUnit.deterministic);
    expect(back.figures.histogram.data.counts).toEqual(report.figures.histogram!.data.counts);
    expect(back.figures.sobol.data).toEqual(report.figures.sobol!.data);
    expect(back.figures.scenarios.data).toEqual(report.figures.scenarios!.data);
    expect(back.interpretation.scenarios[1].deterministic.value).toBe(report.interpretation.scenarios[1].deterministic.value);
    expect(back.provenance.studySha256).toMatch(/^[0-9a-f]{64}$/);
    expect(back.settings).toMatchObject({ samples: 40_000, sobolSamples: 512, scenarioSamples: 5_000, seed: 3, backend: 'js' });
  });
});
