/**
 * Text measurement without a browser: an estimate of how wide a string is in
 * a sans-serif font, from per-character advance widths (em) rounded from
 * Arial/Helvetica metrics and raised by 10 % so that wider system fonts
 * (DejaVu Sans, the Linux default) still fit. Good enough to lay out labels
 * and decide where to truncate; never used for anything numeric.
 * @internal
 * @module
 */

const NARROW = new Set(Array.from("ijlft|!.,:;'()[]I /-"));
const WIDE = new Set(Array.from('mwMW@%—'));
/** Safety factor for fonts wider than Arial (DejaVu Sans is about 8 % wider). */
const FONT_SAFETY = 1.1;

/** Estimated width in px of `text` set at `fontSizePx`. @internal */
export function estimateTextWidth(text: string, fontSizePx: number): number {
  let em = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.28;
    else if (WIDE.has(ch)) em += 0.86;
    else if (ch >= '0' && ch <= '9') em += 0.56;
    else if (ch >= 'A' && ch <= 'Z') em += 0.68;
    else em += 0.54;
  }
  return em * fontSizePx * FONT_SAFETY;
}

/** A label as drawn, and the full text when it had to be cut. @internal */
export interface FittedText {
  /** What is drawn: the text, or its start followed by `…`. */
  readonly shown: string;
  /** True when `shown` is shorter than the text. */
  readonly truncated: boolean;
}

/**
 * Cut `text` so that it fits in `maxWidthPx`, ending with an ellipsis `…`
 * when cut. Works on code points, so emoji and surrogate pairs stay whole.
 * @internal
 */
export function fitText(text: string, maxWidthPx: number, fontSizePx: number): FittedText {
  if (estimateTextWidth(text, fontSizePx) <= maxWidthPx) return { shown: text, truncated: false };
  const points = Array.from(text);
  let n = points.length;
  while (n > 0 && estimateTextWidth(`${points.slice(0, n).join('').trimEnd()}…`, fontSizePx) > maxWidthPx) n--;
  return { shown: `${points.slice(0, n).join('').trimEnd()}…`, truncated: true };
}
