/**
 * A deliberately small, strict XML reader for checking the shipped SVG illustrations. The project
 * declares no XML parser, and these files only use elements, attributes, comments and an optional
 * XML declaration, so anything else is reported as malformed rather than guessed at.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_][\w.:-]*/;
const ATTRIBUTE = /^([A-Za-z_][\w.:-]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/;

export function parseXml(source: string): XmlElement {
  let pos = 0;
  const rest = () => source.slice(pos);
  const fail = (message: string): never => {
    throw new Error(`${message} at offset ${pos}`);
  };
  const skipSpace = () => {
    while (pos < source.length && /\s/.test(source.charAt(pos))) pos += 1;
  };
  const skipMisc = () => {
    for (;;) {
      skipSpace();
      if (rest().startsWith('<!--')) {
        const end = source.indexOf('-->', pos);
        if (end < 0) fail('Unclosed comment');
        pos = end + 3;
      } else if (rest().startsWith('<?')) {
        const end = source.indexOf('?>', pos);
        if (end < 0) fail('Unclosed declaration');
        pos = end + 2;
      } else {
        return;
      }
    }
  };

  const readElement = (): XmlElement => {
    if (source.charAt(pos) !== '<') fail('Expected "<"');
    pos += 1;
    const name = NAME.exec(rest())?.[0] ?? fail('Expected an element name');
    pos += name.length;
    const element: XmlElement = { name, attributes: {}, children: [], text: '' };
    for (;;) {
      skipSpace();
      if (rest().startsWith('/>')) {
        pos += 2;
        return element;
      }
      if (source.charAt(pos) === '>') {
        pos += 1;
        break;
      }
      const match = ATTRIBUTE.exec(rest()) ?? fail(`Malformed attribute in <${name}>`);
      const [whole, key = '', , double, single] = match;
      if (key in element.attributes) fail(`Duplicate attribute "${key}" in <${name}>`);
      element.attributes[key] = double ?? single ?? '';
      pos += whole.length;
    }
    for (;;) {
      const next = source.indexOf('<', pos);
      if (next < 0) fail(`Unclosed <${name}>`);
      element.text += source.slice(pos, next);
      pos = next;
      if (rest().startsWith('</')) {
        pos += 2;
        const closing = NAME.exec(rest())?.[0];
        if (closing !== name) fail(`Expected </${name}>`);
        pos += name.length;
        skipSpace();
        if (source.charAt(pos) !== '>') fail(`Malformed </${name}>`);
        pos += 1;
        return element;
      }
      if (rest().startsWith('<!--')) {
        skipMisc();
        continue;
      }
      element.children.push(readElement());
    }
  };

  skipMisc();
  const root = readElement();
  skipMisc();
  if (pos !== source.length) fail('Unexpected content after the root element');
  return root;
}

export function* walk(element: XmlElement): Generator<XmlElement> {
  yield element;
  for (const child of element.children) yield* walk(child);
}
