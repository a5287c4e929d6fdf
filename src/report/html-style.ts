/**
 * The report's style sheet, inlined in the HTML (no link, no import, no
 * web font, no url()): a system font stack, readable tables that scroll
 * sideways on narrow screens, figures that scale with the page, and print
 * rules for A4 (Chromium's `--print-to-pdf`).
 * @example
 * /@import|url\(|https?:/.test(REPORT_CSS); // => false
 */
export const REPORT_CSS = `
:root { color-scheme: light; }
body { margin: 0; background: #f6f6f4; color: #1a1a1a; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif; }
main { max-width: 1120px; margin: 0 auto; padding: 24px 32px 48px; background: #fff; }
h1 { font-size: 26px; line-height: 1.25; margin: 8px 0 4px; }
h2 { font-size: 21px; margin: 36px 0 8px; padding-top: 8px; border-top: 2px solid #1a1a1a; }
h3 { font-size: 17px; margin: 24px 0 6px; }
.byline { color: #555; margin: 0; font-size: 13px; }
nav ul { columns: 2; margin: 12px 0 0; padding-left: 0; list-style: none; font-size: 14px; }
a { color: #0057a3; }
p, li { max-width: 78ch; }
.note { border-left: 4px solid #e69f00; background: #fff8e8; padding: 8px 12px; font-size: 13px; max-width: none; }
.table-wrap { overflow-x: auto; margin: 12px 0; }
table { border-collapse: collapse; font-size: 13px; font-variant-numeric: tabular-nums; }
caption { caption-side: top; text-align: left; color: #444; font-style: italic; padding: 0 0 4px; }
th, td { border-bottom: 1px solid #ddd; padding: 4px 8px; vertical-align: top; text-align: left; }
th { background: #f0f0ee; font-weight: 600; }
.r { text-align: right; white-space: nowrap; }
figure { margin: 16px 0; }
figure svg { display: block; max-width: 100%; height: auto; }
figcaption { font-size: 13px; color: #444; margin-top: 4px; max-width: 78ch; }
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  body { background: #fff; font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  nav { display: none; }
  h2, h3 { break-after: avoid; }
  figure, tr { break-inside: avoid; }
  .table-wrap { overflow: visible; }
  table { font-size: 7.5pt; width: 100%; }
  th, td { padding: 2px 4px; }
  .r { white-space: normal; }
}
`;
