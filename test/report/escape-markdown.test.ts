import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/report/index.js';

describe('escapeMarkdown', () => {
  it('escapeMarkdown backslash-escapes every character that could start markup', () => {
    expect(escapeMarkdown('<script>alert("x")</script>')).toBe('\\<script\\>alert("x")\\</script\\>');
    expect(escapeMarkdown('a|b')).toBe('a\\|b');
    expect(escapeMarkdown('*x* _y_ `z` [l](u) ~s~ #h !i &amp;')).toBe('\\*x\\* \\_y\\_ \\`z\\` \\[l\\](u) \\~s\\~ \\#h \\!i \\&amp;');
    expect(escapeMarkdown('C:\\path')).toBe('C:\\\\path');
  });

  it('escapeMarkdown stops a leading -, + or number from starting a list', () => {
    expect(escapeMarkdown('- x')).toBe('\\- x');
    expect(escapeMarkdown('+ x')).toBe('\\+ x');
    expect(escapeMarkdown('12. x')).toBe('12\\. x');
    expect(escapeMarkdown('3) x')).toBe('3\\) x');
    expect(escapeMarkdown('a - b')).toBe('a - b');
  });

  it('escapeMarkdown joins lines so that a table cell stays one line', () => {
    expect(escapeMarkdown('a\nb\r\nc')).toBe('a b c');
  });
});
