/**
 * Golden files: each example chart must match test/charts/golden/NAME.svg
 * byte for byte. After an intended change, regenerate them with
 *   UPDATE_GOLDEN=1 npx vitest run test/charts
 * and review the diff of the .svg files (and look at them in a browser).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { goldenCharts } from './fixtures.js';

const dir = fileURLToPath(new URL('./golden/', import.meta.url));
const update = process.env.UPDATE_GOLDEN === '1';

describe('golden SVG files', () => {
  for (const [name, render] of Object.entries(goldenCharts)) {
    it(`${name} chart matches golden/${name}.svg`, () => {
      const svg = render();
      const file = join(dir, `${name}.svg`);
      if (update) {
        mkdirSync(dir, { recursive: true });
        writeFileSync(file, svg);
        return;
      }
      expect(existsSync(file), `${file} is missing: run UPDATE_GOLDEN=1 npx vitest run test/charts`).toBe(true);
      expect(svg).toBe(readFileSync(file, 'utf8'));
    });
    it(`${name} chart is deterministic: two renders are identical`, () => {
      expect(render()).toBe(render());
    });
  }
});
