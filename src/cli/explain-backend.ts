import { explainAutoChoice, type AutoChoice } from '../mc/index.js';

/** Usage line of `--explain`, shared by mc, sensitivity and report. */
export const EXPLAIN_USAGE = `--explain prints on stderr which backend ran and why: for auto, each
backend's probe rate, the choice and the reason, or the cache file and date
the measurements come from (docs/backends.md, "How auto decides").`;

/**
 * The `--explain` text of a run: the backend, then (for `auto`) each probe
 * rate, the choice, the reason and the cache, one per line.
 *
 * @param command - the command's name, for the first line
 * @param backend - the backend that ran
 * @param description - its description (for `auto` it carries the explanation after the first `; `)
 * @param auto - the structured choice, when the result carries one
 * @returns lines ending in a newline
 * @example
 * const text = explainBackend('mc', 'js', 'plain JavaScript, float64, 1 thread');
 * text.split('\n'); // => ['ailca mc: backend js (plain JavaScript, float64, 1 thread)', '  asked for by name, not chosen by auto', '']
 */
export function explainBackend(command: string, backend: string, description: string, auto?: AutoChoice): string {
  // auto appends its explanation lines to the description, each after '; ' (explainAutoChoice)
  const parts = description.split(/; (?=probe |auto chose |from cache |measured now|warning: )/);
  const lines = auto ? explainAutoChoice(auto) : parts.length > 1 ? parts.slice(1) : ['asked for by name, not chosen by auto'];
  return `ailca ${command}: backend ${backend} (${parts[0]})\n${lines.map((l) => `  ${l}\n`).join('')}`;
}
