import { InputError } from '../errors/index.js';
import { suggest } from '../validate/index.js';

/** Parsed command-line arguments. */
export interface ParsedArgs {
  readonly positional: readonly string[];
  /** Each flag given once: its value, or `true` for a boolean flag. */
  readonly flags: Readonly<Record<string, string | true>>;
  /** Each flag declared repeatable: every value given, in order (absent when not given). */
  readonly lists: Readonly<Record<string, readonly string[]>>;
}

/** What else a command's flags allow. */
export interface ArgsOptions {
  /** Valued flags that may be given more than once (`--allow-read A --allow-read B`); their values go to `lists`. Any other flag given twice is refused. */
  readonly repeatable?: readonly string[];
}

const NEGATIVE_NUMBER = /^-(\d|\.\d)/;

function unknown(given: string, name: string, known: readonly string[]): InputError {
  const short = !given.startsWith('--');
  // a short flag (-s) has no spelling to compare: offer the long flags with the same first letter
  const close = short ? known.filter((f) => f.startsWith(name.charAt(0))) : suggest(name, known);
  return new InputError({
    path: given.split('=')[0] as string,
    received: given,
    expected: `one of ${known.map((f) => `--${f}`).join(', ') || '(no flags)'}`,
    problem: short ? 'is not a known option (ailca has long options only)' : 'is not a known flag',
    fix: close.length > 0 ? `did you mean ${close.map((f) => `--${f}`).join(' or ')}?` : 'run `ailca help` for the list of commands and flags',
  });
}

/**
 * Parse `--name value`, `--name=value` and boolean `--name` flags; unknown
 * flags (and short ones such as `-s`) are refused with a suggestion, and a
 * flag given twice is refused unless declared repeatable. Arguments after
 * `--` are positional.
 *
 * @param argv - arguments after the command name
 * @param valued - flags that take a value
 * @param booleans - flags that take none
 * @param options - which valued flags may repeat
 * @example
 * parseArgs(['study.json', '--format', 'json'], ['format'], []).flags; // => { format: 'json' }
 */
export function parseArgs(argv: readonly string[], valued: readonly string[], booleans: readonly string[], options: ArgsOptions = {}): ParsedArgs {
  const repeatable = options.repeatable ?? [];
  const known = [...valued, ...booleans];
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  const lists: Record<string, string[]> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i] as string;
    if (a === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith('-') || a === '-' || NEGATIVE_NUMBER.test(a)) {
      positional.push(a);
      continue;
    }
    if (!a.startsWith('--')) throw unknown(a, a.slice(1), known);
    const eq = a.indexOf('=');
    const name = a.slice(2, eq === -1 ? undefined : eq);
    let value: string | true;
    if (valued.includes(name)) {
      const v = eq === -1 ? argv[++i] : a.slice(eq + 1);
      if (v === undefined || v.startsWith('--')) {
        throw new InputError({ path: `--${name}`, received: v, expected: 'a value after the flag', problem: 'has no value', fix: `write --${name} VALUE (or --${name}=VALUE)` });
      }
      value = v;
    } else if (booleans.includes(name) && eq === -1) {
      value = true;
    } else {
      throw unknown(a, name, known);
    }
    if (repeatable.includes(name) && typeof value === 'string') {
      (lists[name] ??= []).push(value);
      continue;
    }
    const before = flags[name];
    if (before !== undefined) {
      const both = typeof value === 'string' ? ` (${String(before)}, ${value})` : '';
      throw new InputError({ path: `--${name}`, received: typeof value === 'string' ? [before, value] : value, expected: 'the flag once', problem: `is given twice${both}`, fix: `keep one --${name}` });
    }
    flags[name] = value;
  }
  return { positional, flags, lists };
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
    const close = typeof v === 'string' ? suggest(v, options) : [];
    throw new InputError({ path: `--${name}`, received: v, expected: `one of ${options.join(', ')}`, problem: 'is not a valid choice', fix: close.length > 0 ? `did you mean --${name} ${close[0]}?` : `write --${name} ${options[0]}` });
  }
  return v as T;
}
