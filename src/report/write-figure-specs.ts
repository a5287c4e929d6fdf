import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { FileError } from '../errors/index.js';
import { renderFigureSpecs } from './report-figure-specs.js';
import type { Report } from './report.js';
import { figuresFolder } from './write-report.js';

/**
 * Write each figure of a report as a Vega-Lite v5 spec with its data inline,
 * `NAME-figures/<figure>.vl.json` beside the report file `path` (the folder
 * where a Markdown report keeps its SVG figures), pretty-printed JSON with a
 * final newline. The folder is created as needed.
 *
 * @param report - a report from `buildReport`
 * @param path - the report's output file (`reports/xeon.html`)
 * @returns the files written, in the figures' order
 * @throws {@link FileError} when a file cannot be written
 * @example
 * const r = await buildReport(loadStudyFile('examples/xeon-8468.json'), { samples: 100, backend: 'js' });
 * const out = `${process.env.TMPDIR ?? '/tmp'}/ailca-example-${process.pid}/xeon.html`;
 * writeFigureSpecs(r, out).map((f) => f.slice(f.lastIndexOf('/') + 1)); // => ['breakdown.vl.json', 'embodied-components.vl.json', 'operational-components.vl.json']
 */
export function writeFigureSpecs(report: Report, path: string): string[] {
  const folder = join(dirname(path), figuresFolder(path));
  return renderFigureSpecs(report.figures).map(({ name, spec }) => {
    const file = join(folder, `${name}.vl.json`);
    try {
      mkdirSync(folder, { recursive: true });
      writeFileSync(file, `${JSON.stringify(spec, null, 2)}\n`);
    } catch (e) {
      throw new FileError({ file }, `cannot be written (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, 'choose another --out path or check its folder');
    }
    return file;
  });
}
