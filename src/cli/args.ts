import { parseArgs as nodeParseArgs } from 'node:util';
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
    path: given.split('=')[0],
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
 * `--` are positional, and so is a negative number where no flag takes it
 * (`-1`); a valued flag takes the next argument even when it is a negative
 * number (`--seed -1`).
 *
 * The splitting is `node:util`'s `parseArgs`, in its non-strict mode with
 * `tokens`: strict mode cannot express what the CLI promises — it refuses
 * `--seed -1` as ambiguous (so a negative seed would never reach the range
 * check that explains the valid range), it reads `-1` as a short option, and
 * its errors have neither the did-you-mean suggestion nor the `InputError`
 * shape the commands print. So this function walks the tokens and makes
 * those checks itself.
 *
 * @param argv - arguments after the command name
 * @param valued - flags that take a value
 * @param booleans - flags that take none
 * @param options - which valued flags may repeat
 * @returns the positional arguments, the flags given once and the repeatable flags' values
 * @throws {@link InputError} for an unknown or short flag, a valued flag without its value, a boolean flag given a value, or a flag given twice
 * @example
 * parseArgs(['study.json', '--format', 'json'], ['format'], []).flags; // => { format: 'json' }
 * parseArgs(['--seed', '-1', '--', '--odd.json'], ['seed'], []); // => { positional: ['--odd.json'], flags: { seed: '-1' }, lists: {} }
 * parseArgs(['--allow-read', 'a', '--allow-read=b'], ['allow-read'], [], { repeatable: ['allow-read'] }).lists; // => { 'allow-read': ['a', 'b'] }
 */
export function parseArgs(argv: readonly string[], valued: readonly string[], booleans: readonly string[], options: ArgsOptions = {}): ParsedArgs {
  const repeatable = options.repeatable ?? [];
  const known = [...valued, ...booleans];
  const config: Record<string, { type: 'string' | 'boolean' }> = {};
  for (const name of valued) config[name] = { type: 'string' };
  for (const name of booleans) config[name] = { type: 'boolean' };
  const { tokens } = nodeParseArgs({ args: [...argv], options: config, strict: false, allowPositionals: true, tokens: true });
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  const lists: Record<string, string[]> = {};
  let lastShort = -1;
  for (const token of tokens) {
    if (token.kind === 'positional') {
      positional.push(token.value);
      continue;
    }
    if (token.kind === 'option-terminator') continue;
    const given = argv[token.index];
    if (!token.rawName.startsWith('--')) {
      // A short option group (-1.5 is split into -1, -., -5): one argument, looked at once.
      if (token.index === lastShort) continue;
      lastShort = token.index;
      if (NEGATIVE_NUMBER.test(given)) {
        positional.push(given);
        continue;
      }
      throw unknown(given, given.slice(1), known);
    }
    const name = token.name;
    let value: string | true;
    if (valued.includes(name)) {
      const v = token.value;
      if (v === undefined || v.startsWith('--')) {
        throw new InputError({ path: `--${name}`, received: v, expected: 'a value after the flag', problem: 'has no value', fix: `write --${name} VALUE (or --${name}=VALUE)` });
      }
      value = v;
    } else if (booleans.includes(name) && token.value === undefined) {
      value = true;
    } else {
      throw unknown(given, name, known);
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
