import { create, all, type MathJsInstance } from 'mathjs';

/**
 * A private mathjs instance, so that redefining units never leaks into a
 * user's own mathjs.
 *
 * Years and months are redefined to the LCA convention: 1 year = 8,760 h
 * (365 days, the year of the annual-energy formula P × 8,760 h in Clemm et al.
 * 2024, section IV.C) and 1 month = 730 h (a twelfth of it). mathjs's default
 * Julian year of 365.25 days (8,766 h) would make "5 years" of lifetime 0.07 %
 * longer than the 5 × 8,760 h of use the same study computes.
 */
let instance: MathJsInstance | undefined;

/** The library's mathjs instance (created on first use). */
export function unitMath(): MathJsInstance {
  if (instance === undefined) {
    const m = create(all, {});
    m.createUnit(
      {
        year: { definition: '8760 h', aliases: ['years', 'yr', 'yrs'] },
        month: { definition: '730 h', aliases: ['months'] },
      },
      { override: true },
    );
    instance = m;
  }
  return instance;
}
