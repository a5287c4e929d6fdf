import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../src/charts/index.js';
import { ownText, parseXml } from './xml.js';

describe('escapeXml', () => {
  it('escapeXml replaces the five XML specials', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;');
  });
  it('escapeXml output round-trips through an XML parser in text and attributes', () => {
    const s = `grid <"DE"> & 'FR' ]]> μ* ≥ 0 😀`;
    const root = parseXml(`<t a="${escapeXml(s)}">${escapeXml(s)}</t>`);
    expect(root.attrs.a).toBe(s);
    expect(ownText(root)).toBe(s);
  });
  it('escapeXml replaces characters XML cannot carry with U+FFFD', () => {
    expect(escapeXml('a\u0000b\u001Fc\tline\n')).toBe('a\uFFFDb\uFFFDc\tline\n');
    expect(escapeXml('x\uD800y')).toBe('x\uFFFDy'); // unpaired surrogate
    expect(escapeXml('\uFFFE')).toBe('\uFFFD');
  });
});
