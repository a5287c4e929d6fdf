/**
 * The Vega-Lite v5 schema every spec names in `$schema`.
 * @example
 * VEGA_LITE_SCHEMA; // => 'https://vega.github.io/schema/vega-lite/v5.json'
 */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v5.json';

/**
 * A Vega-Lite v5 top-level specification with its data inline, as plain
 * JSON-serialisable data: write it with `JSON.stringify` and open it in the
 * Vega editor, Altair (`alt.Chart.from_dict`), Observable or any Vega-Lite
 * renderer to restyle it. ailca only writes these; it does not render them.
 */
export interface VegaLiteSpec {
  /** Always {@link VEGA_LITE_SCHEMA}. */
  readonly $schema: string;
  /** The chart's title: the same as the SVG chart's accessible name. */
  readonly title: string;
  /** What the chart shows, with values and units: the SVG chart's `<desc>` summary in short. */
  readonly description: string;
  /** Drawing width in px (the SVG chart's `width`). */
  readonly width: number;
  /** Every other top-level property (`data`, `mark`, `encoding`, `layer`, …) as Vega-Lite defines it. */
  readonly [key: string]: unknown;
}

/**
 * The options every spec function reads: title and width, as the SVG charts
 * take them.
 * @internal
 */
export function specHead(title: string | undefined, defaultTitle: string, width: number | undefined, description: string): Pick<VegaLiteSpec, '$schema' | 'title' | 'description' | 'width'> {
  return { $schema: VEGA_LITE_SCHEMA, title: title ?? defaultTitle, description, width: width ?? 640 };
}
