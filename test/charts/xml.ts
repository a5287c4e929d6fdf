/**
 * A small, strict XML well-formedness checker and tree builder for the chart
 * tests (no dependency, no regular expressions): one root element, matching
 * tags, quoted and unique attributes, only the five predefined entities and
 * character references, no `<` in attribute values, no characters XML 1.0
 * forbids. Throws an Error naming the offset on the first problem.
 */
export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
}
export type XmlNode = XmlElement | string;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function isNameStart(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || c === ':';
}
function isNameChar(c: string): boolean {
  return isNameStart(c) || (c >= '0' && c <= '9') || c === '-' || c === '.';
}
function isSpace(c: string): boolean {
  return c === ' ' || c === '\n' || c === '\t' || c === '\r';
}
function isXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

/** Parse `text` as one XML document and return its root element. */
export function parseXml(text: string): XmlElement {
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`not well-formed XML at offset ${i}: ${why} (near ${JSON.stringify(text.slice(Math.max(0, i - 30), i + 30))})`);
  };
  for (const ch of text) if (!isXmlChar(ch.codePointAt(0) as number)) fail(`forbidden character U+${(ch.codePointAt(0) as number).toString(16)}`);

  const skipSpace = (): void => {
    while (i < text.length && isSpace(text[i])) i++;
  };
  const readName = (): string => {
    if (!isNameStart(text[i] ?? '')) fail('expected a name');
    const start = i;
    while (i < text.length && isNameChar(text[i])) i++;
    return text.slice(start, i);
  };
  /** Text with entity and character references decoded; stops at `stop`. */
  const readChars = (stop: string, inAttribute: boolean): string => {
    let out = '';
    while (i < text.length && text[i] !== stop) {
      const c = text[i];
      if (c === '<') {
        if (inAttribute) fail('"<" inside an attribute value');
        break;
      }
      if (c === '&') {
        const end = text.indexOf(';', i);
        if (end < 0 || end - i > 12) fail('"&" that does not start a reference');
        const ref = text.slice(i + 1, end);
        if (ref.startsWith('#x')) out += String.fromCodePoint(checkCode(parseInt(ref.slice(2), 16)));
        else if (ref.startsWith('#')) out += String.fromCodePoint(checkCode(Number(ref.slice(1))));
        else if (ref in ENTITIES) out += ENTITIES[ref];
        else fail(`unknown entity &${ref};`);
        i = end + 1;
      } else {
        out += c;
        i++;
      }
    }
    return out;
  };
  const checkCode = (code: number): number => (Number.isInteger(code) && isXmlChar(code) ? code : fail('bad character reference'));
  const skipMisc = (): void => {
    for (;;) {
      skipSpace();
      if (text.startsWith('<!--', i)) {
        const end = text.indexOf('-->', i + 4);
        if (end < 0) fail('unterminated comment');
        i = end + 3;
      } else if (text.startsWith('<?', i)) {
        const end = text.indexOf('?>', i + 2);
        if (end < 0) fail('unterminated processing instruction');
        i = end + 2;
      } else return;
    }
  };
  const readElement = (): XmlElement => {
    if (text[i] !== '<') fail('expected "<"');
    i++;
    const name = readName();
    const attrs: Record<string, string> = {};
    for (;;) {
      const hadSpace = isSpace(text[i] ?? '');
      skipSpace();
      if (text.startsWith('/>', i)) {
        i += 2;
        return { name, attrs, children: [] };
      }
      if (text[i] === '>') {
        i++;
        break;
      }
      if (!hadSpace) fail('attributes must be separated by white space');
      const attr = readName();
      skipSpace();
      if (text[i] !== '=') fail(`attribute ${attr} without "="`);
      i++;
      skipSpace();
      const quote = text[i];
      if (quote !== '"' && quote !== "'") fail(`attribute ${attr} value not quoted`);
      i++;
      const value = readChars(quote, true);
      if (text[i] !== quote) fail(`attribute ${attr} value not closed`);
      i++;
      if (attr in attrs) fail(`duplicate attribute ${attr}`);
      attrs[attr] = value;
    }
    const children: XmlNode[] = [];
    for (;;) {
      if (i >= text.length) fail(`element <${name}> not closed`);
      if (text.startsWith('</', i)) {
        i += 2;
        const closing = readName();
        if (closing !== name) fail(`</${closing}> closes <${name}>`);
        skipSpace();
        if (text[i] !== '>') fail('expected ">"');
        i++;
        return { name, attrs, children };
      }
      if (text.startsWith('<!--', i)) {
        const end = text.indexOf('-->', i + 4);
        if (end < 0) fail('unterminated comment');
        i = end + 3;
      } else if (text[i] === '<') children.push(readElement());
      else {
        const start = i;
        const chars = readChars('<', false);
        if (text.slice(start, i).includes(']]>')) fail('"]]>" in text');
        children.push(chars);
      }
    }
  };
  skipMisc();
  const root = readElement();
  skipMisc();
  if (i !== text.length) fail('content after the root element');
  return root;
}

/** Every element below (and including) `root` that passes `test`, in document order. */
export function findAll(root: XmlElement, test: (e: XmlElement) => boolean): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    if (test(e)) out.push(e);
    for (const c of e.children) if (typeof c !== 'string') walk(c);
  };
  walk(root);
  return out;
}

/** Elements carrying `className` in their class attribute. */
export function byClass(root: XmlElement, className: string): XmlElement[] {
  return findAll(root, (e) => (e.attrs.class ?? '').split(' ').includes(className));
}

/** The element's own text (direct string children), without `<title>` tooltips. */
export function ownText(e: XmlElement): string {
  return e.children.filter((c): c is string => typeof c === 'string').join('');
}

/** The `<title>` child's text, if any. */
export function tooltipOf(e: XmlElement): string | undefined {
  const t = e.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === 'title');
  return t === undefined ? undefined : ownText(t);
}

/** A numeric attribute. */
export function num(e: XmlElement, attr: string): number {
  const v = Number(e.attrs[attr]);
  if (!Number.isFinite(v)) throw new Error(`<${e.name}> ${attr}=${JSON.stringify(e.attrs[attr])} is not a number`);
  return v;
}
