/**
 * Edit distance (insertions, deletions, substitutions) between two strings
 * (Levenshtein 1966).
 *
 * @example
 * levenshtein('kitten', 'sitting'); // => 3
 */
export function levenshtein(s: string, t: string): number {
  let prev = Array.from({ length: t.length + 1 }, (_v, j) => j);
  for (let i = 1; i <= s.length; i += 1) {
    const cur = [i];
    for (let j = 1; j <= t.length; j += 1) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j]) + 1, (cur[j - 1]) + 1, (prev[j - 1]) + cost);
    }
    prev = cur;
  }
  return prev[t.length];
}

/** Edit distance ignoring case. */
function distance(a: string, b: string): number {
  return levenshtein(a.toLowerCase(), b.toLowerCase());
}

/**
 * The candidates closest to a misspelt name (case-insensitive edit distance
 * at most 1 for names of up to 3 characters, else a third of the length and at least 2), best first.
 *
 * @param name - what the user wrote
 * @param candidates - the valid names
 * @param limit - how many to return at most
 * @example
 * suggest('utilisation', ['utilization', 'hoursPerYear']); // => ['utilization']
 * suggest('de', ['DE', 'FR']); // => ['DE']
 */
export function suggest(name: string, candidates: Iterable<string>, limit = 3): string[] {
  const budget = name.length <= 3 ? 1 : Math.max(2, Math.floor(name.length / 3));
  return [...candidates]
    .map((c) => ({ c, d: distance(name, c) }))
    .filter((x) => x.d <= budget)
    .sort((x, y) => x.d - y.d || x.c.localeCompare(y.c))
    .slice(0, limit)
    .map((x) => x.c);
}
