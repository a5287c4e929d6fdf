import { layoutReport } from './layout-report.js';
import { escapeMarkdown } from './escape-markdown.js';
import type { TableBlock } from './report-document.js';
import type { Report } from './report.js';

/** A report in Markdown with its figures as separate SVG files. */
export interface MarkdownReport {
  /** The Markdown text, figures linked as `FIGURES/NAME.svg`. */
  readonly markdown: string;
  /** SVG documents by file name (`breakdown.svg`), to be written into the figures folder. */
  readonly figures: Readonly<Record<string, string>>;
}

const esc = escapeMarkdown;

function tableMd(b: TableBlock): string {
  const row = (cells: readonly string[]) => `| ${cells.map((c) => (c === '' ? ' ' : esc(c, false))).join(' | ')} |`;
  return [`*${esc(b.caption)}*`, '', row(b.columns.map((c) => c.title)), `|${b.columns.map((c) => (c.align === 'right' ? ' ---: ' : ' --- ')).join('|')}|`, ...b.rows.map(row)].join('\n');
}

/**
 * Render a report as Markdown (CommonMark with GitHub tables): the same
 * sections, tables and rounded numbers as the HTML, with each figure
 * linked as `FIGURES/NAME.svg`. Write `markdown` to `NAME.md` and each of
 * `figures` into the folder `FIGURES` next to it (`writeReport` does both).
 * Every user string is escaped.
 *
 * @param report - a report from `buildReport`
 * @param figuresDir - the figures folder as linked from the Markdown file, relative to it (e.g. `report-figures`)
 * @returns the Markdown text and the SVG files by name
 * @example
 * const r = await buildReport(loadStudyFile('examples/xeon-8468.json'), { samples: 100, backend: 'js' });
 * const md = renderMarkdown(r, 'xeon-figures');
 * md.markdown.includes('](xeon-figures/breakdown.svg)'); // => true
 * Object.keys(md.figures); // => ['breakdown.svg', 'embodied-components.svg', 'operational-components.svg']
 */
export function renderMarkdown(report: Report, figuresDir = 'figures'): MarkdownReport {
  const doc = layoutReport(report);
  const figures: Record<string, string> = {};
  const dir = figuresDir.replace(/\/+$/, '');
  const parts = [`# ${esc(doc.title, false)}`, ...doc.byline.map((l) => esc(l))];
  for (const b of doc.blocks) {
    if (b.kind === 'heading') parts.push(`${'#'.repeat(b.level)} ${esc(b.text, false)}`);
    else if (b.kind === 'paragraph') parts.push(esc(b.text));
    else if (b.kind === 'note') parts.push(`> ${esc(b.text)}`);
    else if (b.kind === 'list') parts.push(b.items.map((i) => `- ${esc(i)}`).join('\n'));
    else if (b.kind === 'table') parts.push(tableMd(b));
    else {
      const file = `${b.figure.name}.svg`;
      figures[file] = b.figure.svg;
      parts.push(`![Figure ${b.figure.number}. ${esc(b.figure.caption)}](${encodeURI(`${dir}/${file}`)})\n\n*Figure ${b.figure.number}. ${esc(b.figure.caption)}*`);
    }
  }
  return { markdown: `${parts.join('\n\n')}\n`, figures };
}
