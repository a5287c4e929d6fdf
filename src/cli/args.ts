import { InputError } from '../errors/index.js';
import { suggest } from '../validate/index.js';

/** Parsed command-line arguments. */
export interface ParsedArgs {
  readonly positional: readonly string[];
  readonly flags: Readonly<Record<string, string | true>>;
}

/**
 * Parse `--name value`, `--name=value` and boolean `--name` flags; unknown
 * flags are refused with a suggestion.
 *
 * @param argv - arguments after the command name
 * @param valued - flags that take a value
 * @param booleans - flags that take none
 * @example
 * parseArgs(['study.json', '--format', 'json'], ['format'], []); // => { positional: ['study.json'], flags: { format: 'json' } }
 */
export function parseArgs(argv: readonly string[], valued: readonly string[], booleans: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i] as string;
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = a.slice(2, eq === -1 ? undefined : eq);
    if (valued.includes(name)) {
      const value = eq === -1 ? argv[++i] : a.slice(eq + 1);
      if (value === undefined || value.startsWith('--')) {
        throw new InputError({ path: `--${name}`, received: value, expected: 'a value after the flag', problem: 'has no value' });
      }
      flags[name] = value;
    } else if (booleans.includes(name) && eq === -1) {
      flags[name] = true;
    } else {
      const close = suggest(name, [...valued, ...booleans]);
      throw new InputError({
        path: `--${name}`,
        received: a,
        expected: `one of ${[...valued, ...booleans].map((f) => `--${f}`).join(', ') || '(no flags)'}`,
        problem: 'is not a known flag',
        fix: close.length > 0 ? `did you mean --${close[0]}?` : 'run `ailca help` for the list of commands and flags',
      });
    }
  }
  return { positional, flags };
}

/**
 * A flag that must be one of a few words.
 * @example
 * choice({ format: 'json' }, 'format', ['table', 'json'], 'table'); // => 'json'
 */
export function choice<T extends string>(flags: Readonly<Record<string, string | true>>, name: string, options: readonly T[], fallback: T): T {
  const v = flags[name];
  if (v === undefined) return fallback;
  if (typeof v !== 'string' || !options.includes(v as T)) {
    throw new InputError({ path: `--${name}`, received: v, expected: `one of ${options.join(', ')}`, problem: 'is not a valid choice' });
  }
  return v as T;
}
