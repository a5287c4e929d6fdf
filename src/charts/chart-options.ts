import { checkNumber } from '../validate/index.js';
import { checkObject, checkText, checkUnit } from './check-data.js';

/** Options every chart accepts. */
export interface ChartOptions {
  /** Drawing width in px (the viewBox width and the `width` attribute); default 640. */
  readonly width?: number;
  /** Drawing height in px; default depends on the chart (see each chart). */
  readonly height?: number;
  /**
   * The chart's title: its accessible name (`<title>`) and, when given, a
   * visible heading at the top. When left out, the `<title>` says what the
   * chart shows and no heading is drawn (reports usually caption figures
   * themselves).
   */
  readonly title?: string;
  /** Longer text for screen readers (`<desc>`); default: a summary of the data with values and units. */
  readonly description?: string;
  /** Significant figures of the value labels, an integer in [1, 17]; default 4. */
  readonly significantDigits?: number;
}

/** Options of charts with a value axis. */
export interface ValueChartOptions extends ChartOptions {
  /** Unit of the values, shown in the axis title and labels (`kgCO2e/year`); required. */
  readonly unit: string;
  /** What the values are, the axis title before the unit; default `Carbon footprint`. */
  readonly valueLabel?: string;
}

/** {@link ChartOptions} checked, with defaults filled in. @internal */
export interface ResolvedOptions {
  readonly width: number;
  /** The height asked for, or undefined when the chart should size itself. */
  readonly height: number | undefined;
  readonly title: string;
  readonly heading: boolean;
  readonly description: string | undefined;
  readonly sig: number;
  readonly unit: string;
  readonly valueLabel: string;
}

/**
 * Check the options of a chart and fill in defaults; `defaultTitle` is the
 * accessible name used when no title is given, `needsUnit` false for charts
 * without a unit (Sobol indices).
 * @internal
 */
export function resolveOptions(options: unknown, defaultTitle: string, needsUnit = true): ResolvedOptions {
  const o = checkObject(options ?? (needsUnit ? undefined : {}), 'options', needsUnit ? "an options object with at least { unit: 'kgCO2e/year' }" : 'an options object');
  const width = checkNumber(o.width ?? 640, 'options.width', { min: 240, max: 10000, unit: 'px' });
  const height = o.height === undefined ? undefined : checkNumber(o.height, 'options.height', { min: 120, max: 10000, unit: 'px' });
  const title = o.title === undefined ? defaultTitle : checkText(o.title, 'options.title', defaultTitle);
  const description = o.description === undefined ? undefined : checkText(o.description, 'options.description', 'what the chart shows');
  const sig = checkNumber(o.significantDigits ?? 4, 'options.significantDigits', { min: 1, max: 17, integer: true });
  const unit = needsUnit ? checkUnit(o.unit, 'options.unit') : '';
  const valueLabel = o.valueLabel === undefined ? 'Carbon footprint' : checkText(o.valueLabel, 'options.valueLabel', 'Carbon footprint');
  return { width, height, title, heading: o.title !== undefined, description, sig, unit, valueLabel };
}
