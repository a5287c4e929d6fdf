/**
 * The Okabe–Ito colour-blind-safe palette (Okabe & Ito, "Color Universal
 * Design (CUD): how to make figures and presentations that are friendly to
 * colorblind people", 2008; J*Fly), ordered for charts: blue, orange, bluish
 * green, reddish purple, sky blue, vermillion, yellow, black. Series take the
 * colours in this order; a chart with more series than colours refuses to
 * draw rather than reuse one.
 *
 * @example
 * CHART_PALETTE[0]; // => '#0072B2'
 * CHART_PALETTE.length; // => 8
 */
export const CHART_PALETTE: readonly string[] = Object.freeze([
  '#0072B2', // blue
  '#E69F00', // orange
  '#009E73', // bluish green
  '#CC79A7', // reddish purple
  '#56B4E9', // sky blue
  '#D55E00', // vermillion
  '#F0E442', // yellow
  '#000000', // black
]);

/** Colours of text, axes and grid (greys chosen for ≥ 4.5:1 contrast on white, WCAG 2.1). @internal */
export const INK = { text: '#222222', muted: '#555555', axis: '#444444', grid: '#E3E3E3', background: '#FFFFFF' } as const;

/**
 * Black or white, whichever contrasts more with the `#RRGGBB` fill (WCAG 2.1
 * relative luminance and contrast ratio). Used for value labels drawn on bars.
 * @internal
 */
export function textColorOn(fill: string): string {
  const channel = (i: number): number => {
    const c = parseInt(fill.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  const contrastWithWhite = 1.05 / (luminance + 0.05);
  const contrastWithBlack = (luminance + 0.05) / 0.05;
  return contrastWithWhite >= contrastWithBlack ? '#FFFFFF' : '#000000';
}
