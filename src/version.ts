import { readFileSync } from 'node:fs';

let cached: string | undefined;

/**
 * The library's version, read from its package.json (one level above `src/`
 * or `dist/`), recorded in every result.
 * @example
 * /^\d+\.\d+\.\d+/.test(libraryVersion()); // => true
 */
export function libraryVersion(): string {
  if (cached === undefined) {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    cached = pkg.version;
  }
  return cached;
}
