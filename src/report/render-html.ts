import { escapeXml } from '../charts/index.js';
import { REPORT_CSS } from './html-style.js';
import { layoutReport } from './layout-report.js';
import type { DocumentBlock, HeadingBlock, TableBlock } from './report-document.js';
import type { Report } from './report.js';

const esc = escapeXml;

function tableHtml(b: TableBlock): string {
  const cls = (i: number) => (b.columns[i]?.align === 'right' ? ' class="r"' : '');
  const head = b.columns.map((c, i) => `<th scope="col"${cls(i)}>${esc(c.title)}</th>`).join('');
  const body = b.rows.map((r) => `<tr>${r.map((cell, i) => `<td${cls(i)}>${esc(cell)}</td>`).join('')}</tr>`).join('\n');
  return `<div class="table-wrap"><table>\n<caption>${esc(b.caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table></div>`;
}

function blockHtml(b: DocumentBlock): string {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level} id="${esc(b.id)}">${esc(b.text)}</h${b.level}>`;
    case 'paragraph':
      return `<p>${esc(b.text)}</p>`;
    case 'note':
      return `<p class="note">${esc(b.text)}</p>`;
    case 'list':
      return `<ul>\n${b.items.map((i) => `<li>${esc(i)}</li>`).join('\n')}\n</ul>`;
    case 'table':
      return tableHtml(b);
    case 'figure':
      return `<figure>\n${b.figure.svg}\n<figcaption>Figure ${b.figure.number}. ${esc(b.figure.caption)}</figcaption>\n</figure>`;
  }
}

/**
 * Render a report as one self-contained HTML file: inline CSS and inline
 * SVG charts, no script, no link, no external reference of any kind (the
 * SVG namespace is the only URL-like attribute; cited source addresses are
 * shown as text). Every user string is escaped. Sections are wrapped in
 * `<section>` elements with a table of contents; Chromium prints the file
 * to PDF as it is.
 *
 * @param report - a report from `buildReport`
 * @returns the HTML document
 * @example
 * const r = await buildReport(loadStudyFile('examples/xeon-8468.json'), { samples: 100, backend: 'js' });
 * const html = renderHtml(r);
 * html.startsWith('<!doctype html>'); // => true
 * /<script|<link|@import|\ssrc=/i.test(html); // => false
 * html.includes('1,869.10 kgCO2e/year'); // => true
 */
export function renderHtml(report: Report): string {
  const doc = layoutReport(report);
  const parts: string[] = [];
  let open = false;
  for (const b of doc.blocks) {
    if (b.kind === 'heading' && b.level === 2) {
      if (open) parts.push('</section>');
      parts.push(`<section aria-labelledby="${esc(b.id)}">`);
      open = true;
    }
    parts.push(blockHtml(b));
  }
  if (open) parts.push('</section>');
  const toc = doc.blocks
    .filter((b): b is HeadingBlock => b.kind === 'heading' && b.level === 2)
    .map((h) => `<li><a href="#${esc(h.id)}">${esc(h.text)}</a></li>`)
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${esc(`${report.provenance.library} ${report.provenance.version}`)}">
<title>${esc(doc.title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
<header>
<h1>${esc(doc.title)}</h1>
${doc.byline.map((l) => `<p class="byline">${esc(l)}</p>`).join('\n')}
<nav aria-label="Contents"><ul>${toc}</ul></nav>
</header>
${parts.join('\n')}
</main>
</body>
</html>
`;
}
