import { levenshtein } from '../validate/index.js';
/**
 * Candidates close to what a user typed, best first: exact matches ignoring
 * case and separators, alias targets (`UK` → `GB`), candidates whose label
 * (e.g. country name) matches, candidates containing the query (3 characters
 * or more), then those within a small edit distance
 * (Levenshtein ≤ max(1, ⌊length / 3⌋)). At most `limit` results.
 *
 * @param query - what the user typed
 * @param candidates - the valid keys
 * @param options - `aliases` maps alternative spellings to a key; `labels` maps keys to names
 * @example
 * closeMatches('UK', ['GB', 'DE', 'FR'], { aliases: { UK: 'GB' } }); // => ['GB']
 * closeMatches('de', ['DE', 'DK']); // => ['DE']
 * closeMatches('Germany', ['DE', 'FR'], { labels: { DE: 'Germany' } }); // => ['DE']
 * closeMatches('h100', ['nvidia-h100-sxm', 'nvidia-a100']); // => ['nvidia-h100-sxm']
 */
export function closeMatches(
  query: string,
  candidates: readonly string[],
  options: { readonly aliases?: Readonly<Record<string, string>>; readonly labels?: Readonly<Record<string, string>>; readonly limit?: number } = {},
): string[] {
  const limit = options.limit ?? 5;
  const norm = (s: string) => s.toLowerCase().replace(/[\s_.-]+/g, '');
  const q = norm(query);
  const set = new Set(candidates);
  const found: string[] = [];
  const add = (c: string | undefined) => {
    if (c !== undefined && set.has(c) && !found.includes(c)) found.push(c);
  };
  for (const c of candidates) if (norm(c) === q) add(c);
  for (const [alias, target] of Object.entries(options.aliases ?? {})) if (norm(alias) === q) add(target);
  for (const [key, label] of Object.entries(options.labels ?? {})) if (norm(label) === q) add(key);
  if (found.length > 0) return found.slice(0, limit);
  if (q.length >= 3) for (const c of candidates) if (norm(c).includes(q)) add(c);
  if (found.length > 0) return found.slice(0, limit);
  const maxDistance = Math.max(1, Math.floor(q.length / 3));
  const scored = candidates
    .map((c) => ({ c, d: levenshtein(q, norm(c)) }))
    .concat(Object.entries(options.labels ?? {}).map(([c, label]) => ({ c, d: levenshtein(q, norm(label)) })))
    .filter((x) => x.d <= maxDistance)
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c));
  for (const { c } of scored) add(c);
  return found.slice(0, limit);
}
