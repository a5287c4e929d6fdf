/**
 * Spellings users send that are not the ISO 3166-1 alpha-2 codes the
 * location-keyed datasets use (grid intensities, electricity impacts), for
 * the "did you mean" of a refused location. `UK` and `EL` are "exceptionally
 * reserved" ISO codes for GB and GR (used by the EU); the rest are common
 * names of the aggregates.
 *
 * @example
 * LOCATION_ALIASES.UK; // => 'GB'
 */
export const LOCATION_ALIASES: Readonly<Record<string, string>> = Object.freeze({
  UK: 'GB',
  EL: 'GR',
  USA: 'US',
  global: 'WORLD',
  world: 'WORLD',
  Europe: 'EU',
  EU27: 'EU',
});
