import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';
import { FileError, InputError } from '../errors/index.js';
import { printPdf } from './print-pdf.js';
import { renderHtml } from './render-html.js';
import { renderJson } from './render-json.js';
import { renderMarkdown } from './render-markdown.js';
import type { Report } from './report.js';

/** Formats a report can be written in. */
export type ReportFormat = 'html' | 'md' | 'json' | 'pdf';

const FORMATS: readonly ReportFormat[] = ['html', 'md', 'json', 'pdf'];

/**
 * The folder of a Markdown report's figures: `NAME-figures` next to `NAME.md`.
 * @example
 * figuresFolder('reports/xeon.md'); // => 'xeon-figures'
 */
export function figuresFolder(markdownPath: string): string {
  return `${basename(markdownPath, extname(markdownPath))}-figures`;
}

function write(path: string, text: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  } catch (e) {
    throw new FileError({ file: path }, `cannot be written (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, 'choose another --out path or check its folder');
  }
}

/**
 * Write a report: `html` (one self-contained file), `md` (`NAME.md` and its
 * figures in `NAME-figures/*.svg`), `json` (the report model) or `pdf` (the
 * HTML printed by headless Chromium, which must be installed). Folders are
 * created as needed.
 *
 * @param report - a report from `buildReport`
 * @param path - the output file
 * @param format - how to write it
 * @returns the files written, the main one first
 * @throws {@link InputError} when `format` is not one of `html`, `md`, `json`, `pdf`
 * @throws {@link FileError} when a file cannot be written; AilcaError when PDF printing fails
 * @example
 * const r = await buildReport(loadStudyFile('examples/xeon-8468.json'), { samples: 100, backend: 'js' });
 * const out = `${process.env.TMPDIR ?? '/tmp'}/ailca-example-${process.pid}/report.json`;
 * writeReport(r, out, 'json'); // => [out]
 */
export function writeReport(report: Report, path: string, format: ReportFormat): string[] {
  if (!FORMATS.includes(format)) {
    // without this check any other word fell through to the PDF branch
    throw new InputError({ path: 'format', received: format, expected: `one of ${FORMATS.join(', ')}`, problem: 'is not a report format', fix: "write 'md' for Markdown, 'html' for one self-contained file" });
  }
  if (format === 'html') {
    write(path, renderHtml(report));
    return [path];
  }
  if (format === 'json') {
    write(path, renderJson(report));
    return [path];
  }
  if (format === 'md') {
    const folder = figuresFolder(path);
    const { markdown, figures } = renderMarkdown(report, folder);
    write(path, markdown);
    const files = Object.entries(figures).map(([name, svg]) => {
      const file = join(dirname(path), folder, name);
      write(file, svg);
      return file;
    });
    return [path, ...files];
  }
  const dir = mkdtempSync(join(tmpdir(), 'ailca-report-'));
  try {
    const html = join(dir, 'report.html');
    write(html, renderHtml(report));
    mkdirSync(dirname(path), { recursive: true });
    printPdf(html, path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return [path];
}
