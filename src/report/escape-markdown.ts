/**
 * Escape a user string for Markdown (CommonMark and GitHub tables): every
 * character that could start markup — backslash, backtick, `*`, `_`, `[`,
 * `]`, `<`, `>`, `|`, `~`, `#`, `!`, `&` — gets a backslash, so text such
 * as `<script>` or `a|b` shows as written; a `-`, `+` or `1.` at the start
 * would begin a list and is escaped too; line breaks become spaces (each
 * block is one line).
 *
 * @param text - any string: a study name, an input path, a citation
 * @returns text that renders as itself
 * @example
 * escapeMarkdown('R&D <b>|x|</b> *a*'); // => 'R\\&D \\<b\\>\\|x\\|\\</b\\> \\*a\\*'
 * escapeMarkdown('- not a list'); // => '\\- not a list'
 */
export function escapeMarkdown(text: string): string {
  const one = text.replace(/\r\n|[\r\n]/g, ' ');
  const escaped = one.replace(/[\\`*_[\]<>|~#!&]/g, (c) => `\\${c}`);
  return escaped.replace(/^(\s*)([-+=]|\d+(?=[.)]))/, (_, sp: string, m: string) => (/\d/.test(m) ? `${sp}${m}\\` : `${sp}\\${m}`));
}
