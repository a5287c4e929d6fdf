/** Characters a POSIX shell reads literally, outside quotes. */
const SAFE = /^[A-Za-z0-9_./:=@%+,-]+$/;

/**
 * A word quoted for a POSIX shell: left as it is when every character is
 * literal, else in single quotes (a `'` inside written `'\''`).
 * @example
 * shellQuote('a/b.json'); // => 'a/b.json'
 * shellQuote("it's here"); // => "'it'\\''s here'"
 */
export function shellQuote(word: string): string {
  return SAFE.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;
}
