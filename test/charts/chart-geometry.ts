/**
 * Reading geometry back from a rendered chart: the axis line runs from the
 * first tick value to the last, so a value's position can be computed from
 * the drawn tick labels and the axis line alone, independently of the code
 * under test.
 */
import { byClass, num, ownText, type XmlElement } from './xml.js';

/** value ↦ px along the bottom or left axis of `root`. */
export function axisScale(root: XmlElement, orient: 'bottom' | 'left'): { at: (value: number) => number; pxPerUnit: number; ticks: number[] } {
  const line = byClass(root, `ailca-axis-${orient}`)[0];
  const anchor = orient === 'bottom' ? 'middle' : 'end';
  const ticks = byClass(root, 'ailca-tick')
    .filter((t) => t.attrs['text-anchor'] === anchor)
    .map((t) => Number(ownText(t).replace(/,/g, '')));
  const v0 = ticks[0];
  const v1 = ticks[ticks.length - 1];
  const p0 = orient === 'bottom' ? num(line, 'x1') : num(line, 'y1');
  const p1 = orient === 'bottom' ? num(line, 'x2') : num(line, 'y2');
  const pxPerUnit = (p1 - p0) / (v1 - v0);
  return { at: (v) => p0 + (v - v0) * pxPerUnit, pxPerUnit, ticks };
}

/** Texts of the elements with `className`, in document order. */
export function texts(root: XmlElement, className: string): string[] {
  return byClass(root, className).map(ownText);
}
