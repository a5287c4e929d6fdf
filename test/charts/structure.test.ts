/**
 * Properties every chart keeps, checked on the example charts and on hostile
 * input, independent of the golden files.
 */
import { describe, expect, it } from 'vitest';
import {
  CHART_PALETTE,
  contributionChart,
  histogramChart,
  morrisChart,
  scenarioChart,
  sobolChart,
  stackedBarChart,
  tornadoChart,
} from '../../src/charts/index.js';
import { goldenCharts } from './fixtures.js';
import { byClass, findAll, ownText, parseXml, tooltipOf, type XmlElement } from './xml.js';

/** The units each example chart's axis titles may name; the first is the output's and must appear. */
const units: Record<string, string[]> = {
  'stacked-bar': ['kgCO2e/year'],
  contribution: ['kgCO2e'],
  histogram: ['kgCO2e/year', '(%)'],
  tornado: ['kgCO2e/year'],
  sobol: ['share of output variance'],
  scenario: ['kgCO2e/year'],
  morris: ['kgCO2e/year'],
};

const HOSTILE = `<script>alert("x")</script> & 'co' ]]> <!--`;
const hostileCharts: Record<string, () => string> = {
  'stacked-bar': () => stackedBarChart([{ bar: HOSTILE, segment: HOSTILE, value: 1 }], { unit: HOSTILE, valueLabel: HOSTILE, title: HOSTILE }),
  contribution: () => contributionChart([{ label: HOSTILE, value: 1 }], { unit: HOSTILE, title: HOSTILE, description: HOSTILE }),
  histogram: () => histogramChart({ edges: [0, 1, 2], counts: [1, 2], markers: [{ label: HOSTILE, value: 1 }] }, { unit: HOSTILE, valueLabel: HOSTILE }),
  tornado: () => tornadoChart({ baseOutput: 1, bars: [{ input: HOSTILE, inputUnit: HOSTILE, low: 0, high: 2, outputAtLow: 0, outputAtHigh: 2 }] }, { unit: HOSTILE }),
  sobol: () => sobolChart([{ input: HOSTILE, s1: 0.5, st: 0.6, s1Interval: [0.4, 0.6] }], { intervalLabel: HOSTILE, title: HOSTILE }),
  scenario: () => scenarioChart([{ label: HOSTILE, value: 2, low: 1, high: 3, parts: [{ label: HOSTILE, value: 2 }] }], { unit: HOSTILE, pointLabel: HOSTILE, intervalLabel: HOSTILE }),
  morris: () => morrisChart([{ input: HOSTILE, muStar: 1, sigma: 1 }], { unit: HOSTILE }),
};

/** All text a reader or screen reader gets: text nodes and attribute values, decoded. */
function allText(root: XmlElement): string[] {
  const out: string[] = [];
  for (const e of findAll(root, () => true)) {
    out.push(ownText(e));
    out.push(...Object.values(e.attrs));
  }
  return out;
}

describe('every chart', () => {
  for (const [name, render] of Object.entries(goldenCharts)) {
    const svg = render();
    const root = parseXml(svg); // throws unless well-formed

    it(`${name}: an accessible, self-contained <svg> with viewBox, size, role, <title> and <desc>`, () => {
      expect(root.name).toBe('svg');
      expect(root.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
      expect(root.attrs.role).toBe('img');
      expect(root.attrs.viewBox).toBe(`0 0 ${root.attrs.width} ${root.attrs.height}`);
      const elements = root.children.filter((c): c is XmlElement => typeof c !== 'string');
      expect(elements[0].name).toBe('title');
      expect(ownText(elements[0]).length).toBeGreaterThan(0);
      expect(elements[1].name).toBe('desc');
      expect(ownText(elements[1]).length).toBeGreaterThan(20);
      expect(root.attrs['font-family'].endsWith('sans-serif')).toBe(true);
    });

    it(`${name}: no script, no ids, no links, no http except the SVG namespace`, () => {
      expect(findAll(root, (e) => e.name === 'script' || e.name === 'foreignObject' || e.name === 'a')).toEqual([]);
      expect(findAll(root, (e) => 'id' in e.attrs || 'href' in e.attrs || 'xlink:href' in e.attrs || 'style' in e.attrs)).toEqual([]);
      expect(svg.split('http').length - 1).toBe(1);
      expect(svg.includes('xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      expect(svg.includes('NaN')).toBe(false);
      expect(svg.includes('undefined')).toBe(false);
    });

    it(`${name}: every axis title carries the unit`, () => {
      const titles = byClass(root, 'ailca-axis-label');
      expect(titles.length).toBeGreaterThan(0);
      const texts = titles.map((t) => tooltipOf(t) ?? ownText(t));
      for (const t of texts) expect(units[name].some((u) => t.includes(u)), t).toBe(true);
      expect(texts.some((t) => t.includes(units[name][0]))).toBe(true);
    });

    it(`${name}: bars take their colours from the colour-blind-safe palette`, () => {
      for (const bar of byClass(root, 'ailca-bar')) expect(CHART_PALETTE).toContain(bar.attrs.fill);
    });

    it(`${name}: tick labels are evenly spaced multiples of a nice step (1, 2 or 5 × 10^k)`, () => {
      const all = byClass(root, 'ailca-tick');
      for (const anchor of ['middle', 'end']) {
        // bottom axes centre their tick labels, left axes right-align them
        const values = all.filter((t) => t.attrs['text-anchor'] === anchor).map((t) => Number(ownText(t).replace(/,/g, '')));
        if (values.length === 0) continue;
        expect(values.length).toBeGreaterThan(2);
        const step = values[1] - values[0];
        const k = Math.floor(Math.log10(step));
        expect([1, 2, 5, 10].some((m) => Math.abs(step / 10 ** k - m) < 1e-9), `step ${step}`).toBe(true);
        values.forEach((v, i) => expect(v).toBeCloseTo(values[0] + i * step, 9));
        values.forEach((v) => expect(Math.abs(v / step - Math.round(v / step))).toBeLessThan(1e-9));
      }
    });
  }

  for (const [name, render] of Object.entries(hostileCharts)) {
    it(`${name}: user strings with < & " ' ]]> are escaped and read back unchanged`, () => {
      const svg = render();
      const root = parseXml(svg);
      expect(svg.includes('<script')).toBe(false);
      expect(svg.includes('<!--')).toBe(false);
      expect(findAll(root, (e) => e.name === 'script')).toEqual([]);
      // the hostile text reaches the reader intact somewhere (label, tooltip or title)
      expect(allText(root).some((t) => t.includes(HOSTILE))).toBe(true);
    });
  }
});
