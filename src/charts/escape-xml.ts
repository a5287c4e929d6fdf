/**
 * Escape a user string for SVG/XML text content and attribute values.
 *
 * The five XML special characters become entity references (`&` → `&amp;`,
 * `<` → `&lt;`, `>` → `&gt;`, `"` → `&quot;`, `'` → `&#39;`). Characters that
 * XML 1.0 forbids outright (C0 controls other than tab, line feed and carriage
 * return; U+FFFE, U+FFFF; unpaired surrogates) cannot be escaped at all, so
 * they are replaced by U+FFFD (the replacement character, shown as `�`) and
 * the SVG stays well-formed.
 *
 * @param text - any string: an input name, a unit, a title
 * @returns the string, safe inside an element or a double-quoted attribute
 * @example
 * escapeXml('CPU <die> & "DRAM"'); // => 'CPU &lt;die&gt; &amp; &quot;DRAM&quot;'
 * escapeXml("PUE's range"); // => 'PUE&#39;s range'
 */
export function escapeXml(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const ch = text[i];
    if (ch === '&') out += '&amp;';
    else if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    else if (ch === '"') out += '&quot;';
    else if (ch === "'") out += '&#39;';
    else if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) out += '\uFFFD';
    else if (code === 0xfffe || code === 0xffff) out += '\uFFFD';
    else if (code >= 0xd800 && code <= 0xdbff) {
      // a high surrogate is valid only when a low surrogate follows
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text.slice(i, i + 2);
        i++;
      } else out += '\uFFFD';
    } else if (code >= 0xdc00 && code <= 0xdfff) out += '\uFFFD';
    else out += ch;
  }
  return out;
}
