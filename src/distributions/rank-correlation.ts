import { checkNumber } from '../validate/index.js';

/**
 * The Pearson correlation r of a bivariate normal whose Spearman rank
 * correlation is ρs: r = 2·sin(π·ρs/6) (Pearson 1907; Kruskal 1958). Use it
 * to turn the rank correlations of a study into the correlation matrix of a
 * Gaussian copula; ranks, hence Spearman's ρ, survive the inverse-CDF
 * transform of each margin.
 *
 * @param rank - Spearman's ρs, in [−1, 1]
 * @param path - the field named in errors, e.g. `correlations[0].rank`
 * @returns the Pearson correlation of the normal scores, in [−1, 1]
 * @throws {@link InputError} when rank is not a number in [−1, 1]
 * @example
 * rankCorrelationToPearson(1); // => 1
 * rankCorrelationToPearson(0); // => 0
 * rankCorrelationToPearson(-0.5) === 2 * Math.sin(-Math.PI / 12); // => true
 */
export function rankCorrelationToPearson(rank: number, path: string = 'rank'): number {
  checkNumber(rank, path, { min: -1, max: 1, fix: 'a rank correlation lies between -1 and 1, e.g. 0.6' });
  return 2 * Math.sin((Math.PI * rank) / 6);
}
