/**
 * Golden files of the report's charts: renderFigures on fixed figure data
 * (fixtures.ts) must match test/report/golden/NAME.svg byte for byte. After
 * an intended change, regenerate them with
 *   UPDATE_GOLDEN=1 npx vitest run test/report
 * and review the diff of the .svg files (and look at them in a browser).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderFigures } from '../../src/report/index.js';
import { figureFixture } from './fixtures.js';

const dir = fileURLToPath(new URL('./golden/', import.meta.url));
const update = process.env.UPDATE_GOLDEN === '1';
const figures = renderFigures(figureFixture);

describe('report figures: golden SVG files', () => {
  it('renderFigures draws the seven figures in reading order', () => {
    expect(figures.map((f) => `${f.number} ${f.name}`)).toEqual(['1 breakdown', '2 embodied-components', '3 operational-components', '4 histogram', '5 tornado', '6 sobol', '7 scenarios']);
  });
  for (const f of figures) {
    it(`renderFigures: ${f.name} matches golden/${f.name}.svg`, () => {
      const file = join(dir, `${f.name}.svg`);
      if (update) {
        mkdirSync(dir, { recursive: true });
        writeFileSync(file, f.svg);
        return;
      }
      expect(existsSync(file), `${file} is missing: run UPDATE_GOLDEN=1 npx vitest run test/report`).toBe(true);
      expect(f.svg).toBe(readFileSync(file, 'utf8'));
    });
  }
  it('renderFigures is deterministic: two renders are identical', () => {
    expect(renderFigures(figureFixture).map((f) => f.svg)).toEqual(figures.map((f) => f.svg));
  });
  it('renderFigures leaves out the figures whose data are absent (a study with no uncertain input)', () => {
    const { histogram: _h, tornado: _t, sobol: _s, scenarios: _c, ...deterministic } = figureFixture;
    expect(renderFigures(deterministic).map((f) => f.name)).toEqual(['breakdown', 'embodied-components', 'operational-components']);
  });
  it('renderFigures marks the histogram percentiles and names the units of every value axis', () => {
    const byName = new Map(figures.map((f) => [f.name, f.svg]));
    for (const label of ['p2.5 1,390', 'p50 2,310', 'mean 2,405', 'p97.5 3,960', 'base case 1,869']) expect(byName.get('histogram')).toContain(label);
    expect(byName.get('breakdown')).toContain('Carbon footprint (kgCO2e/year)');
    expect(byName.get('embodied-components')).toContain('Embodied carbon (kgCO2e)');
    expect(byName.get('operational-components')).toContain('Operational carbon (kgCO2e/year)');
    expect(byName.get('tornado')).toContain('Carbon footprint (kgCO2e/year)');
    expect(byName.get('scenarios')).toContain('Carbon footprint (kgCO2e/year)');
    expect(byName.get('sobol')).toContain('share of output variance');
  });
});
