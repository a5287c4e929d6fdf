import { describe, expect, it } from 'vitest';
import { estimateTextWidth, fitText } from '../../src/charts/text-width.js';

describe('fitText', () => {
  it('fitText leaves a short label alone', () => {
    expect(fitText('DRAM', 100, 12)).toEqual({ shown: 'DRAM', truncated: false });
  });
  it('fitText cuts a long label to the width and ends it with an ellipsis', () => {
    const long = 'hyperparameter search on 64 accelerators with retries';
    const fitted = fitText(long, 120, 12);
    expect(fitted.truncated).toBe(true);
    expect(fitted.shown.endsWith('…')).toBe(true);
    expect(long.startsWith(fitted.shown.slice(0, -1))).toBe(true);
    expect(estimateTextWidth(fitted.shown, 12)).toBeLessThanOrEqual(120);
  });
  it('fitText keeps surrogate pairs whole', () => {
    const fitted = fitText('😀😀😀😀😀😀😀😀😀😀', 30, 12);
    expect(fitted.shown.endsWith('…')).toBe(true);
    for (const ch of fitted.shown.slice(0, -1)) expect(ch).toBe('😀');
  });
  it('estimateTextWidth: wider for capitals than for the same count of narrow letters', () => {
    expect(estimateTextWidth('MMMM', 12)).toBeGreaterThan(estimateTextWidth('iiii', 12));
  });
});
