import { FileError } from '../errors/index.js';

/** A JSON value as {@link parseStrictJson} returns it. */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** The result of {@link parseStrictJson}: the value and the 1-based line where each object or array starts. */
export interface StrictJson {
  /** The parsed value. */
  readonly value: JsonValue;
  /** Line (1-based) on which each object or array literal begins, for error messages. */
  readonly lines: WeakMap<object, number>;
}

/**
 * Parse JSON strictly, for data files whose mistakes must not pass silently.
 * Unlike `JSON.parse` it refuses duplicate keys (JSON.parse keeps the last one),
 * numbers that overflow to ±Infinity (`1e400`), a byte-order mark and trailing
 * content; every error is a {@link FileError} with the file, line and column,
 * which never quotes the file's text (only JSON punctuation and short,
 * field-like duplicate key names).
 *
 * @param text - the file's text
 * @param file - the file's name, for error messages
 * @returns the value and the line of each object/array
 * @throws {@link FileError} with `row` = line and `column` = column (both 1-based)
 * @example
 * parseStrictJson('{"a": [1, 2]}', 'x.json').value; // => { a: [1, 2] }
 */
export function parseStrictJson(text: string, file: string): StrictJson {
  const lines = new WeakMap<object, number>();
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const fail = (problem: string, fix?: string, at = i): never => {
    throw new FileError({ file, row: line, column: at - lineStart + 1 }, problem, fix);
  };
  if (text.charCodeAt(0) === 0xfeff) {
    fail('the file starts with a byte-order mark (U+FEFF)', 'save the file as UTF-8 without a BOM');
  }
  const skip = (): void => {
    while (i < text.length) {
      const c = text[i];
      if (c === '\n') {
        line += 1;
        lineStart = i + 1;
      } else if (c !== ' ' && c !== '\t' && c !== '\r') return;
      i += 1;
    }
  };
  const expect = (ch: string): void => {
    skip();
    if (text[i] !== ch) fail(`expected '${ch}' but found ${describe(text[i])}`);
    i += 1;
  };
  const parseString = (): string => {
    const start = i;
    // JSON forbids raw control characters (U+0000–U+001F) inside strings: the
    // class below must name them, which is what this rule guards against elsewhere.
    // eslint-disable-next-line no-control-regex
    const m = /^"(?:[^"\\\u0000-\u001f]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*"/.exec(text.slice(i, i + 100_000));
    if (!m) fail('malformed string (unterminated, a raw control character or a bad escape)', undefined, start);
    i += m![0].length;
    return JSON.parse(m![0]) as string;
  };
  const parseNumber = (): number => {
    const start = i;
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) fail(`unexpected ${describe(text[i])}`, 'write a JSON value: a number, string, true, false, null, an object or an array');
    const n = Number(m![0]);
    if (!Number.isFinite(n)) {
      fail(`the number ${m![0]} overflows to ${n}`, 'write a finite number (|x| < 1.8e308)', start);
    }
    i += m![0].length;
    return n;
  };
  const parseValue = (depth: number): JsonValue => {
    skip();
    if (depth > 64) fail('nesting deeper than 64 levels');
    const c = text[i];
    if (c === '{') {
      const obj: Record<string, JsonValue> = {};
      lines.set(obj, line);
      i += 1;
      skip();
      if (text[i] === '}') {
        i += 1;
        return obj;
      }
      for (;;) {
        skip();
        const keyAt = i;
        if (text[i] !== '"') fail(`expected a quoted key but found ${describe(text[i])}`);
        const key = parseString();
        if (Object.prototype.hasOwnProperty.call(obj, key)) {
          fail(`duplicate key ${describeKey(key)} (JSON.parse would silently keep the last one)`, 'remove or rename one of the two', keyAt);
        }
        expect(':');
        Object.defineProperty(obj, key, { value: parseValue(depth + 1), enumerable: true, writable: true, configurable: true });
        skip();
        if (text[i] === ',') i += 1;
        else if (text[i] === '}') {
          i += 1;
          return obj;
        } else fail(`expected ',' or '}' but found ${describe(text[i])}`);
      }
    }
    if (c === '[') {
      const arr: JsonValue[] = [];
      lines.set(arr, line);
      i += 1;
      skip();
      if (text[i] === ']') {
        i += 1;
        return arr;
      }
      for (;;) {
        arr.push(parseValue(depth + 1));
        skip();
        if (text[i] === ',') i += 1;
        else if (text[i] === ']') {
          i += 1;
          return arr;
        } else fail(`expected ',' or ']' but found ${describe(text[i])}`);
      }
    }
    if (c === '"') return parseString();
    for (const [word, v] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return v;
      }
    }
    return parseNumber();
  };
  const value = parseValue(0);
  skip();
  if (i < text.length) fail(`unexpected ${describe(text[i])} after the end of the JSON value`, 'remove the trailing content');
  return { value, lines };
}

/**
 * A character found where it does not belong, without quoting the file: JSON
 * punctuation is named (it is syntax, not content); anything else is only
 * said to be there, so that an error on a file that is not JSON at all
 * (a password file, an environment dump) does not echo what it holds.
 */
function describe(ch: string | undefined): string {
  if (ch === undefined) return 'the end of the file';
  return '{}[],:"'.includes(ch) ? JSON.stringify(ch) : 'text';
}

/** A duplicate key is named when it looks like a field name (short, plain); otherwise only its position is given. */
function describeKey(key: string): string {
  return /^[A-Za-z0-9_.-]{1,40}$/.test(key) ? `"${key}"` : '(a key)';
}
