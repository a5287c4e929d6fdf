import { describe, expect, it } from 'vitest';
import { byClass, ownText, parseXml } from './xml.js';

describe('parseXml (the test helper that checks well-formedness)', () => {
  it('parseXml accepts a small SVG and decodes references', () => {
    const root = parseXml('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><text class="a b" x=\'1\'>A &amp; B &lt;&#x3B1;&#946;&gt;</text><g/></svg>\n');
    expect(root.name).toBe('svg');
    expect(ownText(byClass(root, 'b')[0])).toBe('A & B <αβ>');
  });
  it.each([
    ['unclosed element', '<svg><g></svg>'],
    ['raw ampersand', '<svg>a & b</svg>'],
    ['raw < in attribute', '<svg a="<"/>'],
    ['unknown entity', '<svg>&nbsp;</svg>'],
    ['duplicate attribute', '<svg a="1" a="2"/>'],
    ['unquoted attribute', '<svg a=1/>'],
    ['two roots', '<svg/><svg/>'],
    ['control character', '<svg>\u0001</svg>'],
    ['mismatched close', '<svg><a></b></svg>'],
    ['missing space between attributes', '<svg a="1"b="2"/>'],
    ['raw ]]> in text', '<svg>a ]]> b</svg>'],
  ])('parseXml rejects %s', (_why, text) => {
    expect(() => parseXml(text)).toThrow(/not well-formed/);
  });
});
