/**
 * Escape a user string for Markdown (CommonMark and GitHub tables): every
 * character that could start markup — backslash, backtick, `*`, `_`, `[`,
 * `]`, `<`, `>`, `|`, `~`, `#`, `!`, `&` — gets a backslash, so text such
 * as `<script>` or `a|b` shows as written; line breaks become spaces (each
 * block is one line). With `lineStart` (the default) a `-`, `+`, `=` or `1.`
 * at the start, which would begin a list, is escaped too; pass false for
 * text that cannot start a block (a heading's text, a table cell).
 *
 * @param text - any string: a study name, an input path, a citation
 * @param lineStart - whether the text starts a paragraph or list item
 * @returns text that renders as itself
 * @example
 * escapeMarkdown('R&D <b>|x|</b> *a*'); // => 'R\\&D \\<b\\>\\|x\\|\\</b\\> \\*a\\*'
 * escapeMarkdown('- not a list'); // => '\\- not a list'
 * escapeMarkdown('6. Provenance', false); // => '6. Provenance'
 */
export function escapeMarkdown(text: string, lineStart = true): string {
  const one = text.replace(/\r\n|[\r\n]/g, ' ');
  const escaped = one.replace(/[\\`*_[\]<>|~#!&]/g, (c) => `\\${c}`);
  if (!lineStart) return escaped;
  return escaped.replace(/^(\s*)([-+=]|\d+(?=[.)]))/, (_, sp: string, m: string) => (/\d/.test(m) ? `${sp}${m}\\` : `${sp}\\${m}`));
}
