/**
 * Base class of every error the library throws on purpose. Catch this to tell
 * a problem with the user's input or data apart from a bug.
 *
 * @example
 * try {
 *   throw new AilcaError('something went wrong');
 * } catch (e) {
 *   e instanceof AilcaError; // => true
 * }
 */
export class AilcaError extends Error {
  /** The error class's name, `AilcaError` (subclasses set their own). */
  override readonly name: string = 'AilcaError';
}
