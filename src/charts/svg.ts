/**
 * Building blocks of the SVG text: elements with escaped attributes,
 * rounded coordinates, text that is truncated with its full form kept in a
 * `<title>`, and the document frame with its accessible name.
 * @internal
 * @module
 */
import { escapeXml } from './escape-xml.js';
import { INK } from './palette.js';
import { fitText } from './text-width.js';

/** Attribute values: strings are escaped, numbers rounded by {@link coord}, `undefined` left out. */
export type Attrs = Readonly<Record<string, string | number | undefined>>;

/** The system sans-serif font stack every chart uses. @internal */
export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'DejaVu Sans', sans-serif";

/** A coordinate in px rounded to 0.01 px (keeps golden files stable and small). @internal */
export function coord(n: number): string {
  const r = Math.round(n * 100) / 100;
  return String(r === 0 ? 0 : r);
}

/** Path data with every number rounded by {@link coord}: pathData`M${x} ${y}H${x2}`. @internal */
export function pathData(strings: TemplateStringsArray, ...values: number[]): string {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += coord(values[i]) + strings[i + 1];
  return out;
}

/** `<name a="…">content</name>`, or `<name a="…"/>` without content; `content` is markup, not escaped. @internal */
export function el(name: string, attrs: Attrs, content?: string): string {
  let out = `<${name}`;
  for (const key of Object.keys(attrs)) {
    const value = attrs[key];
    if (value === undefined) continue;
    out += ` ${key}="${typeof value === 'number' ? coord(value) : escapeXml(value)}"`;
  }
  return content === undefined ? `${out}/>` : `${out}>${content}</${name}>`;
}

/** `<title>` child carrying a tooltip / accessible text. @internal */
export function tooltip(text: string): string {
  return `<title>${escapeXml(text)}</title>`;
}

/**
 * A `<text>` element; when `maxWidth` is given and the text does not fit, it
 * is cut with `…` and the full text goes into a `<title>` child.
 * @internal
 */
export function textEl(x: number, y: number, text: string, attrs: Attrs = {}, maxWidth?: number): string {
  const fontSize = typeof attrs['font-size'] === 'number' ? attrs['font-size'] : 12;
  const fitted = maxWidth === undefined ? { shown: text, truncated: false } : fitText(text, maxWidth, fontSize);
  const content = escapeXml(fitted.shown) + (fitted.truncated ? tooltip(text) : '');
  return el('text', { x, y, ...attrs }, content);
}

/** What {@link svgDocument} needs. @internal */
export interface FrameSpec {
  /** Chart kind, used in the class names (`ailca-chart ailca-contribution`). */
  readonly kind: string;
  readonly width: number;
  readonly height: number;
  /** Accessible name, the `<title>`. */
  readonly title: string;
  /** Longer accessible description, the `<desc>`. */
  readonly description: string;
  /** Draw the title as a visible heading at the top. */
  readonly heading: boolean;
  /** The chart's elements. */
  readonly body: readonly string[];
}

/** Height in px taken by the visible heading. @internal */
export const HEADING_HEIGHT = 26;
/** Outer padding in px. @internal */
export const PAD = 12;

/** The self-contained `<svg>` document: namespace, viewBox, size, role, title, desc, white background. @internal */
export function svgDocument(spec: FrameSpec): string {
  const { width, height } = spec;
  const lines = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="ailca-chart ailca-${spec.kind}" viewBox="0 0 ${coord(width)} ${coord(height)}" width="${coord(width)}" height="${coord(height)}" role="img" font-family="${escapeXml(FONT_FAMILY)}" font-size="12">`,
    `<title>${escapeXml(spec.title)}</title>`,
    `<desc>${escapeXml(spec.description)}</desc>`,
    el('rect', { x: 0, y: 0, width, height, fill: INK.background }),
  ];
  if (spec.heading) {
    lines.push(textEl(PAD, PAD + 14, spec.title, { 'font-size': 15, 'font-weight': 'bold', fill: INK.text, class: 'ailca-heading' }, width - 2 * PAD));
  }
  lines.push(...spec.body, '</svg>', '');
  return lines.join('\n');
}
