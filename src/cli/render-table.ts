/**
 * Render rows as aligned text columns; columns listed in `right` are
 * right-aligned (numbers).
 * @example
 * renderTable([['a', '1'], ['bb', '22']], [1]); // => 'a    1\nbb  22'
 */
export function renderTable(rows: readonly (readonly string[])[], right: readonly number[] = []): string {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, [...c].length)));
  return rows
    .map((r) =>
      r
        .map((c, i) => {
          const pad = ' '.repeat((widths[i]) - [...c].length);
          return right.includes(i) ? pad + c : c + pad;
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
