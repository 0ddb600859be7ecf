import type { Notice } from './types';

/**
 * Licences that ask nothing of Stance beyond keeping their notices, which this file does.
 * `blessing` is SQLite's public-domain dedication.
 */
const permissive: ReadonlySet<string> = new Set([
  '0BSD',
  'Apache-2.0',
  'BlueOak-1.0.0',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'blessing',
  'CC0-1.0',
  'ISC',
  'MIT',
  'OFL-1.1',
  'Unlicense',
  'Zlib',
]);

/**
 * Weak copyleft, accepted only where Stance loads the code as a separate, replaceable library:
 * sharp's prebuilt libvips, and libheif-js (libheif in WebAssembly, which decodes HEIC photos;
 * scripts/build-main.mjs keeps it out of the bundle, in its own node_modules folder). Anywhere
 * else it needs a decision, so it is flagged.
 */
const lesserGplPackages = /^(@img\/sharp-(libvips-|win32-|wasm32$)|libheif-js$)/;
const lesserGpl: ReadonlySet<string> = new Set(['LGPL-3.0-or-later', 'LGPL-3.0', 'LGPL-3.0-only']);

/**
 * MPL-2.0 is copyleft for its own files only: accepted for mediabunny (the remux that strips
 * movement clips), which build-main.mjs also keeps out of the bundle, unmodified, with its source.
 */
const mozillaPackages = /^mediabunny$/;

function accepted(name: string, id: string): boolean {
  return (
    permissive.has(id) ||
    (lesserGplPackages.test(name) && lesserGpl.has(id)) ||
    (mozillaPackages.test(name) && id === 'MPL-2.0')
  );
}

/**
 * Whether an SPDX expression can be met with accepted licences: every part of an AND, any one
 * choice of an OR. A licence with an exception (`WITH`) is never assumed acceptable.
 */
export function licenceAccepted(name: string, expression: string): boolean {
  const tokens = expression.match(/\(|\)|[^\s()]+/g) ?? [];
  let at = 0;
  const peek = () => tokens[at];
  const anyOf = (): boolean => {
    let result = allOf();
    while (peek() === 'OR') {
      at += 1;
      result = allOf() || result;
    }
    return result;
  };
  const allOf = (): boolean => {
    let result = single();
    while (peek() === 'AND') {
      at += 1;
      result = single() && result;
    }
    return result;
  };
  const single = (): boolean => {
    const token = tokens[at];
    at += 1;
    if (token === '(') {
      const inner = anyOf();
      if (tokens[at] !== ')') return false;
      at += 1;
      return inner;
    }
    if (token === undefined || token === ')') return false;
    if (peek() === 'WITH') {
      at += 2;
      return false;
    }
    return accepted(name, token);
  };
  const result = anyOf();
  return result && at === tokens.length;
}

/** What keeps the notices from being complete and shippable, one sentence each. */
export function noticeProblems(notices: Notice[]): string[] {
  return notices.flatMap((notice) => {
    const label = `${notice.name} ${notice.version}`;
    const problems: string[] = [];
    if (notice.texts.length === 0) {
      problems.push(`${label} has no licence text: no licence file and no author in its package.`);
    }
    if (!licenceAccepted(notice.name, notice.licence)) {
      problems.push(
        `${label} is licensed "${notice.licence}", which is not on the accepted list in ` +
          'scripts/notices/policy.ts: check it is compatible with shipping Stance, then add it there.',
      );
    }
    return problems;
  });
}
