import type { Report } from './report.js';

/**
 * Render a report as JSON: the whole report model — every section, the
 * data of every figure, the settings and provenance — at full float64
 * precision (numbers as JavaScript writes them, which read back exactly).
 * JSON has no NaN or Infinity: such values (an unbounded distribution's
 * support) are written as the strings `"NaN"`, `"Infinity"`, `"-Infinity"`.
 *
 * @param report - a report from `buildReport`
 * @returns the JSON text, indented by 2, with a final newline
 * @example
 * renderJson({ title: 't', support: [0, Infinity] } as never); // => '{\n  "title": "t",\n  "support": [\n    0,\n    "Infinity"\n  ]\n}\n'
 */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, (_, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v), 2)}\n`;
}
